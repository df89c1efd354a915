// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace forum in the server database: discussions, threads, replies.
#pragma once

#include "domain/forum.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::forum_store {

template <typename T> struct Stored
{
    T item;
    // field -> the version that last changed it (a post has one field: its version says it).
    QJsonObject fieldVersions;
    bool deleted = false;
};
using StoredDiscussion = Stored<ForumDiscussion>;
using StoredThread = Stored<ForumThread>;
using StoredPost = Stored<ForumPost>;

// Inside a write transaction, each row locked until commit (edits of one item queue). false:
// the database failed; otherwise `out` is empty when there is no such row.
bool loadDiscussion(QSqlDatabase &db, qint64 id, std::optional<StoredDiscussion> &out);
bool loadThread(QSqlDatabase &db, qint64 id, std::optional<StoredThread> &out);
bool loadPost(QSqlDatabase &db, qint64 id, std::optional<StoredPost> &out);

// The new row's id; 0 on failure.
qint64 insert(QSqlDatabase &db, const ForumDiscussion &discussion);
qint64 insert(QSqlDatabase &db, const ForumThread &thread);
qint64 insert(QSqlDatabase &db, const ForumPost &post);

bool update(QSqlDatabase &db, const StoredDiscussion &stored);
bool update(QSqlDatabase &db, const StoredThread &stored);
bool update(QSqlDatabase &db, const StoredPost &stored);

// What a deletion takes with it: each live row below marked deleted, its version raised, and
// returned as (id, new version) for its tombstone. nullopt when the database failed.
using Gone = QList<std::pair<qint64, qint64>>;
std::optional<Gone> deleteThreadsOf(QSqlDatabase &db, qint64 discussionId, qint64 now);
std::optional<Gone> deletePostsOf(QSqlDatabase &db, qint64 threadId, qint64 now);

// Discussions, threads and replies an account created since `since` (deleted ones too:
// deleting does not give a creation back), and the oldest one's time (when its place frees).
struct Creations
{
    qint64 count = 0;
    qint64 oldest = 0;
};
std::optional<Creations> creationsSince(QSqlDatabase &db, qint64 accountId, qint64 since);

} // namespace etw::server::forum_store
