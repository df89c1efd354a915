// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/partner_query.h"

#include "domain/text_fold.h"

namespace etw {

QString PartnerQuery::ftsExpression() const
{
    QStringList parts;
    // Terms hold letters and digits only, so quoting them is enough to keep FTS5 syntax out.
    for (const QString &term : searchTerms(foldForSearch(text))) {
        // One or two letters are the start of a name being typed; matched against every word
        // of every profile text they would cost a scan of half the index for little use.
        const QString prefix =
            term.size() < 3 ? QStringLiteral("{name school city} : ") : QString();
        parts.append(prefix + u'"' + term + QStringLiteral("\"*"));
    }
    return parts.join(u' ');
}

} // namespace etw
