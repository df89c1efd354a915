// SPDX-License-Identifier: GPL-3.0-or-later
// One transfer while it runs on the transfers' thread: an upload's tus steps (TusUpload) or a
// download (ContentDownload). It keeps its row up to date in the cache as it goes, and ends
// with an outcome the worker acts on (done, wait and retry, failed, sign in again).
#pragma once

#include "transfers/transfer_http.h"
#include "transfers/transfer_store.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace etw {

class TransferJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Kind { Done, Retry, Failed, Unauthorized };
        Kind kind = Kind::Done;
        QString code;
        QString message;
        int retryAfterMs = -1; // the server's Retry-After, when it gave one
    };

    TransferJob(TransferContext &context, transfer_store::Row row, QObject *parent = nullptr);
    ~TransferJob() override;

    const transfer_store::Row &row() const { return m_row; }
    virtual void start() = 0;
    // Ends what is in flight (the server keeps what it acknowledged); nothing is emitted after.
    virtual void stop();
    // Bytes sent so far, the request on its way included (uploads), for the progress shown.
    virtual qint64 sent() const { return m_row.transfer.done; }

Q_SIGNALS:
    void progressed(qint64 transferId);
    void ended(qint64 transferId, const etw::TransferJob::Outcome &outcome);

protected:
    // The row as it stands, in the cache at once (an acknowledged offset, a tus URL).
    bool save();
    void finish(const Outcome &outcome);
    void done() { finish({}); }
    void fail(const QString &code, const QString &message);
    // What is neither a success nor a refusal this job knows: the network or the server away
    // (retried), the token refused, or an answer nothing here expects.
    void otherwise(const HttpAnswer &answer);
    // Starts tracking `reply`: `onFinished` runs once it ends, unless stopped before.
    void track(QNetworkReply *reply, std::function<void(QNetworkReply *)> onFinished);
    const QString &name() const { return m_row.transfer.name; }

    TransferContext &m_context;
    transfer_store::Row m_row;
    QPointer<QNetworkReply> m_reply;
    bool m_stopped = false;
};

} // namespace etw

Q_DECLARE_METATYPE(etw::TransferJob::Outcome)
