// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's registration as their national support service reviews it, and its decision.
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace etw {

// The one decision on a validation request: the first a correspondent of the service sends.
struct RegistrationDecision
{
    QString decision; // "validated" or "rejected"
    QString reason;   // why it was rejected (the teacher reads it)
    qint64 decidedBy = 0;
    QString decidedByName;
    qint64 decidedAt = 0;

    QJsonObject toJson() const;
    static Result<RegistrationDecision> fromJson(const QJsonObject &object);
    friend bool operator==(const RegistrationDecision &, const RegistrationDecision &) = default;
};

struct Registration
{
    qint64 id = 0; // the teacher's account id
    QString displayName;
    QString email; // what the service checks, with the school (no e-mail is sent)
    QString country;
    QString region; // the school's
    qint64 schoolId = 0;
    QString schoolName;
    QString schoolCity;
    QString schoolAddress;
    QString schoolType;
    bool newSchool = false; // the school was created with this account: the service checks it
    QString schoolRole;
    QStringList subjects;
    QStringList languages;
    QString status;         // "pending", "validated" or "rejected"
    qint64 request = 1;     // which validation request; a change of school asks again
    qint64 requestedAt = 0; // when the request entered the queue, ms since the epoch
    qint64 registeredAt = 0;
    std::optional<RegistrationDecision> decision; // on this request, once decided
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<Registration> fromJson(const QJsonObject &object);
    friend bool operator==(const Registration &, const Registration &) = default;
};

namespace registration {
// Roles a member of a school's staff registers with.
const QStringList &schoolRoleCodes();
bool isSchoolRole(const QString &code);
inline constexpr int maxReasonLength = 2000;
} // namespace registration

} // namespace etw
