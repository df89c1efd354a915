// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/forum.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

namespace etw {

using namespace Qt::StringLiterals;

namespace {
void readCommon(json::Reader &r, qint64 &authorId, QString &authorName, qint64 &createdAt,
                qint64 &updatedAt, qint64 &version)
{
    authorId = r.integer(u"authorId"_s, json::Optional);
    authorName = r.string(u"authorName"_s, json::Optional);
    createdAt = r.integer(u"createdAt"_s, json::Optional);
    updatedAt = r.integer(u"updatedAt"_s, json::Optional);
    version = r.integer(u"version"_s, json::Optional);
}

// A text field: a string, not blank when `required` or present, at most `max` characters.
void checkText(FieldErrors &errors, const QJsonObject &data, const QString &field, int max,
               bool required, bool mayBeBlank = false)
{
    if (!data.contains(field)) {
        if (required)
            errors.insert(field, fieldError(field, u"required"_s));
        return;
    }
    const QJsonValue v = data.value(field);
    if (!v.isString())
        errors.insert(field, fieldError(field, u"wrong_type"_s));
    else if (!mayBeBlank && v.toString().trimmed().isEmpty())
        errors.insert(field, fieldError(field, u"required"_s));
    else if (v.toString().size() > max)
        errors.insert(field, fieldError(field, u"too_long"_s));
}

// Where it goes: a non-zero id (negative: created offline by the same client).
void checkRef(FieldErrors &errors, const QJsonObject &data, const QString &field, bool required)
{
    if (!data.contains(field)) {
        if (required)
            errors.insert(field, fieldError(field, u"required"_s));
        return;
    }
    const QJsonValue v = data.value(field);
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() == 0)
        errors.insert(field, fieldError(field, u"wrong_type"_s));
}
} // namespace

QJsonObject ForumDiscussion::toJson() const
{
    return {{u"id"_s, id},
            {u"projectId"_s, projectId},
            {u"title"_s, title},
            {u"description"_s, description},
            {u"authorId"_s, authorId},
            {u"authorName"_s, authorName},
            {u"createdAt"_s, createdAt},
            {u"updatedAt"_s, updatedAt},
            {u"version"_s, version}};
}

Result<ForumDiscussion> ForumDiscussion::fromJson(const QJsonObject &o)
{
    json::Reader r(o);
    ForumDiscussion d;
    d.id = r.integer(u"id"_s);
    d.projectId = r.integer(u"projectId"_s);
    d.title = r.string(u"title"_s);
    d.description = r.string(u"description"_s, json::Optional);
    readCommon(r, d.authorId, d.authorName, d.createdAt, d.updatedAt, d.version);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return d;
}

QJsonObject ForumThread::toJson() const
{
    return {{u"id"_s, id},
            {u"projectId"_s, projectId},
            {u"discussionId"_s, discussionId},
            {u"title"_s, title},
            {u"text"_s, text},
            {u"authorId"_s, authorId},
            {u"authorName"_s, authorName},
            {u"createdAt"_s, createdAt},
            {u"updatedAt"_s, updatedAt},
            {u"version"_s, version}};
}

Result<ForumThread> ForumThread::fromJson(const QJsonObject &o)
{
    json::Reader r(o);
    ForumThread t;
    t.id = r.integer(u"id"_s);
    t.projectId = r.integer(u"projectId"_s);
    t.discussionId = r.integer(u"discussionId"_s);
    t.title = r.string(u"title"_s);
    t.text = r.string(u"text"_s, json::Optional);
    readCommon(r, t.authorId, t.authorName, t.createdAt, t.updatedAt, t.version);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return t;
}

QJsonObject ForumPost::toJson() const
{
    return {{u"id"_s, id},
            {u"projectId"_s, projectId},
            {u"threadId"_s, threadId},
            {u"text"_s, text},
            {u"authorId"_s, authorId},
            {u"authorName"_s, authorName},
            {u"createdAt"_s, createdAt},
            {u"updatedAt"_s, updatedAt},
            {u"version"_s, version}};
}

Result<ForumPost> ForumPost::fromJson(const QJsonObject &o)
{
    json::Reader r(o);
    ForumPost p;
    p.id = r.integer(u"id"_s);
    p.projectId = r.integer(u"projectId"_s);
    p.threadId = r.integer(u"threadId"_s);
    p.text = r.string(u"text"_s);
    readCommon(r, p.authorId, p.authorName, p.createdAt, p.updatedAt, p.version);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return p;
}

namespace forum {

FieldErrors checkDiscussion(const QJsonObject &data, bool creating)
{
    FieldErrors errors;
    checkText(errors, data, u"title"_s, maxTitleLength, creating);
    checkText(errors, data, u"description"_s, maxDescriptionLength, false, true);
    return errors;
}

FieldErrors checkThread(const QJsonObject &data, bool creating)
{
    FieldErrors errors;
    checkRef(errors, data, u"discussionId"_s, creating);
    checkText(errors, data, u"title"_s, maxTitleLength, creating);
    checkText(errors, data, u"text"_s, maxTextLength, creating);
    return errors;
}

FieldErrors checkPost(const QJsonObject &data, bool creating)
{
    FieldErrors errors;
    checkRef(errors, data, u"threadId"_s, creating);
    checkText(errors, data, u"text"_s, maxTextLength, true);
    return errors;
}

} // namespace forum

} // namespace etw
