// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace chat rooms on this computer: messages as pulled, with those written here and
// not yet taken by the server shown after them; read a page at a time, never the whole room.
#pragma once

#include "domain/chat.h"
#include "domain/sync_types.h"

#include <QSqlDatabase>

namespace etw::chat_cache {

inline constexpr auto messageType = "chat_message";

struct Entry
{
    ChatMessage message; // a waiting one has its local (negative) id
    bool waiting = false;
};

// Up to `limit` of the room's messages before `beforeId` (0: the newest), oldest first.
QList<Entry> before(QSqlDatabase &db, qint64 projectId, qint64 beforeId, int limit);
// The room's messages from `fromId` on (server ids), oldest first, at most `limit`.
QList<Entry> from(QSqlDatabase &db, qint64 projectId, qint64 fromId, int limit);
// Messages written here that the server has not taken yet, in the order written.
QList<Entry> waiting(QSqlDatabase &db, qint64 projectId);
// How many messages the room has here (the server's).
int count(QSqlDatabase &db, qint64 projectId);

// Queues a message by `authorId` (checked first: errors name the field); its local id. The
// text kept as typed under `typedKey` goes in the same transaction: never both sent and
// offered again after a crash.
Result<qint64> send(QSqlDatabase db, qint64 projectId, qint64 authorId, const QString &text,
                    const QString &typedKey = {});

// For the entity kind: pulled pages, a scope forgotten, and a message the server took (shown
// under its server id until the pull brings the server's copy).
bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes);
bool purge(QSqlDatabase &db, const QString &scope);
bool taken(QSqlDatabase &db, const Mutation &sent, const MutationResult &result);

} // namespace etw::chat_cache
