// SPDX-License-Identifier: GPL-3.0-or-later
// The partner directory in the cache: applying pulled changes, searching, reading a profile.
#pragma once

#include "domain/profile.h"
#include "domain/school.h"
#include "domain/sync_types.h"
#include "search/partner_query.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::directory_store {

// Applies a page of directory changes; call inside a transaction.
bool apply(QSqlDatabase &db, const QList<Change> &changes);
// Empties the directory (a new server epoch: it is pulled again from zero).
bool clear(QSqlDatabase &db);
// Whether a search, count or detail of this thread found the file damaged since the last call
// (the answer was then empty); resets it.
bool tookDamage();

// Up to `limit` rows matching the query, in name order, after the given row (keyset paging).
QList<PartnerRow> search(QSqlDatabase &db, const PartnerQuery &query,
                         const std::optional<PartnerRow> &after, int limit);
// How many rows match; with upTo > 0, counting stops past upTo (returns upTo + 1 then), so
// that a broad search does not pay for an exact count nobody reads.
int count(QSqlDatabase &db, const PartnerQuery &query, int upTo = -1);

struct PartnerDetail
{
    TeacherProfile teacher;
    School school;
};
std::optional<PartnerDetail> detail(QSqlDatabase &db, qint64 teacherId);

// The schools of a country in the directory, by name as a person reads it (a teacher picks
// their new school among them).
QList<School> schools(QSqlDatabase &db, const QString &country);

} // namespace etw::directory_store
