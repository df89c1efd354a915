// SPDX-License-Identifier: GPL-3.0-or-later
// Prebuilt copies of the partner directory that a client takes whole for its first sync.
#pragma once

#include "api_types.h"
#include "database.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

namespace etw::server {

// The directory as a client would build it from every page (built with the client's own
// directory code, store/directory_store), in a SQLite file of format
// directory_schema::formatVersion, with the feed cursor it is at. A first sync downloads it
// (zstd) and pulls pages from that cursor, instead of hundreds of pages from zero.
class DirectorySnapshots : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        qint64 minRecords = 5000; // below this, pages are quick enough: no snapshot
        int refreshSecs = 600;    // a newer one is built when older than this and stale
    };
    struct Snapshot
    {
        QString epoch;
        qint64 cursor = 0;
        qint64 records = 0;
        QString file;    // the SQLite file
        QString gzFile;  // the same, gzip level 6
        QString zstFile; // the same, zstd level 9 with its checksum
        qint64 bytes = 0;
        qint64 gzBytes = 0;
        qint64 zstBytes = 0;
        qint64 builtAtMs = 0;
    };

    DirectorySnapshots(Database &database, QString folder, Policy policy,
                       QObject *parent = nullptr);
    ~DirectorySnapshots() override;

    // Builds one now in the background (keeps the last one of this epoch if there is one),
    // then looks every minute whether a newer one is due.
    void start();
    // The current snapshot, if any.
    std::optional<Snapshot> current() const;
    // What the sync listing says of it: {format, epoch, cursor, records, bytes}; empty when
    // there is none for this epoch.
    QJsonObject describe(const QString &epoch) const;
    // GET /api/v1/sync/directory/snapshot (access already checked by the caller); `epoch` is
    // the server's current one: a snapshot of another is not served.
    ApiResponse serve(const ApiRequest &request, const QString &epoch);

    static constexpr qint64 downloadIntervalMs = 60 * 1000;
    static constexpr int maxConcurrentDownloads = 8;

Q_SIGNALS:
    void built(qint64 cursor, qint64 records);

private:
    void buildIfDue();
    bool build(); // on the build thread
    bool writeFile(QSqlDatabase &source, const QString &path, const QString &epoch, qint64 &cursor,
                   qint64 &records);
    void adopt(const Snapshot &snapshot);
    void removeFilesExcept(const Snapshot &keep);

    Database &m_database;
    QString m_folder;
    Policy m_policy;
    mutable QMutex m_lock;
    std::optional<Snapshot> m_current;
    QThread m_thread; // builds run here, one at a time, with the thread's own connection
    QObject *m_worker = nullptr;
    QTimer m_check;
    std::atomic_bool m_building{false};
    std::atomic_bool m_stop{false};
    // Answers still sending a snapshot file, and when each account last started one. Shared
    // with each answer's file, which may outlive this object (a socket closed at shutdown).
    struct Downloads
    {
        std::mutex lock;
        int count = 0;
        QSet<qint64> accounts;
        QHash<qint64, qint64> last; // account → ms since the epoch
    };
    std::shared_ptr<Downloads> m_downloads = std::make_shared<Downloads>();
};

} // namespace etw::server
