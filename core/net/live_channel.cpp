// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/live_channel.h"

#include "net/api_client.h"
#include "settings/app_settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcLive, "etw.live", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

LiveChannel::LiveChannel(QUrl server, QObject *parent)
    : QObject(parent)
{
    // The same rule as every request: no plain HTTP to another computer unless allowed.
    m_allowed = server.scheme() != u"http" || ApiClient::isLoopback(server) ||
                AppSettings().plainHttpAllowed();
    m_url = server;
    m_url.setScheme(server.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    m_url.setPath(m_url.path().chopped(m_url.path().endsWith(u'/') ? 1 : 0) + u"/api/v1/live"_s);

    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveChannel::open);
    m_ping.setInterval(pingMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        m_socket.ping();
        if (!m_pongWait.isActive())
            m_pongWait.start();
    });
    m_pongWait.setSingleShot(true);
    m_pongWait.setInterval(pongWaitMs);
    connect(&m_pongWait, &QTimer::timeout, this, [this] {
        qCInfo(lcLive) << "no answer to a ping: connecting again";
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_pongWait.stop(); });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_opened = true;
        m_failures = 0;
        m_ping.start();
        setState(State::Live);
        qCInfo(lcLive) << "live connection open";
        // After a break, what changed meanwhile is not known: a round. The first connection
        // of a session comes with the round its sign-in asked for already.
        if (m_connectedBefore)
            Q_EMIT changed({u"*"_s});
        m_connectedBefore = true;
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveChannel::received);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiveChannel::failed);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                // A refused token is for sync to find (it asks the user once); this one only
                // retries.
                qCInfo(lcLive) << "live connection:" << m_socket.errorString();
                // A refused handshake ends the attempt without a disconnected().
                failed();
            });
}

LiveChannel::~LiveChannel()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void LiveChannel::setToken(const QString &token)
{
    if (token == m_token)
        return;
    m_token = token;
    m_reconnect.stop();
    m_ping.stop();
    m_pongWait.stop();
    m_closing = true; // a deliberate end schedules no retry
    m_socket.abort();
    m_closing = false;
    m_failures = 0;
    m_connectedBefore = false;
    if (m_token.isEmpty()) {
        setState(State::Off);
        return;
    }
    open();
}

void LiveChannel::open()
{
    if (m_token.isEmpty())
        return;
    if (!m_allowed) {
        setState(State::Unavailable);
        return;
    }
    if (m_state != State::Unavailable)
        setState(State::Connecting);
    m_opened = false;
    // What is left of a refused handshake goes first: open() does nothing on a socket not
    // closed yet.
    m_closing = true;
    m_socket.abort();
    m_closing = false;
    qCDebug(lcLive) << "connecting to" << m_url << "after" << m_failures << "failures";
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_socket.open(request);
}

void LiveChannel::failed()
{
    m_ping.stop();
    m_pongWait.stop();
    // Once per attempt: an error and the disconnection after it are one failure.
    if (m_token.isEmpty() || m_closing || m_reconnect.isActive())
        return;
    if (!m_opened)
        ++m_failures;
    // One failure after a live connection: try again soon, still counted as live meanwhile
    // (the polling fallback is for a connection that cannot be had).
    if (m_failures >= failuresBeforePolling)
        setState(State::Unavailable);
    else if (m_state == State::Live)
        setState(State::Connecting);
    const int base = std::min(maxBackoffMs, minBackoffMs << std::min(m_failures, 10));
    qCDebug(lcLive) << "failure" << m_failures << "state" << m_state;
    const int jitter = int(QRandomGenerator::global()->bounded(base / 4 + 1));
    m_reconnect.start(base - base / 8 + jitter);
}

void LiveChannel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveChannel::received(const QString &message)
{
    const QJsonArray changed =
        QJsonDocument::fromJson(message.toUtf8()).object().value(u"changed"_s).toArray();
    QStringList scopes;
    for (const QJsonValue &v : changed)
        if (v.isString())
            scopes.append(v.toString());
    if (!scopes.isEmpty())
        Q_EMIT this->changed(scopes);
}

} // namespace etw
