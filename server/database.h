// SPDX-License-Identifier: GPL-3.0-or-later
// The server's storage: one connection per thread, migrations, write transactions.
#pragma once

#include "domain/error.h"
#include "sql_dialect.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace etw::server {

class Database
{
public:
    Database(SqlDialect dialect, QString sqliteFile);
    ~Database();

    // This thread's connection, opened on first use (QtSql allows one per thread).
    QSqlDatabase connection();
    const SqlDialect &dialect() const { return m_dialect; }

    // Applies the numbered migrations not applied yet; returns the schema version.
    Result<int> migrate();

    // Prepares and runs a statement with bound values; logs and returns false on error.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

private:
    SqlDialect m_dialect;
    QString m_sqliteFile;
    QString m_connectionPrefix;
};

// Rolls back unless committed: every write goes through one of these.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();
    bool isActive() const { return m_active; }
    bool commit();
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

Error databaseError(const QSqlQuery &query);

} // namespace etw::server
