// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in with throttling, bearer-token sessions and sign-out.
#pragma once

#include "api_types.h"
#include "database.h"
#include "server_config.h"

namespace etw::server {

class AuthService
{
public:
    AuthService(Database &database, const ServerConfig &config);

    ApiResponse signIn(const ApiRequest &request);
    ApiResponse signOut(const ApiRequest &request);
    // Checks the bearer token and fills request.account; an error response when it fails.
    std::optional<ApiResponse> authenticate(ApiRequest &request);

    static std::optional<Account> loadAccount(QSqlDatabase &db, qint64 id);

private:
    std::optional<ApiResponse> throttled(QSqlDatabase &db, const QStringList &keys, qint64 now);
    void recordFailure(QSqlDatabase &db, const QStringList &keys, qint64 now);

    Database &m_database;
    const ServerConfig &m_config;
};

} // namespace etw::server
