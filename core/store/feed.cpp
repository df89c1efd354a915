// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/feed.h"

#include "store/kinds/scope_kind.h"
#include "store/local_store.h"

#include <algorithm>

namespace etw::feed {

using namespace Qt::StringLiterals;

namespace {
QString scopeOf(qint64 projectId)
{
    return u"project:"_s + QString::number(projectId);
}

qint64 readMark(QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT read_at FROM feed_reads WHERE project_id = ?"_s, {projectId}) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}
} // namespace

QList<FeedItem> items(QSqlDatabase &db, qint64 projectId, qint64 me, int limit)
{
    QList<FeedItem> out;
    const ScopeKind *scope = kinds::scopeFor(scopeOf(projectId));
    if (!scope)
        return out;
    for (const EntityKind *kind : scope->kinds)
        out += kind->feed(db, projectId, limit);
    std::sort(out.begin(), out.end(), [](const FeedItem &a, const FeedItem &b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    if (out.size() > limit)
        out.resize(limit);
    const qint64 mark = readMark(db, projectId);
    for (FeedItem &item : out)
        item.unread = item.authorId != me && item.at > mark;
    return out;
}

int unread(QSqlDatabase &db, qint64 projectId, qint64 me)
{
    int n = 0;
    for (const FeedItem &item : items(db, projectId, me))
        n += item.unread ? 1 : 0;
    return n;
}

bool markRead(QSqlDatabase &db, qint64 projectId, qint64 at)
{
    QSqlQuery q(db);
    return LocalStore::run(q,
                           u"INSERT INTO feed_reads (project_id, read_at) VALUES (?, ?) ON "
                           u"CONFLICT (project_id) DO UPDATE SET read_at = MAX(read_at, "
                           u"excluded.read_at)"_s,
                           {projectId, at});
}

QList<FeedItem> newest(QSqlDatabase &db, const Source &source, qint64 projectId, int limit)
{
    QList<FeedItem> out;
    QSqlQuery q(db);
    // The paths and names are the kinds' own constants, never user input.
    if (!LocalStore::run(q,
                         u"SELECT %1, json_extract(data, '%2'), json_extract(data, '%3'), "
                         u"json_extract(data, '$.authorId'), json_extract(data, '$.authorName') "
                         u"FROM %4 WHERE scope = ? ORDER BY 2 DESC LIMIT ?"_s.arg(
                             source.id, source.at, source.title, source.table),
                         {scopeOf(projectId), limit}))
        return out;
    while (q.next()) {
        FeedItem item;
        item.what = source.what;
        item.id = q.value(0).toLongLong();
        item.projectId = projectId;
        item.at = q.value(1).toLongLong();
        item.title = q.value(2).toString();
        item.authorId = q.value(3).toLongLong();
        item.authorName = q.value(4).toString();
        out.append(item);
    }
    return out;
}

} // namespace etw::feed
