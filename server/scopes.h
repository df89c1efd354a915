// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that decides scopes: their names, who may read each, where each change goes.
#pragma once

#include "change_feed.h"
#include "domain/account.h"
#include "domain/assessment_grid.h"
#include "domain/chat.h"
#include "domain/error.h"
#include "domain/european_label.h"
#include "domain/forum.h"
#include "domain/label.h"
#include "domain/label_setting.h"
#include "domain/material.h"
#include "domain/page.h"
#include "domain/profile.h"
#include "domain/project.h"
#include "domain/registration.h"
#include "domain/review.h"
#include "domain/school.h"
#include "domain/school_application.h"
#include "domain/statistics.h"

#include <QSqlDatabase>

namespace etw::server::scopes {

QString directory();
QString account(qint64 accountId); // the account's own scope, "me" to its client
QString project(qint64 projectId);
// A national service's review (a country, "FR") or a regional correspondent's (a region,
// "FR-IDF"): the region's scope holds the part of the country's that is the region's.
QString review(const QString &territory);
// The central support service's: the European Quality Label's candidates of every country.
QString european();
// A school's validated teachers': its eTwinning School eligibility and application.
QString school(qint64 schoolId);
// What a country's service sets for all its teachers and correspondents (its label setting).
QString country(const QString &code);
// The review scopes an item of `country` shows in: the country's, and each of `regions` that is
// the country's.
QStringList reviewScopes(const QString &country, const QStringList &regions);

// A scope an account is offered: its public name (directory, me, project:<id>, review:<CC>)
// and the internal scope behind it.
struct Listed
{
    QString name;
    QString scope;
};
// The scopes an account is offered, each one it may read (what readable() would say of each
// name), found with one query however many projects the account is in.
Result<QList<Listed>> listed(QSqlDatabase &db, const Account &account);
// The internal scope behind a public name, or empty when the account may not read it.
Result<QString> readable(QSqlDatabase &db, const Account &account, const QString &publicName);

// Where a change goes. A teacher: the directory's view (a tombstone when not listed there) and
// the owner's own scope.
QList<ChangeRecord> ofProfile(const TeacherProfile &profile);
QList<ChangeRecord> ofSchool(const School &school);
// A project: its own scope and, once submitted, the review scope of each founder's country;
// an invitation in each invitee's own scope (a tombstone once answered or withdrawn).
QList<ChangeRecord> ofProject(const Project &project);
// A TwinSpace page: a draft in its author's scope only, a published page in its project's
// scope (and the draft gone from the author's); a deleted one leaves a tombstone in both.
QList<ChangeRecord> ofPage(const Page &page, bool deleted);
// A revision (a kept text too) in the project's scope, for the history; gone with its page.
ChangeRecord ofRevision(const PageRevision &revision, qint64 projectId, bool deleted = false);
// A material in its project's scope (every active member's, as soon as its upload completes);
// a deleted one leaves a tombstone there.
ChangeRecord ofMaterial(const Material &material, bool deleted);
// The forum: every discussion, thread and reply in its project's scope, for every active
// member; a deleted one leaves a tombstone there (its threads and replies leave theirs, each
// through its own call).
ChangeRecord ofForumDiscussion(const ForumDiscussion &discussion, bool deleted);
ChangeRecord ofForumThread(const ForumThread &thread, bool deleted);
ChangeRecord ofForumPost(const ForumPost &post, bool deleted);
// A tombstone for an item that went with the one deleted (only its id and version are known).
ChangeRecord ofForumTombstone(qint64 projectId, const QString &entityType, qint64 id,
                              qint64 version);
// A chat message in its project's scope, for every active member: the room's history pages
// back through the client's copy of it.
ChangeRecord ofChatMessage(const ChatMessage &message);

// The review. A registration in its school's country's and region's review scopes while it
// waits and once decided (a tombstone in `left`, the scopes it was in before a change of school).
QList<ChangeRecord> ofRegistration(const Registration &registration, bool inReview,
                                   const QStringList &left = {});
// A note wherever its item shows for the note's country: `scopes` (reviewScopes of the item).
QList<ChangeRecord> ofReviewNote(const ReviewNote &note, const QStringList &scopes, bool deleted);
// A country's templates and setting: its national scope and every one of its regions'.
QList<ChangeRecord> ofReasonTemplate(const QString &country, const ReasonTemplate &t, bool deleted);
QList<ChangeRecord> ofReviewSetting(const ReviewSetting &setting);
QList<ChangeRecord> ofLabelSetting(const LabelSetting &setting);
// A territory's statistics: a country's totals in its national scope and every one of its
// regions' (so that a region compares itself with the country), a region's in its own scope and
// the country's. A record left without figures is a tombstone.
QList<ChangeRecord> ofStatistics(const StatisticsRecord &record);

// Quality Labels. An application in its applicant's own scope (without the assessors' score)
// and in its country's and region's review scopes; each assessment in those review scopes; a
// grid in the review scopes of its country, the default grid in every country's.
QList<ChangeRecord> ofLabelApplication(const LabelApplication &application);
QList<ChangeRecord> ofLabelAssessment(const LabelAssessment &assessment,
                                      const LabelApplication &application);
QList<ChangeRecord> ofAssessmentGrid(const AssessmentGrid &grid);
// A European Quality Label candidate of a school year: the review scopes of each country it is
// labelled in, and the central support service's. One per project and year (its entity id).
QList<ChangeRecord> ofEqlCandidate(const EqlCandidate &candidate, bool deleted);
// The school's application: its school's scope always, its country's and region's review
// scopes once submitted.
QList<ChangeRecord> ofSchoolApplication(const SchoolApplication &application);

} // namespace etw::server::scopes
