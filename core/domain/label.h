// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's application for a project's National Quality Label, its school year and its checks.
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace etw {

struct Project;

// A page, a material of the project, or an outside page the application points assessors to.
struct LabelEvidence
{
    QString kind;  // "page", "material" or "link"
    qint64 id = 0; // the page's or material's id; 0 for a link
    QString url;   // a link's address (http or https)
    QString title;

    QJsonObject toJson() const;
    static Result<LabelEvidence> fromJson(const QJsonObject &object);
    friend bool operator==(const LabelEvidence &, const LabelEvidence &) = default;
};

// The service's decision on an application; the teacher reads its feedback.
struct LabelDecision
{
    QString decision; // "awarded" or "not_awarded"
    QString feedback;
    qint64 decidedBy = 0;
    QString decidedByName;
    qint64 decidedAt = 0;

    QJsonObject toJson() const;
    static Result<LabelDecision> fromJson(const QJsonObject &object);
    friend bool operator==(const LabelDecision &, const LabelDecision &) = default;
};

struct LabelApplication
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString projectTitle;
    qint64 applicantId = 0;
    QString applicantName;
    qint64 schoolId = 0;
    QString schoolName;
    QString country; // the applicant's school's: its national service assesses
    QString region;
    QString schoolYear; // "2026-2027", by the country's bounds on the day it was submitted
    int attempt = 1;    // 2: the one new text allowed after a refusal
    // "submitted" → "under_assessment" (an assessor scored it) → "awarded" or "not_awarded".
    QString status;
    QJsonObject answers;  // eligibility question → true (each must be yes)
    QJsonObject criteria; // criterion → the teacher's text
    QString ownRole;
    QList<LabelEvidence> evidence;
    qint64 submittedAt = 0;
    std::optional<LabelDecision> decision;
    qint64 gridId = 0; // the grid of its country and year, fixed on submission
    double score = 0;  // the assessors' average total (in the review scope only)
    int assessors = 0;
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<LabelApplication> fromJson(const QJsonObject &object);
    friend bool operator==(const LabelApplication &, const LabelApplication &) = default;
};

namespace label {
inline constexpr int maxApplicationsPerYear = 4;
inline constexpr int maxAttempts = 2;
inline constexpr int maxCriterionLength = 8000;
inline constexpr int maxRoleLength = 4000;
inline constexpr int maxEvidence = 30;
inline constexpr int maxTitleLength = 200;
inline constexpr int maxUrlLength = 2000;
inline constexpr int maxFeedbackLength = 4000;

// A decision on a label application (National Quality Label or eTwinning School): "awarded" or
// "not_awarded", with feedback of at most maxFeedbackLength, required to refuse.
FieldErrors validateDecision(const QString &decision, const QString &feedback);

// The five eligibility questions, in the form's order (keys of `answers`).
const QStringList &eligibilityQuestions();
// The five criteria the teacher writes about, in the form's order (keys of `criteria`).
const QStringList &criteria();
QString questionText(const QString &question); // in the UI language
QString criterionTitle(const QString &criterion);

// An application as submitted: projectId, answers, criteria, ownRole, evidence. Each field
// error names its field ("answers.finished", "criteria.technology", "evidence.2"); a no to an
// eligibility question is "not_eligible". Checked alike on the client and the server.
FieldErrors validateSubmission(const QJsonObject &submission);

// When a country's school year starts (month, day); 1 September unless its service says.
struct SchoolYearStart
{
    int month = 9;
    int day = 1;
};
// The school year (e.g. "2026-2027") a day belongs to, and that year's first and last days.
QString schoolYearOf(const QDate &day, SchoolYearStart start = {});
std::pair<QDate, QDate> boundsOf(const QString &schoolYear, SchoolYearStart start = {});

// One of the rules a teacher's application must meet, met or not, as the application screen
// lists them and the server checks them (a refusal carries the first unmet one's code).
struct Prerequisite
{
    QString code; // the refusal's code when not met ("national_project", …)
    bool met = false;
};
// In the order the server checks them: a project active or closed; European (founders from
// two countries); fewer than maxApplicationsPerYear applications this school year; none
// waiting or awarded for this project, and at most maxAttempts in all.
QList<Prerequisite> prerequisites(const Project &project, int madeThisYear,
                                  const QList<LabelApplication> &forThisProject);
// The first unmet one's code; empty when all are met.
QString firstUnmet(const QList<Prerequisite> &prerequisites);
// A prerequisite as the application screen says it, met or not, in the UI language.
QString prerequisiteText(const QString &code, bool met);

// What a refusal of the label rules says, in the UI language (nullopt: not one of them).
std::optional<QString> refusalMessage(const QString &code);
} // namespace label
} // namespace etw
