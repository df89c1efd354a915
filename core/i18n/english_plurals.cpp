// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/english_plurals.h"

#include <cstring>

namespace etw {

using namespace Qt::StringLiterals;

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
        return {}; // null: the source text as it is
    return QString::fromUtf8(sourceText).replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

} // namespace etw
