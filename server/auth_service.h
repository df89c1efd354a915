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
    // The login_failures rows one attempt counts in, in the order they are locked.
    struct Counters
    {
        QString pair;    // pair:<address> <user name>
        QString account; // user:<user name>
        QString address; // addr:<address>
        QString known;   // known:<address> <user name>, when it last signed in from there
    };
    // Counts the attempt in each counter before the password is checked, atomically and only
    // where there is room: an error response (429, 503) when there is none.
    std::optional<ApiResponse> takeAttempt(QSqlDatabase &db, const Counters &counters, qint64 now);
    // The account made a request: the first of a day (UTC) records it (account_activity).
    void noteActivity(qint64 accountId, qint64 lastActiveAt, qint64 now);

    Database &m_database;
    const ServerConfig &m_config;
};

} // namespace etw::server
