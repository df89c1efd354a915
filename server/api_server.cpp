// SPDX-License-Identifier: GPL-3.0-or-later
#include "api_server.h"

#include "gzip.h"
#include "request_size_guard.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>

Q_LOGGING_CATEGORY(lcHttp, "etw.http", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
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
    , m_sync(database)
    , m_mutations(database)
{
    addRoute("POST", u"/api/v1/session"_s, false,
             [this](ApiRequest &r, const QStringList &) { return m_auth.signIn(r); });
    addRoute("DELETE", u"/api/v1/session"_s, true,
             [this](ApiRequest &r, const QStringList &) { return m_auth.signOut(r); });
    addRoute("GET", u"/api/v1/sync"_s, true,
             [this](ApiRequest &r, const QStringList &) { return m_sync.scopes(r); });
    addRoute("GET", u"/api/v1/sync/([a-z]+)"_s, true,
             [this](ApiRequest &r, const QStringList &c) { return m_sync.pull(r, c.value(0)); });
    addRoute("POST", u"/api/v1/mutations"_s, true,
             [this](ApiRequest &r, const QStringList &) { return m_mutations.push(r); });
    addRoute("GET", u"/healthz"_s, false, [](ApiRequest &, const QStringList &) {
        return ApiResponse::json({{u"status"_s, u"ok"_s}});
    });
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
    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    r.remote = request.remoteAddress();
    r.headers = request.headers();

    ApiResponse response;
    const qint64 declared = r.header("Content-Length").toLongLong();
    if (declared > m_config.maxBodyBytes || r.body.size() > m_config.maxBodyBytes)
        response =
            ApiResponse::error(413, u"payload_too_large"_s,
                               u"The body is larger than %1 bytes."_s.arg(m_config.maxBodyBytes));
    else
        response = dispatch(r);
    send(request, socket, r, std::move(response));
    LimitedTcpServer::requestHandled(socket);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
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
