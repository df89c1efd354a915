// SPDX-License-Identifier: GPL-3.0-or-later
#include "page_store.h"

#include "database.h"
#include "sql_dialect.h"

namespace etw::server::page_store {

using namespace Qt::StringLiterals;

namespace {
const QString pageColumns =
    u"p.id, p.project_id, p.parent_id, p.position, p.title, p.state, p.author_id, "
    u"COALESCE(a.display_name, ''), p.revision, p.body, p.version, p.updated_at, "
    u"p.last_revision, p.deleted FROM pages p LEFT JOIN accounts a ON a.id = p.author_id"_s;

StoredPage readPage(const QSqlQuery &q)
{
    StoredPage s;
    Page &p = s.page;
    p.id = q.value(0).toLongLong();
    p.projectId = q.value(1).toLongLong();
    p.parentId = q.value(2).toLongLong();
    p.position = q.value(3).toDouble();
    p.title = q.value(4).toString();
    p.state = q.value(5).toString();
    p.authorId = q.value(6).toLongLong();
    p.authorName = q.value(7).toString();
    p.revision = q.value(8).toLongLong();
    p.body = q.value(9).toString();
    p.version = q.value(10).toLongLong();
    p.updatedAt = q.value(11).toLongLong();
    s.lastRevision = q.value(12).toLongLong();
    s.deleted = q.value(13).toInt() != 0;
    return s;
}

const QString revisionColumns =
    u"r.page_id, r.number, r.title, r.body, r.author_id, COALESCE(a.display_name, ''), "
    u"r.created_at, r.kind, r.restored_from FROM page_revisions r "
    u"LEFT JOIN accounts a ON a.id = r.author_id"_s;

PageRevision readRevision(const QSqlQuery &q)
{
    PageRevision r;
    r.pageId = q.value(0).toLongLong();
    r.number = q.value(1).toLongLong();
    r.title = q.value(2).toString();
    r.body = q.value(3).toString();
    r.authorId = q.value(4).toLongLong();
    r.authorName = q.value(5).toString();
    r.createdAt = q.value(6).toLongLong();
    r.kind = q.value(7).toString();
    r.restoredFrom = q.value(8).toLongLong();
    return r;
}

QString nn(const QString &text)
{
    return text.isNull() ? u""_s : text;
}
} // namespace

std::optional<StoredPage> loadForUpdate(QSqlDatabase &db, qint64 pageId)
{
    QSqlQuery q(db);
    if (!Database::run(
            q, u"SELECT "_s + pageColumns + u" WHERE p.id = ?"_s + SqlDialect::rowLock(db, u"p"_s),
            {pageId}) ||
        !q.next())
        return std::nullopt;
    return readPage(q);
}

qint64 insert(QSqlDatabase &db, const Page &p)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"INSERT INTO pages (project_id, parent_id, position, title, state, "
                       u"author_id, revision, last_revision, body, version, created_at, "
                       u"updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?) RETURNING id"_s,
                       {p.projectId, p.parentId, p.position, p.title, p.state, p.authorId,
                        nn(p.body), p.version, p.updatedAt, p.updatedAt}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool update(QSqlDatabase &db, const StoredPage &s)
{
    const Page &p = s.page;
    QSqlQuery q(db);
    return Database::run(q,
                         u"UPDATE pages SET parent_id = ?, position = ?, title = ?, state = ?, "
                         u"revision = ?, last_revision = ?, body = ?, version = ?, "
                         u"updated_at = ?, deleted = ? WHERE id = ?"_s,
                         {p.parentId, p.position, p.title, p.state, p.revision, s.lastRevision,
                          nn(p.body), p.version, p.updatedAt, s.deleted ? 1 : 0, p.id});
}

bool addRevision(QSqlDatabase &db, const PageRevision &r, const QString &mutationId)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO page_revisions (page_id, number, title, body, author_id, "
                         u"created_at, kind, restored_from, mutation_id) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {r.pageId, r.number, nn(r.title), nn(r.body), r.authorId, r.createdAt,
                          r.kind, r.restoredFrom, mutationId});
}

std::optional<PageRevision> revision(QSqlDatabase &db, qint64 pageId, qint64 number)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT "_s + revisionColumns + u" WHERE r.page_id = ? AND r.number = ?"_s,
                       {pageId, number}) ||
        !q.next())
        return std::nullopt;
    return readRevision(q);
}

std::optional<PageRevision> revisionOfMutation(QSqlDatabase &db, qint64 pageId,
                                               const QString &mutationId)
{
    QSqlQuery q(db);
    if (!Database::run(
            q, u"SELECT "_s + revisionColumns + u" WHERE r.page_id = ? AND r.mutation_id = ?"_s,
            {pageId, mutationId}) ||
        !q.next())
        return std::nullopt;
    return readRevision(q);
}

QList<PageRevision> revisions(QSqlDatabase &db, qint64 pageId)
{
    QSqlQuery q(db);
    QList<PageRevision> out;
    if (!Database::run(q,
                       u"SELECT "_s + revisionColumns + u" WHERE r.page_id = ? ORDER BY r.number"_s,
                       {pageId}))
        return out;
    while (q.next())
        out.append(readRevision(q));
    return out;
}

std::optional<QHash<qint64, qint64>> parents(QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    if (!Database::run(q, u"SELECT id, parent_id FROM pages WHERE project_id = ? AND deleted = 0"_s,
                       {projectId}))
        return std::nullopt;
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

} // namespace etw::server::page_store
