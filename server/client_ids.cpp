// SPDX-License-Identifier: GPL-3.0-or-later
#include "client_ids.h"

#include "database.h"

namespace etw::server::client_ids {

using namespace Qt::StringLiterals;

bool remember(QSqlDatabase &db, qint64 accountId, const QString &kind, qint64 localId,
              qint64 serverId)
{
    if (localId >= 0)
        return true;
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO client_ids (account_id, kind, local_id, server_id) "
                         u"VALUES (?, ?, ?, ?)"_s,
                         {accountId, kind, localId, serverId});
}

std::optional<qint64> resolve(QSqlDatabase &db, qint64 accountId, const QString &kind, qint64 id)
{
    if (id >= 0)
        return id;
    // Local ids are the account's own: another account's never resolve.
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT server_id FROM client_ids WHERE account_id = ? AND kind = ? "
                       u"AND local_id = ?"_s,
                       {accountId, kind, id}))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace etw::server::client_ids
