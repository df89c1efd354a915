// SPDX-License-Identifier: GPL-3.0-or-later
// The signed-in account's own entities (the `me` scope) and the edits made to them.
#pragma once

#include "domain/account.h"
#include "domain/profile.h"
#include "domain/sync_types.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::me_store {

bool apply(QSqlDatabase &db, const QList<Change> &changes);
// Forgets the pulled entities of one type (the scope is pulled again from zero).
bool forget(QSqlDatabase &db, const QString &type);

// The profile as the user should see it: the server's version with the waiting edits on top.
std::optional<TeacherProfile> myProfile(QSqlDatabase &db, qint64 accountId);
// The server's version only, as last pulled.
std::optional<TeacherProfile> serverProfile(QSqlDatabase &db, qint64 accountId);

// Validates and saves an edit of the own profile with its outbox entry, in one transaction.
// Field errors (in the UI language) when the edit is not valid; nothing is saved then.
Result<TeacherProfile> editProfile(QSqlDatabase db, qint64 accountId, const QJsonObject &patch);

// After the server applied an edit: the stored profile takes the edit and its new version.
bool confirmProfileEdit(QSqlDatabase &db, qint64 accountId, const QJsonObject &patch,
                        qint64 version);

struct Issue
{
    qint64 id = 0;
    QString kind; // "rejected" or "conflict"
    QString type;
    qint64 entityId = 0;
    QJsonObject data;  // what the user had typed
    QJsonObject error; // the server's error, or its current entity for a conflict
    qint64 createdAt = 0;
};
bool recordIssue(QSqlDatabase &db, const Mutation &mutation, const QString &kind,
                 const QJsonObject &error);
QList<Issue> issues(QSqlDatabase &db);
int issueCount(QSqlDatabase &db);
// The user has read it: the issue leaves the list.
bool dismissIssue(QSqlDatabase &db, qint64 issueId);

} // namespace etw::me_store
