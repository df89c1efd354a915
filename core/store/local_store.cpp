// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/local_store.h"

#include "store/cache_migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCache, "etw.cache", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

LocalStore::LocalStore(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionPrefix(u"etw-cache-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{}

LocalStore::~LocalStore()
{
    closeAll();
}

QString LocalStore::pathFor(const QString &serverUrl, const QString &username)
{
    // A digest keeps the file name short and portable whatever the server and user names hold.
    const QByteArray key = (serverUrl.trimmed() + u'\n' + username.trimmed().toLower()).toUtf8();
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"accounts/"_s + name + u".sqlite"_s);
}

QString LocalStore::connectionName() const
{
    return m_connectionPrefix +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
}

void LocalStore::releaseThreadConnection()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void LocalStore::closeAll()
{
    releaseThreadConnection();
    // Other threads released theirs as they finished; drop whatever is left by name only
    // (a connection may only be used from its own thread).
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names)
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
}

QSqlDatabase LocalStore::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        qCWarning(lcCache) << "cannot open cache" << m_filePath << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    for (const auto *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
          "PRAGMA busy_timeout=5000", "PRAGMA cache_size=-16000"})
        if (!q.exec(QString::fromLatin1(pragma)))
            qCWarning(lcCache) << pragma << q.lastError().text();
    return db;
}

bool LocalStore::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql)) {
        qCWarning(lcCache) << "prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        qCWarning(lcCache) << "exec failed:" << query.lastError().text() << sql;
        return false;
    }
    return true;
}

Result<int> LocalStore::open()
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{
            u"cache_unavailable"_s,
            QCoreApplication::translate("etw::LocalStore", "The folder %1 cannot be created.")
                .arg(info.absolutePath()),
            {}};
    QFile::setPermissions(info.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!info.exists()) {
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly))
            return Error{u"cache_unavailable"_s, file.errorString(), {}};
    }
    // Other people using this PC must not read a teacher's cache (SQLite gives -wal and -shm
    // the permissions of the main file).
    QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);

    bool healthy = false;
    {
        QSqlDatabase db = connection();
        QSqlQuery q(db);
        healthy = db.isOpen() && q.exec(u"PRAGMA quick_check"_s) && q.next() &&
                  q.value(0).toString() == u"ok";
    }
    if (!healthy) {
        // Set aside, never deleted: what can still be read of it (queued edits) is not lost.
        qCWarning(lcCache) << "cache failed its check; setting it aside:" << m_filePath;
        closeAll();
        m_setAside =
            m_filePath + u".damaged-"_s + QString::number(QDateTime::currentSecsSinceEpoch());
        QFile::rename(m_filePath, m_setAside);
        QFile::rename(m_filePath + u"-wal"_s, m_setAside + u"-wal"_s);
        QFile::remove(m_filePath + u"-shm"_s);
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly))
            return Error{u"cache_unavailable"_s, file.errorString(), {}};
        file.close();
        QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);
    }
    auto migrated = cache_migrations::migrate(connection());
    if (migrated && !m_setAside.isEmpty())
        m_recoveredEdits = recoverOutbox(m_setAside);
    return migrated;
}

int LocalStore::recoverOutbox(const QString &damagedFile)
{
    // Whatever of the damaged file's outbox can still be read goes into the new cache, with
    // the same mutation ids: an edit the server already applied is answered by its replay.
    const QString name = m_connectionPrefix + u"recover"_s;
    int recovered = 0;
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        damaged.setDatabaseName(damagedFile);
        damaged.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery read(damaged);
        if (damaged.open() &&
            read.exec(u"SELECT id, type, op, entity_id, base_version, data, created_at, "
                      u"attempts FROM outbox ORDER BY seq"_s)) {
            QSqlDatabase db = connection();
            CacheTransaction tx(db);
            QSqlQuery write(db);
            write.prepare(u"INSERT OR IGNORE INTO outbox (id, type, op, entity_id, base_version, "
                          u"data, created_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
            while (tx.isActive() && read.next()) {
                for (int column = 0; column < 8; ++column)
                    write.addBindValue(read.value(column));
                if (write.exec())
                    ++recovered;
            }
            if (!tx.commit())
                recovered = 0;
        }
        read.finish();
        damaged.close();
    }
    QSqlDatabase::removeDatabase(name);
    qCInfo(lcCache) << "recovered" << recovered << "unsent edits from" << damagedFile;
    return recovered;
}

CacheTransaction::CacheTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    // IMMEDIATE takes the write lock now: a read lock upgraded later can fail at once
    // (SQLITE_BUSY_SNAPSHOT) when the sync thread wrote in between.
    , m_active(QSqlQuery(m_db).exec(u"BEGIN IMMEDIATE"_s))
{
    if (!m_active)
        qCWarning(lcCache) << "cannot begin transaction:" << m_db.lastError().text();
}

CacheTransaction::~CacheTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool CacheTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    qCWarning(lcCache) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace etw
