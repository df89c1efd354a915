// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory_snapshots.h"

#include "gzip.h"
#include "store/directory_schema.h"
#include "store/directory_store.h"
#include "zstd_file.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

#include <cerrno>

Q_LOGGING_CATEGORY(lcSnapshot, "etw.snapshot", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int batch = 5000;

QString currentEpoch(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return Database::run(q, u"SELECT value FROM server_meta WHERE key = 'epoch'"_s) && q.next()
               ? q.value(0).toString()
               : QString();
}

// directory-<epoch>-<cursor>-<records>.sqlite[.gz]: what a snapshot is, readable from its name
// when the server starts again.
QString baseName(const QString &epoch, qint64 cursor, qint64 records)
{
    return u"directory-%1-%2-%3"_s.arg(epoch).arg(cursor).arg(records);
}

QString manifestOf(const QString &file)
{
    return file + u".json"_s;
}

} // namespace

DirectorySnapshots::DirectorySnapshots(Database &database, QString folder, Policy policy,
                                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_folder(std::move(folder))
    , m_policy(policy)
{
    m_thread.setObjectName(u"snapshot-builder"_s);
    m_worker = new QObject; // lives on the build thread, deleted as it finishes
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_check.setInterval(60 * 1000);
    connect(&m_check, &QTimer::timeout, this, &DirectorySnapshots::buildIfDue);
}

DirectorySnapshots::~DirectorySnapshots()
{
    m_stop = true; // a build in progress gives up at its next batch
    if (!m_thread.isRunning()) {
        delete m_worker; // start() never ran
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void DirectorySnapshots::start()
{
    QDir().mkpath(m_folder);
    // The last snapshot of a previous run is served again if it is of the current epoch.
    QDir dir(m_folder);
    // A build the process did not finish (crash, power cut) leaves its files behind.
    for (const QString &name : dir.entryList({u"building-*"_s}, QDir::Files))
        dir.remove(name);
    // The last snapshot of a previous run is served again if it is of the current epoch and
    // whole: its manifest, written last, gives the size each file must have.
    const QStringList found = dir.entryList({u"directory-*.sqlite"_s}, QDir::Files, QDir::Time);
    for (const QString &name : found) {
        const QStringList parts = name.chopped(7).split(u'-');
        // directory, 5 parts of the epoch UUID, cursor, records
        if (parts.size() != 8)
            continue;
        Snapshot s;
        s.epoch = parts.mid(1, 5).join(u'-');
        s.cursor = parts.at(6).toLongLong();
        s.records = parts.at(7).toLongLong();
        s.file = dir.filePath(name);
        s.gzFile = s.file + u".gz"_s;
        s.zstFile = s.file + u".zst"_s;
        s.bytes = QFileInfo(s.file).size();
        s.gzBytes = QFileInfo(s.gzFile).size();
        s.zstBytes = QFileInfo(s.zstFile).size();
        QFile manifest(manifestOf(s.file));
        const QJsonObject sizes = manifest.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(manifest.readAll()).object()
                                      : QJsonObject();
        // Of this program's format too: one left by an older version is built again.
        if (s.bytes == 0 || sizes.value(u"format"_s).toInt() != directory_schema::formatVersion ||
            sizes.value(u"bytes"_s).toInteger() != s.bytes ||
            sizes.value(u"gzBytes"_s).toInteger() != s.gzBytes ||
            sizes.value(u"zstBytes"_s).toInteger() != s.zstBytes)
            continue;
        s.builtAtMs = sizes.value(u"builtAtMs"_s).toInteger();
        adopt(s); // checked against the epoch by describe() and serve()
        break;
    }
    m_thread.start(QThread::LowPriority);
    m_check.start();
    buildIfDue();
}

void DirectorySnapshots::buildIfDue()
{
    if (m_building.exchange(true))
        return;
    QMetaObject::invokeMethod(m_worker, [this] {
        build();
        m_building = false;
    });
}

std::optional<DirectorySnapshots::Snapshot> DirectorySnapshots::current() const
{
    QMutexLocker lock(&m_lock);
    return m_current;
}

QJsonObject DirectorySnapshots::describe(const QString &epoch) const
{
    const auto s = current();
    if (!s || s->epoch != epoch)
        return {};
    return {{u"format"_s, directory_schema::formatVersion},
            {u"epoch"_s, s->epoch},
            {u"cursor"_s, s->cursor},
            {u"records"_s, s->records},
            {u"bytes"_s, s->zstBytes}};
}

bool DirectorySnapshots::build()
{
    QSqlDatabase source = m_database.connection();
    const QString epoch = currentEpoch(source);
    if (epoch.isEmpty())
        return false;
    QSqlQuery q(source);
    if (!Database::run(q, u"SELECT COALESCE(MAX(seq), 0), COUNT(*) FROM changes "
                          u"WHERE scope = 'directory' AND deleted = 0"_s) ||
        !q.next())
        return false;
    const qint64 head = q.value(0).toLongLong(), live = q.value(1).toLongLong();
    q.finish();
    const auto existing = current();
    const bool fresh =
        existing && existing->epoch == epoch &&
        (existing->cursor >= head || QDateTime::currentMSecsSinceEpoch() - existing->builtAtMs <
                                         qint64(m_policy.refreshSecs) * 1000);
    if (fresh || live < m_policy.minRecords)
        return false;

    QElapsedTimer timer;
    timer.start();
    const QString building =
        QDir(m_folder).filePath(u"building-"_s + QUuid::createUuid().toString(QUuid::Id128));
    qint64 cursor = 0, records = 0;
    const bool written = writeFile(source, building, epoch, cursor, records);
    if (!written)
        m_database.checkConnection(); // a lost connection is opened again for the next try
    // The server was reset while building: this one describes a feed that is gone.
    if (!written || m_stop || currentEpoch(source) != epoch) {
        QFile::remove(building);
        return false;
    }
    const qint64 writtenMs = timer.elapsed();
    Snapshot s;
    s.epoch = epoch;
    s.cursor = cursor;
    s.records = records;
    s.file = QDir(m_folder).filePath(baseName(epoch, cursor, records) + u".sqlite"_s);
    s.gzFile = s.file + u".gz"_s;
    s.zstFile = s.file + u".zst"_s;
    for (const QString &old : QStringList{s.file, s.gzFile, s.zstFile})
        QFile::remove(old);
    // Three forms: zstd for this program's clients (small, quick to decode), gzip for any
    // HTTP client, and the plain file.
    // Each failure says which step and the system's reason (most often a full disk).
    QString why;
    auto compress = [&why, &building](const QString &to, auto method) {
        errno = 0;
        if (method(building, to))
            return true;
        why = u"compressing into %1: %2"_s.arg(to, errno ? qt_error_string(errno)
                                                         : u"compressor error"_s);
        return false;
    };
    auto rename = [&why](const QString &from, const QString &to) {
        QFile file(from);
        if (file.rename(to))
            return true;
        why = u"renaming %1 to %2: %3"_s.arg(from, to, file.errorString());
        return false;
    };
    if (!compress(building + u".zst"_s,
                  [](const QString &from, const QString &to) { return zstdFile(from, to); }) ||
        !compress(building + u".gz"_s,
                  [](const QString &from, const QString &to) { return gzipFile(from, to); }) ||
        !rename(building + u".zst"_s, s.zstFile) || !rename(building + u".gz"_s, s.gzFile) ||
        !rename(building, s.file)) {
        qCWarning(lcSnapshot).noquote() << "building the directory snapshot failed:" << why;
        for (const QString &path : QStringList{building, building + u".gz"_s, building + u".zst"_s,
                                               s.file, s.gzFile, s.zstFile})
            QFile::remove(path);
        return false;
    }
    s.bytes = QFileInfo(s.file).size();
    s.gzBytes = QFileInfo(s.gzFile).size();
    s.zstBytes = QFileInfo(s.zstFile).size();
    s.builtAtMs = QDateTime::currentMSecsSinceEpoch();
    QFile manifest(manifestOf(s.file));
    if (!manifest.open(QIODevice::WriteOnly) ||
        manifest.write(QJsonDocument(QJsonObject{{u"format"_s, directory_schema::formatVersion},
                                                 {u"bytes"_s, s.bytes},
                                                 {u"gzBytes"_s, s.gzBytes},
                                                 {u"zstBytes"_s, s.zstBytes},
                                                 {u"builtAtMs"_s, s.builtAtMs}})
                           .toJson()) < 0 ||
        !manifest.flush())
        qCWarning(lcSnapshot) << "cannot write" << manifest.fileName()
                              << "; the snapshot is served, but built again after a restart";
    manifest.close();
    qCInfo(lcSnapshot).nospace() << "directory snapshot: " << records << " records at cursor "
                                 << cursor << ", " << s.bytes / 1024 << " KiB (zstd "
                                 << s.zstBytes / 1024 << " KiB, gzip " << s.gzBytes / 1024
                                 << " KiB), written in " << writtenMs << " ms, compressed in "
                                 << timer.elapsed() - writtenMs << " ms";
    adopt(s);
    return true;
}

bool DirectorySnapshots::writeFile(QSqlDatabase &source, const QString &path, const QString &epoch,
                                   qint64 &cursor, qint64 &records)
{
    const QString name = u"etw-snapshot-"_s + QUuid::createUuid().toString(QUuid::Id128);
    // The first step that failed and the database's reason, for the log: a bare "failed" tells
    // the operator nothing (the file's connection has no error when a query failed).
    QString why;
    auto failed = [&why](const QString &step, const QSqlError &error) {
        if (why.isEmpty())
            why = error.isValid() ? step + u": "_s + error.text() : step;
        return false;
    };
    bool ok = false;
    {
        QSqlDatabase out = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        out.setDatabaseName(path);
        QSqlQuery w(out);
        auto exec = [&](const QString &statement) {
            return w.exec(statement) || failed(statement, w.lastError());
        };
        // secure_delete: rows removed while building (teachers who left the directory) must
        // not stay readable in free pages of a file that goes to every client.
        ok = (out.open() || failed(u"opening "_s + path, out.lastError())) &&
             (directory_schema::create(out) ||
              failed(u"creating the directory tables"_s, out.lastError())) &&
             exec(u"PRAGMA synchronous=OFF"_s) && exec(u"PRAGMA cache_size=-65536"_s) &&
             exec(u"PRAGMA secure_delete=ON"_s) &&
             (out.transaction() || failed(u"beginning the transaction"_s, out.lastError()));
        QSqlQuery q(source);
        q.setForwardOnly(true);
        // The pages a client would pull from zero, in order, applied by the client's code.
        while (ok && !m_stop) {
            // Exactly the pages a client pulls: tombstones skipped from 0 only. One written
            // during the build for a teacher already applied (who left the directory) must
            // remove them, or every client taking this file would keep listing them.
            ok = Database::run(q,
                               u"SELECT seq, entity_type, entity_id, version, deleted, payload "
                               u"FROM changes WHERE scope = 'directory' AND seq > ? "
                               u"AND (deleted = 0 OR ? > 0) ORDER BY seq LIMIT ?"_s,
                               {cursor, cursor, batch}) ||
                 failed(u"reading the directory feed after %1"_s.arg(cursor), q.lastError());
            QList<Change> changes;
            while (ok && q.next()) {
                cursor = q.value(0).toLongLong();
                const bool deleted = q.value(4).toInt() != 0;
                changes.append(
                    {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                     deleted,
                     deleted ? QJsonObject()
                             : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()});
            }
            ok =
                ok && (!q.lastError().isValid() ||
                       failed(u"reading the directory feed after %1"_s.arg(cursor), q.lastError()));
            q.finish();
            if (!ok || changes.isEmpty())
                break;
            // directory_store logs the statement that failed (etw.directory).
            ok = directory_store::apply(out, changes) ||
                 failed(u"applying the changes up to %1 with the client's directory code"_s.arg(
                            cursor),
                        out.lastError());
            if (changes.size() < batch)
                break;
        }
        const bool stopped = m_stop;
        // One segment for the text index: quicker to search, and no postings left of rows
        // removed while building (secure_delete clears pages, not an index's old segments).
        ok = ok && !stopped &&
             exec(u"INSERT INTO teacher_fts (teacher_fts) VALUES ('optimize')"_s) &&
             exec(u"SELECT (SELECT COUNT(*) FROM teachers) + (SELECT COUNT(*) FROM schools)"_s) &&
             (w.next() || failed(u"counting the records"_s, w.lastError()));
        records = ok ? w.value(0).toLongLong() : 0;
        w.finish();
        ok = ok &&
             (Database::run(w,
                            u"INSERT INTO sync_state (scope, cursor, epoch, synced_at) "
                            u"VALUES ('directory', ?, ?, ?)"_s,
                            {cursor, epoch, QDateTime::currentMSecsSinceEpoch()}) ||
              failed(u"writing the sync state"_s, w.lastError())) &&
             (out.commit() || failed(u"committing"_s, out.lastError())) &&
             // Everything in the one file: the client opens it on its own.
             exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (!ok) {
            // Stopping the server is no failure: the next start builds one again.
            if (stopped)
                qCInfo(lcSnapshot) << "directory snapshot build stopped: the server is stopping";
            else
                qCWarning(lcSnapshot).noquote() << "building the directory snapshot failed:" << why;
            out.rollback(); // nothing to undo when only the checkpoint failed
        }
        w.finish();
        out.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    return ok;
}

void DirectorySnapshots::adopt(const Snapshot &snapshot)
{
    {
        QMutexLocker lock(&m_lock);
        m_current = snapshot;
    }
    removeFilesExcept(snapshot);
    Q_EMIT built(snapshot.cursor, snapshot.records);
}

void DirectorySnapshots::removeFilesExcept(const Snapshot &keep)
{
    // An answer still sending an older file has it open: removing the name does not cut it.
    QDir dir(m_folder);
    const QStringList files = dir.entryList({u"directory-*"_s, u"building-*"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        if (path != keep.file && path != keep.gzFile && path != keep.zstFile &&
            path != manifestOf(keep.file) && !file.startsWith(u"building-"))
            QFile::remove(path);
    }
}

ApiResponse DirectorySnapshots::serve(const ApiRequest &request, const QString &epoch)
{
    const auto s = current();
    // One of an earlier epoch describes a feed that is gone (the server was reset meanwhile).
    if (!s || s->epoch != epoch)
        return ApiResponse::error(404, u"no_snapshot"_s,
                                  u"There is no directory snapshot at the moment; pull the "
                                  u"directory page by page."_s);
    QByteArray encoding;
    auto busy = [](const QString &message, int retryAfter) {
        ApiResponse r = ApiResponse::error(429, u"too_many_requests"_s, message);
        r.headers.append({"Retry-After", QByteArray::number(retryAfter)});
        return r;
    };
    // Downloads in flight are counted until their last byte is handed to the socket (or the
    // socket goes): a few at a time, one per account, the others pull pages meanwhile. The
    // counters are shared with the file's deleter, which may run after this object is gone
    // (a socket closed at shutdown).
    const qint64 account = request.account ? request.account->id : 0;
    QFile *opened = nullptr;
    {
        std::lock_guard lock(m_downloads->lock);
        if (m_downloads->count >= maxConcurrentDownloads)
            return busy(u"Too many directory snapshot downloads at the moment; pull the "
                        u"directory page by page, or try again shortly."_s,
                        30);
        // One download per account a minute, so that a looping client cannot take the
        // bandwidth; and not two at once.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_downloads->accounts.contains(account) ||
            now - m_downloads->last.value(account) < downloadIntervalMs)
            return busy(u"This account downloaded the directory snapshot a moment ago; pull the "
                        u"directory page by page, or try again in a minute."_s,
                        int(downloadIntervalMs / 1000));
        const QByteArray accepted = request.header("Accept-Encoding");
        encoding = accepted.contains("zstd")   ? "zstd"
                   : accepted.contains("gzip") ? "gzip"
                                               : QByteArray();
        auto file = std::make_unique<QFile>(encoding == "zstd"   ? s->zstFile
                                            : encoding == "gzip" ? s->gzFile
                                                                 : s->file);
        if (!file->open(QIODevice::ReadOnly))
            return ApiResponse::error(404, u"no_snapshot"_s,
                                      u"The directory snapshot was just replaced; ask again."_s);
        m_downloads->last.insert(account, now);
        m_downloads->accounts.insert(account);
        ++m_downloads->count;
        opened = file.release();
    }
    auto file = std::shared_ptr<QFile>(opened, [downloads = m_downloads, account](QFile *f) {
        delete f;
        std::lock_guard lock(downloads->lock);
        --downloads->count;
        downloads->accounts.remove(account);
    });
    ApiResponse response;
    response.bodyFile = std::move(file);
    response.contentEncoding = encoding;
    response.contentType = "application/vnd.sqlite3";
    response.binary = true;
    response.headers = {
        {"Etw-Snapshot-Epoch", s->epoch.toLatin1()},
        {"Etw-Snapshot-Cursor", QByteArray::number(s->cursor)},
        {"Etw-Snapshot-Records", QByteArray::number(s->records)},
        {"Etw-Snapshot-Format", QByteArray::number(directory_schema::formatVersion)}};
    return response;
}

} // namespace etw::server
