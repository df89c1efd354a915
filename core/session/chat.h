// SPDX-License-Identifier: GPL-3.0-or-later
// One account's TwinSpace chat rooms as the window uses them: pages of a room's history, the
// messages waiting to leave, sending, and whether messages arrive live or by polling.
#pragma once

#include "net/live_channel.h"
#include "store/chat_cache.h"

#include <QObject>
#include <QTimer>

namespace etw {

class LocalStore;
class SyncController;

class Chat : public QObject
{
    Q_OBJECT
public:
    Chat(LocalStore &store, SyncController *sync, LiveChannel *live, qint64 me, QObject *parent);

    QList<chat_cache::Entry> before(qint64 projectId, qint64 beforeId, int limit);
    QList<chat_cache::Entry> from(qint64 projectId, qint64 fromId, int limit);
    QList<chat_cache::Entry> waiting(qint64 projectId);
    // Saved here at once and queued; sync is asked to send it now.
    Result<qint64> send(qint64 projectId, const QString &text);
    qint64 me() const { return m_me; }
    // The message being typed in a room, kept here until it is sent (never sent by itself).
    bool keepTyped(qint64 projectId, const QString &text);
    QString typed(qint64 projectId);

    LiveChannel::State liveState() const;
    // While a room is on screen and no live connection can be had, sync polls this often.
    void setRoomShown(bool shown);
    static constexpr int pollMs = 5000;
    bool polling() const { return m_poll.isActive(); }

Q_SIGNALS:
    void changed(); // messages arrived, or left for the server
    void liveStateChanged(etw::LiveChannel::State state);

private:
    void updatePolling();

    LocalStore &m_store;
    SyncController *m_sync;
    LiveChannel *m_live;
    qint64 m_me;
    bool m_roomShown = false;
    QTimer m_poll;
};

} // namespace etw
