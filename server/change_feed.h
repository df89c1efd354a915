// SPDX-License-Identifier: GPL-3.0-or-later
// Records the latest change of each entity per scope, numbered in commit order.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace etw::server {

struct ChangeRecord
{
    QString scope; // "directory", "account:<id>"
    QString entityType;
    qint64 entityId = 0;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject payload;
};

namespace change_feed {
// Must run inside a write transaction: numbers come from the counter row, which that
// transaction then holds locked until it commits, so no later number becomes visible first.
// On failure, `why` (when given) says which statement failed and the database's reason.
bool record(QSqlDatabase &db, const QList<ChangeRecord> &changes, QString *why = nullptr);
} // namespace change_feed

} // namespace etw::server
