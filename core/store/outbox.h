// SPDX-License-Identifier: GPL-3.0-or-later
// Edits waiting for the server, in the order they were made; written with the edit itself.
#pragma once

#include "domain/sync_types.h"

#include <QSqlDatabase>

namespace etw::outbox {

struct Entry
{
    qint64 seq = 0;
    Mutation mutation;
    qint64 createdAt = 0; // ms since the epoch
    int attempts = 0;
    QString lastError;
};

// Queues an edit (call inside the transaction that made it). A patch to an entity whose last
// queued row is an edit never sent is merged into that edit instead, so the server sees one
// change; behind an action on the entity, it queues anew.
// (`op` is "update" for field edits; a kind may treat another op as one, such as a page's text.)
bool enqueue(QSqlDatabase &db, const QString &type, qint64 entityId, qint64 baseVersion,
             const QJsonObject &patch, const QString &op = QStringLiteral("update"));
// Queues an action (a creation, an invitation, an answer, a decision…): never merged, sent in
// the order made. Returns the mutation id, empty when it could not be written.
QString enqueueAction(QSqlDatabase &db, const QString &type, const QString &op, qint64 entityId,
                      const QJsonObject &data);
// Which queued rows must reach the server in order, one per round (from the mutation's kind).
QString orderKey(const Mutation &m);
// Whether the mutation is a field edit (merged into the unsent edit before it), not an action.
bool isFieldEdit(const Mutation &m);
// Rows copied from a cache written before order keys (a damaged file's outbox) get theirs.
bool fillOrderKeys(QSqlDatabase &db);
QList<Entry> all(QSqlDatabase &db);
// The oldest waiting edit of each order key: one per key per round, so that the next edit of
// the same entity is sent on top of the version the previous one made, and the edits and
// actions sharing a key (all of one project's) reach the server in the order they were made.
// At most `limit` entries whose mutations' JSON holds in `maxBytes` (the first one always),
// leaving out those their kind holds back (EntityKind::heldBack).
QList<Entry> nextRound(QSqlDatabase &db, int limit, qint64 maxBytes);
// The size of an entry's mutation in a request body.
qint64 encodedSize(const Entry &entry);
int count(QSqlDatabase &db);
bool markAttempt(QSqlDatabase &db, const QList<Entry> &entries, const QString &error = {});
bool remove(QSqlDatabase &db, const QString &mutationId);
// After an edit made on `fromVersion` was applied as `newVersion`: the later edits of that
// entity made on the same version now build on the new one — unless someone else changed the
// entity in between (newVersion > fromVersion + 1), so that the server can still see a
// conflict with that change.
bool rebase(QSqlDatabase &db, const QString &type, qint64 entityId, qint64 fromVersion,
            qint64 newVersion);
// The field edits ("update") waiting for one entity, oldest first.
QList<QJsonObject> pendingPatches(QSqlDatabase &db, const QString &type, qint64 entityId);

} // namespace etw::outbox
