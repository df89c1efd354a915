// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/review.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject ReviewNote::toJson() const
{
    return {{u"id"_s, id},
            {u"itemType"_s, itemType},
            {u"itemId"_s, itemId},
            {u"authorId"_s, authorId},
            {u"authorName"_s, authorName},
            {u"text"_s, text},
            {u"createdAt"_s, createdAt},
            {u"updatedAt"_s, updatedAt},
            {u"version"_s, version}};
}

Result<ReviewNote> ReviewNote::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    ReviewNote n;
    n.id = r.integer(u"id"_s);
    n.itemType = r.string(u"itemType"_s);
    n.itemId = r.integer(u"itemId"_s);
    n.authorId = r.integer(u"authorId"_s);
    n.authorName = r.string(u"authorName"_s, json::Optional);
    n.text = r.string(u"text"_s);
    n.createdAt = r.integer(u"createdAt"_s, json::Optional);
    n.updatedAt = r.integer(u"updatedAt"_s, json::Optional);
    n.version = r.integer(u"version"_s);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return n;
}

QJsonObject ReasonTemplate::toJson() const
{
    return {{u"id"_s, id},     {u"kind"_s, kind},           {u"title"_s, title},
            {u"text"_s, text}, {u"updatedAt"_s, updatedAt}, {u"version"_s, version}};
}

Result<ReasonTemplate> ReasonTemplate::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    ReasonTemplate t;
    t.id = r.integer(u"id"_s);
    t.kind = r.string(u"kind"_s);
    t.title = r.string(u"title"_s);
    t.text = r.string(u"text"_s);
    t.updatedAt = r.integer(u"updatedAt"_s, json::Optional);
    t.version = r.integer(u"version"_s);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return t;
}

QJsonObject ReviewSetting::toJson() const
{
    return {{u"country"_s, country},
            {u"regionalDecisions"_s, regionalDecisions},
            {u"version"_s, version}};
}

Result<ReviewSetting> ReviewSetting::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    ReviewSetting s;
    s.country = r.string(u"country"_s);
    s.regionalDecisions = r.boolean(u"regionalDecisions"_s);
    s.version = r.integer(u"version"_s);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return s;
}

namespace review {

bool isItemType(const QString &type)
{
    return type == u"registration" || type == u"project";
}

namespace {
void checkText(FieldErrors &errors, const QJsonObject &data, const QString &field, int max)
{
    const QJsonValue v = data.value(field);
    if (v.isUndefined())
        return;
    if (!v.isString())
        errors.insert(field, fieldError(field, u"wrong_type"_s));
    else if (v.toString().trimmed().isEmpty())
        errors.insert(field, fieldError(field, u"required"_s));
    else if (v.toString().size() > max)
        errors.insert(field, fieldError(field, u"too_long"_s));
}
} // namespace

FieldErrors validateNote(const QJsonObject &data)
{
    FieldErrors errors;
    checkText(errors, data, u"text"_s, maxNoteLength);
    return errors;
}

FieldErrors validateTemplate(const QJsonObject &data)
{
    FieldErrors errors;
    checkText(errors, data, u"title"_s, maxTemplateTitleLength);
    checkText(errors, data, u"text"_s, maxTemplateTextLength);
    if (data.contains(u"kind"_s) && !isItemType(data.value(u"kind"_s).toString()))
        errors.insert(u"kind"_s, fieldError(u"kind"_s, u"unknown_value"_s));
    return errors;
}

FieldErrors validateDecision(const QJsonObject &data, const QString &approveWord, int maxReason)
{
    const QString decision = data.value(u"decision"_s).toString();
    const QString reason = data.value(u"reason"_s).toString().trimmed();
    FieldErrors errors;
    if (decision != approveWord && decision != u"reject")
        errors.insert(
            u"decision"_s,
            fieldError(u"decision"_s, decision.isEmpty() ? u"required"_s : u"unknown_value"_s));
    if (decision == u"reject" && reason.isEmpty())
        errors.insert(u"reason"_s, fieldError(u"reason"_s, u"required"_s));
    if (reason.size() > maxReason)
        errors.insert(u"reason"_s, fieldError(u"reason"_s, u"too_long"_s));
    return errors;
}

} // namespace review

} // namespace etw
