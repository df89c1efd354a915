// SPDX-License-Identifier: GPL-3.0-or-later
// Ids a client gave to what it created offline (negative), and the server's ids for them.
#pragma once

#include <QSqlDatabase>

#include <optional>

namespace etw::server::client_ids {

// Inside the creation's transaction.
bool remember(QSqlDatabase &db, qint64 accountId, const QString &kind, qint64 localId,
              qint64 serverId);
// A positive id is the server's already; a negative one is looked up (0 when unknown);
// nullopt when the database failed.
std::optional<qint64> resolve(QSqlDatabase &db, qint64 accountId, const QString &kind, qint64 id);

} // namespace etw::server::client_ids
