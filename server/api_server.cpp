// SPDX-License-Identifier: GPL-3.0-or-later
#include "api_server.h"

#include "gzip.h"
#include "request_size_guard.h"
#include "tus_headers.h"

#include <QDateTime>
#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "etw.http", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 460:
        return "Checksum Mismatch"; // tus: a chunk that does not match its Upload-Checksum
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 507:
        return "Insufficient Storage";
    default:
        return status < 500 ? "Client Error" : "Server Error";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method)))
        .toUpper();
}
} // namespace

ApiServer::ApiServer(Database &database, const ServerConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_database(database)
    , m_auth(database, config)
    , m_accountCreation(database, config)
    , m_schoolLookup(database, config)
    , m_snapshots(database, QDir(config.dataDir).filePath(u"snapshots"_s),
                  {config.snapshotMinRecords, config.snapshotRefreshSecs})
    , m_sync(database, m_snapshots)
    , m_mutations(database, {config.forumCreationsPerMinute, config.forumCreationsPerHour,
                             config.chatMessagesPerMinute, config.chatMessagesPerHour,
                             config.shortRateWindowSecs * 1000LL})
    , m_blobs(QDir(config.dataDir).filePath(u"blobs"_s))
    , m_uploadFiles(QDir(config.dataDir).filePath(u"uploads"_s))
    , m_intake(database, m_blobs, m_uploadFiles)
    , m_uploads(database, config, m_uploadFiles, m_intake)
    , m_downloads(database, m_blobs)
    , m_collector(database, m_blobs, m_uploadFiles, {config.storageCollectionSecs})
    , m_statistics(database, config.statisticsEverySecs)
    , m_live(
          [this](qint64 accountId) -> std::optional<QList<scopes::Listed>> {
              QSqlDatabase db = m_database.connection();
              const auto account = AuthService::loadAccount(db, accountId);
              if (!account)
                  return std::nullopt;
              auto listed = scopes::listed(db, *account);
              if (!listed)
                  return std::nullopt;
              return listed.value();
          },
          this)
    , m_notifications(database, this)
{
    // Commits here reach this instance's clients at once; other instances' through NOTIFY.
    m_database.setChangeListener([this](const QStringList &scopes) { m_live.publish(scopes); });
    connect(&m_notifications, &ChangeNotifications::changed, &m_live, &LiveHub::publish);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::takeWebSockets);
    QDir().mkpath(m_blobs.folder());
    QDir().mkpath(m_uploadFiles.folder());
    addRoute("POST", u"/api/v1/session"_s, false,
             [this](ApiRequest &r, const QStringList &) { return m_auth.signIn(r); });
    // Before an account exists: a teacher creates theirs, finding their school first.
    addRoute("POST", u"/api/v1/accounts"_s, false,
             [this](ApiRequest &r, const QStringList &) { return m_accountCreation.create(r); });
    addRoute("GET", u"/api/v1/schools"_s, false,
             [this](ApiRequest &r, const QStringList &) { return m_schoolLookup.find(r); });
    addRoute("DELETE", u"/api/v1/session"_s, true,
             [this](ApiRequest &r, const QStringList &) { return m_auth.signOut(r); });
    addRoute("GET", u"/api/v1/sync"_s, true,
             [this](ApiRequest &r, const QStringList &) { return m_sync.scopes(r); });
    addRoute("GET", u"/api/v1/sync/([a-z]+(?::[A-Za-z0-9-]{1,20})?)"_s, true,
             [this](ApiRequest &r, const QStringList &c) { return m_sync.pull(r, c.value(0)); });
    addRoute("GET", u"/api/v1/sync/directory/snapshot"_s, true,
             [this](ApiRequest &r, const QStringList &) { return m_sync.snapshot(r); });
    addRoute("POST", u"/api/v1/mutations"_s, true,
             [this](ApiRequest &r, const QStringList &) { return m_mutations.push(r); });
    // TwinSpace materials: tus uploads, then downloads of what they became.
    const QString uploads = QLatin1String(tus::pathPrefix);
    const QString upload = uploads + u"/([0-9a-f]{32})"_s;
    addRoute("OPTIONS", uploads, true,
             [this](ApiRequest &r, const QStringList &) { return m_uploads.options(r); });
    addRoute("POST", uploads, true,
             [this](ApiRequest &r, const QStringList &) { return m_uploads.create(r); });
    addRoute("HEAD", upload, true,
             [this](ApiRequest &r, const QStringList &c) { return m_uploads.head(r, c.value(0)); });
    addRoute("PATCH", upload, true, [this](ApiRequest &r, const QStringList &c) {
        return m_uploads.patch(r, c.value(0));
    });
    addRoute("DELETE", upload, true, [this](ApiRequest &r, const QStringList &c) {
        return m_uploads.terminate(r, c.value(0));
    });
    addRoute("GET", u"/api/v1/projects/([0-9]{1,18})/materials/([0-9]{1,18})/content"_s, true,
             [this](ApiRequest &r, const QStringList &c) {
                 return m_downloads.content(r, c.value(0).toLongLong(), c.value(1).toLongLong());
             });
    addRoute("GET", u"/api/v1/projects/([0-9]{1,18})/materials/([0-9]{1,18})/thumbnail"_s, true,
             [this](ApiRequest &r, const QStringList &c) {
                 return m_downloads.thumbnail(r, c.value(0).toLongLong(), c.value(1).toLongLong());
             });
    // For a load balancer: /healthz says the process serves; /readyz that it can reach the
    // database too (take the instance out of rotation while it cannot).
    addRoute("GET", u"/healthz"_s, false, [](ApiRequest &, const QStringList &) {
        return ApiResponse::json({{u"status"_s, u"ok"_s}});
    });
    addRoute("GET", u"/readyz"_s, false,
             [this](ApiRequest &, const QStringList &) { return readiness(); });

    m_pool.setMaxThreadCount(config.threads);
    // Threads never expire: each holds a database connection named after its thread.
    m_pool.setExpiryTimeout(-1);
}

ApiServer::~ApiServer()
{
    m_pool.waitForDone();
    m_database.setChangeListener({});
}

namespace {
QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'/' + QString::number(port);
}
constexpr auto answeredProperty = "etwAnsweredUpgrade";
} // namespace

bool ApiServer::acceptUpgrade(ApiRequest &r, QTcpSocket *socket)
{
    ApiResponse refusal;
    if (r.method != "GET" || r.path != u"/api/v1/live") {
        refusal = ApiResponse::error(404, u"not_found"_s,
                                     u"There is no WebSocket endpoint at %1."_s.arg(r.path));
    } else if (auto failure = m_auth.authenticate(r)) {
        refusal = *failure;
    } else {
        // Checked here, on the main thread, because Qt 6.4 decides the upgrade before
        // handleRequest returns: one token lookup and the account's scope listing.
        QSqlDatabase db = m_database.connection();
        auto listed = scopes::listed(db, *r.account);
        if (listed) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (auto it = m_upgrades.begin(); it != m_upgrades.end();)
                it = now - it->at > 60'000 ? m_upgrades.erase(it) : std::next(it);
            m_upgrades.insert(peerKey(socket->peerAddress(), socket->peerPort()),
                              {r.account->id, listed.value(), now});
            LimitedTcpServer::requestHandled(socket); // busy from now on: never idle-closed
            return true;
        }
        refusal = ApiResponse::error(503, u"database_error"_s,
                                     u"The service cannot reach its database at the moment; "
                                     u"try again shortly."_s);
    }
    // Answered here; Qt then calls missingHandler (which leaves it be) and closes.
    socket->setProperty(answeredProperty, true);
    r.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
    socket->write(format(r, std::move(refusal)).bytes);
    return false;
}

void ApiServer::takeWebSockets()
{
    while (auto socket = nextPendingWebSocketConnection()) {
        const auto it = m_upgrades.find(peerKey(socket->peerAddress(), socket->peerPort()));
        if (it == m_upgrades.end()) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        const Upgrade upgrade = it.value();
        m_upgrades.erase(it);
        m_live.attach(std::move(socket), upgrade.accountId, upgrade.listed);
    }
}

ApiResponse ApiServer::readiness()
{
    if (!m_database.checkConnection())
        return ApiResponse::error(503, u"database_error"_s, u"The database cannot be reached."_s);
    return ApiResponse::json(
        {{u"status"_s, u"ready"_s},
         {u"database"_s, m_database.dialect().engine() == SqlDialect::Engine::Sqlite
                             ? u"sqlite"_s
                             : u"postgresql"_s}});
}

void ApiServer::addRoute(const char *method, const QString &pattern, bool needsAuth,
                         Handler handler)
{
    m_routes.push_back({QByteArray(method),
                        QRegularExpression(QRegularExpression::anchoredPattern(pattern)), needsAuth,
                        std::move(handler)});
}

ApiResponse ApiServer::dispatch(ApiRequest &request)
{
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        const auto match = route.path.match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        if (route.needsAuth)
            if (auto failure = m_auth.authenticate(request))
                return *failure;
        QStringList captures = match.capturedTexts();
        captures.removeFirst();
        return route.handler(request, captures);
    }
    if (pathKnown)
        return ApiResponse::error(
            405, u"method_not_allowed"_s,
            u"%1 is not allowed on %2."_s.arg(QString::fromLatin1(request.method), request.path));
    return ApiResponse::error(404, u"not_found"_s,
                              u"There is no endpoint at %1."_s.arg(request.path));
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Copied out now: Qt reuses its request object for the connection's next request.
    auto r = std::make_shared<ApiRequest>();
    r->method = methodName(request.method());
    r->path = request.url().path();
    r->query = request.query();
    r->body = request.body();
    r->remote = request.remoteAddress();
    r->headers = request.headers();
    // Qt hands the socket to its WebSocket server as soon as this returns true for an upgrade.
    if (r->header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return acceptUpgrade(*r, socket);
    LimitedTcpServer::requestHandled(socket);

    // Liveness is answered here, not behind database work in the pool: a probe must not time
    // out (and get a healthy instance restarted) because the database is slow.
    if (!m_pending.contains(socket) && r->method == "GET" && r->path == u"/healthz") {
        socket->write(respond(*r).bytes);
        LimitedTcpServer::answered(socket);
        return true;
    }
    auto &queue = m_pending[socket];
    if (queue.empty() && !socket->property("etwWatched").toBool()) {
        socket->setProperty("etwWatched", true);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
    }
    queue.push_back({r, r->header("Connection").toLower().contains("close")});
    if (queue.size() == 1)
        startNext(socket);
    return true;
}

void ApiServer::startNext(QTcpSocket *socket)
{
    const auto it = m_pending.constFind(socket);
    if (it == m_pending.cend() || it->empty())
        return;
    const Pending next = it->front();
    QPointer<QTcpSocket> guard(socket);
    m_pool.start([this, next, guard] {
        Answer answer = respond(*next.request);
        QMetaObject::invokeMethod(
            this,
            [this, next, guard, answer = std::move(answer)]() mutable {
                if (!guard)
                    return;
                write(guard.data(), std::move(answer), [this, next, guard] {
                    if (!guard)
                        return;
                    LimitedTcpServer::answered(guard.data());
                    if (next.close)
                        guard->disconnectFromHost();
                    const auto it = m_pending.find(guard.data());
                    if (it == m_pending.end())
                        return;
                    if (!it->empty())
                        it->pop_front();
                    if (it->empty())
                        m_pending.erase(it); // idle connection: nothing kept for it
                    else
                        startNext(guard.data());
                });
            },
            Qt::QueuedConnection);
    });
}

void ApiServer::write(QTcpSocket *socket, Answer answer, std::function<void()> sent)
{
    socket->write(answer.bytes);
    if (!answer.file) {
        sent();
        return;
    }
    if (socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left: the file (and its download slot) goes with the answer
    // A piece at a time, as the socket drains: a large file never sits in memory. When the
    // socket goes away first, the connection (and with it the file) is dropped. A client that
    // stops reading for a minute is cut off, so that it cannot hold a download slot for ever.
    static constexpr qint64 chunk = 256 * 1024, highWater = 1024 * 1024;
    constexpr int stalledMs = 60 * 1000;
    auto *stalled = new QTimer(socket);
    stalled->setSingleShot(true);
    connect(stalled, &QTimer::timeout, socket, &QTcpSocket::abort);
    auto connection = std::make_shared<QMetaObject::Connection>();
    if (!answer.file->seek(answer.fileOffset)) {
        socket->abort();
        return;
    }
    auto remaining = std::make_shared<qint64>(answer.fileLength);
    auto pump = [socket, file = answer.file, remaining, connection, stalled,
                 sent = std::move(sent)] {
        stalled->start(stalledMs);
        while (socket->bytesToWrite() < highWater) {
            const QByteArray piece =
                *remaining > 0 ? file->read(std::min(chunk, *remaining)) : QByteArray();
            *remaining -= piece.size();
            if (piece.isEmpty()) {
                QObject::disconnect(*connection);
                stalled->deleteLater();
                if (*remaining != 0) {
                    // A read error: the length announced cannot be kept; the client must not
                    // take what follows for the rest of this body.
                    socket->abort();
                    return;
                }
                sent(); // may start the next request, or close the socket
                return;
            }
            if (socket->write(piece) != piece.size()) {
                socket->abort();
                return;
            }
        }
    };
    *connection = connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

ApiServer::Answer ApiServer::respond(ApiRequest &r)
{
    ApiResponse response;
    const bool tusPath = r.path == QLatin1String(tus::pathPrefix) ||
                         r.path.startsWith(QLatin1String(tus::pathPrefix) + u'/');
    // Upload chunks have their own limit (what LimitedTcpServer lets through for them).
    const qint64 bodyLimit = tusPath && r.method == "PATCH"
                                 ? std::max(tus::maxChunkBytes, m_config.maxBodyBytes)
                                 : m_config.maxBodyBytes;
    const qint64 declared = r.header("Content-Length").toLongLong();
    if (declared > bodyLimit || r.body.size() > bodyLimit)
        response = ApiResponse::error(413, u"payload_too_large"_s,
                                      u"The body is larger than %1 bytes."_s.arg(bodyLimit));
    else
        response = dispatch(r);
    // tus clients read the protocol's version on every answer, refusals included.
    if (tusPath)
        response.addHeader("Tus-Resumable", tus::version);

    if (response.status == 503) {
        // The driver's text is for the operator's log, not for clients; the connection may be
        // gone (database restarted): dropped now, so that the next request connects again.
        qCWarning(lcHttp) << r.method << r.path << "database unavailable:" << response.body;
        m_database.checkConnection();
        response = ApiResponse::error(
            503, u"database_error"_s,
            u"The service cannot reach its database at the moment; try again shortly."_s);
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    }
    qCDebug(lcHttp) << r.method << r.path << response.status;
    return format(r, std::move(response));
}

ApiServer::Answer ApiServer::format(const ApiRequest &r, ApiResponse response)
{
    // Neither has a body (a HEAD answer describes one it does not send).
    if (r.method == "HEAD" || response.status == 304) {
        response.body.clear();
        response.bodyFile.reset();
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    if (response.status != 204 && response.status != 304)
        head += "Content-Type: " + response.contentType +
                (response.binary ? "\r\n" : "; charset=utf-8\r\n");
    if (!response.contentEncoding.isEmpty()) {
        head += "Content-Encoding: " + response.contentEncoding + "\r\n";
    } else if (!response.bodyFile && response.body.size() > 1024 &&
               r.header("Accept-Encoding").contains("gzip")) {
        // Level 1: most of the gain for JSON at a fraction of the CPU of the default level.
        QByteArray compressed = gzipCompress(response.body, 1);
        if (!compressed.isEmpty()) {
            response.body = std::move(compressed);
            head += "Content-Encoding: gzip\r\n";
        }
    }
    for (const auto &[key, value] : response.headers)
        head += key + ": " + value + "\r\n";
    if (r.header("Connection").toLower().contains("close"))
        head += "Connection: close\r\n";
    qint64 fileLength = 0;
    if (response.bodyFile) {
        const qint64 rest = std::max<qint64>(0, response.bodyFile->size() - response.bodyOffset);
        fileLength = response.bodyLength >= 0 ? std::min(response.bodyLength, rest) : rest;
    }
    const qint64 length = response.bodyFile ? fileLength : response.body.size();
    if (response.status != 304)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += "\r\n";
    return {head + response.body, std::move(response.bodyFile), response.bodyOffset, fileLength};
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (socket->property(answeredProperty).toBool())
        return;
    ApiRequest r;
    send(request, socket, r,
         ApiResponse::error(404, u"not_found"_s, u"There is no endpoint here."_s));
}

void ApiServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                     const ApiRequest &apiRequest, ApiResponse response)
{
    qCDebug(lcHttp) << apiRequest.method << apiRequest.path << response.status;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (response.status != 204)
        responder.writeHeader("Content-Type", response.contentType + "; charset=utf-8");
    if (response.body.size() > 1024 && apiRequest.header("Accept-Encoding").contains("gzip")) {
        // Level 1: most of the gain for JSON at a fraction of the CPU of the default level.
        QByteArray compressed = gzipCompress(response.body, 1);
        if (!compressed.isEmpty()) {
            response.body = std::move(compressed);
            responder.writeHeader("Content-Encoding", "gzip");
        }
    }
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace etw::server
