// SPDX-License-Identifier: GPL-3.0-or-later
// One account's TwinSpace forums as the window uses them: discussions, threads, replies, what
// is unread, and the texts being typed. Everything written is saved here at once and queued;
// sync is asked to send it.
#pragma once

#include "store/forum_cache.h"

#include <QObject>

namespace etw {

class LocalStore;
class SyncController;

class Forum : public QObject
{
    Q_OBJECT
public:
    // `me`: this account, whose own writing is never unread.
    Forum(LocalStore &store, SyncController *sync, qint64 me, QObject *parent);

    QList<forum_cache::Discussion> discussions(qint64 projectId);
    QList<forum_cache::Thread> threads(qint64 projectId, qint64 discussionId);
    std::optional<forum_cache::Thread> thread(qint64 projectId, qint64 threadId);
    QList<forum_cache::Post> posts(qint64 projectId, qint64 threadId);
    int unreadThreads(qint64 projectId);
    // The id an item has now: a local id the server replaced gives the server's.
    qint64 currentId(forum_cache::Kind kind, qint64 id);
    qint64 me() const { return m_me; }
    // Whether this account may delete anyone's writing in the project's forum (an active
    // founder), as the server rules; its own it may always.
    bool deletesAnything(qint64 projectId);

    Result<qint64> createDiscussion(qint64 projectId, const QString &title,
                                    const QString &description);
    Result<qint64> createThread(qint64 projectId, qint64 discussionId, const QString &title,
                                const QString &text);
    Result<qint64> reply(qint64 projectId, qint64 threadId, const QString &text);
    Result<bool> edit(forum_cache::Kind kind, qint64 projectId, qint64 id,
                      const QJsonObject &fields);
    Result<bool> remove(forum_cache::Kind kind, qint64 projectId, qint64 id);
    // Everything in the thread as shown now counts as read (the caller updates its counts:
    // no signal, since showing a thread reads it).
    void markRead(qint64 threadId);

    // What is being typed (a reply, a new thread's title and text): kept on this computer
    // until it is posted, never sent before.
    bool keepTyped(const QString &key, const QJsonObject &typed);
    std::optional<QJsonObject> typed(const QString &key);
    bool forgetTyped(const QString &key);

Q_SIGNALS:
    // Something was written here (the lists and the counts change).
    void changed();

private:
    template <typename T> T sent(T result);

    LocalStore &m_store;
    SyncController *m_sync;
    qint64 m_me;
};

} // namespace etw
