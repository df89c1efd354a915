// SPDX-License-Identifier: GPL-3.0-or-later
// The server's storage: one connection per thread, migrations, write transactions.
#pragma once

#include "database_settings.h"
#include "domain/error.h"
#include "sql_dialect.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace etw::server {

class Database
{
public:
    explicit Database(DatabaseSettings settings);
    ~Database();

    // This thread's connection, opened on first use (QtSql allows one per thread) and opened
    // again when it was closed or lost. Check isOpen(): the database may be down.
    QSqlDatabase connection();
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseSettings &settings() const { return m_settings; }

    // After a failed statement: checks that this thread's connection still answers, and drops
    // it when not (PostgreSQL restarted, network cut), so that the next use connects again.
    // Returns whether the database answers.
    bool checkConnection();

    // A connection of this thread's own beside connection(), for a long-lived job (listening
    // to notifications) that must not share its session with requests.
    QSqlDatabase dedicatedConnection(const QString &purpose);

    // What this process calls itself in the notifications it sends: it skips its own.
    QString instanceId() const { return m_instanceId; }
    // Told (on the committing thread) of the scopes whose changes each transaction committed.
    // On PostgreSQL the same scopes reach every instance through NOTIFY on changesChannel.
    using ChangeListener = std::function<void(const QStringList &scopes)>;
    void setChangeListener(ChangeListener listener);
    static constexpr auto changesChannel = "etw_changes";

    // Applies the numbered migrations not applied yet, up to `target` (all when -1); returns
    // the schema version.
    Result<int> migrate(int target = -1);

    // Prepares and runs a statement with bound values; logs and returns false on error.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // A text to bind: '' for an empty one (a null QString binds as NULL, which NOT NULL
    // columns refuse and equality never matches).
    static QString text(const QString &value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }

private:
    friend class WriteTransaction;
    QString connectionName() const;
    QSqlDatabase open(const QString &name);
    void committed(const QStringList &scopes);

    DatabaseSettings m_settings;
    SqlDialect m_dialect;
    QString m_connectionPrefix;
    QString m_instanceId;
    QMutex m_listenerLock;
    ChangeListener m_listener;
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
    // Why beginning or committing failed (the rollback after a failed commit clears the
    // connection's own error, so it is kept here for the caller's message).
    QString lastError() const { return m_error; }

    // The change feed notes the scopes it wrote to in the transaction open on this thread:
    // once it commits, they are announced (Database::setChangeListener, NOTIFY).
    static void noteChangedScopes(const QStringList &scopes);

private:
    Database &m_database;
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
    QStringList m_scopes;
    WriteTransaction *m_outer = nullptr;
};

Error databaseError(const QSqlQuery &query);

} // namespace etw::server
