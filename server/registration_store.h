// SPDX-License-Identifier: GPL-3.0-or-later
// Teachers' registrations as their national services review them, and the decisions on them.
#pragma once

#include "domain/registration.h"
#include "domain/school.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::registration_store {

// The teacher's registration with the decision on its current request, if any; nullopt when
// the account has no teacher profile (or on a database failure, which `failed` tells apart).
std::optional<Registration> load(QSqlDatabase &db, qint64 accountId, bool *failed = nullptr);
// Whether it is in its service's review scope: waiting, or decided through the review (teachers
// validated before the review existed have no decision and are not listed).
bool inReview(const Registration &registration);
// Records the decision on `request` and sets the profile's status (inside the write transaction
// that locked the profile).
bool decide(QSqlDatabase &db, qint64 accountId, qint64 request, const RegistrationDecision &d);
// The teacher's school as the directory shows it (a new one enters the directory when its first
// teacher is validated).
std::optional<School> school(QSqlDatabase &db, qint64 schoolId);

} // namespace etw::server::registration_store
