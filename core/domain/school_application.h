// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label's application: one per school and round, written by its teachers
// together, declared by its head teacher, decided by its national support service.
#pragma once

#include "domain/error.h"
#include "domain/label.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace etw {

struct SchoolApplication
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QString schoolName;
    QString country;
    QString region;
    QString schoolYear;
    QString status; // "draft", "submitted", "awarded", "not_awarded"
    // The shared texts, the head teacher's name and whether they declared, each a field of its
    // own: two teachers writing different answers never conflict.
    QJsonObject fields;
    qint64 startedBy = 0;
    QString startedByName;
    qint64 updatedBy = 0;
    QString updatedByName;
    qint64 updatedAt = 0;
    qint64 submittedBy = 0;
    QString submittedByName;
    qint64 submittedAt = 0;
    std::optional<LabelDecision> decision;
    QDate validUntil; // an awarded label's last day
    qint64 version = 0;

    QString text(const QString &field) const { return fields.value(field).toString(); }
    bool declared() const { return fields.value(QStringLiteral("declared")).toBool(); }

    QJsonObject toJson() const;
    static Result<SchoolApplication> fromJson(const QJsonObject &object);
    friend bool operator==(const SchoolApplication &, const SchoolApplication &) = default;
};

namespace school_application {

inline constexpr int maxTextLength = 8000;
inline constexpr int maxNameLength = 200;
inline constexpr int validYears = 2; // an awarded label's life

// The questions the school answers, in the form's order.
const QStringList &questions();
QString questionTitle(const QString &question); // in the UI language
// Every field an edit may carry: the questions, "headName" and "declared".
const QStringList &fields();

// An edit of the shared draft: known fields only, of their type and length. Errors name the
// field and the reason, in the UI language.
FieldErrors validateEdit(const QJsonObject &patch);
// What submitting needs: every question answered, the head teacher named, their declaration.
FieldErrors validateSubmission(const SchoolApplication &application);
// The last day of a label awarded on `decidedOn`.
QDate validUntil(const QDate &decidedOn);

} // namespace school_application
} // namespace etw
