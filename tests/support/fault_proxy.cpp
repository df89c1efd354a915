// SPDX-License-Identifier: GPL-3.0-or-later
#include "fault_proxy.h"

#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace etw::test {

using namespace Qt::StringLiterals;

namespace {

enum class Fate { Pass, DropBefore, CutRequest, Answer502, Answer503, DropAfter, CutResponse };

// The end of a chunked body that starts at `from`; 0 while it has not all arrived.
qsizetype chunkedEnd(const QByteArray &buf, qsizetype from)
{
    qsizetype at = from;
    for (;;) {
        const qsizetype line = buf.indexOf("\r\n", at);
        if (line < 0)
            return 0;
        bool ok = false;
        const QByteArray sizeText = buf.mid(at, line - at).split(';').first().trimmed();
        const qsizetype size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0)
            return -1;
        at = line + 2;
        if (size == 0) { // trailers, then an empty line
            for (;;) {
                const qsizetype end = buf.indexOf("\r\n", at);
                if (end < 0)
                    return 0;
                if (end == at)
                    return end + 2;
                at = end + 2;
            }
        }
        if (buf.size() < at + size + 2)
            return 0;
        at += size + 2;
    }
}

struct Message
{
    qsizetype headerEnd = 0; // where the body starts
    qsizetype end = 0;       // 0: incomplete; -1: malformed
    bool untilClose = false; // an answer without a length: it ends when the server closes
    QByteArray firstLine;
    bool connectionClose = false;
};

// Splits off the first HTTP/1.1 message of `buf`. Answers to HEAD, 1xx, 204 and 304 have no
// body (the proxy's clients never send HEAD).
Message parse(const QByteArray &buf, bool response)
{
    Message m;
    const qsizetype headers = buf.indexOf("\r\n\r\n");
    if (headers < 0) {
        m.end = buf.size() > (1 << 20) ? -1 : 0;
        return m;
    }
    m.headerEnd = headers + 4;
    const QList<QByteArray> lines = buf.left(headers).split('\n');
    m.firstLine = lines.first().trimmed();
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.contains("chunked"))
            chunked = true;
        else if (name == "connection" && value.contains("close"))
            m.connectionClose = true;
    }
    if (response) {
        const int status = m.firstLine.split(' ').value(1).toInt();
        if ((status >= 100 && status < 200) || status == 204 || status == 304) {
            m.end = m.headerEnd;
            return m;
        }
    }
    if (chunked) {
        m.end = chunkedEnd(buf, m.headerEnd);
        return m;
    }
    if (length < 0) {
        if (response) {
            m.untilClose = true;
            return m; // end stays 0 until the server closes
        }
        length = 0; // a request without a length has no body
    }
    m.end = buf.size() >= m.headerEnd + length ? m.headerEnd + length : 0;
    return m;
}

QByteArray cannedAnswer(int status)
{
    // What a reverse proxy says when the server behind it is gone (502, as nginx words it) or
    // overloaded (503, with a hint when to come back).
    const QByteArray body =
        status == 502
            ? "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center>"
              "<h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"_ba
            : "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>\r\n"_ba;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) +
                     (status == 502 ? " Bad Gateway\r\n"_ba : " Service Unavailable\r\n"_ba);
    out += "Content-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status == 503)
        out += "Retry-After: 1\r\n";
    out += "\r\n" + body;
    return out;
}

} // namespace

QString FaultCounts::toString() const
{
    return u"%1 requests: %2 passed untouched, %3 delayed, %4 dropped before the server, %5 cut "
           u"on the way in, %6 answered 502, %7 answered 503, %8 dropped after the server "
           u"answered, %9 answers cut"_s.arg(requests)
               .arg(passed)
               .arg(delayed)
               .arg(droppedBefore)
               .arg(cutRequests)
               .arg(answered502)
               .arg(answered503)
               .arg(droppedAfter)
               .arg(cutResponses);
}

class FaultProxy::Core : public QObject
{
public:
    Core(QUrl upstream, FaultRates rates, quint32 seed, std::atomic<bool> &faults,
         FaultProxy::Observer observer, FaultProxy::AnswerObserver answerObserver,
         FaultProxy::HeadRewriter rewriter)
        : m_upstream(std::move(upstream))
        , m_rates(rates)
        , m_random(seed)
        , m_faults(faults)
        , m_observer(std::move(observer))
        , m_answerObserver(std::move(answerObserver))
        , m_rewriter(std::move(rewriter))
    {}

    bool listen(quint16 port)
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                new Connection(this, client);
        });
        return m_server->listen(QHostAddress::LocalHost, port);
    }
    quint16 port() const { return m_server->serverPort(); }

    FaultCounts counts() const
    {
        QMutexLocker lock(&m_countsLock);
        return m_counts;
    }

    void arm(const QByteArray &method, const QByteArray &pathPrefix, bool whole)
    {
        QMutexLocker lock(&m_countsLock);
        m_armed = Armed{method, pathPrefix, whole};
    }

    void dropAll()
    {
        const QObjectList all = children();
        for (QObject *child : all)
            if (auto *c = dynamic_cast<Connection *>(child))
                c->reset();
    }

private:
    struct Draw
    {
        Fate fate = Fate::Pass;
        int delayRequestMs = 0;
        int delayAnswerMs = 0;
    };

    Draw draw(const QByteArray &method, const QByteArray &path)
    {
        Draw d;
        QMutexLocker lock(&m_countsLock);
        ++m_counts.requests;
        if (m_armed && m_armed->method == method && path.startsWith(m_armed->pathPrefix)) {
            d.fate = m_armed->whole ? Fate::DropAfter : Fate::CutResponse;
            ++(m_armed->whole ? m_counts.droppedAfter : m_counts.cutResponses);
            m_armed.reset();
            return d;
        }
        if (!m_faults) {
            ++m_counts.passed;
            return d;
        }
        double x = m_random.generateDouble();
        const std::pair<double, Fate> bands[] = {
            {m_rates.dropBefore, Fate::DropBefore}, {m_rates.cutRequest, Fate::CutRequest},
            {m_rates.answer502, Fate::Answer502},   {m_rates.answer503, Fate::Answer503},
            {m_rates.dropAfter, Fate::DropAfter},   {m_rates.cutResponse, Fate::CutResponse}};
        for (const auto &[p, fate] : bands) {
            if (x < p) {
                d.fate = fate;
                break;
            }
            x -= p;
        }
        switch (d.fate) {
        case Fate::Pass:
            if (x < m_rates.delay) {
                const int ms = int(m_random.bounded(m_rates.delayMinMs, m_rates.delayMaxMs + 1));
                (m_random.bounded(2) ? d.delayRequestMs : d.delayAnswerMs) = ms;
                ++m_counts.delayed;
            } else {
                ++m_counts.passed;
            }
            break;
        case Fate::DropBefore:
            ++m_counts.droppedBefore;
            break;
        case Fate::CutRequest:
            ++m_counts.cutRequests;
            break;
        case Fate::Answer502:
            ++m_counts.answered502;
            break;
        case Fate::Answer503:
            ++m_counts.answered503;
            break;
        case Fate::DropAfter:
            ++m_counts.droppedAfter;
            break;
        case Fate::CutResponse:
            ++m_counts.cutResponses;
            break;
        }
        return d;
    }

    // Somewhere inside the body when there is one, else inside the headers: never nothing and
    // never everything.
    qsizetype cutPoint(const QByteArray &message, qsizetype bodyStart)
    {
        QMutexLocker lock(&m_countsLock); // the generator is shared with draw()
        if (message.size() - bodyStart >= 2)
            return bodyStart + qsizetype(m_random.bounded(1, int(message.size() - bodyStart)));
        return qsizetype(m_random.bounded(1, int(std::max<qsizetype>(2, bodyStart))));
    }

    // One client connection and the server connection behind it. Requests are taken one at a
    // time, as HTTP/1.1 clients without pipelining send them.
    class Connection : public QObject
    {
    public:
        Connection(Core *core, QTcpSocket *client)
            : QObject(core)
            , m_core(core)
            , m_client(client)
        {
            client->setParent(this);
            connect(client, &QTcpSocket::readyRead, this, &Connection::fromClient);
            connect(client, &QTcpSocket::disconnected, this, &Connection::close);
            fromClient();
        }

        // Both sides reset at once, as when a school's network drops.
        void reset()
        {
            if (m_closing)
                return;
            report(m_forwarded ? 0 : -1);
            m_closing = true;
            if (m_server)
                m_server->abort();
            m_client->abort();
            deleteLater();
        }

    private:
        // The request's fate, once, for the answer observer.
        void report(int status)
        {
            if (!m_busy || m_reported)
                return;
            m_reported = true;
            if (m_core->m_answerObserver)
                m_core->m_answerObserver(m_method, m_path, m_head, m_bodyBytes, status);
        }

        void fromClient()
        {
            m_in += m_client->readAll();
            next();
        }

        void next()
        {
            if (m_busy || m_closing)
                return;
            const Message m = parse(m_in, false);
            if (m.end < 0)
                return close();
            if (m.end == 0)
                return;
            m_request = m_in.left(m.end);
            m_in.remove(0, m.end);
            qsizetype headerEnd = m.headerEnd;
            if (m_core->m_rewriter) {
                const QByteArray head = m_core->m_rewriter(m_request.left(headerEnd));
                m_request = head + m_request.mid(headerEnd);
                headerEnd = head.size();
            }
            m_busy = true;
            m_reported = false;
            m_forwarded = false;
            const QList<QByteArray> words = m.firstLine.split(' ');
            m_method = words.value(0);
            m_path = words.value(1);
            m_head = m_request.left(headerEnd);
            m_bodyBytes = m_request.size() - headerEnd;
            if (m_core->m_observer)
                m_core->m_observer(words.value(0), words.value(1), m_request.mid(headerEnd));
            m_draw = m_core->draw(m_method, m_path);
            switch (m_draw.fate) {
            case Fate::DropBefore:
                report(-1);
                return close();
            case Fate::Answer502:
            case Fate::Answer503:
                report(-1);
                m_client->write(cannedAnswer(m_draw.fate == Fate::Answer502 ? 502 : 503));
                return answered(false);
            case Fate::CutRequest:
                m_cutSent = true; // before: toServer may flush (and close) at once
                toServer(m_request.left(m_core->cutPoint(m_request, headerEnd)));
                return;
            default:
                break;
            }
            if (m_draw.delayRequestMs > 0)
                QTimer::singleShot(m_draw.delayRequestMs, this, [this] { toServer(m_request); });
            else
                toServer(m_request);
        }

        void toServer(const QByteArray &bytes)
        {
            if (m_closing)
                return;
            if (!m_server) {
                m_server = new QTcpSocket(this);
                m_out.clear();
                connect(m_server, &QTcpSocket::connected, this, [this, s = m_server] {
                    if (s == m_server)
                        flushToServer();
                });
                connect(m_server, &QTcpSocket::readyRead, this, [this, s = m_server] {
                    if (s == m_server)
                        fromServer();
                });
                connect(m_server, &QTcpSocket::disconnected, this, [this, s = m_server] {
                    if (s == m_server)
                        serverClosed();
                });
                connect(m_server, &QTcpSocket::errorOccurred, this, [this, s = m_server] {
                    // Refused or reset: as if it had closed.
                    if (s == m_server && s->state() != QAbstractSocket::ConnectedState)
                        serverClosed();
                });
                m_server->connectToHost(m_core->m_upstream.host(),
                                        quint16(m_core->m_upstream.port()));
            }
            m_pending += bytes;
            if (m_server->state() == QAbstractSocket::ConnectedState)
                flushToServer();
        }

        void flushToServer()
        {
            m_server->write(m_pending);
            m_pending.clear();
            m_forwarded = true;
            if (m_cutSent) {
                // The rest of the request never comes: the server must give up on it.
                m_server->disconnectFromHost();
                close();
            }
        }

        void fromServer()
        {
            m_out += m_server->readAll();
            if (!m_busy)
                return; // nothing asked: ignored (a server does not speak first)
            const Message m = parse(m_out, true);
            if (m.end < 0)
                return close();
            if (m.end > 0)
                answer(m_out.left(m.end), m.headerEnd, m.connectionClose);
        }

        void serverClosed()
        {
            QTcpSocket *gone = m_server;
            m_server = nullptr;
            gone->deleteLater();
            if (!m_busy || m_closing)
                return;
            // An answer that ends with the connection, or a server that hung up on us.
            const Message m = parse(m_out, true);
            if (m.untilClose && m.headerEnd > 0)
                return answer(m_out, m.headerEnd, true);
            report(m_forwarded ? 0 : -1);
            close();
        }

        void answer(QByteArray response, qsizetype bodyStart, bool thenClose)
        {
            m_out.remove(0, response.size());
            report(response.left(response.indexOf("\r\n")).split(' ').value(1).toInt());
            switch (m_draw.fate) {
            case Fate::DropAfter:
                return close();
            case Fate::CutResponse:
                m_client->write(response.left(m_core->cutPoint(response, bodyStart)));
                return close();
            default:
                break;
            }
            if (m_draw.delayAnswerMs > 0) {
                QTimer::singleShot(m_draw.delayAnswerMs, this, [this, response, thenClose] {
                    if (m_closing)
                        return;
                    m_client->write(response);
                    answered(thenClose);
                });
                return;
            }
            m_client->write(response);
            answered(thenClose);
        }

        void answered(bool thenClose)
        {
            if (thenClose)
                return close();
            m_busy = false;
            m_draw = {};
            // The next request may be waiting already.
            QMetaObject::invokeMethod(this, &Connection::next, Qt::QueuedConnection);
        }

        // Ends both sides: what was written still leaves first (a cut answer arrives cut).
        void close()
        {
            if (m_closing)
                return;
            report(m_forwarded ? 0 : -1);
            m_closing = true;
            if (m_server)
                m_server->disconnectFromHost();
            m_client->disconnectFromHost();
            if (m_client->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
            else
                connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        }

        Core *m_core;
        QTcpSocket *m_client;
        QTcpSocket *m_server = nullptr;
        QByteArray m_in;      // from the client, not yet taken as a request
        QByteArray m_request; // the request in progress
        QByteArray m_pending; // for the server, once connected
        QByteArray m_out;     // from the server, not yet passed on
        Draw m_draw;
        bool m_busy = false; // a request is in progress
        bool m_cutSent = false;
        bool m_closing = false;
        bool m_reported = false;  // the answer observer was told of this request
        bool m_forwarded = false; // its bytes went to the server
        QByteArray m_method, m_path, m_head;
        qint64 m_bodyBytes = 0;
    };

    QUrl m_upstream;
    FaultRates m_rates;
    QRandomGenerator m_random;
    std::atomic<bool> &m_faults;
    FaultProxy::Observer m_observer;
    FaultProxy::AnswerObserver m_answerObserver;
    FaultProxy::HeadRewriter m_rewriter;
    QTcpServer *m_server = nullptr;
    mutable QMutex m_countsLock;
    FaultCounts m_counts;
    // loseNextAnswer's request (under m_countsLock).
    struct Armed
    {
        QByteArray method, pathPrefix;
        bool whole = false;
    };
    std::optional<Armed> m_armed;
};

FaultProxy::FaultProxy(QUrl upstream, FaultRates rates, quint32 seed)
    : m_upstream(std::move(upstream))
    , m_rates(rates)
    , m_seed(seed ? seed : QRandomGenerator::system()->generate())
{
    m_thread.setObjectName(u"fault-proxy"_s);
}

FaultProxy::~FaultProxy()
{
    // Deleted on its own thread, with its sockets, before that thread ends.
    if (m_core)
        QMetaObject::invokeMethod(
            m_core, [core = m_core] { delete core; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FaultProxy::start(quint16 port)
{
    qInfo("fault proxy seed %u", m_seed);
    m_core =
        new Core(m_upstream, m_rates, m_seed, m_faults, m_observer, m_answerObserver, m_rewriter);
    m_core->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_core,
        [&] {
            listening = m_core->listen(port);
            m_port = m_core->port();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QUrl FaultProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FaultProxy::dropConnections()
{
    if (m_core)
        QMetaObject::invokeMethod(
            m_core, [core = m_core] { core->dropAll(); }, Qt::BlockingQueuedConnection);
}

void FaultProxy::loseNextAnswer(const QByteArray &method, const QByteArray &pathPrefix, bool whole)
{
    if (m_core)
        m_core->arm(method, pathPrefix, whole);
}

FaultCounts FaultProxy::counts() const
{
    return m_core ? m_core->counts() : FaultCounts{};
}

} // namespace etw::test
