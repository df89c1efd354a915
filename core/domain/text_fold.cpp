// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/text_fold.h"

namespace etw {
namespace {

// Letters that NFKD leaves alone but that a keyboard without them spells differently.
const char *spellingWithoutDiacritics(char16_t c)
{
    switch (c) {
    case u'Ł':
    case u'ł':
        return "l";
    case u'Đ':
    case u'đ':
    case u'Ð':
    case u'ð':
        return "d";
    case u'Ø':
    case u'ø':
        return "o";
    case u'Ħ':
    case u'ħ':
        return "h";
    case u'ı':
        return "i";
    case u'ß':
        return "ss";
    case u'Æ':
    case u'æ':
        return "ae";
    case u'Œ':
    case u'œ':
        return "oe";
    case u'Þ':
    case u'þ':
        return "th";
    default:
        return nullptr;
    }
}

} // namespace

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (const char *spelling = spellingWithoutDiacritics(c.unicode())) {
            out += QLatin1String(spelling);
            continue;
        }
        out += c.toCaseFolded();
    }
    return out;
}

QStringList searchTerms(const QString &foldedText)
{
    QStringList terms;
    QString current;
    for (const QChar c : foldedText) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            terms.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        terms.append(current);
    return terms;
}

} // namespace etw
