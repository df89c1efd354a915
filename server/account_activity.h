// SPDX-License-Identifier: GPL-3.0-or-later
// When each account last used the server, to the day: what a project's members page shows.
// Written at most once a day per account, so that requests stay reads.
#pragma once

#include "database.h"

namespace etw::server::account_activity {

// Whether `lastActiveAt` is on an earlier day (UTC) than `now`: the one case where a request
// writes it.
bool isStale(qint64 lastActiveAt, qint64 now);

// Records that the account is active today and publishes the account's active projects again
// (their scope and the review scopes, with the same version: nothing in the project changed
// but its members' last activity), so that partners get it with their ordinary sync. Does
// nothing when another request (on this instance or another) recorded it first today. False,
// with the reason in `why`, when the database failed.
bool record(Database &database, qint64 accountId, qint64 now, QString *why = nullptr);

} // namespace etw::server::account_activity
