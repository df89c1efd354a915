// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/registration.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

#include <QJsonArray>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject RegistrationDecision::toJson() const
{
    return {{u"decision"_s, decision},
            {u"reason"_s, reason},
            {u"decidedBy"_s, decidedBy},
            {u"decidedByName"_s, decidedByName},
            {u"decidedAt"_s, decidedAt}};
}

Result<RegistrationDecision> RegistrationDecision::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    RegistrationDecision d;
    d.decision = r.string(u"decision"_s);
    d.reason = r.string(u"reason"_s, json::Optional);
    d.decidedBy = r.integer(u"decidedBy"_s);
    d.decidedByName = r.string(u"decidedByName"_s, json::Optional);
    d.decidedAt = r.integer(u"decidedAt"_s);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return d;
}

QJsonObject Registration::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"displayName"_s, displayName},
                  {u"email"_s, email},
                  {u"country"_s, country},
                  {u"region"_s, region},
                  {u"schoolId"_s, schoolId},
                  {u"schoolName"_s, schoolName},
                  {u"schoolCity"_s, schoolCity},
                  {u"schoolAddress"_s, schoolAddress},
                  {u"schoolType"_s, schoolType},
                  {u"newSchool"_s, newSchool},
                  {u"schoolRole"_s, schoolRole},
                  {u"subjects"_s, QJsonArray::fromStringList(subjects)},
                  {u"languages"_s, QJsonArray::fromStringList(languages)},
                  {u"status"_s, status},
                  {u"request"_s, request},
                  {u"requestedAt"_s, requestedAt},
                  {u"registeredAt"_s, registeredAt},
                  {u"version"_s, version}};
    if (decision)
        o.insert(u"decision"_s, decision->toJson());
    return o;
}

Result<Registration> Registration::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    Registration g;
    g.id = r.integer(u"id"_s);
    g.displayName = r.string(u"displayName"_s);
    g.email = r.string(u"email"_s, json::Optional);
    g.country = r.string(u"country"_s);
    g.region = r.string(u"region"_s, json::Optional);
    g.schoolId = r.integer(u"schoolId"_s);
    g.schoolName = r.string(u"schoolName"_s);
    g.schoolCity = r.string(u"schoolCity"_s, json::Optional);
    g.schoolAddress = r.string(u"schoolAddress"_s, json::Optional);
    g.schoolType = r.string(u"schoolType"_s, json::Optional);
    g.newSchool = r.boolean(u"newSchool"_s, json::Optional);
    g.schoolRole = r.string(u"schoolRole"_s, json::Optional);
    g.subjects = r.stringList(u"subjects"_s, json::Optional);
    g.languages = r.stringList(u"languages"_s, json::Optional);
    g.status = r.string(u"status"_s);
    g.request = r.integer(u"request"_s);
    g.requestedAt = r.integer(u"requestedAt"_s, json::Optional);
    g.registeredAt = r.integer(u"registeredAt"_s, json::Optional);
    g.version = r.integer(u"version"_s);
    FieldErrors errors = r.errors();
    if (object.contains(u"decision"_s)) {
        if (auto d = RegistrationDecision::fromJson(object.value(u"decision"_s).toObject()))
            g.decision = d.value();
        else
            errors.insert(u"decision"_s, fieldError(u"decision"_s, u"wrong_type"_s));
    }
    if (!errors.isEmpty())
        return invalidInput(errors);
    return g;
}

namespace registration {

const QStringList &schoolRoleCodes()
{
    static const QStringList codes{u"teacher"_s, u"head_teacher"_s, u"librarian"_s,
                                   u"other_staff"_s, u"student_teacher"_s};
    return codes;
}

bool isSchoolRole(const QString &code)
{
    return schoolRoleCodes().contains(code);
}

} // namespace registration

} // namespace etw
