// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's profile as the directory and its owner see it, and its validation.
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QStringList>

namespace etw {

// A Quality Label a teacher holds: their National Quality Label for a project, or the European
// Quality Label that project won in the same school year. Set by the server, shown in the
// directory; never edited by the teacher.
struct TeacherLabel
{
    QString kind; // "national" or "european"
    QString schoolYear;
    QString country = {}; // national: the awarding country
    qint64 projectId = 0;
    QString projectTitle = {};

    QJsonObject toJson() const;
    static TeacherLabel fromJson(const QJsonObject &object);
    friend bool operator==(const TeacherLabel &, const TeacherLabel &) = default;
};

struct TeacherProfile
{
    qint64 id = 0; // same as the account id
    QString displayName;
    qint64 schoolId = 0;
    QString country;
    QStringList subjects;
    QStringList languages;
    int ageMin = 0;
    int ageMax = 0;
    QString bio;
    bool lookingForPartners = false;
    // "pending" (waiting for its national support service), "validated" or "rejected".
    QString status;
    QString statusReason = {}; // why it was rejected: its owner's scope only, never the directory
    QString schoolRole = {};   // catalogue::schoolRoleCodes(): teacher, head teacher, librarian…
    qint64 version = 0;
    QList<TeacherLabel> labels = {}; // oldest school year first; absent from the JSON when none

    QJsonObject toJson() const;
    static Result<TeacherProfile> fromJson(const QJsonObject &object);
    friend bool operator==(const TeacherProfile &, const TeacherProfile &) = default;
};

namespace profile {
inline constexpr int maxBioLength = 2000;
inline constexpr int maxListSize = 10;

// The fields a teacher may change on their own profile.
const QStringList &editableFields();

// Checks a partial update ({"bio": …, "ageMin": …}) on its own and against the profile it
// applies to; empty when it is valid. Messages are in the current UI language.
FieldErrors validatePatch(const QJsonObject &patch, const TeacherProfile &base);

// The profile with the patch's fields applied (the patch must be valid).
TeacherProfile applyPatch(TeacherProfile profile, const QJsonObject &patch);
} // namespace profile

} // namespace etw
