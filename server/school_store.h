// SPDX-License-Identifier: GPL-3.0-or-later
// Schools as sign-up and the profile pick them: the ones offered, and a teacher's new one.
#pragma once

#include "domain/school.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::school_store {

// The schools of a country a teacher may say they work in: those in the directory, and those
// imported without a creator. A school a new teacher created is offered to others only once
// its national service has validated it (and published it with the teacher).
std::optional<QList<School>> offered(QSqlDatabase &db, const QString &country);
// Whether one school is offered in that country; nullopt on a database failure.
std::optional<bool> isOffered(QSqlDatabase &db, qint64 schoolId, const QString &country);
// A school a teacher created at sign-up (not published: its service checks it first); sets
// its id.
bool insertNew(QSqlDatabase &db, School &school, qint64 createdBy, qint64 now);

} // namespace etw::server::school_store
