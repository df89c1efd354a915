// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_hub.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLive, "etw.live", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
const QString everything = u"*"_s;
// A client says nothing but pongs: anything longer than this is not one of ours.
constexpr qint64 maxIncomingBytes = 1024;
} // namespace

LiveHub::LiveHub(ScopesOf scopesOf, QObject *parent)
    : QObject(parent)
    , m_scopesOf(std::move(scopesOf))
{
    // Hints of one commit, or of a burst of them, leave together at the next turn of the loop.
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &LiveHub::flush);
    // A client that vanished without a close (a cut cable, a sleeping laptop) answers no ping.
    m_ping.setInterval(pingMs);
    connect(&m_ping, &QTimer::timeout, this, &LiveHub::ping);
    m_ping.start();
}

LiveHub::~LiveHub()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void LiveHub::attach(std::unique_ptr<QWebSocket> owned, qint64 accountId,
                     const QList<scopes::Listed> &listed)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(maxIncomingBytes);
    socket->setMaxAllowedIncomingFrameSize(maxIncomingBytes);

    // Over the account's share, its oldest connection makes room.
    QList<QWebSocket *> mine;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it->accountId == accountId)
            mine.append(it.key());
    if (mine.size() >= maxPerAccount) {
        std::sort(mine.begin(), mine.end(), [this](QWebSocket *a, QWebSocket *b) {
            return m_clients.value(a).attachedAt < m_clients.value(b).attachedAt;
        });
        mine.first()->close(QWebSocketProtocol::CloseCodePolicyViolated,
                            u"too many live connections for this account"_s);
        detach(mine.first());
    }

    Client client;
    client.accountId = accountId;
    client.attachedAt = QDateTime::currentMSecsSinceEpoch();
    m_clients.insert(socket, client);
    subscribe(socket, listed);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { detach(socket); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_clients.find(socket); it != m_clients.end())
            it->awaitingPong = false;
    });
    // Text from a client is not part of the protocol: it is dropped, never parsed.
    qCDebug(lcLive) << "live connection for account" << accountId << "with" << listed.size()
                    << "scopes";
}

void LiveHub::subscribe(QWebSocket *socket, const QList<scopes::Listed> &listed)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    unsubscribe(socket, *it);
    for (const scopes::Listed &l : listed) {
        // Not the directory: every profile edit anywhere would start a round on every
        // connected computer. A partner's new profile can wait for the minute's round; a
        // message in one's own project cannot.
        if (l.scope == scopes::directory())
            continue;
        it->scopes.insert(l.scope, l.name);
        m_byScope[l.scope].insert(socket);
    }
}

void LiveHub::unsubscribe(QWebSocket *socket, Client &client)
{
    for (auto s = client.scopes.cbegin(); s != client.scopes.cend(); ++s)
        if (auto found = m_byScope.find(s.key()); found != m_byScope.end()) {
            found->remove(socket);
            if (found->isEmpty())
                m_byScope.erase(found);
        }
    client.scopes.clear();
}

void LiveHub::detach(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    unsubscribe(socket, *it);
    m_clients.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
}

void LiveHub::publish(const QStringList &scopes)
{
    QMetaObject::invokeMethod(
        this, [this, scopes] { deliver(scopes); }, Qt::QueuedConnection);
}

void LiveHub::deliver(const QStringList &scopes)
{
    QSet<qint64> refresh;
    for (const QString &scope : scopes) {
        if (scope == everything) {
            for (auto it = m_clients.begin(); it != m_clients.end(); ++it)
                it->pending.insert(everything);
            continue;
        }
        const auto found = m_byScope.constFind(scope);
        if (found == m_byScope.cend())
            continue;
        for (QWebSocket *socket : *found) {
            Client &client = m_clients[socket];
            client.pending.insert(client.scopes.value(scope));
            // The account's own scope changes with its memberships: what it may hear of too.
            if (scope == scopes::account(client.accountId))
                refresh.insert(client.accountId);
        }
    }
    for (const qint64 accountId : std::as_const(refresh)) {
        const auto listed = m_scopesOf(accountId);
        if (!listed)
            continue;
        for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
            if (it->accountId == accountId)
                subscribe(it.key(), *listed);
    }
    if (!m_flush.isActive())
        m_flush.start();
}

void LiveHub::flush()
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->pending.isEmpty())
            continue;
        QStringList names(it->pending.cbegin(), it->pending.cend());
        names.sort();
        it->pending.clear();
        it.key()->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"changed"_s, QJsonArray::fromStringList(names)}})
                .toJson(QJsonDocument::Compact)));
    }
}

void LiveHub::ping()
{
    QList<QWebSocket *> silent;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->awaitingPong) {
            silent.append(it.key());
            continue;
        }
        it->awaitingPong = true;
        it.key()->ping();
    }
    for (QWebSocket *socket : silent) {
        socket->abort();
        detach(socket);
    }
}

} // namespace etw::server
