// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/accounts: a teacher creates their account, which waits for their national
// support service's validation (docs/architecture.md, "Accounts made by teachers").
#pragma once

#include "api_types.h"
#include "database.h"
#include "server_config.h"

namespace etw::server {

class AccountCreation
{
public:
    AccountCreation(Database &database, const ServerConfig &config);

    // No account needed. 201 {account}; 422 with the field errors; 429 past the address's
    // creations of the hour.
    ApiResponse create(const ApiRequest &request);

private:
    // Seconds the address must wait before another attempt (0: none); nullopt on a database
    // failure. Inside the write transaction, the count that decides; before it, a read that
    // spares the password's hashing to an address already at its limit.
    std::optional<int> secondsToWait(QSqlDatabase &db, const QString &address, qint64 now) const;

    Database &m_database;
    const ServerConfig &m_config;
};

} // namespace etw::server
