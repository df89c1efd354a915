// SPDX-License-Identifier: GPL-3.0-or-later
// What slow or idle clients can make the server hold without a proxy in front: many
// connections each trickling a 1 MiB body are capped (--max-connections) and cut when no
// whole request came in time (--idle-timeout); the memory stays bounded, and the server
// serves again once they are gone.
#include "http.h"
#include "server_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

#include <unistd.h>

using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

// The server's process, found by its data folder on its command line (ServerProcess does not
// say its pid), for what /proc tells of it now: resident memory, open sockets.
QString serverProcFolder(const QString &dataDir)
{
    const QByteArray needle = "--data-dir\0"_ba + dataDir.toUtf8() + '\0';
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (pid.toInt() > 0 && cmdline.open(QIODevice::ReadOnly) &&
            cmdline.readAll().contains(needle))
            return u"/proc/"_s + pid;
    }
    return {};
}

qint64 residentKiB(const QString &proc)
{
    QFile status(proc + u"/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression rss(u"VmRSS:\\s+(\\d+) kB"_s);
    const auto match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Each open descriptor of a socket reads "socket:[inode]" (not a path: readlink, not QFileInfo).
int openSockets(const QString &proc)
{
    int sockets = 0;
    const QDir fds(proc + u"/fd"_s);
    for (const QString &fd :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[64] = {};
        const QByteArray path = QFile::encodeName(fds.filePath(fd));
        if (::readlink(path.constData(), target, sizeof target - 1) > 0)
            sockets += QByteArray(target).startsWith("socket:");
    }
    return sockets;
}

// One slow client: headers announcing a 1 MiB body, almost all of it at once, then a byte
// every 200 ms, never the last one.
struct SlowClient
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    // From just before connecting: the server's clock for it starts later, never earlier.
    QElapsedTimer since;
    bool connected = false;
    qint64 closedAfterMs = -1;
    QByteArray answer;
    qint64 bulkLeft = 0;
    bool closed() const { return closedAfterMs >= 0; }
    bool refused() const { return answer.startsWith("HTTP/1.1 503"); }
};

constexpr qint64 bodyBytes = 1024 * 1024;
constexpr qint64 chunk = 64 * 1024;

} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowClientsAreCappedAndCutOff()
    {
        // Five seconds: time enough, on a busy machine, for all 200 to connect before the first is
        // cut, and for a refused one to close long before an admitted one would.
        constexpr int cap = 50, clients = 200, idleSecs = 5;
        ServerProcess server;
        QVERIFY2(
            server.start({u"--demo"_s, u"--demo-size"_s, u"10"_s, u"--max-connections"_s,
                          QString::number(cap), u"--idle-timeout"_s, QString::number(idleSecs)}),
            qPrintable(server.lastOutput()));
        const QString proc = serverProcFolder(server.dataDir());
        QVERIFY(!proc.isEmpty());
        const qint64 peakBefore = server.peakMemoryKiB();
        const qint64 residentBefore = residentKiB(proc);
        QVERIFY(peakBefore > 0 && residentBefore > 0);

        const QByteArray head = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\nContent-Length: " +
                                QByteArray::number(bodyBytes) + "\r\n\r\n";
        std::vector<SlowClient> slow(clients);
        for (SlowClient &c : slow) {
            QTcpSocket *socket = c.socket.get();
            c.bulkLeft = bodyBytes - 1024;
            // As the socket drains: the test's own memory stays small too.
            auto feed = [&c, socket] {
                while (c.bulkLeft > 0 && socket->bytesToWrite() < chunk &&
                       socket->state() == QAbstractSocket::ConnectedState) {
                    const qint64 n = std::min(chunk, c.bulkLeft);
                    socket->write(QByteArray(n, ' '));
                    c.bulkLeft -= n;
                }
            };
            connect(socket, &QTcpSocket::connected, socket, [&c, socket, head, feed] {
                c.connected = true;
                socket->write(head);
                feed();
                auto *trickle = new QTimer(socket);
                connect(trickle, &QTimer::timeout, socket, [socket] {
                    if (socket->state() == QAbstractSocket::ConnectedState)
                        socket->write(" ");
                });
                trickle->start(200);
            });
            connect(socket, &QTcpSocket::bytesWritten, socket, feed);
            connect(socket, &QTcpSocket::readyRead, socket,
                    [&c, socket] { c.answer += socket->readAll(); });
            auto closed = [&c] {
                if (!c.closed())
                    c.closedAfterMs = c.since.elapsed();
            };
            connect(socket, &QTcpSocket::disconnected, socket, closed);
            connect(socket, &QTcpSocket::errorOccurred, socket, closed);
        }
        // In groups of 25 (the listen backlog is 50): a connection the kernel dropped would
        // come again a second later, and be taken once the first ones were cut.
        for (int i = 0; i < clients; i += 25) {
            for (int k = i; k < i + 25; ++k) {
                slow[k].since.start();
                slow[k].socket->connectToHost(QHostAddress::LocalHost, server.port());
            }
            QVERIFY(QTest::qWaitFor(
                [&] {
                    for (int k = i; k < i + 25; ++k)
                        if (!slow[k].connected && !slow[k].closed())
                            return false;
                    return true;
                },
                10000));
        }
        // The refused ones go at once, the admitted ones stay until their time is up: the
        // server has at most `cap` client sockets, and holds the bodies of those only. Its
        // resident memory is sampled all along.
        qint64 residentMax = 0;
        auto openNow = [&] {
            residentMax = std::max(residentMax, residentKiB(proc));
            int open = 0;
            for (const SlowClient &c : slow)
                open += !c.closed();
            return open;
        };
        QVERIFY2(QTest::qWaitFor([&] { return openNow() <= cap; }, idleSecs * 1000),
                 qPrintable(u"%1 still open"_s.arg(openNow())));
        const int serverSockets = openSockets(proc);
        const int openHeld = openNow();
        QVERIFY(QTest::qWaitFor([&] { return openNow() == 0; }, 30000));
        const qint64 peakGrowth = server.peakMemoryKiB() - peakBefore;

        int refused = 0, cut = 0, answered503 = 0;
        qint64 earliestCut = std::numeric_limits<qint64>::max(), latestCut = 0;
        for (const SlowClient &c : slow) {
            answered503 += c.refused();
            // The server cuts an admitted one when its time is up, never before: what closed
            // earlier was refused.
            if (c.refused() || c.closedAfterMs < idleSecs * 1000 - 100) {
                ++refused;
            } else {
                ++cut;
                earliestCut = std::min(earliestCut, c.closedAfterMs);
                latestCut = std::max(latestCut, c.closedAfterMs);
            }
        }
        qInfo("%d slow clients, cap %d: %d refused (%d read the 503), %d cut after %lld to "
              "%lld ms; %d open and %d sockets in the server while held; server resident "
              "%lld KiB before, %lld KiB at most, peak grew by %lld KiB",
              clients, cap, refused, answered503, cut, earliestCut, latestCut, openHeld,
              serverSockets, residentBefore, residentMax, peakGrowth);
        QCOMPARE(refused + cut, clients);
        // All connected before the first was cut: exactly the cap was let in.
        QCOMPARE(cut, cap);
        // The cap's connections, plus the listening socket and the database's.
        QVERIFY2(serverSockets <= cap + 8, qPrintable(QString::number(serverSockets)));
        QVERIFY(answered503 > 0); // told why, at least those that read before the close
        QVERIFY2(latestCut < idleSecs * 1000 + 3000, qPrintable(QString::number(latestCut)));
        // About twice the body per admitted connection (Qt's socket buffer, then the parser's
        // copy: 2 MiB each), far from the 400 MiB of all 200.
        QVERIFY2(residentMax - residentBefore < cap * 3 * 1024,
                 qPrintable(u"resident grew by %1 KiB"_s.arg(residentMax - residentBefore)));
        QVERIFY2(peakGrowth < cap * 3 * 1024, qPrintable(u"peak grew by %1 KiB"_s.arg(peakGrowth)));

        // Once they are gone, a normal client is served.
        Http http(server.url());
        const HttpResult health = http.get(u"/healthz"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(http.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
    }

    // The idle time starts again after each answer: a connection used now and then stays,
    // one left idle is closed when its time is up.
    void idleTimeRestartsAfterEachAnswer()
    {
        constexpr int idleSecs = 2;
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s, u"--demo-size"_s, u"10"_s, u"--idle-timeout"_s,
                               QString::number(idleSecs)}),
                 qPrintable(server.lastOutput()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        bool closed = false;
        QElapsedTimer idle;
        connect(&socket, &QTcpSocket::disconnected, this, [&closed] { closed = true; });
        QByteArray answers;
        connect(&socket, &QTcpSocket::readyRead, this,
                [&answers, &socket] { answers += socket.readAll(); });
        // Three requests 1.5 s apart on one connection: more than the timeout in all, less
        // between any two (the time itself is what is tested here).
        for (int i = 1; i <= 3; ++i) {
            if (i > 1)
                QTest::qWait(1500);
            QVERIFY2(!closed, qPrintable(u"closed before request %1"_s.arg(i)));
            socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(QTest::qWaitFor([&] { return answers.count("HTTP/1.1 200") == i; }, 5000));
            idle.start();
        }
        QVERIFY(QTest::qWaitFor([&] { return closed; }, idleSecs * 1000 + 3000));
        QVERIFY2(idle.elapsed() >= idleSecs * 1000 - 100,
                 qPrintable(QString::number(idle.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
