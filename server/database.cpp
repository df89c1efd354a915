// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QDateTime>
#include <QSqlError>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "etw.store", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

Database::Database(DatabaseSettings settings)
    : m_settings(std::move(settings))
    , m_dialect(m_settings.engine)
    , m_connectionPrefix(u"etw-server-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
    , m_instanceId(QUuid::createUuid().toString(QUuid::Id128))
{}

Database::~Database()
{
    const QStringList names = QSqlDatabase::connectionNames();
    // removeDatabase closes each one; asking for a connection of another thread (the pool's)
    // would only warn.
    for (const QString &name : names)
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
}

QString Database::connectionName() const
{
    return m_connectionPrefix +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QSqlDatabase Database::connection()
{
    return open(connectionName());
}

QSqlDatabase Database::dedicatedConnection(const QString &purpose)
{
    return open(connectionName() + u'-' + purpose);
}

void Database::setChangeListener(ChangeListener listener)
{
    QMutexLocker lock(&m_listenerLock);
    m_listener = std::move(listener);
}

void Database::committed(const QStringList &scopes)
{
    ChangeListener listener;
    {
        QMutexLocker lock(&m_listenerLock);
        listener = m_listener;
    }
    if (listener)
        listener(scopes);
}

QSqlDatabase Database::open(const QString &name)
{
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
        if (m_settings.engine == SqlDialect::Engine::Sqlite) {
            db.setDatabaseName(m_settings.sqliteFile);
        } else {
            db.setHostName(m_settings.host);
            db.setPort(m_settings.port);
            db.setUserName(m_settings.user);
            db.setDatabaseName(m_settings.name);
            if (!m_settings.password.isEmpty())
                db.setPassword(m_settings.password);
            // Fail fast when the database is down: the request gets a 503, not a hang.
            db.setConnectOptions(u"connect_timeout=5;application_name=etwinning-server"_s);
        }
    }
    if (db.isOpen())
        return db;
    if (!db.open())
        qCWarning(lcStore) << "cannot open database" << m_settings.describe() << ":"
                           << db.lastError().text();
    else if (!m_dialect.configureConnection(db)) {
        qCWarning(lcStore) << "cannot configure database connection";
        db.close();
    }
    return db;
}

bool Database::checkConnection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && QSqlQuery(db).exec(u"SELECT 1"_s))
            return true;
        db.close();
    }
    return connection().isOpen();
}

bool Database::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    // Without values there is nothing to bind, and PostgreSQL cannot PREPARE DDL.
    if (values.isEmpty()) {
        if (query.exec(sql))
            return true;
        qCWarning(lcStore) << "exec failed:" << query.lastError().text() << sql;
        return false;
    }
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        qCWarning(lcStore) << "exec failed:" << query.lastError().text() << sql;
        return false;
    }
    return true;
}

Result<int> Database::migrate(int target)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error{u"database_unavailable"_s, db.lastError().text(), {}};
    // One transaction for all steps, under a lock: instances that start together wait for the
    // first one, then find the schema up to date; a failed step leaves the previous version.
    WriteTransaction tx(*this);
    QSqlQuery q(db);
    if (!tx.isActive() || !m_dialect.lockForMigration(q))
        return databaseError(q);
    if (!run(q, u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                u"applied_at BIGINT NOT NULL)"_s))
        return databaseError(q);
    int current = 0;
    if (!run(q, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !q.next())
        return databaseError(q);
    current = q.value(0).toInt();
    q.finish();
    const auto &steps = migrations();
    if (current > int(steps.size()))
        return Error{
            u"schema_too_new"_s,
            u"The database schema (version %1) is newer than this server knows (%2)."_s.arg(current)
                .arg(steps.size()),
            {}};
    const int last = target < 0 ? int(steps.size()) : std::min(target, int(steps.size()));
    for (int version = current + 1; version <= last; ++version) {
        const MigrationStep &step = steps[version - 1];
        for (const char *statement : step.statements)
            if (!run(q, m_dialect.ddl(QString::fromUtf8(statement))))
                return databaseError(q);
        if (step.data && !step.data(db))
            return Error{u"migration_failed"_s,
                         u"Migration %1 could not convert the data: %2"_s.arg(version).arg(
                             db.lastError().text()),
                         {}};
        for (const char *statement : step.finally)
            if (!run(q, m_dialect.ddl(QString::fromUtf8(statement))))
                return databaseError(q);
        if (!run(q, u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s,
                 {version, QDateTime::currentMSecsSinceEpoch()}))
            return databaseError(q);
        qCInfo(lcStore) << "applied migration" << version;
    }
    if (!tx.commit())
        return Error{u"database_error"_s, db.lastError().text(), {}};
    return std::max(current, last);
}

namespace {
// The transaction open on this thread, which the change feed's scopes belong to.
thread_local WriteTransaction *currentTransaction = nullptr;
// NOTIFY's payload is limited to 8000 bytes: scopes go in pieces below it.
constexpr qsizetype maxNotifyPayload = 7000;
} // namespace

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database)
    , m_db(database.connection())
    , m_active(database.dialect().beginWrite(m_db))
    , m_outer(currentTransaction)
{
    currentTransaction = this;
    if (!m_active) {
        m_error = m_db.lastError().text();
        qCWarning(lcStore) << "cannot begin transaction:" << m_error;
    }
}

WriteTransaction::~WriteTransaction()
{
    currentTransaction = m_outer;
    if (m_active)
        m_db.rollback();
}

void WriteTransaction::noteChangedScopes(const QStringList &scopes)
{
    if (!currentTransaction)
        return; // written outside a transaction (the demo's seeding): nobody is connected yet
    for (const QString &scope : scopes)
        if (!currentTransaction->m_scopes.contains(scope))
            currentTransaction->m_scopes.append(scope);
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_scopes.isEmpty() && m_database.dialect().engine() == SqlDialect::Engine::Postgresql) {
        // Sent with the transaction, so other instances hear of exactly what committed.
        QString payload = m_database.instanceId();
        QSqlQuery notify(m_db);
        auto send = [&] {
            return Database::run(notify, u"SELECT pg_notify(?, ?)"_s,
                                 {QString::fromLatin1(Database::changesChannel), payload});
        };
        bool sent = true;
        for (const QString &scope : std::as_const(m_scopes)) {
            if (payload.size() + scope.size() + 1 > maxNotifyPayload) {
                sent = sent && send();
                payload = m_database.instanceId();
            }
            payload += u' ' + scope;
        }
        if (!(sent && send())) {
            m_error = notify.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (m_db.commit()) {
        if (!m_scopes.isEmpty())
            m_database.committed(m_scopes);
        return true;
    }
    m_error = m_db.lastError().text();
    qCWarning(lcStore) << "commit failed:" << m_error;
    m_db.rollback();
    return false;
}

Error databaseError(const QSqlQuery &query)
{
    return {u"database_error"_s, query.lastError().text(), {}};
}

} // namespace etw::server
