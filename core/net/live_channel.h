// SPDX-License-Identifier: GPL-3.0-or-later
// The server's live hints over a WebSocket (GET /api/v1/live): which scopes changed, so that
// sync pulls at once instead of at its next round. Reconnects with backoff; says when it
// cannot be opened (a proxy refusing WebSockets), so that the caller polls meanwhile.
#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

Q_DECLARE_LOGGING_CATEGORY(lcLive)

namespace etw {

class LiveChannel : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Off,         // no token: nothing to listen to
        Connecting,  // the first attempt (or one after a live connection ended)
        Live,        // hints arrive as changes commit
        Unavailable, // attempts failed: the caller polls; attempts go on with backoff
    };
    Q_ENUM(State)

    explicit LiveChannel(QUrl server, QObject *parent = nullptr);
    ~LiveChannel() override;

    // Connects with this token (empty: disconnects and stays off).
    void setToken(const QString &token);
    State state() const { return m_state; }

    static constexpr int minBackoffMs = 1000;
    static constexpr int maxBackoffMs = 60 * 1000;
    // The client's own pings: a connection silent that long after one is taken for dead.
    static constexpr int pingMs = 25 * 1000;
    static constexpr int pongWaitMs = 10 * 1000;
    // Failed attempts in a row before the caller is told to poll.
    static constexpr int failuresBeforePolling = 2;

Q_SIGNALS:
    // Public scope names (as sync knows them); "*" right after each reconnection, since what
    // changed while none was open is not known.
    void changed(const QStringList &scopes);
    void stateChanged(etw::LiveChannel::State state);

private:
    void open();
    void failed();
    void setState(State state);
    void received(const QString &message);

    QUrl m_url;
    bool m_allowed = true;
    QString m_token;
    QWebSocket m_socket;
    QTimer m_reconnect;
    QTimer m_ping;
    QTimer m_pongWait;
    State m_state = State::Off;
    int m_failures = 0;
    bool m_opened = false; // the current attempt got through
    bool m_closing = false;
    bool m_connectedBefore = false; // with this token: a reconnection catches up
};

} // namespace etw
