// SPDX-License-Identifier: GPL-3.0-or-later
// Live hints to connected clients over WebSocket: which of the scopes they read changed, as
// soon as a change commits here or, on PostgreSQL, on another instance. Hints carry names
// only; the client pulls what changed as it always does, through every access check.
#pragma once

#include "scopes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace etw::server {

class LiveHub : public QObject
{
    Q_OBJECT
public:
    // The scopes an account is offered now (as the sync listing says); nullopt when the
    // database failed (its subscriptions stay as they were).
    using ScopesOf = std::function<std::optional<QList<scopes::Listed>>(qint64 accountId)>;
    LiveHub(ScopesOf scopesOf, QObject *parent = nullptr);
    ~LiveHub() override;

    void attach(std::unique_ptr<QWebSocket> socket, qint64 accountId,
                const QList<scopes::Listed> &listed);
    // Any thread: these internal scopes changed ("*": anything may have; every client pulls).
    void publish(const QStringList &scopes);
    int connectionCount() const { return int(m_clients.size()); }

    // A teacher's computers and a few windows: beyond, the oldest connection goes.
    static constexpr int maxPerAccount = 8;
    static constexpr int pingMs = 30 * 1000;

private:
    struct Client
    {
        qint64 accountId = 0;
        QHash<QString, QString> scopes; // internal -> the name the client knows it by
        QSet<QString> pending;          // public names to tell it about
        bool awaitingPong = false;
        qint64 attachedAt = 0;
    };
    void deliver(const QStringList &scopes);
    void subscribe(QWebSocket *socket, const QList<scopes::Listed> &listed);
    void unsubscribe(QWebSocket *socket, Client &client);
    void detach(QWebSocket *socket);
    void flush();
    void ping();

    ScopesOf m_scopesOf;
    QHash<QWebSocket *, Client> m_clients;
    QHash<QString, QSet<QWebSocket *>> m_byScope;
    QTimer m_flush;
    QTimer m_ping;
};

} // namespace etw::server
