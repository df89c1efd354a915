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

void reject(QTcpSocket *socket, qint64 limit)
{
    const Error error{
        u"payload_too_large"_s, u"The request is larger than %1 bytes."_s.arg(limit), {}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"error"_s, error.toJson()}}).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 413 Payload Too Large\r\n"
                  "Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Not for ever: a client that keeps sending is cut off.
    QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
}
} // namespace

LimitedTcpServer::LimitedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_limit(maxRequestBytes)
{}

void LimitedTcpServer::requestHandled(QObject *socket)
{
    if (socket)
        socket->setProperty(receivedProperty, 0);
}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server sees the socket, so this runs first on every chunk;
    // the parser reads all that is there each time, so what is available now is what is new.
    const qint64 limit = m_limit;
    connect(socket, &QTcpSocket::readyRead, socket, [socket, limit] {
        if (socket->property(rejectedProperty).toBool()) {
            qint64 drained = socket->property(receivedProperty).toLongLong();
            drained += socket->readAll().size(); // the parser gets nothing more
            socket->setProperty(receivedProperty, drained);
            if (drained > maxDrained)
                socket->abort();
            return;
        }
        const qint64 received =
            socket->property(receivedProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(receivedProperty, received);
        if (received > limit + headerAllowance) {
            socket->setProperty(rejectedProperty, true);
            socket->setProperty(receivedProperty, socket->readAll().size());
            reject(socket, limit);
        }
    });
    addPendingConnection(socket);
}

} // namespace etw::server
