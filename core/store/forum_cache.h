// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace forum of this account's projects as it should show here: the server's
// discussions, threads and replies with what was written on this computer and not yet sent on
// top, and which threads were read here.
#pragma once

#include "domain/forum.h"
#include "domain/sync_types.h"
#include "store/feed.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::forum_cache {

enum class Kind { Discussion, Thread, Post };
// Its mutation and change type: "forum_discussion", "forum_thread", "forum_post".
QString typeOf(Kind kind);
std::optional<Kind> kindOf(const QString &type);

// Pulled changes of one kind (a project's scope).
bool apply(QSqlDatabase &db, Kind kind, const QString &scope, const QList<Change> &changes);
bool purge(QSqlDatabase &db, Kind kind, const QString &scope);

// Written here and not yet on the server: an item created here has a negative id and its
// author is this account (authorId 0 until the server's copy arrives).
struct Discussion
{
    ForumDiscussion discussion;
    bool waiting = false;
    int threads = 0;
    int unreadThreads = 0;   // with something written by someone else since it was read here
    qint64 lastActivity = 0; // the newest thread or reply in it
};
struct Thread
{
    ForumThread thread;
    bool waiting = false;
    int replies = 0;
    bool unread = false;
    qint64 lastActivity = 0;
};
struct Post
{
    ForumPost post;
    bool waiting = false;
};

// Discussions by title; threads newest activity first; replies oldest first (waiting ones
// last, in the order written). `me` tells others' writing (unread) from this account's.
QList<Discussion> discussions(QSqlDatabase &db, qint64 projectId, qint64 me);
QList<Thread> threads(QSqlDatabase &db, qint64 projectId, qint64 discussionId, qint64 me);
std::optional<Thread> thread(QSqlDatabase &db, qint64 projectId, qint64 threadId, qint64 me);
QList<Post> posts(QSqlDatabase &db, qint64 projectId, qint64 threadId);
// The newest replies as updates (titled by their thread's title), newest first.
QList<FeedItem> newestPosts(QSqlDatabase &db, qint64 projectId, int limit);
// Threads of the project with something unread.
int unreadThreads(QSqlDatabase &db, qint64 projectId, qint64 me);

// Each validates (field errors name "title", "description", "text"), then queues its mutation
// in one transaction; a new item gets a local (negative) id until the server gives its own.
Result<qint64> createDiscussion(QSqlDatabase db, qint64 projectId, const QString &title,
                                const QString &description);
Result<qint64> createThread(QSqlDatabase db, qint64 projectId, qint64 discussionId,
                            const QString &title, const QString &text);
Result<qint64> reply(QSqlDatabase db, qint64 projectId, qint64 threadId, const QString &text);
// fields: title / description (a discussion), title / text (a thread), text (a post).
Result<bool> edit(QSqlDatabase db, Kind kind, qint64 projectId, qint64 id,
                  const QJsonObject &fields);
Result<bool> remove(QSqlDatabase db, Kind kind, qint64 projectId, qint64 id);

// Everything in the thread up to `at` (ms) counts as read here.
bool markRead(QSqlDatabase &db, qint64 threadId, qint64 at);

// After the server created an item this computer made: the queued mutations, typed texts,
// read marks and references under its local id take the server's. Until the pull brings the
// server's copy it shows as its creation made it.
bool adoptServerId(QSqlDatabase &db, Kind kind, qint64 localId, qint64 serverId,
                   const QJsonObject &created, qint64 version);
// After the server applied an edit or a deletion made here: the server's copy kept here takes
// it at once (the text as changed, the item and what it held gone), so that nothing shows as it
// was between the push and the pull that brings the server's own.
bool confirmApplied(QSqlDatabase &db, Kind kind, const Mutation &m, qint64 version);
// The server's id for a local one it replaced (a window still showing it by that id); else id.
qint64 currentId(QSqlDatabase &db, Kind kind, qint64 id);
// The form_drafts keys of what is being typed: a reply in a thread, a new thread in a
// discussion, a change to the thread or to one of its replies (one at a time per thread).
QString replyKey(qint64 threadId);
QString newThreadKey(qint64 discussionId);
QString editKey(qint64 threadId);

} // namespace etw::forum_cache
