// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/partner_query.h"

#include "domain/text_fold.h"

namespace etw {

QString PartnerQuery::ftsExpression() const
{
    QStringList parts;
    // Terms hold letters and digits only, so quoting them is enough to keep FTS5 syntax out.
    for (const QString &term : searchTerms(foldForSearch(text)))
        parts.append(u'"' + term + QStringLiteral("\"*"));
    return parts.join(u' ');
}

} // namespace etw
