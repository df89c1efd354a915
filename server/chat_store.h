// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace chat in the server database: each project's messages, only ever added.
#pragma once

#include "domain/chat.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::chat_store {

// The new message's id (0 on failure), inside the caller's write transaction.
qint64 insert(QSqlDatabase &db, const ChatMessage &message);
// With its author's name as it is now; nullopt when the database failed or there is none.
std::optional<ChatMessage> load(QSqlDatabase &db, qint64 id);

// Messages an account sent since `since`, and the oldest one's time (when its place frees).
struct Sent
{
    qint64 count = 0;
    qint64 oldest = 0;
};
std::optional<Sent> sentSince(QSqlDatabase &db, qint64 accountId, qint64 since);

} // namespace etw::server::chat_store
