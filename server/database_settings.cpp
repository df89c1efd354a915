// SPDX-License-Identifier: GPL-3.0-or-later
#include "database_settings.h"

#include <QUrl>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
Error badUrl(const QString &why)
{
    return {
        u"bad_database_url"_s,
        u"--database: %1 (expected postgresql://user@host:port/dbname or sqlite:/path)"_s.arg(why),
        {}};
}
} // namespace

Result<DatabaseSettings> DatabaseSettings::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    DatabaseSettings s;
    if (!url.isValid())
        return badUrl(u"not a valid URL"_s);
    if (url.scheme() == u"sqlite") {
        if (url.path().isEmpty())
            return badUrl(u"the SQLite file is missing"_s);
        s.sqliteFile = url.path();
        return s;
    }
    if (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
        return badUrl(u"unknown scheme '%1'"_s.arg(url.scheme()));
    if (!url.password().isEmpty())
        return badUrl(u"a password does not belong in the URL; use --database-password-file or "
                      u"ETW_DATABASE_PASSWORD"_s);
    s.engine = SqlDialect::Engine::Postgresql;
    s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName();
    s.name = url.path().mid(1);
    if (s.host.isEmpty())
        return badUrl(u"the host is missing"_s);
    if (s.name.isEmpty() || s.name.contains(u'/'))
        return badUrl(u"the database name is missing"_s);
    return s;
}

QString DatabaseSettings::describe() const
{
    if (engine == SqlDialect::Engine::Sqlite)
        return u"sqlite:"_s + sqliteFile;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);
}

} // namespace etw::server
