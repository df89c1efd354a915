// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/forum_cache.h"

#include "domain/validation_messages.h"
#include "store/form_drafts.h"
#include "store/json_text.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "store/page_cache.h"
#include "store/scoped_rows.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace etw::forum_cache {

using namespace Qt::StringLiterals;

namespace {
Error notSaved()
{
    return {u"cache_unavailable"_s,
            QCoreApplication::translate("etw::ForumCache",
                                        "What you wrote could not be saved on this computer."),
            {}};
}
Error notHere()
{
    return {u"not_found"_s,
            QCoreApplication::translate(
                "etw::ForumCache",
                "This discussion, thread or reply is not on this computer (deleted meanwhile?)."),
            {}};
}

QString tableOf(Kind kind)
{
    switch (kind) {
    case Kind::Discussion:
        return u"forum_discussions"_s;
    case Kind::Thread:
        return u"forum_threads"_s;
    case Kind::Post:
        return u"forum_posts"_s;
    }
    return {};
}

QString idKey(Kind kind, qint64 localId)
{
    return typeOf(kind) + u"_id:"_s + QString::number(localId);
}

// One queued forum mutation, as the outbox holds it.
struct Queued
{
    Kind kind;
    QString op;
    qint64 id = 0;
    QJsonObject data;
    qint64 createdAt = 0;
};

QList<Queued> queued(QSqlDatabase &db, qint64 projectId)
{
    QList<Queued> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT type, op, entity_id, data, created_at FROM outbox WHERE type "
                         u"IN ('forum_discussion', 'forum_thread', 'forum_post') ORDER BY seq"_s))
        return out;
    while (q.next()) {
        Queued e{*kindOf(q.value(0).toString()), q.value(1).toString(), q.value(2).toLongLong(),
                 json_text::toObject(q.value(3).toString()), q.value(4).toLongLong()};
        if (e.data.value(u"projectId"_s).toInteger() == projectId)
            out.append(e);
    }
    return out;
}

template <typename T>
QHash<qint64, T> serverRows(QSqlDatabase &db, Kind kind, const QString &where,
                            const QVariantList &values)
{
    QHash<qint64, T> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM %1 WHERE %2"_s.arg(tableOf(kind), where), values))
        return out;
    while (q.next())
        if (auto item = T::fromJson(json_text::toObject(q.value(0).toString())))
            out.insert(item.value().id, item.value());
    return out;
}

// The project's discussions and threads with the waiting edits on top; `waiting` collects the
// ids touched here; replies waiting, by thread (created here: +1, deleted here: -1).
struct Overlay
{
    QHash<qint64, ForumDiscussion> discussions;
    QHash<qint64, ForumThread> threads;
    QSet<qint64> waitingDiscussions, waitingThreads;
    QHash<qint64, int> replyDelta;
    QHash<qint64, qint64> waitingActivity; // thread → newest reply written here
};

Overlay overlay(QSqlDatabase &db, qint64 projectId)
{
    Overlay o;
    o.discussions =
        serverRows<ForumDiscussion>(db, Kind::Discussion, u"project_id = ?"_s, {projectId});
    o.threads = serverRows<ForumThread>(db, Kind::Thread, u"project_id = ?"_s, {projectId});
    for (const Queued &e : queued(db, projectId)) {
        if (e.kind == Kind::Post) {
            const qint64 thread = e.data.value(u"threadId"_s).toInteger();
            if (e.op == u"create") {
                o.replyDelta[thread] += 1;
                o.waitingActivity[thread] = std::max(o.waitingActivity.value(thread), e.createdAt);
            }
            // A reply deleted here still counts until the server says: its thread is not known
            // from the deletion alone.
            continue;
        }
        if (e.kind == Kind::Discussion) {
            if (e.op == u"create") {
                ForumDiscussion d;
                d.id = e.id;
                d.projectId = projectId;
                d.createdAt = d.updatedAt = e.createdAt;
                o.discussions.insert(e.id, d);
            }
            if (!o.discussions.contains(e.id))
                continue;
            if (e.op == u"delete") {
                o.discussions.remove(e.id);
                o.threads.removeIf([&](auto it) { return it.value().discussionId == e.id; });
                continue;
            }
            ForumDiscussion &d = o.discussions[e.id];
            o.waitingDiscussions.insert(e.id);
            if (e.data.contains(u"title"_s))
                d.title = e.data.value(u"title"_s).toString();
            if (e.data.contains(u"description"_s))
                d.description = e.data.value(u"description"_s).toString();
            continue;
        }
        if (e.op == u"create") {
            ForumThread t;
            t.id = e.id;
            t.projectId = projectId;
            t.discussionId = e.data.value(u"discussionId"_s).toInteger();
            t.createdAt = t.updatedAt = e.createdAt;
            o.threads.insert(e.id, t);
        }
        if (!o.threads.contains(e.id))
            continue;
        if (e.op == u"delete") {
            o.threads.remove(e.id);
            continue;
        }
        ForumThread &t = o.threads[e.id];
        o.waitingThreads.insert(e.id);
        if (e.data.contains(u"title"_s))
            t.title = e.data.value(u"title"_s).toString();
        if (e.data.contains(u"text"_s))
            t.text = e.data.value(u"text"_s).toString();
    }
    return o;
}

// Per thread of the project: replies, the newest, the newest by someone else.
struct Activity
{
    int replies = 0;
    qint64 newest = 0;
    qint64 newestByOthers = 0;
};

QHash<qint64, Activity> activity(QSqlDatabase &db, qint64 projectId, qint64 me)
{
    QHash<qint64, Activity> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT thread_id, COUNT(*), MAX(created_at), MAX(CASE WHEN "
                         u"json_extract(data, '$.authorId') <> ? THEN created_at END) FROM "
                         u"forum_posts WHERE project_id = ? GROUP BY thread_id"_s,
                         {me, projectId}))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   {q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

QHash<qint64, qint64> readMarks(QSqlDatabase &db)
{
    QHash<qint64, qint64> out;
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT thread_id, read_at FROM forum_reads"_s))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

QList<Thread> threadEntries(QSqlDatabase &db, qint64 projectId, qint64 me,
                            const std::function<bool(const ForumThread &)> &wanted)
{
    const Overlay o = overlay(db, projectId);
    const auto stats = activity(db, projectId, me);
    const auto read = readMarks(db);
    QList<Thread> out;
    for (const ForumThread &t : o.threads) {
        if (!wanted(t))
            continue;
        Thread e;
        e.thread = t;
        e.waiting = o.waitingThreads.contains(t.id);
        const Activity a = stats.value(t.id);
        e.replies = a.replies + o.replyDelta.value(t.id);
        e.lastActivity = std::max({t.createdAt, a.newest, o.waitingActivity.value(t.id)});
        // Something by someone else after it was last read here (never read: all of it).
        const qint64 byOthers =
            std::max(t.authorId != me && t.id > 0 ? t.createdAt : 0, a.newestByOthers);
        e.unread = byOthers > read.value(t.id, 0);
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Thread &a, const Thread &b) {
        return a.lastActivity != b.lastActivity ? a.lastActivity > b.lastActivity
                                                : a.thread.id > b.thread.id;
    });
    return out;
}

bool queue(QSqlDatabase &db, Kind kind, const QString &op, qint64 id, qint64 base,
           const QJsonObject &data)
{
    // Edits not sent yet take the later ones in; creations and deletions travel as made.
    return op == u"update" ? outbox::enqueue(db, typeOf(kind), id, base, data)
                           : !outbox::enqueueAction(db, typeOf(kind), op, id, data).isEmpty();
}

FieldErrors check(Kind kind, const QJsonObject &data, bool creating)
{
    switch (kind) {
    case Kind::Discussion:
        return forum::checkDiscussion(data, creating);
    case Kind::Thread:
        return forum::checkThread(data, creating);
    case Kind::Post:
        return forum::checkPost(data, creating);
    }
    return {};
}

// Whether the item is here (the server's copy or created here), and its version.
std::optional<qint64> versionHere(QSqlDatabase &db, Kind kind, qint64 projectId, qint64 id)
{
    QSqlQuery q(db);
    if (LocalStore::run(
            q, u"SELECT version FROM %1 WHERE project_id = ? AND id = ?"_s.arg(tableOf(kind)),
            {projectId, id}) &&
        q.next())
        return q.value(0).toLongLong();
    for (const Queued &e : queued(db, projectId))
        if (e.kind == kind && e.id == id && e.op == u"create")
            return 0;
    return std::nullopt;
}

Result<qint64> create(QSqlDatabase db, Kind kind, qint64 projectId, QJsonObject data)
{
    const FieldErrors errors = check(kind, data, true);
    if (!errors.isEmpty())
        return invalidInput(errors);
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    // Where it goes, by the server's id when the server gave one meanwhile.
    if (kind == Kind::Thread) {
        const qint64 d = currentId(db, Kind::Discussion, data.value(u"discussionId"_s).toInteger());
        if (!versionHere(db, Kind::Discussion, projectId, d))
            return notHere();
        data.insert(u"discussionId"_s, d);
    } else if (kind == Kind::Post) {
        const qint64 t = currentId(db, Kind::Thread, data.value(u"threadId"_s).toInteger());
        if (!versionHere(db, Kind::Thread, projectId, t))
            return notHere();
        data.insert(u"threadId"_s, t);
    }
    data.insert(u"projectId"_s, projectId);
    const qint64 id = page_cache::newLocalId();
    if (!queue(db, kind, u"create"_s, id, 0, data) || !tx.commit())
        return notSaved();
    return id;
}
} // namespace

QString typeOf(Kind kind)
{
    switch (kind) {
    case Kind::Discussion:
        return u"forum_discussion"_s;
    case Kind::Thread:
        return u"forum_thread"_s;
    case Kind::Post:
        return u"forum_post"_s;
    }
    return {};
}

std::optional<Kind> kindOf(const QString &type)
{
    for (Kind k : {Kind::Discussion, Kind::Thread, Kind::Post})
        if (typeOf(k) == type)
            return k;
    return std::nullopt;
}

bool apply(QSqlDatabase &db, Kind kind, const QString &scope, const QList<Change> &changes)
{
    static const scoped_rows::Table discussions{u"forum_discussions"_s,
                                                {{u"project_id"_s, u"projectId"_s}}};
    static const scoped_rows::Table threads{
        u"forum_threads"_s,
        {{u"project_id"_s, u"projectId"_s}, {u"discussion_id"_s, u"discussionId"_s}}};
    static const scoped_rows::Table posts{u"forum_posts"_s,
                                          {{u"project_id"_s, u"projectId"_s},
                                           {u"thread_id"_s, u"threadId"_s},
                                           {u"created_at"_s, u"createdAt"_s}}};
    if (!scoped_rows::apply(db,
                            kind == Kind::Discussion ? discussions
                            : kind == Kind::Thread   ? threads
                                                     : posts,
                            scope, changes))
        return false;
    // What a deleted item held goes with it, whether or not its own tombstones come.
    QSqlQuery q(db);
    for (const Change &c : changes) {
        if (!c.deleted)
            continue;
        if (kind == Kind::Discussion &&
            !LocalStore::run(q,
                             u"DELETE FROM forum_posts WHERE scope = ? AND thread_id IN (SELECT "
                             u"id FROM forum_threads WHERE scope = ? AND discussion_id = ?)"_s,
                             {scope, scope, c.id}))
            return false;
        if (kind == Kind::Discussion &&
            !LocalStore::run(q,
                             u"DELETE FROM forum_threads WHERE scope = ? AND discussion_id = ?"_s,
                             {scope, c.id}))
            return false;
        if (kind == Kind::Thread &&
            !LocalStore::run(q, u"DELETE FROM forum_posts WHERE scope = ? AND thread_id = ?"_s,
                             {scope, c.id}))
            return false;
    }
    return true;
}

bool purge(QSqlDatabase &db, Kind kind, const QString &scope)
{
    return scoped_rows::purge(db, tableOf(kind), scope);
}

QList<Discussion> discussions(QSqlDatabase &db, qint64 projectId, qint64 me)
{
    const Overlay o = overlay(db, projectId);
    const QList<Thread> all =
        threadEntries(db, projectId, me, [](const ForumThread &) { return true; });
    QList<Discussion> out;
    for (const ForumDiscussion &d : o.discussions) {
        Discussion e;
        e.discussion = d;
        e.waiting = o.waitingDiscussions.contains(d.id);
        e.lastActivity = d.createdAt;
        for (const Thread &t : all)
            if (t.thread.discussionId == d.id) {
                ++e.threads;
                e.unreadThreads += t.unread ? 1 : 0;
                e.lastActivity = std::max(e.lastActivity, t.lastActivity);
            }
        out.append(e);
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&](const Discussion &a, const Discussion &b) {
        const int c = collator.compare(a.discussion.title, b.discussion.title);
        return c != 0 ? c < 0 : a.discussion.id < b.discussion.id;
    });
    return out;
}

QList<Thread> threads(QSqlDatabase &db, qint64 projectId, qint64 discussionId, qint64 me)
{
    discussionId = currentId(db, Kind::Discussion, discussionId);
    return threadEntries(db, projectId, me, [discussionId](const ForumThread &t) {
        return t.discussionId == discussionId;
    });
}

std::optional<Thread> thread(QSqlDatabase &db, qint64 projectId, qint64 threadId, qint64 me)
{
    const auto find = [&](qint64 id) {
        return threadEntries(db, projectId, me, [id](const ForumThread &t) { return t.id == id; });
    };
    const qint64 asked = threadId;
    auto found = find(currentId(db, Kind::Thread, asked));
    // The sync thread can take its creation between the two reads (the id still local, its
    // queued creation gone): the server's id is known by then.
    if (found.isEmpty() && asked < 0)
        found = find(currentId(db, Kind::Thread, asked));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Post> posts(QSqlDatabase &db, qint64 projectId, qint64 threadId)
{
    threadId = currentId(db, Kind::Thread, threadId);
    QList<Post> out;
    QHash<qint64, qsizetype> at;
    QSqlQuery q(db);
    if (LocalStore::run(q,
                        u"SELECT data FROM forum_posts WHERE project_id = ? AND thread_id = ? "
                        u"ORDER BY created_at, id"_s,
                        {projectId, threadId}))
        while (q.next())
            if (auto p = ForumPost::fromJson(json_text::toObject(q.value(0).toString()))) {
                at.insert(p.value().id, out.size());
                out.append({p.value(), false});
            }
    q.finish();
    QSet<qint64> gone;
    for (const Queued &e : queued(db, projectId)) {
        if (e.kind != Kind::Post)
            continue;
        if (e.op == u"create") {
            if (e.data.value(u"threadId"_s).toInteger() != threadId)
                continue;
            ForumPost p;
            p.id = e.id;
            p.projectId = projectId;
            p.threadId = threadId;
            p.createdAt = p.updatedAt = e.createdAt;
            at.insert(p.id, out.size());
            out.append({p, true});
        }
        if (!at.contains(e.id))
            continue;
        Post &p = out[at.value(e.id)];
        if (e.op == u"delete") {
            gone.insert(e.id);
            continue;
        }
        p.waiting = true;
        if (e.data.contains(u"text"_s))
            p.post.text = e.data.value(u"text"_s).toString();
    }
    out.removeIf([&](const Post &p) { return gone.contains(p.post.id); });
    return out;
}

QList<FeedItem> newestPosts(QSqlDatabase &db, qint64 projectId, int limit)
{
    QList<FeedItem> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT p.id, p.thread_id, p.created_at, json_extract(t.data, "
                         u"'$.title'), json_extract(p.data, '$.authorId'), json_extract(p.data, "
                         u"'$.authorName') FROM forum_posts p LEFT JOIN forum_threads t ON "
                         u"t.scope = p.scope AND t.id = p.thread_id WHERE p.scope = ? ORDER BY "
                         u"p.created_at DESC LIMIT ?"_s,
                         {QString(u"project:"_s + QString::number(projectId)), limit}))
        return out;
    while (q.next()) {
        FeedItem item;
        item.what = u"post"_s;
        item.id = q.value(0).toLongLong();
        item.parentId = q.value(1).toLongLong();
        item.projectId = projectId;
        item.at = q.value(2).toLongLong();
        item.title = q.value(3).toString();
        item.authorId = q.value(4).toLongLong();
        item.authorName = q.value(5).toString();
        out.append(item);
    }
    return out;
}

int unreadThreads(QSqlDatabase &db, qint64 projectId, qint64 me)
{
    int n = 0;
    for (const Thread &t :
         threadEntries(db, projectId, me, [](const ForumThread &) { return true; }))
        n += t.unread ? 1 : 0;
    return n;
}

Result<qint64> createDiscussion(QSqlDatabase db, qint64 projectId, const QString &title,
                                const QString &description)
{
    return create(db, Kind::Discussion, projectId,
                  {{u"title"_s, title.trimmed()}, {u"description"_s, description.trimmed()}});
}

Result<qint64> createThread(QSqlDatabase db, qint64 projectId, qint64 discussionId,
                            const QString &title, const QString &text)
{
    auto made = create(db, Kind::Thread, projectId,
                       {{u"discussionId"_s, discussionId},
                        {u"title"_s, title.trimmed()},
                        {u"text"_s, text.trimmed()}});
    if (made) {
        // Posted: what was kept as typed is in the queued thread now, under the discussion's
        // local id or the server's (the sync may have given it while the thread was typed).
        form_drafts::remove(db, newThreadKey(discussionId));
        form_drafts::remove(db, newThreadKey(currentId(db, Kind::Discussion, discussionId)));
        markRead(db, made.value(), QDateTime::currentMSecsSinceEpoch());
    }
    return made;
}

Result<qint64> reply(QSqlDatabase db, qint64 projectId, qint64 threadId, const QString &text)
{
    auto made =
        create(db, Kind::Post, projectId, {{u"threadId"_s, threadId}, {u"text"_s, text.trimmed()}});
    if (made) { // under either id, as for a thread
        form_drafts::remove(db, replyKey(threadId));
        form_drafts::remove(db, replyKey(currentId(db, Kind::Thread, threadId)));
    }
    return made;
}

Result<bool> edit(QSqlDatabase db, Kind kind, qint64 projectId, qint64 id,
                  const QJsonObject &fields)
{
    QJsonObject data;
    for (const QString &key : {u"title"_s, u"description"_s, u"text"_s})
        if (fields.contains(key))
            data.insert(key, fields.value(key).toString().trimmed());
    const FieldErrors errors = check(kind, data, false);
    if (!errors.isEmpty())
        return invalidInput(errors);
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    id = currentId(db, kind, id);
    const auto version = versionHere(db, kind, projectId, id);
    if (!version)
        return notHere();
    data.insert(u"projectId"_s, projectId);
    if (!queue(db, kind, u"update"_s, id, *version, data) || !tx.commit())
        return notSaved();
    return true;
}

Result<bool> remove(QSqlDatabase db, Kind kind, qint64 projectId, qint64 id)
{
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    id = currentId(db, kind, id);
    if (!versionHere(db, kind, projectId, id))
        return notHere();
    if (!queue(db, kind, u"delete"_s, id, 0, {{u"projectId"_s, projectId}}) || !tx.commit())
        return notSaved();
    return true;
}

bool markRead(QSqlDatabase &db, qint64 threadId, qint64 at)
{
    QSqlQuery q(db);
    return LocalStore::run(q,
                           u"INSERT INTO forum_reads (thread_id, read_at) VALUES (?, ?) ON "
                           u"CONFLICT (thread_id) DO UPDATE SET read_at = MAX(read_at, "
                           u"excluded.read_at)"_s,
                           {currentId(db, Kind::Thread, threadId), at});
}

bool adoptServerId(QSqlDatabase &db, Kind kind, qint64 localId, qint64 serverId,
                   const QJsonObject &created, qint64 version)
{
    if (localId >= 0 || serverId <= 0)
        return true;
    const QString type = typeOf(kind);
    const qint64 projectId = created.value(u"projectId"_s).toInteger();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject item = created;
    item.insert(u"id"_s, serverId);
    item.insert(u"version"_s, version);
    item.insert(u"createdAt"_s, now);
    item.insert(u"updatedAt"_s, now);
    QSqlQuery q(db);
    // Shown as made until the pull brings the server's copy (which replaces it), never over a
    // copy pulled already.
    QString columns = u"scope, id, project_id, version, data"_s, marks = u"?, ?, ?, ?, ?"_s;
    QVariantList values{QString(u"project:"_s + QString::number(projectId)), serverId, projectId,
                        version, json_text::from(item)};
    if (kind == Kind::Thread) {
        columns += u", discussion_id"_s;
        marks += u", ?"_s;
        values << created.value(u"discussionId"_s).toInteger();
    } else if (kind == Kind::Post) {
        columns += u", thread_id, created_at"_s;
        marks += u", ?, ?"_s;
        values << created.value(u"threadId"_s).toInteger() << now;
    }
    if (!LocalStore::run(
            q, u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(tableOf(kind), columns, marks),
            values) ||
        !LocalStore::run(
            q,
            u"UPDATE outbox SET entity_id = ?, order_key = ? WHERE entity_id = ? AND "
            u"type = ?"_s,
            {serverId, QString(type + u':' + QString::number(serverId)), localId, type}) ||
        !LocalStore::run(q, u"INSERT OR REPLACE INTO cache_meta (key, value) VALUES (?, ?)"_s,
                         {idKey(kind, localId), serverId}))
        return false;
    if (kind == Kind::Post)
        return true;
    // What was queued inside it before the answer came names it by the server's id now.
    const QString child = kind == Kind::Discussion ? u"forum_thread"_s : u"forum_post"_s;
    const QString ref = kind == Kind::Discussion ? u"discussionId"_s : u"threadId"_s;
    QList<std::pair<qint64, QJsonObject>> children;
    if (!LocalStore::run(q, u"SELECT seq, data FROM outbox WHERE type = ?"_s, {child}))
        return false;
    while (q.next()) {
        QJsonObject data = json_text::toObject(q.value(1).toString());
        if (data.value(ref).toInteger() == localId) {
            data.insert(ref, serverId);
            children.append({q.value(0).toLongLong(), data});
        }
    }
    q.finish();
    for (const auto &[seq, data] : children)
        if (!LocalStore::run(q, u"UPDATE outbox SET data = ? WHERE seq = ?"_s,
                             {json_text::from(data), seq}))
            return false;
    if (kind == Kind::Discussion)
        return LocalStore::run(q, u"UPDATE form_drafts SET key = ? WHERE key = ?"_s,
                               {newThreadKey(serverId), newThreadKey(localId)});
    return LocalStore::run(q, u"UPDATE form_drafts SET key = ? WHERE key = ?"_s,
                           {replyKey(serverId), replyKey(localId)}) &&
           LocalStore::run(q, u"UPDATE form_drafts SET key = ? WHERE key = ?"_s,
                           {editKey(serverId), editKey(localId)}) &&
           LocalStore::run(q,
                           u"UPDATE OR REPLACE forum_reads SET thread_id = ? WHERE thread_id = ?"_s,
                           {serverId, localId});
}

bool confirmApplied(QSqlDatabase &db, Kind kind, const Mutation &m, qint64 version)
{
    const QString scope = u"project:"_s + QString::number(m.data.value(u"projectId"_s).toInteger());
    if (m.op == u"delete")
        return apply(db, kind, scope, {Change{typeOf(kind), m.entityId, version, true, {}}});
    if (m.op != u"update")
        return true;
    QSqlQuery q(db);
    if (!LocalStore::run(
            q, u"SELECT data, version FROM %1 WHERE scope = ? AND id = ?"_s.arg(tableOf(kind)),
            {scope, m.entityId}))
        return false;
    if (!q.next() || q.value(1).toLongLong() >= version)
        return true; // not here, or a pull brought as new already
    QJsonObject data = json_text::toObject(q.value(0).toString());
    q.finish();
    for (const QString &field : {u"title"_s, u"description"_s, u"text"_s})
        if (m.data.contains(field))
            data.insert(field, m.data.value(field));
    data.insert(u"version"_s, version);
    data.insert(u"updatedAt"_s, QDateTime::currentMSecsSinceEpoch());
    return LocalStore::run(
        q, u"UPDATE %1 SET data = ?, version = ? WHERE scope = ? AND id = ?"_s.arg(tableOf(kind)),
        {json_text::from(data), version, scope, m.entityId});
}

qint64 currentId(QSqlDatabase &db, Kind kind, qint64 id)
{
    if (id >= 0)
        return id;
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT value FROM cache_meta WHERE key = ?"_s, {idKey(kind, id)}) &&
        q.next())
        return q.value(0).toLongLong();
    return id;
}

QString replyKey(qint64 threadId)
{
    return u"forum_reply:"_s + QString::number(threadId);
}

QString newThreadKey(qint64 discussionId)
{
    return u"forum_new_thread:"_s + QString::number(discussionId);
}

QString editKey(qint64 threadId)
{
    return u"forum_edit:"_s + QString::number(threadId);
}

} // namespace etw::forum_cache
