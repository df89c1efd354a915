// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/chunk_sender.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcChunks, "etw.transfers.chunks", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

namespace {
constexpr int idleTimeoutMs = 30000; // as every other request of the client
constexpr qint64 piece = 1 << 20;    // handed to the socket at a time
constexpr qint64 maxHeadBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = 1 << 20; // an answer to a chunk is short JSON, if anything

int defaultPort(const QUrl &url)
{
    return url.scheme() == u"https" ? 443 : 80;
}

// The end of a chunked body that starts at `from` (its bytes decoded into *body); 0 while it
// has not all arrived, -1 when malformed.
qsizetype chunkedEnd(const QByteArray &in, qsizetype from, QByteArray *body)
{
    body->clear();
    qsizetype at = from;
    for (;;) {
        const qsizetype line = in.indexOf("\r\n", at);
        if (line < 0)
            return 0;
        bool ok = false;
        const qint64 size = in.mid(at, line - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body->size() + size > maxBodyBytes)
            return -1;
        at = line + 2;
        if (size == 0) {
            for (;;) { // trailers, then an empty line
                const qsizetype end = in.indexOf("\r\n", at);
                if (end < 0)
                    return 0;
                if (end == at)
                    return end + 2;
                at = end + 2;
            }
        }
        if (in.size() < at + size + 2)
            return 0;
        body->append(in.mid(at, size));
        at += size + 2;
    }
}
} // namespace

ChunkSender::ChunkSender(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { failed(u"no answer for 30 s"_s); });
}

ChunkSender::~ChunkSender()
{
    abort();
}

bool ChunkSender::usableFor(const QUrl &url)
{
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty())
        return true;
    const QNetworkProxy::ProxyType type = proxies.first().type();
    return type == QNetworkProxy::NoProxy ||
           (type == QNetworkProxy::DefaultProxy &&
            QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy);
}

void ChunkSender::patch(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QByteArray &body, Done done)
{
    m_url = url;
    m_headers = headers;
    m_body = body;
    m_done = std::move(done);
    m_bodyWritten = 0;
    m_pendingBytes = 0;
    m_in.clear();
    m_retriedStale = false;
    const int port = url.port(defaultPort(url));
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (port != defaultPort(url))
        host += ':' + QByteArray::number(port);
    m_head = "PATCH " + url.path(QUrl::FullyEncoded).toLatin1() +
             (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray()) +
             " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : headers)
        m_head += name + ": " + value + "\r\n";
    m_head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";

    const QString endpoint = url.scheme() + u"://"_s + url.host() + u':' + QString::number(port);
    const bool open =
        m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
        (url.scheme() != u"https" || static_cast<QSslSocket *>(m_socket)->isEncrypted());
    if (open && m_endpoint == endpoint) {
        m_reused = true;
        writeRequest();
        return;
    }
    dropSocket();
    m_endpoint = endpoint;
    m_reused = false;
    connectTo(url);
}

void ChunkSender::connectTo(const QUrl &url)
{
    const bool tls = url.scheme() == u"https";
    qCDebug(lcChunks) << "connecting to" << m_endpoint;
    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    socket->setProxy(QNetworkProxy::NoProxy); // usableFor() said none is in the way
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] {
        if (socket == m_socket)
            readAnswer();
    });
    connect(socket, &QAbstractSocket::bytesWritten, this, [this, socket](qint64 n) {
        if (socket != m_socket || !m_done)
            return;
        m_idle.start();
        m_pendingBytes -= n;
        Q_EMIT progress(std::max<qint64>(0, m_bodyWritten - std::max<qint64>(0, m_pendingBytes)));
        writeRequest();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket && m_done)
            failed(socket->errorString());
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        if (m_done)
            readAnswer(); // an answer that ends with the connection
        if (m_done)
            failed(u"the server closed the connection"_s);
    });
    m_idle.start();
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::encrypted, this, [this, socket] {
            if (socket == m_socket)
                writeRequest();
        });
        // The body is handed over as the encrypted bytes leave, not as they are encrypted.
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this, socket] {
            if (socket == m_socket && m_done) {
                m_idle.start();
                writeRequest();
            }
        });
        // A certificate this computer does not trust: nothing is sent (errorOccurred follows).
        ssl->connectToHostEncrypted(url.host(), quint16(url.port(defaultPort(url))));
    } else {
        connect(socket, &QAbstractSocket::connected, this, [this, socket] {
            if (socket == m_socket) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                writeRequest();
            }
        });
        socket->connectToHost(url.host(), quint16(url.port(defaultPort(url))));
    }
}

void ChunkSender::writeRequest()
{
    if (!m_socket || !m_done)
        return;
    if (!m_head.isEmpty()) {
        // Pending as the body's bytes are, so that the progress counts the body only.
        m_socket->write(m_head);
        m_pendingBytes = m_head.size();
        m_head.clear();
    }
    // Handed over a piece at a time as the socket drains: the chunk is not copied whole again.
    // QSslSocket encrypts at once: what waits is then in its encrypted buffer.
    const auto waiting = [socket = m_socket] {
        auto *ssl = qobject_cast<QSslSocket *>(socket);
        return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    };
    while (m_bodyWritten < m_body.size() && waiting() < 2 * piece) {
        const qint64 n = std::min<qint64>(piece, m_body.size() - m_bodyWritten);
        if (m_socket->write(m_body.constData() + m_bodyWritten, n) != n) {
            failed(m_socket->errorString());
            return;
        }
        m_bodyWritten += n;
        m_pendingBytes += n;
    }
}

void ChunkSender::readAnswer()
{
    if (!m_socket || !m_done)
        return;
    m_idle.start();
    m_in += m_socket->readAll();
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_in.size() > maxHeadBytes)
            failed(u"an answer too long"_s);
        return;
    }
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    HttpAnswer a;
    a.status = statusLine.value(1).toInt();
    if (!statusLine.value(0).startsWith("HTTP/1.") || a.status < 100) {
        failed(u"not an HTTP answer"_s);
        return;
    }
    if (a.status < 200) { // 100 Continue and friends: the answer comes after
        m_in.remove(0, headEnd + 4);
        readAnswer();
        return;
    }
    qint64 length = -1;
    bool chunked = false, close = statusLine.value(0) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        a.headers.append({name, value});
        const QByteArray lower = name.toLower();
        if (lower == "content-length")
            length = value.toLongLong();
        else if (lower == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
        else if (lower == "connection")
            close = value.toLower().contains("close") ||
                    (close && !value.toLower().contains("keep-alive"));
    }
    QByteArray body;
    const qsizetype bodyStart = headEnd + 4;
    if (a.status == 204 || a.status == 304) {
        length = 0;
    } else if (chunked) {
        const qsizetype end = chunkedEnd(m_in, bodyStart, &body);
        if (end < 0) {
            failed(u"a malformed answer"_s);
            return;
        }
        if (end == 0)
            return;
    } else if (length >= 0) {
        if (length > maxBodyBytes) {
            failed(u"an answer too long"_s);
            return;
        }
        if (m_in.size() < bodyStart + length)
            return;
        body = m_in.mid(bodyStart, length);
    } else {
        // Without a length the body ends with the connection.
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            return;
        body = m_in.mid(bodyStart);
        close = true;
    }
    if (a.status >= 400)
        a.error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    // An answer before the whole body left (a refusal) leaves the connection unusable.
    if (close || m_bodyWritten < m_body.size())
        dropSocket();
    finish(a);
}

void ChunkSender::failed(const QString &why)
{
    if (!m_done)
        return;
    // A keep-alive connection the server had closed meanwhile (idle), most often: sent again at
    // once on a new one, as QNAM does, but once only. Whatever the server did keep of the first
    // try, its offset decides (tus): never a byte stored twice.
    if (m_reused && !m_retriedStale && m_in.isEmpty()) {
        qCDebug(lcChunks) << "stale connection:" << why << "- sending again";
        const QUrl url = m_url;
        const auto headers = m_headers;
        const QByteArray body = m_body;
        Done done = std::move(m_done);
        m_done = nullptr;
        dropSocket();
        patch(url, headers, body, std::move(done));
        m_retriedStale = true; // once only
        return;
    }
    HttpAnswer a;
    a.status = 0;
    a.network = QNetworkReply::RemoteHostClosedError;
    a.networkText = why;
    dropSocket();
    finish(a);
}

void ChunkSender::finish(const HttpAnswer &answer)
{
    m_idle.stop();
    Done done = std::move(m_done);
    m_done = nullptr;
    m_body.clear();
    if (done)
        done(answer);
}

void ChunkSender::abort()
{
    m_done = nullptr;
    m_idle.stop();
    dropSocket();
}

void ChunkSender::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace etw
