// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/sync_types.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

#include <QJsonArray>
#include <QUuid>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject Change::toJson() const
{
    QJsonObject o{
        {u"type"_s, type}, {u"id"_s, id}, {u"version"_s, version}, {u"deleted"_s, deleted}};
    if (!deleted)
        o.insert(u"data"_s, data);
    return o;
}

Result<Change> Change::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    Change c;
    c.type = r.string(u"type"_s);
    c.id = r.integer(u"id"_s);
    c.version = r.integer(u"version"_s);
    c.deleted = r.boolean(u"deleted"_s);
    c.data = r.object(u"data"_s, c.deleted ? json::Optional : json::Required);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return c;
}

QJsonObject SyncPage::toJson() const
{
    QJsonArray array;
    for (const Change &c : changes)
        array.append(c.toJson());
    return {{u"changes"_s, array}, {u"cursor"_s, cursor}, {u"more"_s, more}, {u"epoch"_s, epoch}};
}

Result<SyncPage> SyncPage::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    SyncPage page;
    page.cursor = r.integer(u"cursor"_s);
    page.more = r.boolean(u"more"_s);
    page.epoch = r.string(u"epoch"_s);
    FieldErrors errors = r.errors();
    const QJsonValue changes = object.value(u"changes"_s);
    if (!changes.isArray())
        errors.insert(u"changes"_s, fieldError(u"changes"_s, u"wrong_type"_s));
    for (const QJsonValue v : changes.toArray()) {
        auto c = Change::fromJson(v.toObject());
        if (!c)
            return c.error();
        page.changes.append(std::move(c.value()));
    }
    if (!errors.isEmpty())
        return invalidInput(errors);
    return page;
}

QJsonObject Mutation::toJson() const
{
    return {{u"id"_s, id},
            {u"type"_s, type},
            {u"op"_s, op},
            {u"entityId"_s, entityId},
            {u"baseVersion"_s, baseVersion},
            {u"data"_s, data}};
}

Result<Mutation> Mutation::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    Mutation m;
    m.id = r.string(u"id"_s);
    m.type = r.string(u"type"_s);
    m.op = r.string(u"op"_s);
    m.entityId = r.integer(u"entityId"_s);
    m.baseVersion = r.integer(u"baseVersion"_s, json::Optional);
    m.data = r.object(u"data"_s, json::Optional);
    FieldErrors errors = r.errors();
    if (!errors.contains(u"id"_s) && QUuid::fromString(m.id).isNull())
        errors.insert(u"id"_s, fieldError(u"id"_s, u"not_uuid"_s));
    if (!errors.contains(u"op"_s) && m.op != u"create" && m.op != u"update" && m.op != u"delete")
        errors.insert(u"op"_s, fieldError(u"op"_s, u"unknown_value"_s));
    if (!errors.isEmpty())
        return invalidInput(errors);
    return m;
}

namespace {
QString statusCode(MutationResult::Status s)
{
    switch (s) {
    case MutationResult::Status::Applied:
        return u"applied"_s;
    case MutationResult::Status::Conflict:
        return u"conflict"_s;
    case MutationResult::Status::Rejected:
        return u"rejected"_s;
    }
    return {};
}
} // namespace

QJsonObject MutationResult::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"status"_s, statusCode(status)}};
    if (status == Status::Applied)
        o.insert(u"version"_s, version);
    if (status == Status::Applied && entityId)
        o.insert(u"entityId"_s, entityId);
    if (status == Status::Conflict)
        o.insert(u"current"_s, current);
    if (status == Status::Rejected) {
        o.insert(u"error"_s, error.toJson());
        if (!current.isEmpty())
            o.insert(u"current"_s, current);
    }
    return o;
}

Result<MutationResult> MutationResult::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    MutationResult m;
    m.id = r.string(u"id"_s);
    const QString status = r.string(u"status"_s);
    FieldErrors errors = r.errors();
    if (status == u"applied") {
        m.status = Status::Applied;
        m.version = r.integer(u"version"_s);
        m.entityId = r.integer(u"entityId"_s, json::Optional);
    } else if (status == u"conflict") {
        m.status = Status::Conflict;
        m.current = r.object(u"current"_s);
    } else if (status == u"rejected") {
        m.status = Status::Rejected;
        m.error = Error::fromJson(r.object(u"error"_s));
        m.current = r.object(u"current"_s, json::Optional);
    } else if (!errors.contains(u"status"_s)) {
        errors.insert(u"status"_s, fieldError(u"status"_s, u"unknown_value"_s));
    }
    for (auto it = r.errors().cbegin(); it != r.errors().cend(); ++it)
        errors.insert(it.key(), *it);
    if (!errors.isEmpty())
        return invalidInput(errors);
    return m;
}

} // namespace etw
