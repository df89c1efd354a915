// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/chat.h"

#include "store/form_drafts.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"

namespace etw {

namespace {
QString typedKey(qint64 projectId)
{
    return QStringLiteral("chat:%1").arg(projectId);
}
} // namespace

Chat::Chat(LocalStore &store, SyncController *sync, LiveChannel *live, qint64 me, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_live(live)
    , m_me(me)
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, m_sync, [this] { m_sync->syncNow(); });
    connect(m_sync, &SyncController::twinSpaceChanged, this, &Chat::changed);
    connect(m_live, &LiveChannel::stateChanged, this, [this](LiveChannel::State state) {
        updatePolling();
        Q_EMIT liveStateChanged(state);
    });
}

QList<chat_cache::Entry> Chat::before(qint64 projectId, qint64 beforeId, int limit)
{
    QSqlDatabase db = m_store.connection();
    return chat_cache::before(db, projectId, beforeId, limit);
}

QList<chat_cache::Entry> Chat::from(qint64 projectId, qint64 fromId, int limit)
{
    QSqlDatabase db = m_store.connection();
    return chat_cache::from(db, projectId, fromId, limit);
}

QList<chat_cache::Entry> Chat::waiting(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    return chat_cache::waiting(db, projectId);
}

Result<qint64> Chat::send(qint64 projectId, const QString &text)
{
    auto sent = chat_cache::send(m_store.connection(), projectId, m_me, text, typedKey(projectId));
    if (sent) {
        m_sync->syncNow();
        Q_EMIT changed();
    }
    return sent;
}

bool Chat::keepTyped(qint64 projectId, const QString &text)
{
    QSqlDatabase db = m_store.connection();
    if (text.isEmpty())
        return form_drafts::remove(db, typedKey(projectId));
    return form_drafts::save(db, typedKey(projectId), {{QStringLiteral("text"), text}});
}

QString Chat::typed(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    const auto kept = form_drafts::load(db, typedKey(projectId));
    return kept ? kept->value(QStringLiteral("text")).toString() : QString();
}

LiveChannel::State Chat::liveState() const
{
    return m_live->state();
}

void Chat::setRoomShown(bool shown)
{
    m_roomShown = shown;
    updatePolling();
    // What came while the room was not on screen is fetched now rather than at the next round.
    if (shown && m_live->state() != LiveChannel::State::Live)
        m_sync->syncNow();
}

void Chat::updatePolling()
{
    const bool poll = m_roomShown && m_live->state() == LiveChannel::State::Unavailable;
    if (poll && !m_poll.isActive())
        m_poll.start();
    else if (!poll)
        m_poll.stop();
}

} // namespace etw
