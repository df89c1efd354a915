// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat_store.h"

#include "database.h"

namespace etw::server::chat_store {

using namespace Qt::StringLiterals;

qint64 insert(QSqlDatabase &db, const ChatMessage &m)
{
    QSqlQuery q(db);
    if (!Database::run(
            q,
            u"INSERT INTO chat_messages (project_id, text, author_id, created_at, "
            u"version) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
            {m.projectId, m.text.isNull() ? u""_s : m.text, m.authorId, m.createdAt, m.version}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<ChatMessage> load(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT c.id, c.project_id, c.text, c.author_id, "
                       u"COALESCE(a.display_name, ''), c.created_at, c.version "
                       u"FROM chat_messages c LEFT JOIN accounts a ON a.id = c.author_id "
                       u"WHERE c.id = ?"_s,
                       {id}) ||
        !q.next())
        return std::nullopt;
    ChatMessage m;
    m.id = q.value(0).toLongLong();
    m.projectId = q.value(1).toLongLong();
    m.text = q.value(2).toString();
    m.authorId = q.value(3).toLongLong();
    m.authorName = q.value(4).toString();
    m.createdAt = q.value(5).toLongLong();
    m.version = q.value(6).toLongLong();
    return m;
}

std::optional<Sent> sentSince(QSqlDatabase &db, qint64 accountId, qint64 since)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT COUNT(*), MIN(created_at) FROM chat_messages "
                       u"WHERE author_id = ? AND created_at > ?"_s,
                       {accountId, since}) ||
        !q.next())
        return std::nullopt;
    return Sent{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace etw::server::chat_store
