// SPDX-License-Identifier: GPL-3.0-or-later
#include "creation_limits.h"

#include "database.h"
#include "sql_dialect.h"

namespace etw::server::creation_limits {

using namespace Qt::StringLiterals;

std::optional<int> secondsToWait(MutationContext &c, const QList<Window> &windows,
                                 const CountSince &countSince)
{
    QSqlQuery lock(c.db);
    if (!Database::run(lock,
                       u"SELECT a.id FROM accounts a WHERE a.id = ?"_s +
                           SqlDialect::rowLock(c.db, u"a"_s),
                       {c.account.id}))
        return std::nullopt;
    lock.finish();
    qint64 waitMs = 0;
    for (const Window &w : windows) {
        const auto recent = countSince(c.now - w.ms);
        if (!recent)
            return std::nullopt;
        if (recent->count >= w.limit)
            waitMs = std::max(waitMs, recent->oldest + w.ms - c.now);
    }
    return waitMs <= 0 ? 0 : int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

} // namespace etw::server::creation_limits
