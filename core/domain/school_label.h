// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label's eligibility: rule sets as data (the round's), a school's facts,
// and each prerequisite met or not with the facts behind it.
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace etw {

// One prerequisite of a rule set: its kind and its figure.
struct SchoolPrerequisiteRule
{
    // "registered_years": the school registered at least `figure` years before the round's
    // cut-off; "management_registered": its head or a member of its management registered;
    // "teachers_registered": at least `figure` teachers registered; "teachers_active": at
    // least `figure` teachers active since the cut-off; "european_nql": at least one European
    // project of its teachers with a National Quality Label in the last `figure` school years
    // (1: the round's year only).
    QString code;
    int figure = 0;
    friend bool operator==(const SchoolPrerequisiteRule &,
                           const SchoolPrerequisiteRule &) = default;
};

struct SchoolRuleSet
{
    QString key;       // "2017", "current"
    QJsonObject title; // language → text
    QList<SchoolPrerequisiteRule> prerequisites;

    QJsonObject toJson() const; // one entry of a rule sets file
    friend bool operator==(const SchoolRuleSet &, const SchoolRuleSet &) = default;
};

// A round of the label: the school year it is awarded in, the rule set it applies and the date
// its prerequisites are counted on.
struct SchoolRound
{
    QString schoolYear; // "2026-2027"
    QString ruleSet;    // a SchoolRuleSet's key
    QDate cutoff;
    friend bool operator==(const SchoolRound &, const SchoolRound &) = default;
};

// What the data says of one school on a round's cut-off date.
struct SchoolFacts
{
    qint64 schoolId = 0;
    QString schoolName;
    QDate registeredOn;     // its first teacher's registration
    QStringList management; // its registered head teachers and management staff, by name
    int teachers = 0;       // registered (validated) teachers
    int activeTeachers = 0; // of them, active since the cut-off
    // The European projects of its teachers with a National Quality Label: title → school year.
    QList<std::pair<QString, QString>> labelledProjects;

    QJsonObject toJson() const;
    static Result<SchoolFacts> fromJson(const QJsonObject &object);
    friend bool operator==(const SchoolFacts &, const SchoolFacts &) = default;
};

struct SchoolPrerequisite
{
    QString code;
    bool met = false;
    QString explanation; // the facts behind it, in the UI language
};

// What a school's teachers are shown of the round: its facts, counted by the server, with the
// rule set, so that each prerequisite is explained here in the UI language (check()).
struct SchoolEligibility
{
    SchoolFacts facts;
    SchoolRound round;
    SchoolRuleSet rules;
    bool eligible = false; // as the server counted it
    QDate labelUntil;      // the school's label, while valid

    QList<SchoolPrerequisite> prerequisites() const;
    QJsonObject toJson() const;
    static Result<SchoolEligibility> fromJson(const QJsonObject &object);
    friend bool operator==(const SchoolEligibility &, const SchoolEligibility &) = default;
};

namespace school_label {

// The rule sets of a file ({"ruleSets": [...]}), checked: known codes, figures of at least 1
// where they count, unique keys. Errors name the place ("ruleSets.1.prerequisites.0.code").
Result<QList<SchoolRuleSet>> parseRuleSets(const QJsonObject &file);

// Each prerequisite of `rules` for `facts`, on the round's cut-off date and school year.
QList<SchoolPrerequisite> check(const SchoolRuleSet &rules, const SchoolFacts &facts,
                                const QDate &cutoff, const QString &schoolYear);
bool eligible(const QList<SchoolPrerequisite> &prerequisites);

} // namespace school_label
} // namespace etw
