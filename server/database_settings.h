// SPDX-License-Identifier: GPL-3.0-or-later
// Where the server's data lives: an SQLite file, or a PostgreSQL database given as a URL.
#pragma once

#include "domain/error.h"
#include "sql_dialect.h"

#include <QString>

namespace etw::server {

struct DatabaseSettings
{
    SqlDialect::Engine engine = SqlDialect::Engine::Sqlite;
    QString sqliteFile;
    // PostgreSQL. The password never comes from the URL or the command line (both are visible
    // to every user of the machine): it comes from a file or the environment, or libpq's own
    // PGPASSWORD / ~/.pgpass when neither is given.
    QString host;
    int port = 5432;
    QString user;
    QString name;
    QString password;

    // "postgresql://user@host:port/dbname" (also "postgres://"); "sqlite:/path/file.sqlite".
    static Result<DatabaseSettings> fromUrl(const QString &url);
    // For logs: the URL without any secret.
    QString describe() const;
};

} // namespace etw::server
