// SPDX-License-Identifier: GPL-3.0-or-later
// The European Quality Label, computed: a year's candidates (projects with a National Quality
// Label in two countries at least), each country's share of nominations, and why a nomination
// is or is not possible.
#pragma once

#include "domain/error.h"
#include "domain/label.h"

#include <QJsonObject>
#include <QMap>

namespace etw {

// The settings of one school year (public sources disagree on the share: it is data).
struct EqlSettings
{
    QString schoolYear;
    int sharePercent = 25; // of a country's labelled projects it may nominate
    double threshold = 20; // the average score a nominated project must be above
    qint64 version = 0;

    friend bool operator==(const EqlSettings &, const EqlSettings &) = default;
};

// What one country's labels say of a candidate.
struct EqlCountry
{
    QString country;
    double average = 0;     // of its awarded applications' scores for the project
    bool nominated = false; // by its national service
    int labelled = 0;       // the country's labelled projects this year
    int allowed = 0;        // nominations its share allows
    int nominations = 0;    // nominations it made this year

    friend bool operator==(const EqlCountry &, const EqlCountry &) = default;
};

struct EqlCandidate
{
    qint64 id = 0; // the project's
    QString projectTitle;
    QString schoolYear;
    QList<EqlCountry> countries; // where the project is labelled, by country code
    bool awarded = false;
    // The year's settings it was counted with (the client explains with them).
    int sharePercent = 25;
    double threshold = 20;
    qint64 version = 0;

    bool nominated() const;
    const EqlCountry *country(const QString &code) const;
    QJsonObject toJson() const;
    static Result<EqlCandidate> fromJson(const QJsonObject &object);
    friend bool operator==(const EqlCandidate &, const EqlCandidate &) = default;
};

namespace eql {

// One awarded National Quality Label, as the computation takes it.
struct Labelled
{
    qint64 projectId = 0;
    QString projectTitle;
    QString country;
    double score = 0;
};

// A school year's candidates, by project id, from its awarded labels, the nominations made
// (project id → countries) and the projects awarded.
QList<EqlCandidate> candidates(const QList<Labelled> &labels, const EqlSettings &settings,
                               const QMap<qint64, QStringList> &nominations,
                               const QSet<qint64> &awarded);
// The share a country's labelled projects allow: rounded down.
int allowed(int labelled, int sharePercent);

// Why `country` may not nominate `candidate` now (empty: it may): "not_labelled_here",
// "below_threshold", "already_nominated", "share_exhausted", "already_awarded".
QString nominationRefusal(const EqlCandidate &candidate, const QString &country);
// The candidate's facts for one country as its service reads them, in the UI language.
QStringList reasons(const EqlCandidate &candidate, const QString &country);
std::optional<QString> refusalMessage(const QString &code);

} // namespace eql
} // namespace etw
