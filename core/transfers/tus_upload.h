// SPDX-License-Identifier: GPL-3.0-or-later
// One upload's tus 1.0 steps, from the prepared copy in the local store: POST (creation), PATCH
// chunks with their crc32 Upload-Checksum, or sha1 for a server that does not take crc32 (the
// next one read and hashed while this one is on its way), HEAD to go on from the server's offset
// after any failure, a new upload from 0 when the server lost or expired this one. See
// docs/sync.md, "TwinSpace materials".
#pragma once

#include "transfers/chunk_sender.h"
#include "transfers/transfer_job.h"

#include <QElapsedTimer>
#include <QFile>

#include <future>

namespace etw {

class TusUpload : public TransferJob
{
    Q_OBJECT
public:
    TusUpload(TransferContext &context, transfer_store::Row row, QObject *parent = nullptr);
    void start() override;
    void stop() override;
    qint64 sent() const override { return m_sent; }

    // The Upload-Metadata header of an upload (tus: comma-separated "key base64(value)");
    // `key` (optional) names this creation, so that asking again does not make a second one.
    static QByteArray metadata(const QString &filename, qint64 projectId, const QString &sha256,
                               const QString &folder, const QString &key = {});

private:
    struct Chunk
    {
        qint64 offset = -1;
        QByteArray bytes;
        QByteArray checksum; // the Upload-Checksum value
        bool crc32 = false;  // its algorithm: crc32, or sha1
    };

    QNetworkRequest tusRequest(const QUrl &url) const;
    void create();
    void head();
    void send(qint64 offset);
    void chunkAnswered(qint64 offset, qint64 length, const HttpAnswer &answer);
    // The server lost this upload, or it expired: a new one, from the first byte.
    void startOver();
    void completed(qint64 materialId);
    // The server's refusal of the file: failed, with the local verdict when it has one.
    void refused(const QString &code, const QJsonObject &error = {});
    // The chunk at `offset` of the file at `path`, read and hashed (offset -1 when it cannot be).
    static Chunk read(const QString &path, qint64 offset, qint64 length, bool crc32);

    QFile m_file;
    ChunkSender *m_sender;
    // The next chunk, read and hashed on another thread while the one before it is on its way:
    // this thread stays free for Qt's upload, which asks it for the body 16 KiB at a time.
    std::future<Chunk> m_next;
    qint64 m_nextOffset = -1;
    qint64 m_sent = 0;
    qint64 m_sending = -1; // the offset of the chunk on its way through m_sender
    QElapsedTimer m_saved; // when the offset was last written to the cache
    int m_startedOver = 0;
    int m_damagedChunks = 0;
    int m_completingChecks = 0;
    // Until the server says it does not know crc32 (an older one): then sha1, which tus
    // requires of every server.
    bool m_crc32 = true;
};

} // namespace etw
