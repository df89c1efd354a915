// SPDX-License-Identifier: GPL-3.0-or-later
// Removes what the TwinSpace's files no longer need: expired uploads with their bytes, part
// files without an upload, contents no material has any more.
#pragma once

#include "blob_store.h"
#include "database.h"
#include "upload_files.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace etw::server {

// Runs on its own thread with its own database connection, every `intervalSecs`. Instances
// sharing the data folder take turns: a lease in server_meta says which one runs, and every
// removal is checked again, under a lock, just before it is made (so two at once would still
// remove nothing that is needed).
class StorageCollector : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int intervalSecs = 600;
        // A file the database does not know of may be one being made right now (a part file
        // before its row commits, a content stored before its material commits): left alone
        // while younger than this.
        qint64 orphanGraceMs = 3600 * 1000;
    };
    struct Report
    {
        int uploads = 0;  // expired uploads removed
        int parts = 0;    // part files without an upload removed
        int contents = 0; // contents (and thumbnails) no material needs, removed
    };

    StorageCollector(Database &database, BlobStore &blobs, UploadFiles &files, Policy policy,
                     QObject *parent = nullptr);
    ~StorageCollector() override;

    // A first pass now (in the background), then one every interval.
    void start();
    // One pass on the calling thread, when this instance holds the lease (else nothing).
    Report collect();

Q_SIGNALS:
    void collected(int uploads, int parts, int contents);

private:
    bool takeLease(qint64 now);

    Database &m_database;
    BlobStore &m_blobs;
    UploadFiles &m_files;
    Policy m_policy;
    QString m_instance; // this process, in the lease
    QThread m_thread;
    QTimer *m_timer = nullptr; // lives on m_thread
};

} // namespace etw::server
