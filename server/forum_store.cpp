// SPDX-License-Identifier: GPL-3.0-or-later
#include "forum_store.h"

#include "database.h"
#include "json_columns.h"
#include "sql_dialect.h"

namespace etw::server::forum_store {

using namespace Qt::StringLiterals;

namespace {
// The author's name as it is now, not as it was when they wrote.
const QString authorJoin = u" LEFT JOIN accounts a ON a.id = f.author_id WHERE f.id = ?"_s;

QJsonObject fieldVersionsOf(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

QString nn(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

template <typename T, typename Read>
bool load(QSqlDatabase &db, const QString &sql, qint64 id, std::optional<Stored<T>> &out, Read read)
{
    out.reset();
    QSqlQuery q(db);
    if (!Database::run(q, sql + authorJoin + SqlDialect::rowLock(db, u"f"_s), {id}))
        return false;
    if (q.next())
        out = read(q);
    return true;
}

std::optional<Gone> markDeleted(QSqlDatabase &db, const QString &table, const QString &parent,
                                qint64 parentId, qint64 now)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"UPDATE %1 SET deleted = 1, version = version + 1, updated_at = ? "
                       u"WHERE %2 = ? AND deleted = 0 RETURNING id, version"_s.arg(table, parent),
                       {now, parentId}))
        return std::nullopt;
    Gone out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

qint64 inserted(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!Database::run(q, sql + u" RETURNING id"_s, values) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
} // namespace

bool loadDiscussion(QSqlDatabase &db, qint64 id, std::optional<StoredDiscussion> &out)
{
    return load<ForumDiscussion>(
        db,
        u"SELECT f.id, f.project_id, f.title, f.description, f.author_id, "
        u"COALESCE(a.display_name, ''), f.created_at, f.updated_at, f.version, "
        u"f.field_versions, f.deleted FROM forum_discussions f"_s,
        id, out, [](const QSqlQuery &q) {
            StoredDiscussion s;
            ForumDiscussion &d = s.item;
            d.id = q.value(0).toLongLong();
            d.projectId = q.value(1).toLongLong();
            d.title = q.value(2).toString();
            d.description = q.value(3).toString();
            d.authorId = q.value(4).toLongLong();
            d.authorName = q.value(5).toString();
            d.createdAt = q.value(6).toLongLong();
            d.updatedAt = q.value(7).toLongLong();
            d.version = q.value(8).toLongLong();
            s.fieldVersions = fieldVersionsOf(q.value(9));
            s.deleted = q.value(10).toInt() != 0;
            return s;
        });
}

bool loadThread(QSqlDatabase &db, qint64 id, std::optional<StoredThread> &out)
{
    return load<ForumThread>(
        db,
        u"SELECT f.id, f.project_id, f.discussion_id, f.title, f.text, f.author_id, "
        u"COALESCE(a.display_name, ''), f.created_at, f.updated_at, f.version, "
        u"f.field_versions, f.deleted FROM forum_threads f"_s,
        id, out, [](const QSqlQuery &q) {
            StoredThread s;
            ForumThread &t = s.item;
            t.id = q.value(0).toLongLong();
            t.projectId = q.value(1).toLongLong();
            t.discussionId = q.value(2).toLongLong();
            t.title = q.value(3).toString();
            t.text = q.value(4).toString();
            t.authorId = q.value(5).toLongLong();
            t.authorName = q.value(6).toString();
            t.createdAt = q.value(7).toLongLong();
            t.updatedAt = q.value(8).toLongLong();
            t.version = q.value(9).toLongLong();
            s.fieldVersions = fieldVersionsOf(q.value(10));
            s.deleted = q.value(11).toInt() != 0;
            return s;
        });
}

bool loadPost(QSqlDatabase &db, qint64 id, std::optional<StoredPost> &out)
{
    return load<ForumPost>(db,
                           u"SELECT f.id, f.project_id, f.thread_id, f.text, f.author_id, "
                           u"COALESCE(a.display_name, ''), f.created_at, f.updated_at, f.version, "
                           u"f.deleted FROM forum_posts f"_s,
                           id, out, [](const QSqlQuery &q) {
                               StoredPost s;
                               ForumPost &p = s.item;
                               p.id = q.value(0).toLongLong();
                               p.projectId = q.value(1).toLongLong();
                               p.threadId = q.value(2).toLongLong();
                               p.text = q.value(3).toString();
                               p.authorId = q.value(4).toLongLong();
                               p.authorName = q.value(5).toString();
                               p.createdAt = q.value(6).toLongLong();
                               p.updatedAt = q.value(7).toLongLong();
                               p.version = q.value(8).toLongLong();
                               s.deleted = q.value(9).toInt() != 0;
                               return s;
                           });
}

qint64 insert(QSqlDatabase &db, const ForumDiscussion &d)
{
    QSqlQuery q(db);
    return inserted(q,
                    u"INSERT INTO forum_discussions (project_id, title, description, author_id, "
                    u"created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {d.projectId, nn(d.title), nn(d.description), d.authorId, d.createdAt,
                     d.updatedAt, d.version});
}

qint64 insert(QSqlDatabase &db, const ForumThread &t)
{
    QSqlQuery q(db);
    return inserted(q,
                    u"INSERT INTO forum_threads (project_id, discussion_id, title, text, "
                    u"author_id, created_at, updated_at, version) "
                    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {t.projectId, t.discussionId, nn(t.title), nn(t.text), t.authorId, t.createdAt,
                     t.updatedAt, t.version});
}

qint64 insert(QSqlDatabase &db, const ForumPost &p)
{
    QSqlQuery q(db);
    return inserted(
        q,
        u"INSERT INTO forum_posts (project_id, thread_id, text, author_id, "
        u"created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {p.projectId, p.threadId, nn(p.text), p.authorId, p.createdAt, p.updatedAt, p.version});
}

bool update(QSqlDatabase &db, const StoredDiscussion &s)
{
    const ForumDiscussion &d = s.item;
    QSqlQuery q(db);
    return Database::run(q,
                         u"UPDATE forum_discussions SET title = ?, description = ?, "
                         u"updated_at = ?, version = ?, field_versions = ?, deleted = ? "
                         u"WHERE id = ?"_s,
                         {nn(d.title), nn(d.description), d.updatedAt, d.version,
                          json_columns::fromObject(s.fieldVersions), s.deleted ? 1 : 0, d.id});
}

bool update(QSqlDatabase &db, const StoredThread &s)
{
    const ForumThread &t = s.item;
    QSqlQuery q(db);
    return Database::run(q,
                         u"UPDATE forum_threads SET title = ?, text = ?, updated_at = ?, "
                         u"version = ?, field_versions = ?, deleted = ? WHERE id = ?"_s,
                         {nn(t.title), nn(t.text), t.updatedAt, t.version,
                          json_columns::fromObject(s.fieldVersions), s.deleted ? 1 : 0, t.id});
}

bool update(QSqlDatabase &db, const StoredPost &s)
{
    const ForumPost &p = s.item;
    QSqlQuery q(db);
    return Database::run(q,
                         u"UPDATE forum_posts SET text = ?, updated_at = ?, version = ?, "
                         u"deleted = ? WHERE id = ?"_s,
                         {nn(p.text), p.updatedAt, p.version, s.deleted ? 1 : 0, p.id});
}

std::optional<Gone> deleteThreadsOf(QSqlDatabase &db, qint64 discussionId, qint64 now)
{
    return markDeleted(db, u"forum_threads"_s, u"discussion_id"_s, discussionId, now);
}

std::optional<Gone> deletePostsOf(QSqlDatabase &db, qint64 threadId, qint64 now)
{
    return markDeleted(db, u"forum_posts"_s, u"thread_id"_s, threadId, now);
}

std::optional<Creations> creationsSince(QSqlDatabase &db, qint64 accountId, qint64 since)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT COUNT(*), MIN(created_at) FROM ("
                       u"SELECT created_at FROM forum_discussions WHERE author_id = ? AND "
                       u"created_at > ? UNION ALL "
                       u"SELECT created_at FROM forum_threads WHERE author_id = ? AND "
                       u"created_at > ? UNION ALL "
                       u"SELECT created_at FROM forum_posts WHERE author_id = ? AND "
                       u"created_at > ?) recent"_s,
                       {accountId, since, accountId, since, accountId, since}) ||
        !q.next())
        return std::nullopt;
    return Creations{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace etw::server::forum_store
