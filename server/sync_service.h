// SPDX-License-Identifier: GPL-3.0-or-later
// The pull side of sync: which scopes an account sees, and pages of a scope's changes.
#pragma once

#include "api_types.h"
#include "database.h"
#include "directory_snapshots.h"

#include <QDeadlineTimer>
#include <QMutex>

namespace etw::server {

class SyncService
{
public:
    SyncService(Database &database, DirectorySnapshots &snapshots);

    ApiResponse scopes(const ApiRequest &request);
    ApiResponse pull(const ApiRequest &request, const QString &scope);
    // The directory as one SQLite file (see DirectorySnapshots), for whoever may pull it.
    ApiResponse snapshot(const ApiRequest &request);

    static constexpr int defaultPageSize = 500;
    static constexpr int maxPageSize = 2000;
    // Scopes in one statement of the listing (each one's cursor and pending changes): bounds
    // the statement's parameters (SQLite takes 32,766). An account in 200 projects (as in
    // tst_crash_safety) is listed in three.
    static constexpr int scopesPerStatement = 100;

private:
    // Cached for a second: handlers run on many threads, and another instance may rotate it.
    QString epoch();

    Database &m_database;
    DirectorySnapshots &m_snapshots;
    QMutex m_epochLock;
    QString m_epoch;
    QDeadlineTimer m_epochExpiry;
};

} // namespace etw::server
