// SPDX-License-Identifier: GPL-3.0-or-later
// Bounds what clients can make the server hold: the size of a request while it arrives, the
// number of open connections, and how long a connection may take or stay idle.
#pragma once

#include <QTcpServer>

namespace etw::server {

// Qt HttpServer 6.4 reads a whole request into memory before our routes see it, keeps every
// connection it is given, and never closes one by itself. So a client could make the server
// hold gigabytes with one request, or with many slow ones (each up to the body limit, sent a
// byte at a time), without a proxy in front to stop it. This TCP server hands the HTTP server
// its sockets and, before the HTTP parser sees them:
// - watches each connection's readyRead: past the limit since the last handled request, it
//   answers 413 itself, and from then on reads and drops what comes (bounded, then closes),
//   so the parser never holds more than about the limit;
// - keeps at most maxConnections open: one more is answered 503 with Retry-After and closed
//   at once, never queued, so memory stays within about maxConnections × the limit;
// - closes a connection that has not sent a whole request within idleTimeoutMs of its start
//   or of its last answer. Bytes trickling in do not extend the time (a client sending one
//   byte a second would otherwise hold its slot for ever); a request being handled or an
//   answer being sent does not count as idle;
// - lets an upload chunk (PATCH under uploadPathPrefix, told from the request line) be as
//   large as maxUploadRequestBytes, but only maxUploadConnections at a time: one more past
//   the ordinary limit is answered 503 with Retry-After, so that chunks in flight hold at
//   most about maxUploadConnections × the chunk limit.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxRequestBytes = 1 << 20;
        int maxConnections = 512;
        int idleTimeoutMs = 30 * 1000;
        QByteArray uploadPathPrefix = "/api/v1/uploads/";
        qint64 maxUploadRequestBytes = 8 << 20;
        int maxUploadConnections = 32;
    };
    explicit LimitedTcpServer(Limits limits, QObject *parent = nullptr);

    // Called when a request was parsed whole: the connection's next request counts from zero,
    // and the connection is busy, not idle, until its answer is out.
    static void requestHandled(QObject *socket);
    // Called once per handled request when its answer was handed to the socket: the idle time
    // starts again when no other request of the connection is waiting.
    static void answered(QObject *socket);

    int openConnections() const { return m_open; }
    // Connections sending an upload chunk larger than the ordinary limit at the moment.
    int uploadsInFlight() const { return m_uploads; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // Past the ordinary limit: the connection is an upload chunk, and takes a slot if one is
    // free (false: refused).
    bool takeUploadSlot(QTcpSocket *socket);

    Limits m_limits;
    int m_open = 0;
    int m_uploads = 0;
};

} // namespace etw::server
