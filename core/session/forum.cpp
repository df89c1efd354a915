// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/forum.h"

#include "store/form_drafts.h"
#include "store/local_store.h"
#include "store/project_cache.h"
#include "sync/sync_controller.h"

#include <QDateTime>

namespace etw {

Forum::Forum(LocalStore &store, SyncController *sync, qint64 me, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_me(me)
{}

template <typename T> T Forum::sent(T result)
{
    if (result) {
        Q_EMIT changed();
        if (m_sync)
            m_sync->syncNow();
    }
    return result;
}

QList<forum_cache::Discussion> Forum::discussions(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    return forum_cache::discussions(db, projectId, m_me);
}

QList<forum_cache::Thread> Forum::threads(qint64 projectId, qint64 discussionId)
{
    QSqlDatabase db = m_store.connection();
    return forum_cache::threads(db, projectId, discussionId, m_me);
}

std::optional<forum_cache::Thread> Forum::thread(qint64 projectId, qint64 threadId)
{
    QSqlDatabase db = m_store.connection();
    return forum_cache::thread(db, projectId, threadId, m_me);
}

QList<forum_cache::Post> Forum::posts(qint64 projectId, qint64 threadId)
{
    QSqlDatabase db = m_store.connection();
    return forum_cache::posts(db, projectId, threadId);
}

int Forum::unreadThreads(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    return forum_cache::unreadThreads(db, projectId, m_me);
}

qint64 Forum::currentId(forum_cache::Kind kind, qint64 id)
{
    QSqlDatabase db = m_store.connection();
    return forum_cache::currentId(db, kind, id);
}

bool Forum::deletesAnything(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    const auto project = project_cache::project(db, projectId, false);
    return project && project->isFounder(m_me);
}

Result<qint64> Forum::createDiscussion(qint64 projectId, const QString &title,
                                       const QString &description)
{
    return sent(forum_cache::createDiscussion(m_store.connection(), projectId, title, description));
}

Result<qint64> Forum::createThread(qint64 projectId, qint64 discussionId, const QString &title,
                                   const QString &text)
{
    return sent(
        forum_cache::createThread(m_store.connection(), projectId, discussionId, title, text));
}

Result<qint64> Forum::reply(qint64 projectId, qint64 threadId, const QString &text)
{
    return sent(forum_cache::reply(m_store.connection(), projectId, threadId, text));
}

Result<bool> Forum::edit(forum_cache::Kind kind, qint64 projectId, qint64 id,
                         const QJsonObject &fields)
{
    return sent(forum_cache::edit(m_store.connection(), kind, projectId, id, fields));
}

Result<bool> Forum::remove(forum_cache::Kind kind, qint64 projectId, qint64 id)
{
    return sent(forum_cache::remove(m_store.connection(), kind, projectId, id));
}

void Forum::markRead(qint64 threadId)
{
    QSqlDatabase db = m_store.connection();
    forum_cache::markRead(db, threadId, QDateTime::currentMSecsSinceEpoch());
}

bool Forum::keepTyped(const QString &key, const QJsonObject &typed)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::save(db, key, typed);
}

bool Forum::forgetTyped(const QString &key)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::remove(db, key);
}

std::optional<QJsonObject> Forum::typed(const QString &key)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::load(db, key);
}

} // namespace etw
