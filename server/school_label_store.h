// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label on the server: the rounds, each school's facts and eligibility
// (counted from the data, published to its teachers), its one application per round, its label.
#pragma once

#include "change_feed.h"

#include "domain/school.h"
#include "domain/school_application.h"
#include "domain/school_label.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace etw::server::school_label_store {

// The rule sets the server ships (server/grids/school_rule_sets.json), read once.
const QList<SchoolRuleSet> &ruleSets();
const SchoolRuleSet *ruleSet(const QString &key);

// The school year of a day for the label (rounds are European: they start on 1 September).
QString schoolYearOf(qint64 msecs);
// A school year's round: as an administrator set it, or the default (the current rules, counted
// on 1 September of its first year).
std::optional<SchoolRound> round(QSqlDatabase &db, const QString &schoolYear);
// Why a round cannot be set (a school year like 2026-2027, a rule set this server has, a
// cut-off inside the school year), or empty when it can.
QString roundProblem(const SchoolRound &round);
// Sets a school year's round (an administrator's, `etwinning-server --set-school-round`).
bool setRound(QSqlDatabase &db, const SchoolRound &round, qint64 now);

// The facts of every school with a validated teacher (or of `schoolId` alone) on the round's
// cut-off: a few grouped queries, whatever the number of schools.
std::optional<QHash<qint64, SchoolFacts>> facts(QSqlDatabase &db, const SchoolRound &round,
                                                qint64 schoolId = 0);
// One school's eligibility for the round of `now`, as counted now.
std::optional<SchoolEligibility> eligibility(QSqlDatabase &db, qint64 schoolId, qint64 now);
// Counts again (every school, or `schoolId` alone) and publishes to each school's scope what
// changed since the last publication. Inside a write transaction, before anything else of it
// goes to the change feed: it locks the eligibility rows it changes and then the feed's
// counter, in the order every other writer of them takes them (no deadlock on PostgreSQL).
// `changed` counts them.
// With `collected`, its change records are added there for the caller to record with its own
// (every row of the transaction written first, the feed's counter taken last).
bool publish(QSqlDatabase &db, qint64 now, qint64 schoolId = 0, int *changed = nullptr,
             QList<ChangeRecord> *collected = nullptr);

// The validated teacher's school, 0 when the account has none (or is not validated yet).
std::optional<qint64> schoolOf(QSqlDatabase &db, qint64 accountId);

struct Stored
{
    SchoolApplication application;
    QJsonObject fieldVersions; // field → the version that last changed it
};
// The school's application of a round (locked in a write transaction); nullopt without one,
// `failed` set on a database failure.
std::optional<Stored> forSchool(QSqlDatabase &db, qint64 schoolId, const QString &schoolYear,
                                bool *failed);
std::optional<Stored> forUpdate(QSqlDatabase &db, qint64 id, bool *failed);
// Inserts (id 0: sets it) or updates.
bool save(QSqlDatabase &db, Stored &stored);
// Records an awarded label's last day on the school (and returns the school for the directory).
std::optional<School> setLabel(QSqlDatabase &db, qint64 schoolId, const QDate &until);

} // namespace etw::server::school_label_store
