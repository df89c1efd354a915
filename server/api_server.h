// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP front: routes /api/v1 requests to the services and answers every failure in JSON.
#pragma once

#include "api_types.h"
#include "auth_service.h"
#include "mutation_service.h"
#include "sync_service.h"

#include <QAbstractHttpServer>
#include <QRegularExpression>

#include <functional>

namespace etw::server {

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(Database &database, const ServerConfig &config, QObject *parent = nullptr);

    // Exposed for tests of the routing table without a socket.
    ApiResponse dispatch(ApiRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Handler = std::function<ApiResponse(ApiRequest &, const QStringList &captures)>;
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        bool needsAuth;
        Handler handler;
    };
    void addRoute(const char *method, const QString &pattern, bool needsAuth, Handler handler);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiRequest &apiRequest,
              ApiResponse response);

    const ServerConfig &m_config;
    Database &m_database;
    AuthService m_auth;
    SyncService m_sync;
    MutationService m_mutations;
    std::vector<Route> m_routes;
};

} // namespace etw::server
