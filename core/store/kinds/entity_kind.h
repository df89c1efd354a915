// SPDX-License-Identifier: GPL-3.0-or-later
// One kind of data the cache keeps: how its pulled changes are stored and its queued edits travel.
#pragma once

#include "domain/sync_types.h"
#include "store/feed.h"

#include <QSqlDatabase>
#include <QStringList>

namespace etw {

class EntityKind
{
public:
    // What a change of this kind shows in: the window listens per topic.
    enum class Topic { Directory, Profile, Projects, TwinSpace, Review, Statistics };

    virtual ~EntityKind() = default;
    // The entity types it stores from pulled pages ("project"; "teacher" and "school").
    virtual QStringList changeTypes() const = 0;
    // The mutation types that edit it or act on it ("project", "project_invitation", …).
    virtual QStringList mutationTypes() const { return {}; }
    virtual Topic topic() const = 0;

    // Stores a page's changes of this kind for `scope` (inside the page's transaction).
    virtual bool apply(QSqlDatabase &db, const QString &scope,
                       const QList<Change> &changes) const = 0;
    // Forgets what `scope` brought of this kind (a scope left, or pulled again from zero).
    virtual bool purge(QSqlDatabase &db, const QString &scope) const = 0;

    // Queued mutations with the same key reach the server in the order made, one per round. By
    // default: a creation not yet known to the server (entity 0) on its own, otherwise per
    // type and entity.
    virtual QString orderKey(const Mutation &m) const { return defaultOrderKey(m); }
    static QString defaultOrderKey(const Mutation &m);
    // Whether `m` waits for something else this computer is sending (a page's text waits for
    // the uploads of the pictures it shows): not sent this round, and its key behind it waits.
    virtual bool heldBack(QSqlDatabase &db, const Mutation &m) const;
    // A field edit is merged into the entity's unsent edit before it; anything else (an answer,
    // a decision, a move) is an action and travels as made.
    virtual bool isFieldEdit(const Mutation &m) const;
    // The server applied `m`: the cached entity takes it (its new version, its id).
    virtual bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const;
    // The server refused `m` for good and the user has it as an issue: what else goes back
    // (a registration returns to its draft).
    virtual bool refused(QSqlDatabase &db, const Mutation &m) const;
    // The server answered a conflict and the user has it as an issue: what else the kind keeps
    // (a page's text goes back to its editor, on the version the server has now).
    virtual bool conflicted(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const;
    // Whether the user settles its conflicts field by field (the issues list's conflict view);
    // otherwise the kind's own screen does, and the list says how.
    virtual bool conflictsByField() const { return false; }
    // What the issues list says about one of its issues, in the UI language (empty: the
    // list's generic wording).
    virtual QString explainIssue(const QString &kind, const QJsonObject &data,
                                 const QJsonObject &details) const;
    // A queued mutation as the list of edits waiting to be sent names it, in the UI language
    // (empty: the list's own wording).
    virtual QString describe(QSqlDatabase &db, const Mutation &m) const;
    // After the server was restored from an older backup: queued edits made on versions it no
    // longer has are put on the version it has.
    virtual bool rebaseOnServer(QSqlDatabase &db, qint64 accountId) const;
    // What of it is news in a project's updates, newest first, at most `limit` (nothing by
    // default: most kinds are not news).
    virtual QList<FeedItem> feed(QSqlDatabase &db, qint64 projectId, int limit) const;
};

} // namespace etw
