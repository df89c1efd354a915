// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/page.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

#include <cmath>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject Page::toJson() const
{
    return {{u"id"_s, id},
            {u"projectId"_s, projectId},
            {u"parentId"_s, parentId},
            {u"position"_s, position},
            {u"title"_s, title},
            {u"state"_s, state},
            {u"authorId"_s, authorId},
            {u"authorName"_s, authorName},
            {u"revision"_s, revision},
            {u"body"_s, body},
            {u"version"_s, version},
            {u"updatedAt"_s, updatedAt}};
}

Result<Page> Page::fromJson(const QJsonObject &o)
{
    json::Reader r(o);
    Page p;
    p.id = r.integer(u"id"_s);
    p.projectId = r.integer(u"projectId"_s);
    p.parentId = r.integer(u"parentId"_s, json::Optional);
    p.position = o.value(u"position"_s).toDouble();
    p.title = r.string(u"title"_s);
    p.state = r.string(u"state"_s);
    p.authorId = r.integer(u"authorId"_s, json::Optional);
    p.authorName = r.string(u"authorName"_s, json::Optional);
    p.revision = r.integer(u"revision"_s, json::Optional);
    p.body = r.string(u"body"_s, json::Optional);
    p.version = r.integer(u"version"_s, json::Optional);
    p.updatedAt = r.integer(u"updatedAt"_s, json::Optional);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return p;
}

qint64 PageRevision::entityId() const
{
    // Pages stay far below 2^40 and revisions below 2^20 per page.
    return (pageId << 20) | (number & 0xfffff);
}

QJsonObject PageRevision::toJson() const
{
    QJsonObject o{{u"pageId"_s, pageId},       {u"number"_s, number},
                  {u"title"_s, title},         {u"body"_s, body},
                  {u"authorId"_s, authorId},   {u"authorName"_s, authorName},
                  {u"createdAt"_s, createdAt}, {u"kind"_s, kind}};
    if (restoredFrom)
        o.insert(u"restoredFrom"_s, restoredFrom);
    return o;
}

Result<PageRevision> PageRevision::fromJson(const QJsonObject &o)
{
    json::Reader r(o);
    PageRevision v;
    v.pageId = r.integer(u"pageId"_s);
    v.number = r.integer(u"number"_s);
    v.title = r.string(u"title"_s, json::Optional);
    v.body = r.string(u"body"_s, json::Optional);
    v.authorId = r.integer(u"authorId"_s, json::Optional);
    v.authorName = r.string(u"authorName"_s, json::Optional);
    v.createdAt = r.integer(u"createdAt"_s, json::Optional);
    v.kind = r.string(u"kind"_s, json::Optional);
    v.restoredFrom = r.integer(u"restoredFrom"_s, json::Optional);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return v;
}

namespace page {

FieldErrors check(const QJsonObject &data)
{
    FieldErrors errors;
    if (data.contains(u"title"_s)) {
        const QJsonValue v = data.value(u"title"_s);
        const QString title = v.toString().trimmed();
        if (!v.isString())
            errors.insert(u"title"_s, fieldError(u"title"_s, u"wrong_type"_s));
        else if (title.isEmpty())
            errors.insert(u"title"_s, fieldError(u"title"_s, u"required"_s));
        else if (title.size() > maxTitleLength)
            errors.insert(u"title"_s, fieldError(u"title"_s, u"too_long"_s));
    }
    if (data.contains(u"body"_s)) {
        const QJsonValue v = data.value(u"body"_s);
        if (!v.isString())
            errors.insert(u"body"_s, fieldError(u"body"_s, u"wrong_type"_s));
        else if (v.toString().size() > maxBodyLength)
            errors.insert(u"body"_s, fieldError(u"body"_s, u"too_long"_s));
    }
    if (data.contains(u"parentId"_s) && !data.value(u"parentId"_s).isDouble())
        errors.insert(u"parentId"_s, fieldError(u"parentId"_s, u"wrong_type"_s));
    if (data.contains(u"position"_s) && (!data.value(u"position"_s).isDouble() ||
                                         !std::isfinite(data.value(u"position"_s).toDouble())))
        errors.insert(u"position"_s, fieldError(u"position"_s, u"wrong_type"_s));
    return errors;
}

} // namespace page

} // namespace etw
