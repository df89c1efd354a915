// SPDX-License-Identifier: GPL-3.0-or-later
// One tus PATCH at a time on a keep-alive connection of its own (QTcpSocket, or QSslSocket for
// https), written straight from the chunk in memory.
//
// Why not QNetworkAccessManager for the chunks: an asynchronous QNAM request hands its body to
// Qt's HTTP thread 16 KiB at a time, each piece a round trip between that thread and this one
// (QNonContiguousByteDeviceThreadForwardImpl): about 170 MB/s at best on loopback, half the
// socket's rate, and the upload's own rate fell to a sixth of a raw socket's (see
// docs/performance.md). Everything else (POST, HEAD, DELETE, downloads) stays on QNAM. Through a
// proxy the chunks go through QNAM too: it knows how to speak to one.
#pragma once

#include "transfers/transfer_http.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace etw {

class ChunkSender : public QObject
{
    Q_OBJECT
public:
    explicit ChunkSender(QObject *parent = nullptr);
    ~ChunkSender() override;

    // Whether chunks to `url` may go this way (no proxy in the way).
    static bool usableFor(const QUrl &url);

    using Done = std::function<void(const HttpAnswer &)>;
    // Sends `body` as a PATCH to `url` with `headers` (Host, Content-Length and Connection are
    // added); `done` runs once, with the answer or the failure (status 0). Nothing runs after
    // abort().
    void patch(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
               const QByteArray &body, Done done);
    void abort();

Q_SIGNALS:
    // Bytes of the body sent so far.
    void progress(qint64 sent);

private:
    void connectTo(const QUrl &url);
    void writeRequest();
    void readAnswer();
    void failed(const QString &why);
    void finish(const HttpAnswer &answer);
    void dropSocket();

    QTcpSocket *m_socket = nullptr;
    QString m_endpoint;    // scheme://host:port the socket is connected to
    bool m_reused = false; // the request went on a connection an earlier one used
    bool m_retriedStale = false;
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_head;
    QByteArray m_body;
    Done m_done;
    qint64 m_bodyWritten = 0;
    qint64 m_pendingBytes = 0; // written to the socket, not yet gone
    QByteArray m_in;
    QTimer m_idle; // a request silent for this long has failed
};

} // namespace etw
