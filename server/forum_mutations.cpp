// SPDX-License-Identifier: GPL-3.0-or-later
#include "forum_mutations.h"

#include "change_feed.h"
#include "client_ids.h"
#include "creation_limits.h"
#include "database.h"
#include "domain/forum.h"
#include "domain/validation_messages.h"
#include "forum_store.h"
#include "scopes.h"
#include "sql_dialect.h"

#include <QSet>

namespace etw::server::forum_mutations {

using namespace Qt::StringLiterals;
using namespace forum_store;

namespace {
// The client_ids kinds and the change types alike.
const QString discussionType = u"forum_discussion"_s;
const QString threadType = u"forum_thread"_s;
const QString postType = u"forum_post"_s;

// What the client shows its writer: nothing they typed was lost (it keeps the mutation's data
// as an issue), so the message says so instead of sounding like a loss.
MutationResult discussionGone(const Mutation &m)
{
    return rejected(m, u"discussion_gone"_s,
                    m.op == u"create"
                        ? u"This discussion was deleted (or is not in this project): the thread "
                          u"was not posted. Its text is kept on your computer."_s
                        : u"This discussion was deleted: your change was not saved. What you "
                          u"wrote is kept on your computer."_s);
}

MutationResult threadGone(const Mutation &m)
{
    return rejected(m, u"thread_gone"_s,
                    m.op == u"create"
                        ? u"This thread was deleted (or is not in this project): the reply was "
                          u"not posted. Its text is kept on your computer."_s
                        : u"This thread was deleted: your change was not saved. What you wrote "
                          u"is kept on your computer."_s);
}

MutationResult postGone(const Mutation &m)
{
    return rejected(m, u"post_gone"_s,
                    u"This reply was deleted: your change was not saved. What you wrote is kept "
                    u"on your computer."_s);
}

// A creation names its new item by the client's local id (negative; 0 is taken too).
void checkCreation(const Mutation &m, FieldErrors &errors)
{
    if (m.entityId > 0)
        errors.insert(u"entityId"_s, fieldError(u"entityId"_s, u"unknown_value"_s));
}

// An edit changes only the fields it may: an item never moves to another discussion or thread.
void checkEditable(const Mutation &m, const QStringList &editable, FieldErrors &errors)
{
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        if (it.key() != u"projectId" && !editable.contains(it.key()))
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
}

// The server's id for an id the client sent: its own, or one of this account's local ids
// (0 when the server never gave one out: the creation was refused).
std::optional<qint64> resolve(MutationContext &c, const QString &kind, qint64 id)
{
    return client_ids::resolve(c.db, c.account.id, kind, id);
}

// Whether the item is live in the project this mutation names. Deleted, never made and another
// project's look the same, so nothing is learnt about other projects.
template <typename T> bool live(const MutationContext &c, const std::optional<Stored<T>> &s)
{
    return s && !s->deleted && s->item.projectId == c.project->project.id;
}

template <typename T> bool deletedHere(const MutationContext &c, const std::optional<Stored<T>> &s)
{
    return s && s->deleted && s->item.projectId == c.project->project.id;
}

// Discussions, threads and replies count against the account's limits; beyond them the
// mutation waits, unanswered, for the client to send it again: it is slowed, never refused.
std::optional<MutationResult> throttled(MutationContext &c)
{
    const auto wait = creation_limits::secondsToWait(
        c,
        {{c.limits.shortWindowMs, c.limits.forumCreationsPerMinute},
         {3'600'000, c.limits.forumCreationsPerHour}},
        [&c](qint64 since) -> std::optional<creation_limits::Recent> {
            const auto recent = creationsSince(c.db, c.account.id, since);
            if (!recent)
                return std::nullopt;
            return creation_limits::Recent{recent->count, recent->oldest};
        });
    if (!wait)
        return databaseFailure(c.mutation);
    if (*wait == 0)
        return std::nullopt;
    c.retryAfterSecs = *wait;
    return rejected(c.mutation, u"too_many_posts"_s,
                    u"Many forum messages were sent from this account in a short time: the next "
                    u"ones will be sent in %1 s. Nothing is lost."_s.arg(c.retryAfterSecs));
}

// A field's value as it is kept: titles trimmed, texts as typed.
QString sentValue(const Mutation &m, const QString &field)
{
    const QString value = m.data.value(field).toString();
    return field == u"title" ? value.trimmed() : value;
}

// Field by field, as for projects: an edit made on an older version conflicts only when a
// field it changes was changed since, to something else. baseVersion 0 (the version it was made
// on is unknown) is last-writer-wins.
std::optional<MutationResult> stale(const Mutation &m, qint64 version,
                                    const QJsonObject &fieldVersions,
                                    const QHash<QString, QString> &current,
                                    const QJsonObject &currentJson)
{
    if (m.baseVersion < 0 || m.baseVersion > version)
        return rejected(
            m, u"bad_base_version"_s,
            u"baseVersion %1 does not exist (current version is %2)."_s.arg(m.baseVersion)
                .arg(version));
    if (m.baseVersion == 0)
        return std::nullopt;
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        if (m.data.contains(it.key()) &&
            fieldVersions.value(it.key()).toInteger(1) > m.baseVersion &&
            sentValue(m, it.key()) != it.value())
            return conflict(m, currentJson);
    return std::nullopt;
}

// Applies the text fields of an edit; true when one of them changed.
bool edit(const Mutation &m, qint64 newVersion, QJsonObject &fieldVersions,
          const QList<std::pair<QString, QString *>> &fields)
{
    bool changed = false;
    for (const auto &[name, value] : fields) {
        if (!m.data.contains(name))
            continue;
        const QString sent = sentValue(m, name);
        if (sent == *value)
            continue;
        *value = sent;
        fieldVersions.insert(name, newVersion);
        changed = true;
    }
    return changed;
}

bool mayDelete(const MutationContext &c, qint64 authorId)
{
    return authorId == c.account.id || c.project->project.isFounder(c.account.id);
}

MutationResult notAuthor(const Mutation &m, const QString &what)
{
    return rejected(m, u"forbidden"_s, u"Only its author can edit this %1."_s.arg(what));
}

MutationResult notAllowedToDelete(const Mutation &m, const QString &what)
{
    return rejected(m, u"forbidden"_s,
                    u"Only its author or a founder of the project can delete this %1."_s.arg(what));
}

// Each change goes out read back from the database, with the author's name as it is now.
bool publishDiscussion(QSqlDatabase &db, qint64 id)
{
    std::optional<StoredDiscussion> s;
    return loadDiscussion(db, id, s) && s &&
           change_feed::record(db, {scopes::ofForumDiscussion(s->item, s->deleted)});
}
bool publishThread(QSqlDatabase &db, qint64 id)
{
    std::optional<StoredThread> s;
    return loadThread(db, id, s) && s &&
           change_feed::record(db, {scopes::ofForumThread(s->item, s->deleted)});
}
bool publishPost(QSqlDatabase &db, qint64 id)
{
    std::optional<StoredPost> s;
    return loadPost(db, id, s) && s &&
           change_feed::record(db, {scopes::ofForumPost(s->item, s->deleted)});
}

// A thread's deletion takes its replies: marked deleted, each with its tombstone.
bool deleteThread(MutationContext &c, StoredThread &t, QList<ChangeRecord> &gone)
{
    t.deleted = true;
    t.item.version += 1;
    t.item.updatedAt = c.now;
    const auto posts = deletePostsOf(c.db, t.item.id, c.now);
    if (!posts || !update(c.db, t))
        return false;
    gone.append(scopes::ofForumThread(t.item, true));
    for (const auto &[id, version] : *posts)
        gone.append(scopes::ofForumTombstone(t.item.projectId, postType, id, version));
    return true;
}

// A creation already made for this local id (sent again under another mutation id, or twice
// from a client that lost its outbox row's answer): its item, not a second one.
template <typename T, typename Load>
std::variant<std::monostate, MutationResult> alreadyMade(MutationContext &c, const QString &kind,
                                                         Load loader)
{
    const Mutation &m = c.mutation;
    if (m.entityId >= 0)
        return std::monostate{};
    const auto id = resolve(c, kind, m.entityId);
    if (!id)
        return databaseFailure(m);
    if (*id == 0)
        return std::monostate{};
    std::optional<Stored<T>> s;
    if (!loader(c.db, *id, s))
        return databaseFailure(m);
    if (!s)
        return std::monostate{};
    return applied(m, s->item.version, s->item.id);
}

// --- discussions ---

MutationResult createDiscussion(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = forum::checkDiscussion(m.data, true);
    checkCreation(m, errors);
    if (!errors.isEmpty())
        return invalid(m, errors);
    const auto made = alreadyMade<ForumDiscussion>(c, discussionType, loadDiscussion);
    if (const auto *answer = std::get_if<MutationResult>(&made))
        return *answer;
    if (const auto slowed = throttled(c))
        return *slowed;
    ForumDiscussion d;
    d.projectId = c.project->project.id;
    d.title = m.data.value(u"title"_s).toString().trimmed();
    d.description = m.data.value(u"description"_s).toString();
    d.authorId = c.account.id;
    d.createdAt = d.updatedAt = c.now;
    d.version = 1;
    d.id = insert(c.db, d);
    if (!d.id || !client_ids::remember(c.db, c.account.id, discussionType, m.entityId, d.id) ||
        !publishDiscussion(c.db, d.id))
        return databaseFailure(m);
    return applied(m, d.version, d.id);
}

// The discussion an edit or a deletion is about (a local id of this account's resolved).
std::variant<std::optional<StoredDiscussion>, MutationResult> discussionOf(MutationContext &c,
                                                                           qint64 asked)
{
    const auto id = resolve(c, discussionType, asked);
    if (!id)
        return databaseFailure(c.mutation);
    std::optional<StoredDiscussion> s;
    if (*id != 0 && !loadDiscussion(c.db, *id, s))
        return databaseFailure(c.mutation);
    return s;
}

MutationResult updateDiscussion(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = forum::checkDiscussion(m.data, false);
    checkEditable(m, {u"title"_s, u"description"_s}, errors);
    if (!errors.isEmpty())
        return invalid(m, errors);
    auto found = discussionOf(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    auto s = std::get<std::optional<StoredDiscussion>>(found);
    if (!live(c, s))
        return discussionGone(m);
    ForumDiscussion &d = s->item;
    if (d.authorId != c.account.id)
        return notAuthor(m, u"discussion"_s);
    if (const auto refused =
            stale(m, d.version, s->fieldVersions,
                  {{u"title"_s, d.title}, {u"description"_s, d.description}}, d.toJson()))
        return *refused;
    if (!edit(m, d.version + 1, s->fieldVersions,
              {{u"title"_s, &d.title}, {u"description"_s, &d.description}}))
        return applied(m, d.version);
    d.version += 1;
    d.updatedAt = c.now;
    if (!update(c.db, *s) || !publishDiscussion(c.db, d.id))
        return databaseFailure(m);
    return applied(m, d.version);
}

MutationResult deleteDiscussion(MutationContext &c)
{
    const Mutation &m = c.mutation;
    auto found = discussionOf(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    auto s = std::get<std::optional<StoredDiscussion>>(found);
    // Deleted already (by someone else, or from another computer): what was asked is done.
    if (deletedHere(c, s))
        return applied(m, s->item.version);
    if (!live(c, s))
        return discussionGone(m);
    if (!mayDelete(c, s->item.authorId))
        return notAllowedToDelete(m, u"discussion"_s);
    s->deleted = true;
    s->item.version += 1;
    s->item.updatedAt = c.now;
    QList<ChangeRecord> gone{scopes::ofForumDiscussion(s->item, true)};
    const auto threads = deleteThreadsOf(c.db, s->item.id, c.now);
    if (!threads || !update(c.db, *s))
        return databaseFailure(m);
    for (const auto &[id, version] : *threads) {
        gone.append(scopes::ofForumTombstone(s->item.projectId, threadType, id, version));
        const auto posts = deletePostsOf(c.db, id, c.now);
        if (!posts)
            return databaseFailure(m);
        for (const auto &[postId, postVersion] : *posts)
            gone.append(scopes::ofForumTombstone(s->item.projectId, postType, postId, postVersion));
    }
    if (!change_feed::record(c.db, gone))
        return databaseFailure(m);
    return applied(m, s->item.version);
}

// --- threads ---

std::variant<std::optional<StoredThread>, MutationResult> threadOf(MutationContext &c, qint64 asked)
{
    const auto id = resolve(c, threadType, asked);
    if (!id)
        return databaseFailure(c.mutation);
    std::optional<StoredThread> s;
    if (*id != 0 && !loadThread(c.db, *id, s))
        return databaseFailure(c.mutation);
    return s;
}

MutationResult createThread(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = forum::checkThread(m.data, true);
    checkCreation(m, errors);
    if (!errors.isEmpty())
        return invalid(m, errors);
    const auto made = alreadyMade<ForumThread>(c, threadType, loadThread);
    if (const auto *answer = std::get_if<MutationResult>(&made))
        return *answer;
    auto found = discussionOf(c, m.data.value(u"discussionId"_s).toInteger());
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    const auto discussion = std::get<std::optional<StoredDiscussion>>(found);
    if (!live(c, discussion))
        return discussionGone(m);
    if (const auto slowed = throttled(c))
        return *slowed;
    ForumThread t;
    t.projectId = c.project->project.id;
    t.discussionId = discussion->item.id;
    t.title = m.data.value(u"title"_s).toString().trimmed();
    t.text = m.data.value(u"text"_s).toString();
    t.authorId = c.account.id;
    t.createdAt = t.updatedAt = c.now;
    t.version = 1;
    t.id = insert(c.db, t);
    if (!t.id || !client_ids::remember(c.db, c.account.id, threadType, m.entityId, t.id) ||
        !publishThread(c.db, t.id))
        return databaseFailure(m);
    return applied(m, t.version, t.id);
}

MutationResult updateThread(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = forum::checkThread(m.data, false);
    checkEditable(m, {u"title"_s, u"text"_s}, errors);
    if (!errors.isEmpty())
        return invalid(m, errors);
    auto found = threadOf(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    auto s = std::get<std::optional<StoredThread>>(found);
    if (!live(c, s))
        return threadGone(m);
    ForumThread &t = s->item;
    if (t.authorId != c.account.id)
        return notAuthor(m, u"thread"_s);
    if (const auto refused = stale(m, t.version, s->fieldVersions,
                                   {{u"title"_s, t.title}, {u"text"_s, t.text}}, t.toJson()))
        return *refused;
    if (!edit(m, t.version + 1, s->fieldVersions, {{u"title"_s, &t.title}, {u"text"_s, &t.text}}))
        return applied(m, t.version);
    t.version += 1;
    t.updatedAt = c.now;
    if (!update(c.db, *s) || !publishThread(c.db, t.id))
        return databaseFailure(m);
    return applied(m, t.version);
}

MutationResult deleteThreadMutation(MutationContext &c)
{
    const Mutation &m = c.mutation;
    auto found = threadOf(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    auto s = std::get<std::optional<StoredThread>>(found);
    if (deletedHere(c, s))
        return applied(m, s->item.version);
    if (!live(c, s))
        return threadGone(m);
    if (!mayDelete(c, s->item.authorId))
        return notAllowedToDelete(m, u"thread"_s);
    QList<ChangeRecord> gone;
    if (!deleteThread(c, *s, gone) || !change_feed::record(c.db, gone))
        return databaseFailure(m);
    return applied(m, s->item.version);
}

// --- replies ---

std::variant<std::optional<StoredPost>, MutationResult> postOf(MutationContext &c, qint64 asked)
{
    const auto id = resolve(c, postType, asked);
    if (!id)
        return databaseFailure(c.mutation);
    std::optional<StoredPost> s;
    if (*id != 0 && !loadPost(c.db, *id, s))
        return databaseFailure(c.mutation);
    return s;
}

MutationResult createPost(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = forum::checkPost(m.data, true);
    checkCreation(m, errors);
    if (!errors.isEmpty())
        return invalid(m, errors);
    const auto made = alreadyMade<ForumPost>(c, postType, loadPost);
    if (const auto *answer = std::get_if<MutationResult>(&made))
        return *answer;
    auto found = threadOf(c, m.data.value(u"threadId"_s).toInteger());
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    const auto thread = std::get<std::optional<StoredThread>>(found);
    if (!live(c, thread))
        return threadGone(m);
    if (const auto slowed = throttled(c))
        return *slowed;
    ForumPost p;
    p.projectId = c.project->project.id;
    p.threadId = thread->item.id;
    p.text = m.data.value(u"text"_s).toString();
    p.authorId = c.account.id;
    p.createdAt = p.updatedAt = c.now;
    p.version = 1;
    p.id = insert(c.db, p);
    if (!p.id || !client_ids::remember(c.db, c.account.id, postType, m.entityId, p.id) ||
        !publishPost(c.db, p.id))
        return databaseFailure(m);
    return applied(m, p.version, p.id);
}

MutationResult updatePost(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = forum::checkPost(m.data, false);
    checkEditable(m, {u"text"_s}, errors);
    if (!errors.isEmpty())
        return invalid(m, errors);
    auto found = postOf(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    auto s = std::get<std::optional<StoredPost>>(found);
    if (!live(c, s))
        return postGone(m);
    ForumPost &p = s->item;
    if (p.authorId != c.account.id)
        return notAuthor(m, u"reply"_s);
    // One field: its version is the post's.
    QJsonObject versions{{u"text"_s, p.version}};
    if (const auto refused = stale(m, p.version, versions, {{u"text"_s, p.text}}, p.toJson()))
        return *refused;
    if (!edit(m, p.version + 1, versions, {{u"text"_s, &p.text}}))
        return applied(m, p.version);
    p.version += 1;
    p.updatedAt = c.now;
    if (!update(c.db, *s) || !publishPost(c.db, p.id))
        return databaseFailure(m);
    return applied(m, p.version);
}

MutationResult deletePost(MutationContext &c)
{
    const Mutation &m = c.mutation;
    auto found = postOf(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    auto s = std::get<std::optional<StoredPost>>(found);
    if (deletedHere(c, s))
        return applied(m, s->item.version);
    if (!live(c, s))
        return postGone(m);
    if (!mayDelete(c, s->item.authorId))
        return notAllowedToDelete(m, u"reply"_s);
    s->deleted = true;
    s->item.version += 1;
    s->item.updatedAt = c.now;
    if (!update(c.db, *s) || !change_feed::record(c.db, {scopes::ofForumPost(s->item, true)}))
        return databaseFailure(m);
    return applied(m, s->item.version);
}
} // namespace

QList<MutationHandler> handlers()
{
    // clang-format off
    return {
        {discussionType, u"create"_s, Access::TwinSpaceWriter, createDiscussion},
        {discussionType, u"update"_s, Access::TwinSpaceWriter, updateDiscussion},
        {discussionType, u"delete"_s, Access::TwinSpaceWriter, deleteDiscussion},
        {threadType,     u"create"_s, Access::TwinSpaceWriter, createThread},
        {threadType,     u"update"_s, Access::TwinSpaceWriter, updateThread},
        {threadType,     u"delete"_s, Access::TwinSpaceWriter, deleteThreadMutation},
        {postType,       u"create"_s, Access::TwinSpaceWriter, createPost},
        {postType,       u"update"_s, Access::TwinSpaceWriter, updatePost},
        {postType,       u"delete"_s, Access::TwinSpaceWriter, deletePost},
    };
    // clang-format on
}

} // namespace etw::server::forum_mutations
