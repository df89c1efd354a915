// SPDX-License-Identifier: GPL-3.0-or-later
// One account's cache database: where it lives, how it is opened, checked and migrated.
#pragma once

#include "domain/error.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace etw {

class LocalStore
{
public:
    explicit LocalStore(QString filePath);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // <app data>/accounts/<digest of server and user name>.sqlite
    static QString pathFor(const QString &serverUrl, const QString &username);
    // Removes every file of the cache at `filePath` (closed): the cache, its journal, damaged
    // copies set aside, and its directory files. Returns how many could not be removed.
    static int removeFiles(const QString &filePath);

    // Creates the file readable by this OS user only, checks it (a damaged file is set aside
    // and a new one made), refuses a cache newer than this program, applies migrations.
    Result<int> open();
    // The file a damaged cache was moved to by open(), if that happened.
    QString setAsideFile() const { return m_setAside; }
    // How many unsent edits open() carried over from damaged files into the new cache.
    int recoveredEdits() const { return m_recovered.value(QStringLiteral("outbox")); }
    // How many registration drafts and unread refused edits came over with them.
    int recoveredDrafts() const { return m_recovered.value(QStringLiteral("project_drafts")); }
    int recoveredIssues() const { return m_recovered.value(QStringLiteral("sync_issues")); }

    // This thread's connection (QtSql: one per thread), with the directory file attached as
    // "directory" (re-attached here when installDirectory() put another file in place).
    QSqlDatabase connection();
    // Closes this thread's connection; threads call it as they finish.
    void releaseThreadConnection();
    const QString &filePath() const { return m_filePath; }

    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

    // The partner directory lives in a file of its own next to the cache,
    // <cache>.directory-<generation>.sqlite, so that a whole snapshot can replace it.
    QString directoryFile(int generation) const;
    int directoryGeneration() const { return m_directoryGeneration; }
    // Where a snapshot is downloaded before installDirectory() checks it and puts it in place.
    QString directoryDownloadFile() const;
    // Checks the downloaded file (a directory file of this program's format, nothing else in
    // it, undamaged, at a cursor ≤ maxCursor of `epoch`) and makes it the directory of every
    // connection from their next connection() call. The file is removed when it fails, with
    // the reason in *why.
    bool installDirectory(const QString &downloaded, const QString &epoch, qint64 maxCursor,
                          QString *why);
    // Puts a new, empty directory in place (one that cannot be written to any more is pulled
    // again from zero).
    bool resetDirectory();

private:
    QString connectionName() const;
    bool prepareDirectory();
    bool swapDirectory(const QString &ready);
    void attachDirectory(QSqlDatabase &db, const QString &name);
    void removeOtherDirectoryFiles(int keep);
    void closeAll();
    enum class FileState { Sound, Damaged, Busy, Unavailable };
    // SQLite's check of the cache file; *why says what is wrong.
    FileState checkFile(QString *why);
    // Moves the damaged file (and its -wal) aside and makes an empty one; the reason on failure.
    QString setAside();
    // Brings over what was typed from every damaged copy set aside and not read yet.
    void recoverSetAsideFiles();
    void recoverTypedWork(const QString &damagedFile);

    QString m_filePath;
    QString m_connectionPrefix;
    QString m_setAside;
    QHash<QString, int> m_recovered; // table → rows recovered from the damaged file
    std::atomic_int m_directoryGeneration{-1};
    QMutex m_attachLock;
    QHash<QString, int> m_attached; // connection name → directory generation attached
};

// A write transaction that takes its write lock at once, on one file only; rolls back unless
// committed. Cache (the default) locks the account's cache, Directory the directory file: a
// page of the directory being written on the sync thread never holds up a save on the UI
// thread (BEGIN IMMEDIATE would lock every attached file).
class CacheTransaction
{
public:
    enum class Lock { Cache, Directory };
    explicit CacheTransaction(QSqlDatabase db, Lock lock = Lock::Cache);
    ~CacheTransaction();
    bool isActive() const { return m_active; }
    bool commit();
    void rollback(); // now, instead of at the end of the scope

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace etw
