// SPDX-License-Identifier: GPL-3.0-or-later
// What a national support service keeps beside its queues: notes, reason templates, its setting.
#pragma once

#include "domain/error.h"

#include <QJsonObject>

namespace etw {

// A private note on a queued item, for the service's colleagues (never its teachers).
struct ReviewNote
{
    qint64 id = 0;
    QString itemType; // "registration" or "project"
    qint64 itemId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString text;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<ReviewNote> fromJson(const QJsonObject &object);
    friend bool operator==(const ReviewNote &, const ReviewNote &) = default;
};

// A reason the service reuses when it rejects (a school that is not one, a project copied…).
struct ReasonTemplate
{
    qint64 id = 0;
    QString kind; // "registration" or "project": the queue it is offered in
    QString title;
    QString text;
    qint64 updatedAt = 0;
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<ReasonTemplate> fromJson(const QJsonObject &object);
    friend bool operator==(const ReasonTemplate &, const ReasonTemplate &) = default;
};

// A country's review setting, chosen by its national service.
struct ReviewSetting
{
    QString country;
    bool regionalDecisions = false; // its regional correspondents decide on their region's items
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<ReviewSetting> fromJson(const QJsonObject &object);
    friend bool operator==(const ReviewSetting &, const ReviewSetting &) = default;
};

namespace review {
inline constexpr int maxNoteLength = 4000;
inline constexpr int maxTemplateTitleLength = 120;
inline constexpr int maxTemplateTextLength = 2000;
// The kinds of queued items: what notes and templates are about.
bool isItemType(const QString &type);
// Checks a note's or a template's fields; messages in the current UI language.
FieldErrors validateNote(const QJsonObject &data);
FieldErrors validateTemplate(const QJsonObject &data);
// A decision's `decision` ("approve" or "validate", as the item says it, or "reject") and its
// `reason` (required to reject, at most `maxReason` characters).
FieldErrors validateDecision(const QJsonObject &data, const QString &approveWord, int maxReason);
} // namespace review

} // namespace etw
