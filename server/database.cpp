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

Database::Database(SqlDialect dialect, QString sqliteFile)
    : m_dialect(dialect)
    , m_sqliteFile(std::move(sqliteFile))
    , m_connectionPrefix(u"etw-server-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{}

Database::~Database()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names)
        if (name.startsWith(m_connectionPrefix)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
}

QSqlDatabase Database::connection()
{
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    db.setDatabaseName(m_sqliteFile);
    if (!db.open())
        qCWarning(lcStore) << "cannot open database:" << db.lastError().text();
    else if (!m_dialect.configureConnection(db))
        qCWarning(lcStore) << "cannot configure database connection";
    return db;
}

bool Database::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
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

Result<int> Database::migrate()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error{u"database_unavailable"_s, db.lastError().text(), {}};
    QSqlQuery q(db);
    if (!run(q, u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                u"applied_at BIGINT NOT NULL)"_s))
        return databaseError(q);
    int current = 0;
    if (run(q, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) && q.next())
        current = q.value(0).toInt();
    const auto &steps = migrations();
    if (current > int(steps.size()))
        return Error{
            u"schema_too_new"_s,
            u"The database schema (version %1) is newer than this server knows (%2)."_s.arg(current)
                .arg(steps.size()),
            {}};
    for (int version = current + 1; version <= int(steps.size()); ++version) {
        WriteTransaction tx(*this);
        for (const char *statement : steps[version - 1]) {
            if (!run(q, m_dialect.ddl(QString::fromUtf8(statement))))
                return databaseError(q);
        }
        if (!run(q, u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s,
                 {version, QDateTime::currentMSecsSinceEpoch()}) ||
            !tx.commit())
            return databaseError(q);
        qCInfo(lcStore) << "applied migration" << version;
    }
    return int(steps.size());
}

WriteTransaction::WriteTransaction(Database &database)
    : m_db(database.connection())
    , m_active(database.dialect().beginWrite(m_db))
{
    if (!m_active)
        qCWarning(lcStore) << "cannot begin transaction:" << m_db.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

Error databaseError(const QSqlQuery &query)
{
    return {u"database_error"_s, query.lastError().text(), {}};
}

} // namespace etw::server
