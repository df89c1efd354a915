// SPDX-License-Identifier: GPL-3.0-or-later
// What a mutation handler is: its (type, op), the access rule checked before it, its function.
#pragma once

#include "domain/account.h"
#include "domain/sync_types.h"
#include "project_store.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server {

// Who may send a mutation; access_rules.cpp checks each before the handler runs, so that an
// object a sender may not see answers "not found" the same way for every kind of data.
enum class Access {
    SignedIn,        // any account; the handler checks the rest (a registration)
    OwnProfile,      // a teacher, on their own profile
    ProjectInvolved, // an active or invited member, or a correspondent of a founder's country
    ProjectInvitee,  // involved, or invited before (told when the invitation is gone)
    ProjectFounder,  // involved and an active founder
    TwinSpaceWriter, // an active member of the active project data.projectId (a closed one is
                     // read-only)
    Correspondent,   // a national or regional correspondent; the handler checks the item is in
                     // their territory (review_territory), or answers "not found"
};

// Limits handlers enforce, from the server's options (ServerConfig).
struct MutationLimits
{
    // Forum discussions, threads and replies one account may create, together (a flooding
    // client waits).
    int forumCreationsPerMinute = 30;
    int forumCreationsPerHour = 300;
    int chatMessagesPerMinute = 60;
    int chatMessagesPerHour = 1200;
    // What the per-minute limits count over (--short-rate-window-secs).
    qint64 shortWindowMs = 60'000;
};

struct MutationContext
{
    QSqlDatabase &db;
    const Account &account;
    const Mutation &mutation;
    qint64 now = 0;
    // Loaded (and row-locked) by the project rules for the handler.
    std::optional<project_store::StoredProject> project;
    // A handler that answers a conflict but must keep what it wrote (a page's overlapping text
    // kept as a revision) says so; otherwise a refusal or a conflict leaves nothing behind.
    bool keepWrites = false;
    MutationLimits limits = {};
    // Set by a handler that refuses for now only (a rate limit): the mutation is not answered,
    // the whole request is (429 with Retry-After), and the client sends it again later under
    // the same id, as after any transient failure. Nothing it wrote is kept.
    int retryAfterSecs = 0;
};

struct MutationHandler
{
    QString type;
    QString op;
    Access access;
    MutationResult (*apply)(MutationContext &context);
};

// Answers shared by every handler.
MutationResult applied(const Mutation &m, qint64 version, qint64 entityId = 0);
MutationResult rejected(const Mutation &m, const QString &code, const QString &message,
                        const FieldErrors &fields = {});
MutationResult invalid(const Mutation &m, const FieldErrors &errors);
MutationResult databaseFailure(const Mutation &m);
MutationResult conflict(const Mutation &m, const QJsonObject &current);

} // namespace etw::server
