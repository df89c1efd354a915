// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/local_store.h"

#include "store/outbox.h"

#include "store/cache_migrations.h"
#include "store/directory_schema.h"
#include "store/sql_statement.h"

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

namespace {

// Opens a directory file on a connection of its own, runs `check` on it (a reason, or empty
// when it is fine) and closes it. A file that cannot be opened gives the driver's reason.
template <typename Check>
QString inspectFile(const QString &connection, const QString &path, bool readOnly, Check check)
{
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        reason = db.open() ? check(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return reason;
}

// A new, empty directory file at `path` (whatever was there goes), readable by this OS user
// only.
bool createEmptyDirectory(const QString &connection, const QString &path)
{
    for (const auto *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return inspectFile(connection, path, false,
                       [](QSqlDatabase &db) {
                           return directory_schema::create(db) ? QString() : db.lastError().text();
                       })
        .isEmpty();
}

} // namespace

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

int LocalStore::removeFiles(const QString &filePath)
{
    const QFileInfo info(filePath);
    QString base = info.fileName();
    if (base.endsWith(u".sqlite"))
        base.chop(7);
    // <base>.sqlite, -wal, -shm, .damaged-<time>; <base>.directory-<n>.sqlite and its own.
    const QStringList files = info.dir().entryList(
        {info.fileName() + u'*', base + u".directory-*"_s}, QDir::Files | QDir::Hidden);
    int left = 0;
    for (const QString &name : files)
        if (!QFile::remove(info.dir().filePath(name)))
            ++left;
    return left;
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
    QMutexLocker lock(&m_attachLock);
    m_attached.remove(name);
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
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        attachDirectory(db, name);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        qCWarning(lcCache) << "cannot open cache" << m_filePath << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    // FULL: an edit shown as saved, and the outbox row that carries it, survive a power cut
    // (NORMAL in WAL mode may lose the last commits). The directory file stays NORMAL.
    for (const auto *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          "PRAGMA busy_timeout=5000", "PRAGMA cache_size=-16000"})
        if (!q.exec(QString::fromLatin1(pragma)))
            qCWarning(lcCache) << pragma << q.lastError().text();
    attachDirectory(db, name);
    return db;
}

QString LocalStore::directoryFile(int generation) const
{
    QString base = m_filePath;
    if (base.endsWith(u".sqlite"))
        base.chop(7);
    return base + u".directory-"_s + QString::number(generation) + u".sqlite"_s;
}

QString LocalStore::directoryDownloadFile() const
{
    return directoryFile(m_directoryGeneration + 1) + u".download"_s;
}

void LocalStore::attachDirectory(QSqlDatabase &db, const QString &name)
{
    QMutexLocker lock(&m_attachLock);
    const int wanted = m_directoryGeneration;
    if (wanted < 0 || !db.isOpen())
        return; // open() has not prepared it yet
    const auto it = m_attached.constFind(name);
    if (it != m_attached.cend() && *it == wanted)
        return;
    QSqlQuery q(db);
    // Fails only inside a transaction on the old file; then the next call tries again.
    if (it != m_attached.cend() && !q.exec(u"DETACH DATABASE directory"_s)) {
        qCWarning(lcCache) << "cannot detach the directory yet:" << q.lastError().text();
        return;
    }
    m_attached.remove(name);
    if (!LocalStore::run(q, u"ATTACH DATABASE ? AS directory"_s, {directoryFile(wanted)}))
        return;
    // Per-schema settings: the connection's own apply to main only. NORMAL: in WAL mode a power
    // cut may lose the last commits, never consistency, and the server sends them again.
    q.exec(u"PRAGMA directory.cache_size=-16000"_s);
    q.exec(u"PRAGMA directory.synchronous=NORMAL"_s);
    m_attached.insert(name, wanted);
}

bool LocalStore::prepareDirectory()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    int generation = 0;
    if (LocalStore::run(q, u"SELECT value FROM cache_meta WHERE key = 'directory_generation'"_s) &&
        q.next())
        generation = q.value(0).toInt();
    q.finish();
    const QString path = directoryFile(generation);
    const QString name = m_connectionPrefix + u"directory-check"_s;
    const QString why = QFileInfo::exists(path)
                            ? inspectFile(name, path, false, directory_schema::layoutProblem)
                            : u"missing"_s;
    if (!why.isEmpty()) {
        // The directory only holds what the server sends: a damaged one is pulled again.
        qCWarning(lcCache) << "directory file unusable, made again:" << path << why;
        if (!createEmptyDirectory(name, path))
            return false;
    }
    removeOtherDirectoryFiles(generation);
    m_directoryGeneration = generation;
    return true;
}

void LocalStore::removeOtherDirectoryFiles(int keep)
{
    // Earlier generations (and downloads a crash left behind). Where a file is still open
    // elsewhere and the system refuses, the next start removes it.
    const QFileInfo cache(m_filePath);
    const QString current = QFileInfo(directoryFile(keep)).fileName();
    QString prefix = cache.fileName();
    if (prefix.endsWith(u".sqlite"))
        prefix.chop(7);
    prefix += u".directory-"_s;
    const QStringList files = cache.dir().entryList({prefix + u'*'}, QDir::Files);
    for (const QString &file : files)
        if (!file.startsWith(current))
            QFile::remove(cache.dir().filePath(file));
}

bool LocalStore::installDirectory(const QString &downloaded, const QString &epoch, qint64 maxCursor,
                                  QString *why)
{
    const QString reason = inspectFile(
        m_connectionPrefix + u"directory-install"_s, downloaded, true, [&](QSqlDatabase &db) {
            const QString problem = directory_schema::problem(db);
            if (!problem.isEmpty())
                return problem;
            // It must say where the feed follows on, in the feed the server has now.
            QSqlQuery q(db);
            if (!q.exec(
                    u"SELECT COUNT(*), MAX(scope), MAX(cursor), MAX(epoch) FROM sync_state"_s) ||
                !q.next() || q.value(0).toInt() != 1 || q.value(1).toString() != u"directory" ||
                q.value(2).toLongLong() <= 0 || q.value(2).toLongLong() > maxCursor ||
                q.value(3).toString() != epoch)
                return u"not at a cursor of the current feed"_s;
            return QString();
        });
    // Reading a WAL-mode file leaves its (empty) -wal and -shm next to it.
    QFile::remove(downloaded + u"-wal"_s);
    QFile::remove(downloaded + u"-shm"_s);
    if (!reason.isEmpty()) {
        if (why)
            *why = reason;
        QFile::remove(downloaded);
        return false;
    }
    return swapDirectory(downloaded);
}

bool LocalStore::resetDirectory()
{
    const QString fresh = directoryDownloadFile();
    if (!createEmptyDirectory(m_connectionPrefix + u"directory-reset"_s, fresh))
        return false;
    QFile::remove(fresh + u"-wal"_s);
    QFile::remove(fresh + u"-shm"_s);
    return swapDirectory(fresh);
}

bool LocalStore::swapDirectory(const QString &ready)
{
    const int next = m_directoryGeneration + 1;
    const QString target = directoryFile(next);
    for (const auto *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(target + QLatin1String(suffix));
    if (!QFile::rename(ready, target)) {
        QFile::remove(ready);
        return false;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // The file is in place before the cache points at it: a crash in between leaves the old
    // generation in use and the new file to be removed at the next start.
    if (!LocalStore::run(q, u"UPDATE cache_meta SET value = ? WHERE key = 'directory_generation'"_s,
                         {next})) {
        QFile::remove(target);
        return false;
    }
    {
        // Under the lock: a thread attaching now gets either file whole, never a removed name.
        QMutexLocker lock(&m_attachLock);
        m_directoryGeneration = next;
    }
    connection(); // this thread moves now; the others at their next call
    removeOtherDirectoryFiles(next);
    return true;
}

bool LocalStore::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    return runStatement(query, sql, values, lcCache());
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

    if (!QFileInfo(m_filePath).isWritable())
        return Error{u"cache_unavailable"_s,
                     QCoreApplication::translate("etw::LocalStore",
                                                 "The local data file %1 cannot be written: "
                                                 "check its permissions.")
                         .arg(m_filePath),
                     {}};
    QString damage;
    const FileState state = checkFile(&damage);
    if (state == FileState::Busy)
        return Error{u"cache_busy"_s,
                     QCoreApplication::translate("etw::LocalStore",
                                                 "The local data file %1 is in use by another "
                                                 "program: close it and try again.")
                         .arg(m_filePath),
                     {}};
    if (state == FileState::Unavailable)
        return Error{u"cache_unavailable"_s,
                     QCoreApplication::translate("etw::LocalStore",
                                                 "The local data file %1 cannot be read (%2).")
                         .arg(m_filePath, damage),
                     {}};
    if (state == FileState::Damaged) {
        qCWarning(lcCache) << "cache failed its check; setting it aside:" << m_filePath << damage;
        if (const auto error = setAside(); !error.isEmpty())
            return Error{u"cache_unavailable"_s, error, {}};
    }
    auto migrated = cache_migrations::migrate(connection());
    if (migrated && !prepareDirectory())
        return Error{u"cache_unavailable"_s,
                     QCoreApplication::translate(
                         "etw::LocalStore", "The partner directory next to %1 cannot be written.")
                         .arg(m_filePath),
                     {}};
    if (migrated)
        recoverSetAsideFiles();
    return migrated;
}

LocalStore::FileState LocalStore::checkFile(QString *why)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *why = db.lastError().text();
        return FileState::Unavailable;
    }
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA quick_check"_s) && q.next()) {
        *why = q.value(0).toString();
        return *why == u"ok" ? FileState::Sound : FileState::Damaged;
    }
    // Only SQLite's own verdict on the contents is damage; a busy, locked or unreadable file
    // is left as it is, whatever it holds.
    *why = q.lastError().text();
    const int primary = q.lastError().nativeErrorCode().toInt() & 0xff;
    constexpr int sqliteBusy = 5, sqliteLocked = 6, sqliteCorrupt = 11, sqliteNotADatabase = 26;
    if (primary == sqliteCorrupt || primary == sqliteNotADatabase)
        return FileState::Damaged;
    qCWarning(lcCache) << "cache cannot be checked:" << *why;
    return primary == sqliteBusy || primary == sqliteLocked ? FileState::Busy
                                                            : FileState::Unavailable;
}

QString LocalStore::setAside()
{
    // Every step checked, and nothing ever truncated: a step that fails puts back what had
    // moved and says why.
    closeAll();
    const QString target =
        m_filePath + u".damaged-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    const auto failed = [&](const QString &what) {
        qCWarning(lcCache) << "cannot set the damaged cache aside:" << what;
        return QCoreApplication::translate("etw::LocalStore",
                                           "The local data file %1 is damaged and cannot be "
                                           "moved aside (%2).")
            .arg(m_filePath, what);
    };
    QStringList moved; // suffixes moved so far, to put back on failure
    const auto putBack = [&] {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(target + suffix, m_filePath + suffix);
    };
    for (const QString &suffix : {QString(), u"-wal"_s, u"-journal"_s}) {
        if (!suffix.isEmpty() && !QFile::exists(m_filePath + suffix))
            continue;
        if (!QFile::rename(m_filePath + suffix, target + suffix)) {
            putBack();
            return failed(u"rename "_s + QFileInfo(m_filePath + suffix).fileName());
        }
        moved.append(suffix);
    }
    const QString shm = m_filePath + u"-shm"_s;
    QFile file(m_filePath);
    if ((QFile::exists(shm) && !QFile::remove(shm)) ||
        !file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        const QString why = file.errorString();
        putBack();
        return failed(why);
    }
    file.close();
    QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);
    m_setAside = target;
    return {};
}

void LocalStore::recoverSetAsideFiles()
{
    // Each file set aside is read once: its name is recorded with what came from it, in one
    // transaction. A start that stopped before that (a crash, a full disk) tries again.
    const QFileInfo cache(m_filePath);
    const QStringList files = cache.dir().entryList({cache.fileName() + u".damaged-*"_s},
                                                    QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : files)
        if (!name.endsWith(u"-wal") && !name.endsWith(u"-journal") && !name.endsWith(u"-shm"))
            recoverTypedWork(cache.dir().filePath(name));
}

void LocalStore::recoverTypedWork(const QString &damagedFile)
{
    // What the user typed and the server does not have yet: unsent edits (with the same
    // mutation ids: one the server already applied is answered by its replay), registration
    // drafts, and the refused edits they have not read. Row by row, whatever can still be
    // read; the rest is pulled from the server.
    struct Table
    {
        const char *name;
        const char *columns;
        const char *order;
    };
    static constexpr Table tables[] = {
        {"outbox", "id, type, op, entity_id, base_version, data, created_at, attempts, last_error",
         "seq"},
        {"project_drafts", "local_id, data, state, mutation_id, server_id, created_at, updated_at",
         "created_at"},
        {"sync_issues", "mutation_id, type, entity_id, kind, data, error, created_at", "id"},
        {"form_drafts", "key, data, updated_at", "key"},
    };
    const QString marker = u"recovered:"_s + QFileInfo(damagedFile).fileName();
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT 1 FROM cache_meta WHERE key = ?"_s, {marker}) || q.next())
        return; // read before (or the cache cannot say: nothing is done twice)
    q.finish();
    const QString name = m_connectionPrefix + u"recover"_s;
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        damaged.setDatabaseName(damagedFile);
        damaged.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        CacheTransaction tx(db);
        QHash<QString, int> recovered;
        if (damaged.open() && tx.isActive()) {
            for (const Table &table : tables) {
                const QString columns = QString::fromLatin1(table.columns);
                QSqlQuery read(damaged);
                if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
                        columns, QLatin1String(table.name), QLatin1String(table.order)))) {
                    qCWarning(lcCache) << "cannot read" << table.name << "from" << damagedFile
                                       << read.lastError().text();
                    continue;
                }
                // A row already here (its first column names it) is not copied again.
                QSqlQuery write(db);
                const int width = int(columns.count(u',')) + 1;
                const QString key = columns.section(u',', 0, 0);
                write.prepare(u"INSERT INTO %1 (%2) SELECT %3 WHERE NOT EXISTS "
                              u"(SELECT 1 FROM %1 WHERE %4 = ?)"_s.arg(
                                  QLatin1String(table.name), columns,
                                  QStringList(width, u"?"_s).join(u", "_s), key));
                int copied = 0;
                while (read.next()) {
                    for (int column = 0; column < width; ++column)
                        write.addBindValue(read.value(column));
                    write.addBindValue(read.value(0));
                    if (write.exec())
                        copied += write.numRowsAffected() > 0 ? 1 : 0;
                }
                if (read.lastError().isValid())
                    qCWarning(lcCache) << "stopped reading" << table.name << "from" << damagedFile
                                       << read.lastError().text();
                recovered[QString::fromLatin1(table.name)] = copied;
            }
        }
        // A registration whose queued mutation could not be read goes back to the teacher to
        // submit again, instead of waiting for ever for an answer that will not come.
        const bool recorded =
            tx.isActive() && outbox::fillOrderKeys(db) &&
            LocalStore::run(q, u"UPDATE project_drafts SET state = 'editing', mutation_id = NULL "
                               u"WHERE state = 'submitted' AND mutation_id NOT IN "
                               u"(SELECT id FROM outbox)"_s) &&
            LocalStore::run(q, u"INSERT INTO cache_meta (key, value) VALUES (?, ?)"_s,
                            {marker, QDateTime::currentMSecsSinceEpoch()}) &&
            tx.commit();
        if (recorded)
            for (auto it = recovered.cbegin(); it != recovered.cend(); ++it) {
                m_recovered[it.key()] += it.value();
                qCInfo(lcCache) << "recovered" << it.value() << "rows of" << it.key() << "from"
                                << damagedFile;
            }
        damaged.close();
    }
    QSqlDatabase::removeDatabase(name);
}

namespace {
// The write lock taken at once, as BEGIN IMMEDIATE does, but on one file: a write that changes
// nothing, before anything is read (a read lock upgraded later could fail at once with
// SQLITE_BUSY_SNAPSHOT when another thread wrote in between).
bool beginWrite(QSqlDatabase &db, CacheTransaction::Lock lock)
{
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN"_s))
        return false;
    if (q.exec(lock == CacheTransaction::Lock::Directory
                   ? u"UPDATE directory.sync_state SET cursor = cursor WHERE 0"_s
                   : u"UPDATE main.cache_meta SET value = value WHERE 0"_s))
        return true;
    q.exec(u"ROLLBACK"_s);
    // Before migration 3 made cache_meta, nothing is attached: IMMEDIATE locks the cache only.
    return lock == CacheTransaction::Lock::Cache && q.exec(u"BEGIN IMMEDIATE"_s);
}
} // namespace

CacheTransaction::CacheTransaction(QSqlDatabase db, Lock lock)
    : m_db(std::move(db))
    , m_active(beginWrite(m_db, lock))
{
    if (!m_active)
        qCWarning(lcCache) << "cannot begin transaction:" << m_db.lastError().text();
}

CacheTransaction::~CacheTransaction()
{
    if (m_active)
        m_db.rollback();
}

void CacheTransaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
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
