// SPDX-License-Identifier: GPL-3.0-or-later
#include "request_size_guard.h"

#include "domain/error.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
// Room for the request line and headers on top of the body limit.
constexpr qint64 headerAllowance = 64 * 1024;
// After a 413, how much is still read and dropped so that the client gets to read the answer.
constexpr qint64 maxDrained = 256 * 1024 * 1024;
constexpr auto receivedProperty = "etwReceived";
constexpr auto rejectedProperty = "etwRejected";
constexpr auto busyProperty = "etwBusy"; // requests handled and not answered yet
constexpr auto idleTimerName = "etwIdle";
// The request's first bytes, until its request line is whole; then the limit it gets.
constexpr auto headProperty = "etwHead";
constexpr auto limitProperty = "etwLimit";
constexpr auto uploadProperty = "etwUpload";
constexpr auto uploadSlotName = "etwUploadSlot";
// Longer than any request line this API has (an upload's is about 60 bytes).
constexpr qsizetype maxRequestLine = 512;

// A complete answer with a JSON error, for the cases this guard answers itself.
QByteArray errorAnswer(const QByteArray &statusLine, const Error &error,
                       const QByteArray &extraHeaders = {})
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"error"_s, error.toJson()}}).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + statusLine +
           "\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n" +
           extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void reject(QTcpSocket *socket, const QByteArray &answer)
{
    socket->write(answer);
    // Not for ever: a client that keeps sending is cut off.
    QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
}

// A tus client reads the protocol's version on every answer, refusals included.
QByteArray uploadHeaders(const QTcpSocket *socket)
{
    return socket->property(uploadProperty).toBool() ? "Tus-Resumable: 1.0.0\r\n" : "";
}

QTimer *idleTimer(QObject *socket)
{
    return socket ? socket->findChild<QTimer *>(QLatin1String(idleTimerName),
                                                Qt::FindDirectChildrenOnly)
                  : nullptr;
}
} // namespace

LimitedTcpServer::LimitedTcpServer(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void LimitedTcpServer::requestHandled(QObject *socket)
{
    if (!socket)
        return;
    socket->setProperty(receivedProperty, 0);
    socket->setProperty(headProperty, QByteArray());
    socket->setProperty(limitProperty, 0);
    socket->setProperty(uploadProperty, false);
    socket->setProperty(busyProperty, socket->property(busyProperty).toInt() + 1);
    if (QTimer *timer = idleTimer(socket))
        timer->stop(); // handling it may take long (a slow database): not the client's idling
}

void LimitedTcpServer::answered(QObject *socket)
{
    if (!socket)
        return;
    // The chunk has been written and answered: its memory is free, and so is its slot.
    delete socket->findChild<QObject *>(QLatin1String(uploadSlotName), Qt::FindDirectChildrenOnly);
    const int busy = std::max(0, socket->property(busyProperty).toInt() - 1);
    socket->setProperty(busyProperty, busy);
    if (QTimer *timer = idleTimer(socket); timer && busy == 0)
        timer->start(); // idle from now until the next request is whole
}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        // Over the cap: told so and closed at once, not kept waiting (a queue of connections
        // would hold their requests' memory just the same). The answer is small enough for the
        // kernel's buffer: flushed now, the socket closes without waiting on the client.
        socket->write(
            errorAnswer("503 Service Unavailable",
                        {u"too_many_connections"_s,
                         u"The server has too many open connections; try again shortly."_s,
                         {}},
                        "Retry-After: 1\r\n"));
        socket->flush();
        socket->disconnectFromHost();
        socket->deleteLater();
        return;
    }
    ++m_open;
    // Counted by a child, not by the socket's own signal: a socket upgraded to a WebSocket has
    // all its connections cut by Qt, and is still open until its child goes with it.
    auto *counted = new QObject(socket);
    connect(counted, &QObject::destroyed, this, [this] { --m_open; });

    // Runs from the connection's start: a whole request must come within the time.
    auto *idle = new QTimer(socket);
    idle->setObjectName(QLatin1String(idleTimerName));
    idle->setSingleShot(true);
    idle->setTimerType(Qt::PreciseTimer); // never early (a coarse one may fire 5% before)
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] {
        if (socket->property(busyProperty).toInt() > 0)
            return; // an answer is on its way; answered() starts the time again
        // Nothing is being handled for it: the client loses only a request it never finished
        // (or an answer it has not read in all that time).
        socket->abort();
    });
    idle->start();

    // Connected before the HTTP server sees the socket, so this runs first on every chunk;
    // the parser reads all that is there each time, so what is available now is what is new.
    const qint64 ordinary = m_limits.maxRequestBytes;
    // Qt HttpServer 6.4 reads an unfinished request inside a read transaction, which keeps
    // every byte read since for a rollback: a refused body is only dropped once that
    // transaction is committed.
    const auto dropAll = [](QTcpSocket *socket) {
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        return socket->readAll().size();
    };
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, ordinary, dropAll] {
        if (socket->property(rejectedProperty).toBool()) {
            qint64 drained = socket->property(receivedProperty).toLongLong();
            drained += dropAll(socket); // the parser gets nothing more
            socket->setProperty(receivedProperty, drained);
            if (drained > maxDrained)
                socket->abort();
            return;
        }
        const qint64 available = socket->bytesAvailable();
        qint64 limit = socket->property(limitProperty).toLongLong();
        if (limit == 0) {
            // Which limit applies is known from the request line. What the parser read is
            // gone from the buffer, so each peek shows only what is new.
            QByteArray head = socket->property(headProperty).toByteArray();
            head += socket->peek(std::min<qint64>(available, maxRequestLine - head.size()));
            if (head.contains('\n') || head.size() >= maxRequestLine) {
                const bool upload =
                    head.startsWith(QByteArray("PATCH " + m_limits.uploadPathPrefix));
                limit = upload ? m_limits.maxUploadRequestBytes : ordinary;
                socket->setProperty(uploadProperty, upload);
                socket->setProperty(limitProperty, limit);
                head.clear();
            }
            socket->setProperty(headProperty, head);
        }
        const qint64 received = socket->property(receivedProperty).toLongLong() + available;
        socket->setProperty(receivedProperty, received);
        auto refuse = [&](const QByteArray &answer) {
            socket->setProperty(rejectedProperty, true);
            socket->setProperty(receivedProperty, dropAll(socket));
            reject(socket, answer);
        };
        if (received > std::max(limit, ordinary) + headerAllowance) {
            const qint64 shown = std::max(limit, ordinary);
            refuse(errorAnswer(
                "413 Payload Too Large",
                {u"payload_too_large"_s, u"The request is larger than %1 bytes."_s.arg(shown), {}},
                uploadHeaders(socket)));
        } else if (received > ordinary + headerAllowance && !takeUploadSlot(socket)) {
            refuse(errorAnswer("503 Service Unavailable",
                               {u"too_many_uploads"_s,
                                u"Too many upload chunks are arriving at the moment; send this "
                                u"one again shortly."_s,
                                {}},
                               "Retry-After: 5\r\n" + uploadHeaders(socket)));
        }
    });
    addPendingConnection(socket);
}

bool LimitedTcpServer::takeUploadSlot(QTcpSocket *socket)
{
    if (socket->findChild<QObject *>(QLatin1String(uploadSlotName), Qt::FindDirectChildrenOnly))
        return true;
    if (m_uploads >= m_limits.maxUploadConnections)
        return false;
    // Held by the socket until its answer is out, or until the connection ends.
    auto *slot = new QObject(socket);
    slot->setObjectName(QLatin1String(uploadSlotName));
    ++m_uploads;
    connect(slot, &QObject::destroyed, this, [this] { --m_uploads; });
    // A client gone mid-chunk frees it at once: the socket itself may linger a while.
    connect(socket, &QAbstractSocket::stateChanged, slot, [slot](QAbstractSocket::SocketState s) {
        if (s == QAbstractSocket::UnconnectedState || s == QAbstractSocket::ClosingState)
            slot->deleteLater();
    });
    return true;
}

} // namespace etw::server
