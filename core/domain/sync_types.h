// SPDX-License-Identifier: GPL-3.0-or-later
// The wire types of sync: a page of changes, a mutation and its outcome (see docs/sync.md).
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QList>

namespace etw {

// Mutations accepted in one POST /api/v1/mutations.
inline constexpr int maxMutationBatch = 100;

struct Change
{
    QString type; // "teacher", "school", "account", "project", "invitation"
    qint64 id = 0;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data; // empty for a tombstone

    QJsonObject toJson() const;
    static Result<Change> fromJson(const QJsonObject &object);
};

struct SyncPage
{
    QList<Change> changes;
    qint64 cursor = 0;
    bool more = false;
    QString epoch; // changes when the server's data was reset or restored

    QJsonObject toJson() const;
    static Result<SyncPage> fromJson(const QJsonObject &object);
};

struct Mutation
{
    QString id; // UUID, the idempotency key
    QString type;
    QString op; // "create", "update", "delete"
    qint64 entityId = 0;
    qint64 baseVersion = 0;
    QJsonObject data;

    QJsonObject toJson() const;
    static Result<Mutation> fromJson(const QJsonObject &object);
};

struct MutationResult
{
    enum class Status { Applied, Conflict, Rejected };
    QString id;
    Status status = Status::Applied;
    qint64 version = 0;  // applied: the entity's new version
    qint64 entityId = 0; // applied create: the id the server gave the new entity
    // Conflict: the server's entity; rejected, optionally: what stands instead (the decision a
    // colleague made first), for the client to explain.
    QJsonObject current;
    Error error; // rejected

    QJsonObject toJson() const;
    static Result<MutationResult> fromJson(const QJsonObject &object);
};

} // namespace etw
