// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/account.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

namespace etw {

using namespace Qt::StringLiterals;

QString roleCode(Role role)
{
    switch (role) {
    case Role::Teacher:
        return u"teacher"_s;
    case Role::Pupil:
        return u"pupil"_s;
    case Role::Correspondent:
        return u"correspondent"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : {Role::Teacher, Role::Pupil, Role::Correspondent, Role::Admin})
        if (roleCode(r) == code)
            return r;
    return std::nullopt;
}

QJsonObject Account::toJson() const
{
    return {{u"id"_s, id},
            {u"username"_s, username},
            {u"displayName"_s, displayName},
            {u"role"_s, roleCode(role)},
            {u"country"_s, country},
            {u"region"_s, region}};
}

Result<Account> Account::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    Account a;
    a.id = r.integer(u"id"_s);
    a.username = r.string(u"username"_s);
    a.displayName = r.string(u"displayName"_s);
    const QString role = r.string(u"role"_s);
    a.country = r.string(u"country"_s, json::Optional);
    a.region = r.string(u"region"_s, json::Optional);
    FieldErrors errors = r.errors();
    if (const auto parsed = roleFromCode(role))
        a.role = *parsed;
    else if (!errors.contains(u"role"_s))
        errors.insert(u"role"_s, fieldError(u"role"_s, u"unknown_value"_s));
    if (!errors.isEmpty())
        return invalidInput(errors);
    return a;
}

} // namespace etw
