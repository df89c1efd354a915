// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/page_cache.h"
#include "store/json_text.h"

#include "domain/validation_messages.h"
#include "store/form_drafts.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "store/scoped_rows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <functional>

namespace etw::page_cache {

using namespace Qt::StringLiterals;

namespace {
Error notSaved()
{
    return {u"cache_unavailable"_s,
            QCoreApplication::translate("etw::PageCache",
                                        "Your change could not be saved on this computer."),
            {}};
}
Error noSuchPage()
{
    return {u"not_found"_s,
            QCoreApplication::translate("etw::PageCache", "This page is not on this computer."),
            {}};
}

// The server's pages of the project (published, and this account's drafts).
QHash<qint64, Page> serverPages(QSqlDatabase &db, qint64 projectId)
{
    QHash<qint64, Page> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM pages WHERE project_id = ?"_s, {projectId}))
        return out;
    while (q.next())
        if (auto p = Page::fromJson(json_text::toObject(q.value(0).toString())))
            out.insert(p.value().id, p.value());
    return out;
}

// What this computer did to the project's pages and did not send yet, in the order made.
void applyWaiting(QSqlDatabase &db, qint64 projectId, QHash<qint64, Entry> &pages)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT type, op, entity_id, data FROM outbox WHERE type IN "
                            u"('page', 'page_revision') ORDER BY seq"_s))
        return;
    while (q.next()) {
        const QString type = q.value(0).toString(), op = q.value(1).toString();
        const qint64 id = q.value(2).toLongLong();
        const QJsonObject data = json_text::toObject(q.value(3).toString());
        if (data.value(u"projectId"_s).toInteger() != projectId)
            continue;
        if (type == u"page" && op == u"create") {
            Entry e;
            e.page.id = id;
            e.page.projectId = projectId;
            e.page.state = u"draft"_s;
            pages.insert(id, e);
        }
        if (!pages.contains(id))
            continue; // deleted meanwhile by someone else: the server will say so
        Entry &e = pages[id];
        e.waiting = true;
        if (op == u"delete") {
            // Its sub-pages go with it, as on the server.
            QList<qint64> doomed{id};
            for (qsizetype i = 0; i < doomed.size(); ++i)
                for (auto it = pages.cbegin(); it != pages.cend(); ++it)
                    if (it->page.parentId == doomed.at(i) && !doomed.contains(it.key()))
                        doomed.append(it.key());
            for (qint64 gone : doomed)
                pages.remove(gone);
            continue;
        }
        if (data.contains(u"title"_s))
            e.page.title = data.value(u"title"_s).toString();
        if (data.contains(u"parentId"_s))
            e.page.parentId = data.value(u"parentId"_s).toInteger();
        if (data.contains(u"position"_s))
            e.page.position = data.value(u"position"_s).toDouble();
        if (type == u"page_revision") {
            e.page.body = data.value(u"body"_s).toString();
            e.page.state = u"published"_s;
        }
    }
}

bool queue(QSqlDatabase &db, const QString &type, const QString &op, qint64 pageId, qint64 base,
           const QJsonObject &data)
{
    // Renames, moves and texts not sent yet take the later ones in; creations and deletions
    // travel as made (the outbox decides, from the page kind).
    return op == u"update" || (type == u"page_revision" && op == u"create")
               ? outbox::enqueue(db, type, pageId, base, data, op)
               : !outbox::enqueueAction(db, type, op, pageId, data).isEmpty();
}

Result<bool> change(QSqlDatabase db, qint64 projectId, qint64 pageId, const QString &op,
                    const QJsonObject &fields)
{
    const FieldErrors errors = page::check(fields);
    if (!errors.isEmpty())
        return invalidInput(errors);
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    pageId = currentId(db, pageId);
    if (!page(db, projectId, pageId))
        return noSuchPage();
    QJsonObject data = fields;
    data.insert(u"projectId"_s, projectId);
    if (data.contains(u"parentId"_s))
        data.insert(u"parentId"_s, currentId(db, data.value(u"parentId"_s).toInteger()));
    if (!queue(db, u"page"_s, op, pageId, 0, data) || !tx.commit())
        return notSaved();
    return true;
}
} // namespace

bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes)
{
    static const scoped_rows::Table table{u"pages"_s, {{u"project_id"_s, u"projectId"_s}}};
    return scoped_rows::apply(db, table, scope, changes);
}

bool applyRevisions(QSqlDatabase &db, const QString &scope, const QList<Change> &changes)
{
    static const scoped_rows::Table table{
        u"page_revisions"_s, {{u"page_id"_s, u"pageId"_s}, {u"number"_s, u"number"_s}}, false};
    return scoped_rows::apply(db, table, scope, changes);
}

bool purge(QSqlDatabase &db, const QString &scope)
{
    return scoped_rows::purge(db, u"pages"_s, scope);
}

bool purgeRevisions(QSqlDatabase &db, const QString &scope)
{
    return scoped_rows::purge(db, u"page_revisions"_s, scope);
}

QList<Entry> tree(QSqlDatabase &db, qint64 projectId, bool withWaitingChanges)
{
    QHash<qint64, Entry> pages;
    const auto server = serverPages(db, projectId);
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        pages.insert(it.key(), Entry{it.value(), false});
    if (withWaitingChanges)
        applyWaiting(db, projectId, pages);
    // Parents first (depth-first), siblings by position; a page whose parent is gone shows at
    // the top rather than vanishing.
    QHash<qint64, QList<Entry>> children;
    for (const Entry &e : std::as_const(pages))
        children[pages.contains(e.page.parentId) ? e.page.parentId : 0].append(e);
    for (auto &list : children)
        std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
            return a.page.position != b.page.position ? a.page.position < b.page.position
                                                      : a.page.id < b.page.id;
        });
    QList<Entry> out;
    QSet<qint64> seen;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const Entry &e : children.value(parent))
            if (!seen.contains(e.page.id)) { // a move not yet sent may make a loop here
                seen.insert(e.page.id);
                out.append(e);
                walk(e.page.id);
            }
    };
    walk(0);
    return out;
}

std::optional<Entry> page(QSqlDatabase &db, qint64 projectId, qint64 pageId)
{
    // A window may still name a page by the local id the server has replaced since.
    pageId = currentId(db, pageId);
    for (const Entry &e : tree(db, projectId))
        if (e.page.id == pageId)
            return e;
    return std::nullopt;
}

QList<PageRevision> revisions(QSqlDatabase &db, qint64 pageId)
{
    QList<PageRevision> out;
    QSqlQuery q(db);
    if (!LocalStore::run(
            q, u"SELECT data FROM page_revisions WHERE page_id = ? ORDER BY number DESC"_s,
            {pageId}))
        return out;
    while (q.next())
        if (auto r = PageRevision::fromJson(json_text::toObject(q.value(0).toString())))
            out.append(r.value());
    return out;
}

Result<qint64> create(QSqlDatabase db, qint64 projectId, qint64 parentId, double position,
                      const QString &title)
{
    const QJsonObject fields{{u"title"_s, title.trimmed()}, {u"position"_s, position}};
    FieldErrors errors = page::check(fields);
    if (!errors.isEmpty())
        return invalidInput(errors);
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    parentId = currentId(db, parentId);
    const qint64 id = newLocalId();
    QJsonObject data = fields;
    data.insert(u"projectId"_s, projectId);
    data.insert(u"parentId"_s, parentId);
    if (!queue(db, u"page"_s, u"create"_s, id, 0, data) || !tx.commit())
        return notSaved();
    return id;
}

Result<bool> rename(QSqlDatabase db, qint64 projectId, qint64 pageId, const QString &title)
{
    return change(db, projectId, pageId, u"update"_s, {{u"title"_s, title.trimmed()}});
}

Result<bool> move(QSqlDatabase db, qint64 projectId, qint64 pageId, qint64 parentId,
                  double position)
{
    if (parentId == pageId)
        return invalidInput({{u"parentId"_s, fieldError(u"parentId"_s, u"unknown_value"_s)}});
    return change(db, projectId, pageId, u"update"_s,
                  {{u"parentId"_s, parentId}, {u"position"_s, position}});
}

Result<bool> remove(QSqlDatabase db, qint64 projectId, qint64 pageId)
{
    return change(db, projectId, pageId, u"delete"_s, {});
}

Result<QString> publish(QSqlDatabase db, qint64 projectId, qint64 pageId, const QString &title,
                        const QString &body, qint64 baseRevision, qint64 restoredFrom)
{
    QJsonObject data{{u"title"_s, title.trimmed()}, {u"body"_s, body}, {u"projectId"_s, projectId}};
    const FieldErrors errors = page::check(data);
    if (!errors.isEmpty())
        return invalidInput(errors);
    // Always said, so that a text typed after a restore and merged into it is not "restored".
    data.insert(u"restoredFrom"_s, std::max<qint64>(0, restoredFrom));
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    pageId = currentId(db, pageId);
    if (!page(db, projectId, pageId))
        return noSuchPage();
    QSqlQuery q(db);
    // Published: what was kept as typed is in the queued text now.
    if (!queue(db, u"page_revision"_s, u"create"_s, pageId, baseRevision, data) ||
        !LocalStore::run(q, u"DELETE FROM form_drafts WHERE key = ?"_s, {typedKey(pageId)}) ||
        !tx.commit())
        return notSaved();
    return QString::number(pageId);
}

bool adoptServerId(QSqlDatabase &db, qint64 localId, qint64 serverId, const QJsonObject &created,
                   qint64 version)
{
    if (localId >= 0)
        return true;
    QSqlQuery q(db);
    if (!created.isEmpty()) {
        Page p;
        p.id = serverId;
        p.projectId = created.value(u"projectId"_s).toInteger();
        p.parentId = currentId(db, created.value(u"parentId"_s).toInteger());
        p.position = created.value(u"position"_s).toDouble();
        p.title = created.value(u"title"_s).toString();
        p.state = u"draft"_s;
        p.version = version;
        // In the account's own scope, where the server's draft will arrive (and replace it);
        // never over a copy pulled already.
        if (!LocalStore::run(q,
                             u"INSERT OR IGNORE INTO pages (scope, id, project_id, version, data) "
                             u"VALUES ('me', ?, ?, ?, ?)"_s,
                             {serverId, p.projectId, version, json_text::from(p.toJson())}))
            return false;
    }
    if (!LocalStore::run(q,
                         u"UPDATE outbox SET entity_id = ?, order_key = ? WHERE entity_id = ? "
                         u"AND type IN ('page', 'page_revision')"_s,
                         {serverId, QString(u"page:"_s + QString::number(serverId)), localId}) ||
        !LocalStore::run(q, u"UPDATE form_drafts SET key = ? WHERE key = ?"_s,
                         {typedKey(serverId), typedKey(localId)}) ||
        !LocalStore::run(q, u"INSERT OR REPLACE INTO cache_meta (key, value) VALUES (?, ?)"_s,
                         {QString(u"page_id:"_s + QString::number(localId)), serverId}))
        return false;
    // Pages created under it, queued before the answer came.
    QList<std::pair<qint64, QJsonObject>> children;
    if (!LocalStore::run(q, u"SELECT seq, data FROM outbox WHERE type = 'page'"_s))
        return false;
    while (q.next()) {
        QJsonObject data = json_text::toObject(q.value(1).toString());
        if (data.value(u"parentId"_s).toInteger() == localId) {
            data.insert(u"parentId"_s, serverId);
            children.append({q.value(0).toLongLong(), data});
        }
    }
    q.finish();
    for (const auto &[seq, data] : children)
        if (!LocalStore::run(q, u"UPDATE outbox SET data = ? WHERE seq = ?"_s,
                             {json_text::from(data), seq}))
            return false;
    return true;
}

qint64 currentId(QSqlDatabase &db, qint64 pageId)
{
    if (pageId >= 0)
        return pageId;
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT value FROM cache_meta WHERE key = ?"_s,
                        {QString(u"page_id:"_s + QString::number(pageId))}) &&
        q.next())
        return q.value(0).toLongLong();
    return pageId;
}

qint64 newLocalId()
{
    // Within a double's exact integers (JSON), and never 0.
    return -qint64(1 + QRandomGenerator::system()->bounded(quint64(1) << 52));
}

bool keepTyped(QSqlDatabase &db, qint64 pageId, const QString &title, const QString &body,
               qint64 baseRevision)
{
    return form_drafts::save(
        db, typedKey(currentId(db, pageId)),
        {{u"title"_s, title}, {u"body"_s, body}, {u"baseRevision"_s, baseRevision}});
}

QString typedKey(qint64 pageId)
{
    return u"page:"_s + QString::number(pageId);
}

} // namespace etw::page_cache
