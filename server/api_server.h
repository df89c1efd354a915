// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP front: routes /api/v1 requests to the services and answers every failure in JSON.
// Sockets live on the main thread; requests run on a thread pool, each thread with its own
// database connection; one connection's answers go out in the order its requests came.
// GET /api/v1/live upgrades to a WebSocket that tells the client which scopes changed.
#pragma once

#include "account_creation.h"
#include "api_types.h"
#include "auth_service.h"
#include "blob_store.h"
#include "change_notifications.h"
#include "directory_snapshots.h"
#include "live_hub.h"
#include "material_downloads.h"
#include "material_intake.h"
#include "mutation_service.h"
#include "school_lookup.h"
#include "statistics_refresher.h"
#include "storage_collector.h"
#include "sync_service.h"
#include "upload_files.h"
#include "upload_service.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QRegularExpression>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <memory>

namespace etw::server {

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(Database &database, const ServerConfig &config, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts the background work: directory snapshots for first syncs, the removal of
    // expired uploads and of files no material needs, and the territories' statistics.
    void startBackgroundWork()
    {
        m_snapshots.start();
        m_collector.start();
        m_statistics.start();
        m_notifications.start();
    }
    const LiveHub &live() const { return m_live; }

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
    // An answer ready for the socket: its bytes, then a file's content when it has one.
    struct Answer
    {
        QByteArray bytes;
        std::shared_ptr<QFile> file;
        qint64 fileOffset = 0;
        qint64 fileLength = 0;
    };
    // Runs on a pool thread: the whole answer, as bytes ready for the socket.
    Answer respond(ApiRequest &request);
    // Any thread: an answer's bytes (headers, compression) for this request.
    Answer format(const ApiRequest &request, ApiResponse response);
    // Main thread: writes an answer; `sent` runs once it is all in the socket's hands.
    void write(QTcpSocket *socket, Answer answer, std::function<void()> sent);
    ApiResponse readiness();
    // Main thread: starts the next waiting request of this connection, if any.
    void startNext(QTcpSocket *socket);
    // A WebSocket upgrade: whether to let it happen (an authenticated request for the live
    // path); otherwise the refusal is written here.
    bool acceptUpgrade(ApiRequest &request, QTcpSocket *socket);
    void takeWebSockets();

    struct Pending
    {
        std::shared_ptr<ApiRequest> request;
        bool close = false;
    };

    const ServerConfig &m_config;
    Database &m_database;
    AuthService m_auth;
    AccountCreation m_accountCreation;
    SchoolLookup m_schoolLookup;
    DirectorySnapshots m_snapshots;
    SyncService m_sync;
    MutationService m_mutations;
    BlobStore m_blobs;
    UploadFiles m_uploadFiles;
    MaterialIntake m_intake;
    UploadService m_uploads;
    MaterialDownloads m_downloads;
    StorageCollector m_collector;
    StatisticsRefresher m_statistics;
    std::vector<Route> m_routes;
    QHash<QTcpSocket *, std::deque<Pending>> m_pending;
    // Upgrades accepted, until their WebSocket is handed over: by the peer's address and port.
    struct Upgrade
    {
        qint64 accountId = 0;
        QList<scopes::Listed> listed;
        qint64 at = 0; // when accepted: one whose handshake never completed is dropped later
    };
    QHash<QString, Upgrade> m_upgrades;
    LiveHub m_live;
    ChangeNotifications m_notifications;
    QThreadPool m_pool;
};

} // namespace etw::server
