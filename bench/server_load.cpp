// SPDX-License-Identifier: GPL-3.0-or-later
// Load on the server: C clients sync the directory in pages and push profile edits, against one
// SQLite instance, one PostgreSQL instance and two instances sharing one PostgreSQL database.
//   bench_server_load [N=20000] [--clients C=32] [--seconds S=20] [--server-threads T]
// PostgreSQL needs the throwaway cluster of scripts/lib/postgres.sh: bench/run-server-load.
#include "bench_support.h"
#include "server_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <zlib.h>

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <unistd.h>
#include <vector>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int teachers = 20000;
    int clients = 32;
    int seconds = 20;
    int serverThreads = 0; // 0: the server's default
};

// The targets of the issue, for one instance with 32 clients.
constexpr double targetPagesPerSecond = 1000;
constexpr double targetP99Ms = 100;
// A push after this many pages too, so that pushes fall inside the window (a full pass is ~250
// pages at N = 20000).
constexpr int pagesPerPush = 50;

// ---- HTTP/1.1 on a keep-alive connection -------------------------------------------------------

// Reads answers from a keep-alive connection: the status line, the two headers this benchmark
// needs and a Content-Length body (the server always sends one and never chunks).
class ResponseReader
{
public:
    // Adds received bytes; true once a whole answer is buffered.
    bool feed(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_headLength < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            m_headLength = end + 4;
            readHead(QByteArrayView(m_buffer).first(end));
        }
        return m_buffer.size() >= m_headLength + m_bodyLength;
    }
    int status() const { return m_status; }
    bool gzip() const { return m_gzip; }
    QByteArrayView body() const
    {
        return QByteArrayView(m_buffer).sliced(m_headLength, m_bodyLength);
    }
    // Drops the answer just read, keeping whatever follows it.
    void next()
    {
        m_buffer.remove(0, m_headLength + m_bodyLength);
        reset();
    }
    void clear()
    {
        m_buffer.clear();
        reset();
    }

private:
    void reset()
    {
        m_headLength = -1;
        m_bodyLength = 0;
        m_status = 0;
        m_gzip = false;
    }
    void readHead(QByteArrayView head)
    {
        // "HTTP/1.1 200 OK"
        m_status = head.size() >= 12 ? head.sliced(9, 3).toInt() : 0;
        for (qsizetype at = head.indexOf("\r\n"); at >= 0;) {
            const qsizetype start = at + 2;
            at = head.indexOf("\r\n", start);
            const QByteArrayView line = head.sliced(start, (at < 0 ? head.size() : at) - start);
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArrayView name = line.first(colon);
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_bodyLength = value.toLongLong();
            else if (name.compare("Content-Encoding", Qt::CaseInsensitive) == 0)
                m_gzip = value.contains("gzip");
        }
    }

    QByteArray m_buffer;
    qsizetype m_headLength = -1; // -1 until the blank line after the headers has arrived
    qsizetype m_bodyLength = 0;
    int m_status = 0;
    bool m_gzip = false;
};

// Gunzips answer bodies into one reused buffer: one thread, one answer at a time.
class Inflater
{
public:
    Inflater() { inflateInit2(&m_stream, 16 + MAX_WBITS); } // +16: a gzip header and trailer
    ~Inflater() { inflateEnd(&m_stream); }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    // The inflated bytes, valid until the next call; a null view if the data is not whole gzip.
    QByteArrayView inflate(QByteArrayView data)
    {
        inflateReset(&m_stream);
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
        m_stream.avail_in = uInt(data.size());
        if (m_out.size() < data.size() * 4)
            m_out.resize(data.size() * 4);
        qsizetype produced = 0;
        for (;;) {
            m_stream.next_out = reinterpret_cast<Bytef *>(m_out.data() + produced);
            m_stream.avail_out = uInt(m_out.size() - produced);
            const int rc = ::inflate(&m_stream, Z_NO_FLUSH);
            produced = m_out.size() - qsizetype(m_stream.avail_out);
            if (rc == Z_STREAM_END)
                return QByteArrayView(m_out).first(produced);
            // Room left but no end: the data is cut short or broken.
            if ((rc != Z_OK && rc != Z_BUF_ERROR) || m_stream.avail_out != 0)
                return {};
            m_out.resize(m_out.size() * 2);
        }
    }

private:
    z_stream m_stream{};
    QByteArray m_out{64 * 1024, Qt::Uninitialized};
};

// The integer after `key` (e.g. "cursor":), looked for from the end: a page's own fields come
// after its changes, so the records are never walked, let alone parsed.
std::optional<qint64> integerAfter(QByteArrayView json, QByteArrayView key)
{
    const qsizetype at = json.lastIndexOf(key);
    if (at < 0)
        return std::nullopt;
    const qsizetype start = at + key.size();
    qsizetype end = start;
    while (end < json.size() && json.at(end) >= '0' && json.at(end) <= '9')
        ++end;
    bool ok = false;
    const qint64 value = json.sliced(start, end - start).toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

// ---- CPU and memory of the processes, from /proc ----------------------------------------------

QList<qint64> processIds()
{
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric)
            pids.append(pid);
    }
    return pids;
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The server that uses this data folder (ServerProcess keeps its QProcess to itself).
qint64 serverPid(const QString &dataDir)
{
    const QByteArray folder = dataDir.toLocal8Bit();
    for (const qint64 pid : processIds()) {
        const QByteArray args = procFile(pid, "cmdline");
        if (args.contains("etwinning-server") && args.contains(folder))
            return pid;
    }
    return -1;
}

// utime + stime of a process, in seconds.
double cpuSeconds(qint64 pid)
{
    const QByteArray stat = procFile(pid, "stat");
    // The fields after the command name, which is in parentheses and may hold spaces: the first
    // of them is field 3 (state), so utime (14) and stime (15) are at 11 and 12.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

// The CPU of every PostgreSQL process (postmaster, backends, background workers) by pid.
QHash<qint64, double> postgresCpu()
{
    QHash<qint64, double> cpu;
    for (const qint64 pid : processIds())
        if (procFile(pid, "comm") == "postgres\n")
            cpu.insert(pid, cpuSeconds(pid));
    return cpu;
}

qint64 residentKiB(qint64 pid)
{
    static const QRegularExpression rss(u"VmRSS:\\s+(\\d+) kB"_s);
    const auto match = rss.match(QString::fromLatin1(procFile(pid, "status")));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Where the two cores went during the window: the servers, PostgreSQL, this load generator.
class CpuMeter
{
public:
    explicit CpuMeter(QList<qint64> serverPids)
        : m_serverPids(std::move(serverPids))
    {}
    void start()
    {
        m_servers = serversNow();
        m_postgres = postgresCpu();
        m_generator = processCpuSeconds();
    }
    void stop()
    {
        servers = serversNow() - m_servers;
        generator = processCpuSeconds() - m_generator;
        const QHash<qint64, double> now = postgresCpu();
        postgres = 0;
        // Processes started during the window (new backends) count from zero.
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            postgres += it.value() - m_postgres.value(it.key(), 0);
    }
    double servers = 0, postgres = 0, generator = 0;

private:
    double serversNow() const
    {
        double sum = 0;
        for (const qint64 pid : m_serverPids)
            sum += cpuSeconds(pid);
        return sum;
    }
    QList<qint64> m_serverPids;
    double m_servers = 0, m_generator = 0;
    QHash<qint64, double> m_postgres;
};

// ---- The simulated clients ---------------------------------------------------------------------

// What one configuration measured. Latencies and counts are of 2xx answers received in the
// window; non-2xx answers and transport errors are of the whole run, sign-ins included.
struct Stats
{
    QList<double> signInMs, pageMs, pushMs;
    qint64 passes = 0; // full directory syncs finished
    qint64 applied = 0, conflicts = 0, rejected = 0;
    QMap<int, qint64> non2xx; // status → count
    qint64 transportErrors = 0;
    QStringList problems; // the first few, for the reader
    int clientsReady = 0;
    double windowSeconds = 0;
    double serverCpu = 0, postgresCpu = 0, generatorCpu = 0; // seconds, in the window
};

enum class Kind { SignIn, Me, Page, Push };

struct Client
{
    std::unique_ptr<QTcpSocket> socket;
    quint16 port = 0;
    QByteArray username;
    QByteArray authorization; // "Authorization: Bearer …\r\n" once signed in
    qint64 accountId = 0;
    qint64 version = 0; // the profile version the next push is based on
    qint64 cursor = 0;
    int pagesSincePush = 0;
    Kind kind = Kind::SignIn;
    QByteArray request; // the one in flight, sent again after a reconnection
    qint64 sentAtNs = 0;
    int reconnects = 0;
    ResponseReader reader;
};

// All clients on one event loop in the calling thread: one request in flight per client, on its
// own keep-alive connection. Setup (sign-in, then the account's version) is not in the window.
class LoadRun
{
public:
    LoadRun(QList<quint16> ports, QList<qint64> serverPids, const Options &options)
        : m_ports(std::move(ports))
        , m_options(options)
        , m_cpu(std::move(serverPids))
    {}

    Stats run()
    {
        m_clock.start();
        for (int i = 0; i < m_options.clients; ++i) {
            auto client = std::make_unique<Client>();
            // Instance i % n, account (i / n) % 2: each account on every instance, so that
            // pushes to one profile also race across instances.
            const int instances = int(m_ports.size());
            client->port = m_ports.at(i % instances);
            client->username = (i / instances) % 2 ? "teacher.it" : "teacher.fr";
            client->socket = std::make_unique<QTcpSocket>();
            Client *c = client.get();
            QTcpSocket *socket = c->socket.get();
            QObject::connect(socket, &QTcpSocket::connected, socket, [c] {
                c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                c->socket->write(c->request);
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, c] { readyRead(*c); });
            QObject::connect(socket, &QAbstractSocket::stateChanged, socket,
                             [this, c](QAbstractSocket::SocketState state) {
                                 if (state == QAbstractSocket::UnconnectedState)
                                     lost(*c);
                             });
            m_clients.push_back(std::move(client));
        }
        m_setupPending = int(m_clients.size());
        for (const auto &c : m_clients)
            send(*c, Kind::SignIn,
                 post(*c, "/api/v1/session",
                      "{\"username\":\"" + c->username + "\",\"password\":\"demo1234\"}"));
        QTimer::singleShot(600 * 1000, &m_context, [this] {
            if (m_phase == Phase::Setup) {
                problem(u"the clients did not sign in within 10 minutes"_s);
                finish();
            }
        });
        m_loop.exec();
        return m_stats;
    }

private:
    enum class Phase { Setup, Measuring, Draining, Done };

    QByteArray get(const Client &c, const QByteArray &target) const
    {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(c.port) +
               "\r\nAccept-Encoding: gzip\r\n" + c.authorization + "\r\n";
    }
    QByteArray post(const Client &c, const QByteArray &target, const QByteArray &json) const
    {
        return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(c.port) +
               "\r\nAccept-Encoding: gzip\r\nContent-Type: application/json\r\n" + c.authorization +
               "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    }

    void send(Client &c, Kind kind, QByteArray request)
    {
        c.kind = kind;
        c.request = std::move(request);
        c.sentAtNs = m_clock.nsecsElapsed();
        if (c.socket->state() == QAbstractSocket::ConnectedState)
            c.socket->write(c.request);
        else if (c.socket->state() == QAbstractSocket::UnconnectedState)
            c.socket->connectToHost(QHostAddress::LocalHost, c.port); // written once connected
    }

    void sendPage(Client &c)
    {
        send(c, Kind::Page,
             get(c, "/api/v1/sync/directory?since=" + QByteArray::number(c.cursor) + "&limit=100"));
    }

    void sendPush(Client &c)
    {
        c.pagesSincePush = 0;
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        send(c, Kind::Push,
             post(c, "/api/v1/mutations",
                  "{\"mutations\":[{\"id\":\"" + id +
                      "\",\"type\":\"profile\",\"op\":\"update\",\"entityId\":" +
                      QByteArray::number(c.accountId) + ",\"baseVersion\":" +
                      QByteArray::number(c.version) + ",\"data\":{\"bio\":\"load test " +
                      QByteArray::number(++m_pushes) + "\"}}]}"));
    }

    void readyRead(Client &c)
    {
        if (!c.reader.feed(c.socket->readAll()))
            return;
        const double ms = double(m_clock.nsecsElapsed() - c.sentAtNs) / 1e6;
        if (c.request.isEmpty()) {
            problem(u"an answer nobody asked for"_s);
            ++m_stats.transportErrors;
            c.reader.next();
            return;
        }
        c.request.clear();
        QByteArrayView body = c.reader.body();
        if (c.reader.gzip()) {
            body = m_inflater.inflate(body);
            if (body.isNull()) {
                problem(u"a gzip body that does not inflate"_s);
                ++m_stats.transportErrors;
            }
        }
        answered(c, c.reader.status(), body, ms);
        // Only now: body points into the reader's buffer. The next answer cannot have arrived
        // meanwhile, it is read on a later turn of the event loop.
        c.reader.next();
    }

    void answered(Client &c, int status, QByteArrayView body, double ms)
    {
        const bool ok = status >= 200 && status < 300;
        if (!ok) {
            ++m_stats.non2xx[status];
            problem(u"HTTP %1: %2"_s.arg(status).arg(
                QString::fromUtf8(body.first(std::min<qsizetype>(body.size(), 200)))));
        }
        const bool measuring = m_phase == Phase::Measuring;
        bool pushNext = false;
        switch (c.kind) {
        case Kind::SignIn:
            return signedIn(c, ok, body, ms);
        case Kind::Me:
            return readVersion(c, ok, body);
        case Kind::Page:
            if (measuring && ok) // failures are counted, not timed
                m_stats.pageMs.append(ms);
            if (ok) {
                const auto cursor = integerAfter(body, "\"cursor\":");
                const qsizetype moreAt = body.lastIndexOf("\"more\":");
                if (!cursor || moreAt < 0) {
                    problem(u"a page without cursor or more"_s);
                    c.cursor = 0;
                    break;
                }
                const bool more = body.sliced(moreAt + 7).startsWith("true");
                c.cursor = more ? *cursor : 0;
                if (!more && measuring)
                    ++m_stats.passes;
                pushNext = !more || ++c.pagesSincePush >= pagesPerPush;
            }
            break;
        case Kind::Push:
            if (measuring && ok) // failures are counted, not timed
                m_stats.pushMs.append(ms);
            if (ok)
                readPushResult(c, body, measuring);
            break;
        }
        if (m_phase == Phase::Draining) {
            if (--m_active == 0)
                finish();
            return;
        }
        if (m_phase != Phase::Measuring)
            return;
        if (pushNext)
            sendPush(c);
        else
            sendPage(c);
    }

    void signedIn(Client &c, bool ok, QByteArrayView body, double ms)
    {
        const QJsonObject answer = QJsonDocument::fromJson(body.toByteArray()).object();
        c.accountId = answer.value(u"account"_s).toObject().value(u"id"_s).toInteger();
        const QByteArray token = answer.value(u"token"_s).toString().toLatin1();
        if (!ok || token.isEmpty() || c.accountId == 0)
            return setupDone(false);
        m_stats.signInMs.append(ms);
        c.authorization = "Authorization: Bearer " + token + "\r\n";
        send(c, Kind::Me, get(c, "/api/v1/sync/me?since=0"));
    }

    // The profile version from the "me" scope: the base of the first push.
    void readVersion(Client &c, bool ok, QByteArrayView body)
    {
        const QJsonArray changes =
            QJsonDocument::fromJson(body.toByteArray()).object().value(u"changes"_s).toArray();
        for (const QJsonValue &change : changes)
            if (change[u"type"_s] == u"teacher"_s)
                c.version = change[u"version"_s].toInteger();
        if (ok && c.version == 0)
            problem(u"%1 has no profile in its me scope"_s.arg(QLatin1StringView(c.username)));
        setupDone(ok && c.version > 0);
    }

    // A conflict (another client of the same account pushed since) is a valid answer: count it
    // and take the current version it carries.
    void readPushResult(Client &c, QByteArrayView body, bool measuring)
    {
        const QJsonObject result = QJsonDocument::fromJson(body.toByteArray())
                                       .object()
                                       .value(u"results"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        const QString status = result.value(u"status"_s).toString();
        if (status == u"applied") {
            c.version = result.value(u"version"_s).toInteger(c.version);
            m_stats.applied += measuring;
        } else if (status == u"conflict") {
            m_stats.conflicts += measuring;
        } else {
            m_stats.rejected += measuring;
            const QString code = result.value(u"error"_s)[u"code"_s].toString();
            if (code != u"bad_base_version")
                problem(u"push %1: %2"_s.arg(status, code));
        }
        const QJsonObject current = result.value(u"current"_s).toObject();
        if (current.contains(u"version"_s))
            c.version = current.value(u"version"_s).toInteger(c.version);
    }

    void setupDone(bool ok)
    {
        m_stats.clientsReady += ok;
        if (--m_setupPending > 0)
            return;
        if (m_stats.clientsReady == 0)
            return finish();
        m_phase = Phase::Measuring;
        m_cpu.start();
        m_windowStartNs = m_clock.nsecsElapsed();
        QTimer::singleShot(m_options.seconds * 1000, Qt::PreciseTimer, &m_context,
                           [this] { endWindow(); });
        for (const auto &c : m_clients)
            if (!c->authorization.isEmpty() && c->version > 0)
                sendPage(*c);
    }

    void endWindow()
    {
        m_stats.windowSeconds = double(m_clock.nsecsElapsed() - m_windowStartNs) / 1e9;
        m_cpu.stop();
        m_stats.serverCpu = m_cpu.servers;
        m_stats.postgresCpu = m_cpu.postgres;
        m_stats.generatorCpu = m_cpu.generator;
        // Every client has one request in flight: wait for those answers, not for ever.
        m_phase = Phase::Draining;
        m_active = m_stats.clientsReady;
        QTimer::singleShot(30 * 1000, &m_context, [this] {
            if (m_phase != Phase::Done)
                problem(u"%1 answers did not come within 30 s after the window"_s.arg(m_active));
            finish();
        });
    }

    void lost(Client &c)
    {
        if (m_phase == Phase::Done)
            return;
        ++m_stats.transportErrors;
        problem(u"connection lost: %1"_s.arg(c.socket->errorString()));
        c.reader.clear();
        if (++c.reconnects > 20) {
            problem(u"a client lost its connection 20 times: giving up"_s);
            return finish();
        }
        // Again shortly, and the request in flight with it (see the connected handler).
        QTimer::singleShot(100, &m_context, [this, &c] {
            if (m_phase != Phase::Done && !c.request.isEmpty() &&
                c.socket->state() == QAbstractSocket::UnconnectedState)
                c.socket->connectToHost(QHostAddress::LocalHost, c.port);
        });
    }

    void finish()
    {
        if (m_phase == Phase::Done)
            return;
        m_phase = Phase::Done;
        for (const auto &c : m_clients) {
            c->socket->disconnect(); // no lost() for these
            c->socket->abort();
        }
        m_loop.quit();
    }

    void problem(const QString &text)
    {
        if (m_stats.problems.size() < 10)
            m_stats.problems.append(text);
    }

    const QList<quint16> m_ports;
    const Options m_options;
    CpuMeter m_cpu;
    std::vector<std::unique_ptr<Client>> m_clients;
    Stats m_stats;
    Phase m_phase = Phase::Setup;
    int m_setupPending = 0;
    int m_active = 0;
    qint64 m_pushes = 0;
    qint64 m_windowStartNs = 0;
    QElapsedTimer m_clock;
    Inflater m_inflater;
    QEventLoop m_loop;
    QObject m_context; // owns the timers: none fires after the run
};

// ---- Configurations and the report -------------------------------------------------------------

struct Configuration
{
    QString name;
    QByteArray backend; // ETW_TEST_BACKEND
    int instances;
};

struct Summary
{
    QString name;
    double pagesPerSecond = 0, pageP99 = 0;
    qint64 errors = 0;
    bool ran = false;
};

void line(const char *name, double value, const char *unit)
{
    std::printf("%-38s %12.2f %s\n", name, value, unit);
}

void printMachine()
{
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    QString model = u"unknown"_s;
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        static const QRegularExpression name(u"model name\\s*:\\s*(.*)"_s);
        const auto match = name.match(QString::fromLatin1(cpuinfo.readAll()));
        if (match.hasMatch())
            model = match.captured(1).trimmed();
    }
    std::printf("machine: %ld cores online (nproc %d), %s\n", sysconf(_SC_NPROCESSORS_ONLN),
                QThread::idealThreadCount(), qPrintable(model));
}

Summary runConfiguration(const Configuration &config, const Options &options)
{
    Summary summary{config.name};
    std::printf("\n== %s: %d clients, %d s, %d teachers ==\n", qPrintable(config.name),
                options.clients, options.seconds, options.teachers);
    std::fflush(stdout);
    QStringList serverArgs;
    if (options.serverThreads > 0)
        serverArgs = {u"--threads"_s, QString::number(options.serverThreads)};

    // The backend is read by ServerProcess's constructor.
    qputenv("ETW_TEST_BACKEND", config.backend);
    std::vector<std::unique_ptr<test::ServerProcess>> servers;
    QElapsedTimer seeding;
    seeding.start();
    for (int i = 0; i < config.instances; ++i) {
        auto server = std::make_unique<test::ServerProcess>();
        QStringList args = serverArgs;
        if (i == 0)
            args += {u"--demo"_s, u"--demo-size"_s, QString::number(options.teachers)};
        else
            server->shareDatabaseWith(*servers.front()); // started after the first has seeded
        if (!server->hasDatabase() || !server->start(args, 3600 * 1000)) {
            std::fprintf(stderr, "server %d failed to start: %s\n", i + 1,
                         qPrintable(server->lastOutput()));
            return summary;
        }
        servers.push_back(std::move(server));
    }
    std::printf("servers up (seeded, not timed) in %.1f s\n", double(seeding.elapsed()) / 1000);
    std::fflush(stdout);

    QList<quint16> ports;
    QList<qint64> pids;
    for (const auto &server : servers) {
        ports.append(server->port());
        pids.append(serverPid(server->dataDir()));
    }
    // The clients get a thread of their own; this one keeps reading the servers' output.
    Stats stats;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        LoadRun run(ports, pids, options);
        stats = run.run();
    }));
    QEventLoop wait;
    QObject::connect(worker.get(), &QThread::finished, &wait, &QEventLoop::quit);
    worker->start();
    wait.exec();
    worker->wait(); // finished() comes just before the thread ends

    const double seconds = std::max(stats.windowSeconds, 1e-9);
    const double pages = double(stats.pageMs.size());
    const double requests = pages + double(stats.pushMs.size());
    summary.ran = stats.windowSeconds > 0;
    summary.pagesPerSecond = pages / seconds;
    summary.pageP99 = bench::percentile(stats.pageMs, 0.99);
    for (const qint64 count : std::as_const(stats.non2xx))
        summary.errors += count;
    summary.errors += stats.transportErrors;

    std::printf("%d of %d clients signed in; window %.2f s\n", stats.clientsReady, options.clients,
                stats.windowSeconds);
    bench::report(u"sync page requests/s"_s, summary.pagesPerSecond, u"pages/s"_s,
                  targetPagesPerSecond, true);
    bench::report(u"sync page latency p99"_s, summary.pageP99, u"ms"_s, targetP99Ms, false);
    line("sync page latency p50", bench::percentile(stats.pageMs, 0.5), "ms");
    line("all requests/s", requests / seconds, "requests/s");
    line("records/s (100 per page)", 100 * pages / seconds, "records/s");
    line("full directory passes", double(stats.passes), "");
    line("push latency p50", bench::percentile(stats.pushMs, 0.5), "ms");
    line("push latency p99", bench::percentile(stats.pushMs, 0.99), "ms");
    std::printf("%-38s %12lld applied, %lld conflicts, %lld rejected\n", "pushes", stats.applied,
                stats.conflicts, stats.rejected);
    line("sign-in latency p50 (all at once)", bench::percentile(stats.signInMs, 0.5), "ms");
    line("sign-in latency max", bench::percentile(stats.signInMs, 1.0), "ms");
    QStringList statuses;
    for (auto it = stats.non2xx.cbegin(); it != stats.non2xx.cend(); ++it)
        statuses.append(u"%1 × %2"_s.arg(it.value()).arg(it.key()));
    std::printf("%-38s %12lld %s\n", "non-2xx answers", summary.errors - stats.transportErrors,
                qPrintable(statuses.join(u", "_s)));
    std::printf("%-38s %12lld\n", "transport errors", stats.transportErrors);
    for (size_t i = 0; i < servers.size(); ++i) {
        std::printf("server %zu memory: peak %.1f MiB (VmHWM, Argon2id sign-ins included), "
                    "now %.1f MiB\n",
                    i + 1, double(servers[i]->peakMemoryKiB()) / 1024,
                    double(residentKiB(pids.at(qsizetype(i)))) / 1024);
    }
    std::printf("CPU in the window, cores busy: server%s %.2f, PostgreSQL %.2f, "
                "load generator %.2f (of %ld)\n",
                servers.size() > 1 ? "s" : "", stats.serverCpu / seconds,
                stats.postgresCpu / seconds, stats.generatorCpu / seconds,
                sysconf(_SC_NPROCESSORS_ONLN));
    for (const QString &problem : std::as_const(stats.problems))
        std::printf("  problem: %s\n", qPrintable(problem));
    std::fflush(stdout);
    return summary;
}

Options parseOptions(const QStringList &args)
{
    Options o;
    if (args.size() > 1 && !args.at(1).startsWith(u"--"))
        o.teachers = args.at(1).toInt();
    const auto value = [&args](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    o.clients = std::max(1, value(u"--clients"_s, o.clients));
    o.seconds = std::max(1, value(u"--seconds"_s, o.seconds));
    o.serverThreads = value(u"--server-threads"_s, 0);
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    printMachine();
    std::printf("bench_server_load: %d teachers, %d clients, %d s per configuration, pages of "
                "100, a push every %d pages and after each full pass\n",
                options.teachers, options.clients, options.seconds, pagesPerPush);

    const QList<Configuration> configurations{
        {u"1 instance, SQLite"_s, "sqlite", 1},
        {u"1 instance, PostgreSQL"_s, "postgresql", 1},
        {u"2 instances, one PostgreSQL database"_s, "postgresql", 2},
    };
    QList<Summary> summaries;
    for (const Configuration &config : configurations)
        summaries.append(runConfiguration(config, options));

    std::printf("\n%-38s %10s %7s %10s %7s %8s\n", "summary", "pages/s", "ratio", "p99 ms", "ratio",
                "errors");
    bool ok = true;
    for (const Summary &s : std::as_const(summaries)) {
        if (!s.ran) {
            std::printf("%-38s did not run\n", qPrintable(s.name));
            ok = false;
            continue;
        }
        std::printf("%-38s %10.1f %7.2f %10.2f %7.2f %8lld\n", qPrintable(s.name), s.pagesPerSecond,
                    s.pagesPerSecond / targetPagesPerSecond, s.pageP99,
                    targetP99Ms / std::max(s.pageP99, 1e-9), s.errors);
        ok = ok && s.errors == 0;
    }
    return ok ? 0 : 1;
}
