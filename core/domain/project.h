// SPDX-License-Identifier: GPL-3.0-or-later
// A project (founders, partners, national approvals, life cycle) and the validation of its form.
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace etw {

struct ProjectMember
{
    qint64 accountId = 0;
    QString displayName;
    qint64 schoolId = 0;
    QString schoolName;
    QString country;
    QString role;  // "founder" or "partner" (pupils and visitors come later)
    QString state; // "invited", "active", "declined", "withdrawn", "removed"
    // The first moment of the last day (UTC) the account used the server, ms since the epoch;
    // 0: not known (never since the server started keeping it). Written at most once a day.
    qint64 lastActiveAt = 0;
    // When the state last changed (invited, joined, left), ms since the epoch; 0: not known.
    qint64 since = 0;
    QString region = {}; // the school's region (regions.h), empty where there is none

    QJsonObject toJson() const;
    static Result<ProjectMember> fromJson(const QJsonObject &object);
    friend bool operator==(const ProjectMember &, const ProjectMember &) = default;
};

// One national support service's decision on a project.
struct ProjectDecision
{
    QString country;
    QString decision; // "approved" or "rejected"
    QString reason;   // why it was rejected
    qint64 decidedAt = 0;
    // Who decided for the service (its colleagues see it in their history); 0 and empty in
    // payloads of servers before they said.
    qint64 decidedBy = 0;
    QString decidedByName = {};

    QJsonObject toJson() const;
    static Result<ProjectDecision> fromJson(const QJsonObject &object);
    friend bool operator==(const ProjectDecision &, const ProjectDecision &) = default;
};

// A label the project holds: a teacher's National Quality Label (the label is personal: one
// per teacher and country) or the European Quality Label of a school year.
struct ProjectLabel
{
    QString kind; // "national" or "european"
    QString schoolYear;
    QString country = {};     // national: the awarding country
    QString teacherName = {}; // national: whose label it is

    QJsonObject toJson() const;
    static ProjectLabel fromJson(const QJsonObject &object);
    friend bool operator==(const ProjectLabel &, const ProjectLabel &) = default;
};

struct Project
{
    qint64 id = 0;
    QString kind; // "european" or "national"
    QString title;
    QString summary;
    QString description;
    QStringList subjects;
    QStringList languages;
    int ageMin = 0;
    int ageMax = 0;
    int durationMonths = 0;
    QString aims;
    QString workProcess;
    QString expectedResults;
    // "waiting_partners" → "waiting_approval" → "active" → "archived"; or "rejected".
    QString status;
    QList<ProjectMember> members;
    QList<ProjectDecision> decisions;
    qint64 createdBy = 0;
    qint64 updatedAt = 0; // last activity, ms since the epoch
    qint64 version = 0;
    QList<ProjectLabel> labels = {}; // awarded, oldest school year first (set by the server)

    QJsonObject toJson() const;
    static Result<Project> fromJson(const QJsonObject &object);
    friend bool operator==(const Project &, const Project &) = default;

    const ProjectMember *member(qint64 accountId) const;
    bool isFounder(qint64 accountId) const; // an active founder
    bool isMember(qint64 accountId) const;  // an active founder or partner
    QStringList founderCountries() const;   // of the active founders, sorted, each once
};

namespace project {
inline constexpr int maxTitleLength = 200;
inline constexpr int minTitleLength = 3;
inline constexpr int maxSummaryLength = 1000;
inline constexpr int maxTextLength = 5000; // description, aims, work process, results
inline constexpr int maxReasonLength = 2000;
inline constexpr int minDurationMonths = 1;
inline constexpr int maxDurationMonths = 36;
inline constexpr int maxInvitations = 20;

// The fields of the registration form; founders may change them later.
const QStringList &formFields();
// The longest text a field takes (0 when it is not a text field).
int maxLength(const QString &field);

// A whole form as sent on registration ({"kind": …, "title": …, …}); empty when valid.
// Messages are in the current UI language.
FieldErrors validateForm(const QJsonObject &form);
// A registration as sent: the form, "kind" and an optional list of "invitations" (at most
// maxInvitations); other keys are refused as not_editable. Checked alike here and on the server.
FieldErrors validateRegistration(const QJsonObject &registration);
// A partial update of the form fields, against the project it applies to.
FieldErrors validatePatch(const QJsonObject &patch, const Project &base);
// The project with the form's (or patch's) fields applied (they must be valid).
Project applyPatch(Project project, const QJsonObject &patch);

// Whether the active founders make a project of its kind: two at least, from two countries
// for a European project, from one country for a national one.
bool foundersComplete(const Project &project);
} // namespace project

} // namespace etw
