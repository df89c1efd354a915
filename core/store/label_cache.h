// SPDX-License-Identifier: GPL-3.0-or-later
// Quality Label applications, assessments and grids in the cache, with what waits to be sent
// shown as it will be.
#pragma once

#include "domain/assessment_grid.h"
#include "domain/european_label.h"
#include "domain/label.h"
#include "domain/sync_types.h"
#include "store/scoped_rows.h"

#include <QSqlDatabase>

namespace etw::label_cache {

const scoped_rows::Table &applicationTable();
const scoped_rows::Table &assessmentTable();
const scoped_rows::Table &gridTable();
const scoped_rows::Table &candidateTable();

// The European Quality Label's candidates held here (a review scope's or the central one's),
// newest school year first, then by title; a nomination or award queued here shows as made.
QList<EqlCandidate> europeanCandidates(QSqlDatabase &db, const QString &country);

// The teacher's own applications (from "me"), newest first; one submitted here and not yet
// sent shows with the status "waiting" and a negative id (the outbox's local one).
QList<LabelApplication> own(QSqlDatabase &db);
// The applications of the review scopes, oldest submission first; a decision queued here
// shows as made.
QList<LabelApplication> inReview(QSqlDatabase &db);
std::optional<LabelApplication> reviewed(QSqlDatabase &db, qint64 id);
// The scores on an application; this computer's assessor's queued ones merged into theirs.
QList<LabelAssessment> assessments(QSqlDatabase &db, qint64 applicationId, qint64 assessorId,
                                   const QString &assessorName);
// The grid an application is assessed on: its own when fixed, otherwise the newest of its
// country and year, of its country, or the default.
std::optional<AssessmentGrid> gridFor(QSqlDatabase &db, const LabelApplication &application);

// The server refused a submission for good: its texts go back to the project's draft (as they
// were sent), so that the teacher changes them and submits again.
bool backToDraft(QSqlDatabase &db, const Mutation &m);
// Scores and the decision on one application reach the server in the order made: a decision
// after the scores it was made on (the outbox's order key of both kinds).
QString assessmentOrderKey(const Mutation &m);

// The draft's key for a project's application (form_drafts).
QString draftKey(qint64 projectId);

// The server took a decision: the cached application shows it until the pull brings it back.
bool confirmDecision(QSqlDatabase &db, const Mutation &m, qint64 at);

} // namespace etw::label_cache
