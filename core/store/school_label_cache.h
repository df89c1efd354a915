// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label in the cache: the school's eligibility, its shared application
// with this computer's unsent writing on top, and the applications a review decides on.
#pragma once

#include "domain/school_application.h"
#include "domain/school_label.h"
#include "domain/sync_types.h"
#include "store/scoped_rows.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::school_label_cache {

const scoped_rows::Table &eligibilityTable();
const scoped_rows::Table &applicationTable();

// The teacher's school's eligibility as the server last counted it; nullopt before it came.
std::optional<SchoolEligibility> eligibility(QSqlDatabase &db);

struct Shown
{
    SchoolApplication application; // a negative id: started here, not sent yet
    bool waiting = false;          // something of it is not sent yet
    bool submitWaiting = false;    // its submission is queued here
};
// The school's application of `schoolYear` as it will be: the school scope's, with what this
// computer queued on top (writing, a submission), or the one started here.
std::optional<Shown> own(QSqlDatabase &db, const QString &schoolYear);

// The applications of the review scopes, oldest submission first; a decision queued here
// shows as made.
QList<SchoolApplication> inReview(QSqlDatabase &db);
std::optional<SchoolApplication> reviewed(QSqlDatabase &db, qint64 id);

// Every mutation of this computer on its school's application reaches the server in the order
// made: the start, the writing, the submission.
QString applicationOrderKey();
// The server started the application queued here: what follows it in the outbox names the
// server's id, and the school scope shows it until the pull brings it.
bool started(QSqlDatabase &db, const Mutation &m, const MutationResult &r);
// The server took writing, a submission or a decision: the cached application shows it, on
// the server's version, until the pull brings it back (so that nothing shown goes back, and
// what is typed next is sent on that version).
bool confirm(QSqlDatabase &db, const Mutation &m, const MutationResult &r);

} // namespace etw::school_label_cache
