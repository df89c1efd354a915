// SPDX-License-Identifier: GPL-3.0-or-later
// One upload's tus 1.0 steps, from the prepared copy in the local store: POST (creation), PATCH
// chunks with their sha1 Upload-Checksum (the next one read and hashed while this one is on its
// way), HEAD to go on from the server's offset after any failure, a new upload from 0 when the
// server lost or expired this one. See docs/sync.md, "TwinSpace materials".
#pragma once

#include "transfers/transfer_job.h"

#include <QFile>

namespace etw {

class TusUpload : public TransferJob
{
    Q_OBJECT
public:
    using TransferJob::TransferJob;
    void start() override;
    qint64 sent() const override { return m_sent; }

    // The Upload-Metadata header of an upload (tus: comma-separated "key base64(value)").
    static QByteArray metadata(const QString &filename, qint64 projectId, const QString &sha256,
                               const QString &folder);

private:
    struct Chunk
    {
        qint64 offset = -1;
        QByteArray bytes;
        QByteArray checksum; // the Upload-Checksum value
    };

    QNetworkRequest tusRequest(const QUrl &url) const;
    void create();
    void head();
    void send(qint64 offset);
    // The server lost this upload, or it expired: a new one, from the first byte.
    void startOver();
    void completed(qint64 materialId);
    // The server's refusal of the file: failed, with the local verdict when it has one.
    void refused(const QString &code, const QJsonObject &error = {});
    bool read(qint64 offset, Chunk &chunk);

    QFile m_file;
    Chunk m_next; // read ahead while the chunk before it is on its way
    qint64 m_sent = 0;
    int m_startedOver = 0;
    int m_damagedChunks = 0;
    int m_completingChecks = 0;
};

} // namespace etw
