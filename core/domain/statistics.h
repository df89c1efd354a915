// SPDX-License-Identifier: GPL-3.0-or-later
// A territory's statistics: counts per country or region and month, computed by the server
// into records of the review scopes (never a name or an e-mail).
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace etw {

// One territory's figures for one month. The region is empty for the whole country (its
// totals, which also count schools without a region).
struct StatisticsRecord
{
    qint64 id = 0;
    QString country;
    QString region;
    QString month;                 // "2025-10" (UTC)
    QString schoolYear;            // "2025-2026": eTwinning's school year starts on 1 September
    QMap<QString, qint64> figures; // measure → count; measures at 0 are left out
    qint64 version = 0;
    qint64 updatedAt = 0; // when its figures last changed

    QJsonObject toJson() const;
    static Result<StatisticsRecord> fromJson(const QJsonObject &object);
    friend bool operator==(const StatisticsRecord &, const StatisticsRecord &) = default;
};

namespace statistics {

// The measures. Teachers and schools are counted in the month something happened to them;
// projects in the month they were created, by their kind and their status now.
inline constexpr auto teachersRegistered = "teachers_registered"; // accounts created
inline constexpr auto teachersValidated = "teachers_validated";   // validated, by the decision
inline constexpr auto schoolsJoined = "schools_joined"; // schools whose first teacher registered
// National Quality Label applications, by the applicant's school: in the month submitted, and
// their decisions in the month decided.
inline constexpr auto labelsApplied = "labels_applied";
inline constexpr auto labelsAwarded = "labels_awarded";
inline constexpr auto labelsNotAwarded = "labels_not_awarded";
// European Quality Label nominations, by the nominating country (and the region of its
// labelled teacher), in the month nominated; eTwinning School labels awarded, by the school's
// territory, in the month decided.
inline constexpr auto eqlNominations = "eql_nominations";
inline constexpr auto schoolsLabelled = "schools_labelled";
// European Quality Labels awarded, in each country where the project holds a National Quality
// Label that year (in the region of its labelled teacher there), in the month awarded.
inline constexpr auto eqlAwards = "eql_awards";
// Applied, awarded, not awarded, European nominations and awards, eTwinning Schools.
QStringList labelMeasures();
// "projects.<kind>.<status>", e.g. "projects.european.active".
QString projectMeasure(const QString &kind, const QString &status);
// The kind and status of a project measure; empty when `measure` is not one.
std::pair<QString, QString> projectKindAndStatus(const QString &measure);
QStringList projectKinds();    // national, european
QStringList projectStatuses(); // in their life cycle's order
// The sum of every project measure of `figures`.
qint64 projectTotal(const QMap<QString, qint64> &figures);

// The month (UTC) of a time in milliseconds since the epoch: "2025-10".
QString monthOf(qint64 msecs);
// The school year a month belongs to: September 2025 to August 2026 is "2025-2026".
QString schoolYearOf(const QString &month);
// The twelve months of a school year, September first.
QStringList monthsOf(const QString &schoolYear);

} // namespace statistics
} // namespace etw
