// SPDX-License-Identifier: GPL-3.0-or-later
// One material's content downloaded into the local store: written to <aa>/<sha256>.partial as
// it arrives, resumed from that file's size (Range, with If-Range on the content's ETag: the
// sha256), checked against its sha256 and only then renamed into place. A copy that fails its
// sha256 is discarded and downloaded again once; a second one fails the transfer.
#pragma once

#include "transfers/transfer_job.h"

#include <QFile>

#include <memory>

namespace etw {

class ContentSink;

class ContentDownload : public TransferJob
{
    Q_OBJECT
public:
    ContentDownload(TransferContext &context, transfer_store::Row row, QObject *parent = nullptr);
    ~ContentDownload() override;
    void start() override;

private:
    void request(qint64 from);
    void arrived(QNetworkReply *reply);
    void replyEnded(QNetworkReply *reply);
    // The whole content is in the partial file: checked, and put in place or discarded.
    void check();
    // The bytes of the partial file before `from`, hashed (a resumed download).
    bool hashExisting(qint64 from);

    QFile m_partial;
    // Declared after the file: gone (its writes ended) before the file closes.
    std::unique_ptr<ContentSink> m_sink;
    qint64 m_from = 0;
    bool m_writing = false;
    bool m_answerSeen = false;
    QString m_writeError;
    int m_rangeRefusals = 0;
};

} // namespace etw
