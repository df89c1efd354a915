// SPDX-License-Identifier: GPL-3.0-or-later
// Projects in the server database: rows, members and national decisions.
#pragma once

#include "change_feed.h"
#include "domain/project.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::project_store {

struct StoredProject
{
    Project project;
    QJsonObject fieldVersions; // form field -> version that last changed it
};

// Inside a write transaction: loads the project with its members and decisions and locks its
// row until commit, so that all changes to one project (edits, answers, decisions) queue.
std::optional<StoredProject> loadForUpdate(QSqlDatabase &db, qint64 projectId);
// Inserts the project row (the id is the database's); returns the new id, or 0 on failure.
qint64 insert(QSqlDatabase &db, const Project &project);
// Writes the form fields, status, version and last activity.
bool update(QSqlDatabase &db, const StoredProject &stored);
bool setMember(QSqlDatabase &db, qint64 projectId, qint64 accountId, const QString &role,
               const QString &state, qint64 invitedBy, qint64 now);
bool addDecision(QSqlDatabase &db, qint64 projectId, const ProjectDecision &decision,
                 qint64 decidedBy);

// Whether an account sees a project's scope: an active founder or partner.
std::optional<bool> isActiveMember(QSqlDatabase &db, qint64 projectId, qint64 accountId);
// What the TwinSpace's files need to know of a project for an account: whether it exists, its
// status, and whether the account is one of its active members. The project's row is locked
// until commit when `lock` (what counts against its quota is then decided one at a time).
struct TwinSpaceAccess
{
    bool exists = false;
    QString status;
    bool activeMember = false;
};
std::optional<TwinSpaceAccess> twinSpaceAccess(QSqlDatabase &db, qint64 projectId, qint64 accountId,
                                               bool lock = false);
// The projects an account is an active member of.
std::optional<QList<qint64>> memberships(QSqlDatabase &db, qint64 accountId);

} // namespace etw::server::project_store
