// SPDX-License-Identifier: GPL-3.0-or-later
// Reads and writes teacher profiles (scopes.h says where they are published).
#pragma once

#include "change_feed.h"
#include "domain/profile.h"
#include "domain/school.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::profile_store {

struct StoredProfile
{
    TeacherProfile profile;
    QJsonObject fieldVersions; // field -> version that last changed it
};

// Inside a write transaction, loads and locks the row until commit: a concurrent edit of the
// same profile waits, then reads this one's result (PostgreSQL runs writers side by side).
std::optional<StoredProfile> loadForUpdate(QSqlDatabase &db, qint64 accountId);
bool update(QSqlDatabase &db, const StoredProfile &stored);
// The Quality Labels a teacher holds (read with the profile): each National Quality Label
// awarded to them, and the European label of each project and school year they hold one for.
std::optional<QList<TeacherLabel>> labelsOf(QSqlDatabase &db, qint64 accountId);
// The profiles of these teachers as published again: an award changed their labels (on the
// same version: nothing the teacher edits changed). Appended to `records`.
bool republish(QSqlDatabase &db, const QList<qint64> &accountIds, QList<ChangeRecord> &records);
// The teacher moved to another school: a new validation request (request + 1, from now) that
// waits for their national support service; the status itself is written by update().
bool askValidationAgain(QSqlDatabase &db, qint64 accountId, qint64 schoolId, qint64 now);
// Only validated teachers who look for partners are in the directory; others are tombstones.
bool inDirectory(const TeacherProfile &profile);

} // namespace etw::server::profile_store
