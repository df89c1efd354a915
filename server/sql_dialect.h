// SPDX-License-Identifier: GPL-3.0-or-later
// The one place where SQL differs between SQLite and PostgreSQL.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace etw::server {

class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgresql };
    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}

    Engine engine() const { return m_engine; }
    QString driverName() const;
    // Replaces the placeholders of our portable DDL: {ID} (auto-increment primary key).
    QString ddl(QString statement) const;
    // Settings applied to each new connection (WAL, foreign keys, busy timeout on SQLite).
    bool configureConnection(QSqlDatabase &db) const;
    // Starts a write transaction that takes the write lock at once (no lock upgrade later).
    bool beginWrite(QSqlDatabase &db) const;
    // Inside a write transaction: makes other instances wait until it ends (SQLite's write
    // lock already does; PostgreSQL needs an advisory lock, as DDL alone does not serialise).
    bool lockForMigration(QSqlQuery &query) const;
    // Appended to a SELECT in a write transaction: locks the rows of `alias` until commit.
    // Empty on SQLite, where the transaction holds the whole database's write lock already.
    static QString rowLock(const QSqlDatabase &db, const QString &alias);
    // Inside a write transaction: other transactions locking the same key wait until it ends,
    // for what has no row to lock (a stored file's name). SQLite's write lock does it already;
    // PostgreSQL takes an advisory lock, released with the transaction.
    static bool lockKey(QSqlDatabase &db, qint64 key);
    // After a bulk load: refreshes the planner's statistics (PostgreSQL; SQLite plans well
    // without them).
    bool analyze(QSqlQuery &query) const;
    // After rows were inserted with explicit ids: the next generated id comes after them.
    bool resetIdentity(QSqlQuery &query, const QString &table) const;

private:
    Engine m_engine;
};

} // namespace etw::server
