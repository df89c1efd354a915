// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/chat_cache.h"

#include "domain/validation_messages.h"
#include "store/form_drafts.h"
#include "store/json_text.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "store/page_cache.h"
#include "store/scoped_rows.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace etw::chat_cache {

using namespace Qt::StringLiterals;

namespace {
// Who writes from this cache (one account's): its messages the server took are shown as theirs.
const QString authorKey = u"chat_author"_s;

QList<Entry> read(QSqlQuery &q)
{
    QList<Entry> out;
    while (q.next())
        if (auto m = ChatMessage::fromJson(json_text::toObject(q.value(0).toString())))
            out.append({m.value(), false});
    return out;
}
} // namespace

QList<Entry> before(QSqlDatabase &db, qint64 projectId, qint64 beforeId, int limit)
{
    QSqlQuery q(db);
    // One row per message however many scopes brought it (only its project's does).
    if (!LocalStore::run(
            q,
            u"SELECT data FROM chat_messages WHERE project_id = ? AND id < ? "
            u"ORDER BY id DESC LIMIT ?"_s,
            {projectId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit}))
        return {};
    QList<Entry> out = read(q);
    std::reverse(out.begin(), out.end());
    return out;
}

QList<Entry> from(QSqlDatabase &db, qint64 projectId, qint64 fromId, int limit)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT data FROM chat_messages WHERE project_id = ? AND id >= ? "
                         u"ORDER BY id LIMIT ?"_s,
                         {projectId, fromId, limit}))
        return {};
    return read(q);
}

QList<Entry> waiting(QSqlDatabase &db, qint64 projectId)
{
    QList<Entry> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT entity_id, data, created_at FROM outbox WHERE type = ? "
                         u"ORDER BY seq"_s,
                         {QString::fromLatin1(messageType)}))
        return out;
    while (q.next()) {
        const QJsonObject data = json_text::toObject(q.value(1).toString());
        if (data.value(u"projectId"_s).toInteger() != projectId)
            continue;
        ChatMessage m;
        m.id = q.value(0).toLongLong();
        m.projectId = projectId;
        m.text = data.value(u"text"_s).toString();
        m.createdAt = q.value(2).toLongLong();
        out.append({m, true});
    }
    return out;
}

int count(QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT COUNT(*) FROM chat_messages WHERE project_id = ?"_s,
                        {projectId}) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

Result<qint64> send(QSqlDatabase db, qint64 projectId, qint64 authorId, const QString &text,
                    const QString &typedKey)
{
    const QJsonObject data{{u"projectId"_s, projectId}, {u"text"_s, text}};
    const FieldErrors errors = chat::checkMessage(data);
    if (!errors.isEmpty())
        return invalidInput(errors);
    CacheTransaction tx(db);
    const qint64 id = page_cache::newLocalId();
    QSqlQuery q(db);
    if (!tx.isActive() ||
        !LocalStore::run(q, u"INSERT OR REPLACE INTO cache_meta (key, value) VALUES (?, ?)"_s,
                         {authorKey, authorId}) ||
        (!typedKey.isEmpty() && !form_drafts::remove(db, typedKey)) ||
        outbox::enqueueAction(db, QString::fromLatin1(messageType), u"create"_s, id, data)
            .isEmpty() ||
        !tx.commit())
        return Error{u"cache_unavailable"_s,
                     QCoreApplication::translate(
                         "etw::ChatCache", "The message could not be saved on this computer."),
                     {}};
    return id;
}

bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes)
{
    static const scoped_rows::Table messages{
        u"chat_messages"_s,
        {{u"project_id"_s, u"projectId"_s}, {u"created_at"_s, u"createdAt"_s}},
        false};
    return scoped_rows::apply(db, messages, scope, changes);
}

bool purge(QSqlDatabase &db, const QString &scope)
{
    return scoped_rows::purge(db, u"chat_messages"_s, scope);
}

bool taken(QSqlDatabase &db, const Mutation &sent, const MutationResult &result)
{
    if (result.entityId <= 0)
        return true;
    QSqlQuery q(db);
    qint64 authorId = 0;
    if (LocalStore::run(q, u"SELECT value FROM cache_meta WHERE key = ?"_s, {authorKey}) &&
        q.next())
        authorId = q.value(0).toLongLong();
    q.finish();
    ChatMessage m;
    m.id = result.entityId;
    m.projectId = sent.data.value(u"projectId"_s).toInteger();
    m.text = sent.data.value(u"text"_s).toString();
    m.authorId = authorId;
    m.createdAt = QDateTime::currentMSecsSinceEpoch();
    m.version = result.version;
    // Never over the server's copy, when a pull brought it first.
    return LocalStore::run(q,
                           u"INSERT OR IGNORE INTO chat_messages (scope, id, project_id, "
                           u"created_at, data) VALUES (?, ?, ?, ?, ?)"_s,
                           {QString(u"project:"_s + QString::number(m.projectId)), m.id,
                            m.projectId, m.createdAt, json_text::from(m.toJson())});
}

} // namespace etw::chat_cache
