// SPDX-License-Identifier: GPL-3.0-or-later
// Quality Labels in the demo: last school year's applications of French and Italian teachers,
// scored by two assessors and decided (projects labelled in both countries among them), and
// this year's waiting in each service's queue — enough for a day of assessment offline.
#pragma once

#include "domain/error.h"
#include "domain/label.h"

#include <QSqlDatabase>

namespace etw::server::demo {

struct LabelSeed
{
    int waitingInFrance = 24; // this year's queue; Italy's a quarter
    int decidedLastYear = 16; // European projects, each founder applying in their country
    qint64 now = 0;           // ms since the epoch
};

// Inside the seeding transaction, after the review queues (the default grid is stored).
Result<bool> seedLabels(QSqlDatabase &db, const LabelSeed &seed);

// A demo teacher's application of this school year for one of their projects, waiting for
// their national service, with evidence from the project's TwinSpace (what an assessor opens
// beside the grid). Inside the transaction that seeds the project.
Result<bool> seedWaitingApplication(QSqlDatabase &db, qint64 projectId, qint64 applicantId,
                                    const QList<LabelEvidence> &evidence, qint64 now);

} // namespace etw::server::demo
