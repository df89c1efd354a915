// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outbox.h"
#include "store/json_text.h"

#include "store/kinds/scope_kind.h"
#include "store/local_store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace etw::outbox {

using namespace Qt::StringLiterals;

QString orderKey(const Mutation &m)
{
    const EntityKind *kind = kinds::forMutation(m.type);
    return kind ? kind->orderKey(m) : EntityKind::defaultOrderKey(m);
}

bool isFieldEdit(const Mutation &m)
{
    const EntityKind *kind = kinds::forMutation(m.type);
    return kind ? kind->isFieldEdit(m) : m.op == u"update";
}

namespace {
const QString selectColumns =
    u"SELECT seq, id, type, op, entity_id, base_version, data, created_at, attempts, "
    u"last_error FROM outbox"_s;

QList<Entry> read(QSqlQuery &q)
{
    QList<Entry> out;
    while (q.next()) {
        Entry e;
        e.seq = q.value(0).toLongLong();
        e.mutation.id = q.value(1).toString();
        e.mutation.type = q.value(2).toString();
        e.mutation.op = q.value(3).toString();
        e.mutation.entityId = q.value(4).toLongLong();
        e.mutation.baseVersion = q.value(5).toLongLong();
        e.mutation.data = json_text::toObject(q.value(6).toString());
        e.createdAt = q.value(7).toLongLong();
        e.attempts = q.value(8).toInt();
        e.lastError = q.value(9).toString();
        out.append(std::move(e));
    }
    return out;
}
} // namespace

namespace {
bool insert(QSqlQuery &q, const Mutation &m)
{
    return LocalStore::run(q,
                           u"INSERT INTO outbox (id, type, op, entity_id, base_version, data, "
                           u"created_at, order_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {m.id, m.type, m.op, m.entityId, m.baseVersion, json_text::from(m.data),
                            QDateTime::currentMSecsSinceEpoch(), orderKey(m)});
}
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

bool enqueue(QSqlDatabase &db, const QString &type, qint64 entityId, qint64 baseVersion,
             const QJsonObject &patch, const QString &op)
{
    Mutation m;
    m.id = newId();
    m.type = type;
    m.op = op;
    m.entityId = entityId;
    m.baseVersion = baseVersion;
    m.data = patch;
    QSqlQuery q(db);
    // The entity's last queued row of any kind: an edit made after an action (a closing, an
    // invitation) must not be merged into an edit before it, or it would overtake the action.
    if (!LocalStore::run(q, selectColumns + u" WHERE order_key = ? ORDER BY seq DESC LIMIT 1"_s,
                         {orderKey(m)}))
        return false;
    const QList<Entry> last = read(q);
    // Once sent, an edit keeps its content: the server may have applied it already.
    if (!last.isEmpty() && last.first().attempts == 0 && last.first().mutation.type == type &&
        last.first().mutation.op == op && last.first().mutation.entityId == entityId &&
        isFieldEdit(last.first().mutation) && isFieldEdit(m)) {
        QJsonObject merged = last.first().mutation.data;
        for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        return LocalStore::run(q, u"UPDATE outbox SET data = ? WHERE seq = ?"_s,
                               {json_text::from(merged), last.first().seq});
    }
    return insert(q, m);
}

QString enqueueAction(QSqlDatabase &db, const QString &type, const QString &op, qint64 entityId,
                      const QJsonObject &data)
{
    Mutation m;
    m.id = newId();
    m.type = type;
    m.op = op;
    m.entityId = entityId;
    m.data = data;
    QSqlQuery q(db);
    return insert(q, m) ? m.id : QString();
}

bool fillOrderKeys(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, selectColumns + u" WHERE order_key IS NULL"_s))
        return false;
    const QList<Entry> rows = read(q);
    for (const Entry &e : rows)
        if (!LocalStore::run(q, u"UPDATE outbox SET order_key = ? WHERE seq = ?"_s,
                             {orderKey(e.mutation), e.seq}))
            return false;
    return true;
}

QList<Entry> all(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, selectColumns + u" ORDER BY seq"_s))
        return {};
    return read(q);
}

QList<Entry> nextRound(QSqlDatabase &db, int limit, qint64 maxBytes)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, selectColumns + u" WHERE seq IN (SELECT MIN(seq) FROM outbox GROUP BY "
                                            u"order_key) ORDER BY seq"_s))
        return {};
    QList<Entry> round = read(q);
    // What waits for something else being sent (see EntityKind::heldBack) stays, with its key.
    round.removeIf([&db](const Entry &e) {
        const EntityKind *kind = kinds::forMutation(e.mutation.type);
        return kind && kind->heldBack(db, e.mutation);
    });
    if (round.size() > limit)
        round.resize(limit);
    // Within the server's body limit: the first always goes (one too large for any round is
    // the server's answer to give), the others while they fit.
    qint64 bytes = 0;
    for (qsizetype i = 0; i < round.size(); ++i) {
        bytes += encodedSize(round.at(i));
        if (i > 0 && bytes > maxBytes) {
            round.resize(i);
            break;
        }
    }
    return round;
}

qint64 encodedSize(const Entry &entry)
{
    return QJsonDocument(entry.mutation.toJson()).toJson(QJsonDocument::Compact).size() + 1;
}

int count(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT COUNT(*) FROM outbox"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool markAttempt(QSqlDatabase &db, const QList<Entry> &entries, const QString &error)
{
    QSqlQuery q(db);
    for (const Entry &e : entries)
        if (!LocalStore::run(q,
                             u"UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                             u"WHERE seq = ?"_s,
                             {error.isNull() ? u""_s : error, e.seq}))
            return false;
    return true;
}

bool remove(QSqlDatabase &db, const QString &mutationId)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"DELETE FROM outbox WHERE id = ?"_s, {mutationId});
}

bool rebase(QSqlDatabase &db, const QString &type, qint64 entityId, qint64 fromVersion,
            qint64 newVersion)
{
    if (newVersion != fromVersion + 1)
        return true;
    QSqlQuery q(db);
    return LocalStore::run(q,
                           u"UPDATE outbox SET base_version = ? WHERE type = ? AND entity_id = ? "
                           u"AND base_version = ?"_s,
                           {newVersion, type, entityId, fromVersion});
}

QList<QJsonObject> pendingPatches(QSqlDatabase &db, const QString &type, qint64 entityId)
{
    QSqlQuery q(db);
    QList<QJsonObject> out;
    if (!LocalStore::run(q,
                         u"SELECT data FROM outbox WHERE type = ? AND entity_id = ? "
                         u"AND op = 'update' ORDER BY seq"_s,
                         {type, entityId}))
        return out;
    while (q.next())
        out.append(json_text::toObject(q.value(0).toString()));
    return out;
}

} // namespace etw::outbox
