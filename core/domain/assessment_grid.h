// SPDX-License-Identifier: GPL-3.0-or-later
// The National Quality Label's assessment grid as data, the assessors' scores and what they add up
// to.
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace etw {

struct SubCriterion
{
    QString key;
    QJsonObject title; // language → text ("en" always)
    int maxPoints = 0;
    int minimum = 0; // points an award needs in it (the assessors' average); 0: none

    friend bool operator==(const SubCriterion &, const SubCriterion &) = default;
};

struct Criterion
{
    QString key;
    QJsonObject title;
    QList<SubCriterion> subCriteria;

    friend bool operator==(const Criterion &, const Criterion &) = default;
};

// A country's grid for a school year; the default grid has neither (it serves every country
// and year without one of its own).
struct AssessmentGrid
{
    qint64 id = 0;
    QString country;
    QString schoolYear;
    int version = 0; // 1, 2, … per (country, school year): each import adds one
    QList<Criterion> criteria;

    int maxTotal() const;
    const SubCriterion *subCriterion(const QString &key) const;
    QStringList subCriterionKeys() const; // in the grid's order

    QJsonObject toJson() const;
    friend bool operator==(const AssessmentGrid &, const AssessmentGrid &) = default;
};

// One assessor's scores on one application.
struct LabelAssessment
{
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 assessorId = 0;
    QString assessorName;
    QMap<QString, int> scores;       // sub-criterion → points
    QMap<QString, QString> comments; // sub-criterion → comment
    QString comment;                 // on the whole application
    qint64 updatedAt = 0;
    qint64 version = 0;

    int total() const;
    QJsonObject toJson() const;
    static Result<LabelAssessment> fromJson(const QJsonObject &object);
    friend bool operator==(const LabelAssessment &, const LabelAssessment &) = default;
};

namespace grid {
inline constexpr int maxPointsPerSubCriterion = 100;
inline constexpr int maxCommentLength = 4000;

// The three sub-criteria the label's rules give a minimum: online collaboration among the
// partner schools' pupils, use of digital tools, data protection with copyright and eSafety.
// Every grid has them, each with a minimum above zero.
const QStringList &namedMinima();

// A grid from its file's JSON, checked: criteria and sub-criteria with unique keys and an
// English title, points between 1 and maxPointsPerSubCriterion, minima within them, the
// named minima present. The error's fields name the place ("criteria.2.subCriteria.0.maxPoints").
Result<AssessmentGrid> parse(const QJsonObject &object);
// A title in `language`, else in English.
QString titleIn(const QJsonObject &title, const QString &language);

// Scores as sent by an assessor ({key: points}), against the grid: known keys, whole points
// within each maximum. Partial scores are allowed (an assessment is saved as it goes).
FieldErrors validateScores(const AssessmentGrid &grid, const QJsonObject &scores);
// Per sub-criterion, the average of the assessors who scored it.
QMap<QString, double> averages(const QList<LabelAssessment> &assessments);
// The sum of the averages.
double averageTotal(const QList<LabelAssessment> &assessments);
// The sub-criteria not yet scored by any assessor.
QStringList unscored(const AssessmentGrid &grid, const QList<LabelAssessment> &assessments);
// The sub-criteria whose average is below their minimum (an award is refused for each).
QStringList belowMinimum(const AssessmentGrid &grid, const QList<LabelAssessment> &assessments);
} // namespace grid
} // namespace etw
