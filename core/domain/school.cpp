// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/school.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject School::toJson() const
{
    QJsonObject o{{u"id"_s, id},           {u"name"_s, name},      {u"city"_s, city},
                  {u"country"_s, country}, {u"type"_s, type},      {u"region"_s, region},
                  {u"address"_s, address}, {u"version"_s, version}};
    if (!labelUntil.isEmpty())
        o.insert(u"labelUntil"_s, labelUntil);
    return o;
}

bool School::labelledOn(const QDate &day) const
{
    const QDate until = QDate::fromString(labelUntil, Qt::ISODate);
    return until.isValid() && day <= until;
}

Result<School> School::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    School s;
    s.id = r.integer(u"id"_s);
    s.name = r.string(u"name"_s);
    s.city = r.string(u"city"_s);
    s.country = r.string(u"country"_s);
    s.type = r.string(u"type"_s);
    // Optional: a directory copied before schools had them still reads.
    s.region = r.string(u"region"_s, json::Optional);
    s.address = r.string(u"address"_s, json::Optional);
    s.labelUntil = r.string(u"labelUntil"_s, json::Optional);
    s.version = r.integer(u"version"_s);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return s;
}

} // namespace etw
