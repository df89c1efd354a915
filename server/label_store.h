// SPDX-License-Identifier: GPL-3.0-or-later
// National Quality Label applications and their assessments, as the server keeps them.
#pragma once

#include "domain/account.h"
#include "domain/assessment_grid.h"
#include "domain/label.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::label_store {

// Inside a write transaction, locked until commit (decisions and scores on one application
// queue on it); nullopt when there is none or the query failed (`failed` says which).
std::optional<LabelApplication> forUpdate(QSqlDatabase &db, qint64 id, bool *failed = nullptr);
// Inserts (id 0: the new id is written back) or updates status, grid, decision and version.
bool save(QSqlDatabase &db, LabelApplication &application);
// The applicant's applications in a school year, every attempt counted.
std::optional<int> countInYear(QSqlDatabase &db, qint64 applicantId, const QString &schoolYear);
// The applicant's applications for a project, oldest first.
std::optional<QList<LabelApplication>> forProject(QSqlDatabase &db, qint64 applicantId,
                                                  qint64 projectId);

// The projects whose TwinSpace a correspondent reads while they assess: those with an
// application waiting for a decision in their territory (a regional correspondent: their region).
// The teachers awarded the National Quality Label for the project in that school year.
std::optional<QList<qint64>> nationalHolders(QSqlDatabase &db, qint64 projectId,
                                             const QString &schoolYear);
std::optional<QList<qint64>> projectsInAssessment(QSqlDatabase &db, const Account &account);

std::optional<QList<LabelAssessment>> assessments(QSqlDatabase &db, qint64 applicationId);
// One assessor's row on an application (id 0 and version 0 when they have none yet).
std::optional<LabelAssessment> assessmentOf(QSqlDatabase &db, qint64 applicationId,
                                            qint64 assessorId);
bool saveAssessment(QSqlDatabase &db, LabelAssessment &assessment);

} // namespace etw::server::label_store
