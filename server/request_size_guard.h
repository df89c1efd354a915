// SPDX-License-Identifier: GPL-3.0-or-later
// Stops an oversized request while it arrives, instead of after it has been buffered whole.
#pragma once

#include <QTcpServer>

namespace etw::server {

// Qt HttpServer 6.4 reads a whole request into memory before our routes see it, so a client
// could make the server hold gigabytes. This TCP server watches each connection's readyRead
// before the HTTP parser does: past the limit since the last handled request, it answers 413
// itself, and from then on reads and drops what comes (bounded, then closes), so the parser
// never holds more than about the limit.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit LimitedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);

    // Called when a request was handled: the connection's next request counts from zero.
    static void requestHandled(QObject *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_limit;
};

} // namespace etw::server
