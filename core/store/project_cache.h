// SPDX-License-Identifier: GPL-3.0-or-later
// The projects this account sees (its project:<id> and review:<country> scopes), its
// registration drafts, and the edits and actions on them, each queued with its outbox entry.
#pragma once

#include "domain/project.h"
#include "domain/sync_types.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::project_cache {

bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes);
// A scope the server no longer lists (removed from the project): its data goes.
bool purge(QSqlDatabase &db, const QString &scope);
// Registered drafts whose project has arrived are no longer needed.
bool forgetArrivedDrafts(QSqlDatabase &db);

// A project as the user should see it: the server's version with waiting edits on top (or
// the server's version alone).
std::optional<Project> project(QSqlDatabase &db, qint64 id, bool withWaitingEdits = true);
// The projects of this account (not the review scopes), most recent activity first.
QList<Project> myProjects(QSqlDatabase &db);
// The projects a national service reviews (review:<country>).
QList<Project> reviewProjects(QSqlDatabase &db);
// Whether the project's own scope (its TwinSpace) is held here: a member's, or an assessor's
// while a label application of the project waits.
bool hasTwinSpace(QSqlDatabase &db, qint64 id);

struct Invitation
{
    qint64 projectId = 0;
    QString kind;
    QString title;
    QString summary;
    QString role;
    QStringList founders; // "Name (School, CC)"
};
// Open invitations, without those already answered here and waiting to be sent.
QList<Invitation> invitations(QSqlDatabase &db);

struct Draft
{
    QString localId;
    QJsonObject form; // the form fields, "kind" and "invitations" as typed
    QString state;    // "editing", "submitted", "registered"
    qint64 serverId = 0;
    qint64 updatedAt = 0;
    int page = 0; // the wizard page it was typed on
};
QList<Draft> drafts(QSqlDatabase &db);
std::optional<Draft> draft(QSqlDatabase &db, const QString &localId);
// Saves what was typed, valid or not: a draft keeps everything until the teacher submits.
// An empty localId makes a new draft; returns its id (empty when it could not be written).
QString saveDraft(QSqlDatabase db, const QString &localId, const QJsonObject &form, int page = 0);
bool deleteDraft(QSqlDatabase db, const QString &localId);
// Checks the whole form, then queues the registration (kept, offline, until it is sent).
// Field errors in the UI language when the form is not complete; nothing is queued then.
Result<QString> submitDraft(QSqlDatabase db, const QString &localId);
// After the server answered the registration.
bool draftRegistered(QSqlDatabase &db, const QString &mutationId, qint64 serverId);
bool draftRefused(QSqlDatabase &db, const QString &mutationId);

// Validates and queues an edit of the form fields (founders only; the server checks too).
Result<Project> edit(QSqlDatabase db, qint64 projectId, const QJsonObject &patch);
// Queues an action on a project: type/op as in the API (project_invitation/create, …).
Result<QString> act(QSqlDatabase db, const QString &type, const QString &op, qint64 projectId,
                    const QJsonObject &data);
// After the server applied an edit: the stored project takes it and its new version.
bool confirmEdit(QSqlDatabase &db, qint64 projectId, const QJsonObject &patch, qint64 version);
// A removal or a withdrawn invitation the server took: the cached copy says so at once (its
// version unchanged, so the pull replaces it), so that the member does not show again
// between the answer and the pull.
bool confirmMemberState(QSqlDatabase &db, qint64 projectId, qint64 accountId, const QString &state);

} // namespace etw::project_cache
