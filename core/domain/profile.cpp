// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/profile.h"

#include "domain/catalogue.h"
#include "domain/json_fields.h"
#include "domain/validation_messages.h"

#include <QJsonArray>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject TeacherLabel::toJson() const
{
    QJsonObject o{{u"kind"_s, kind},
                  {u"schoolYear"_s, schoolYear},
                  {u"projectId"_s, projectId},
                  {u"projectTitle"_s, projectTitle}};
    if (!country.isEmpty())
        o.insert(u"country"_s, country);
    return o;
}

TeacherLabel TeacherLabel::fromJson(const QJsonObject &o)
{
    return {o.value(u"kind"_s).toString(), o.value(u"schoolYear"_s).toString(),
            o.value(u"country"_s).toString(), o.value(u"projectId"_s).toInteger(),
            o.value(u"projectTitle"_s).toString()};
}

QJsonObject TeacherProfile::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"displayName"_s, displayName},
                  {u"schoolId"_s, schoolId},
                  {u"country"_s, country},
                  {u"subjects"_s, QJsonArray::fromStringList(subjects)},
                  {u"languages"_s, QJsonArray::fromStringList(languages)},
                  {u"ageMin"_s, ageMin},
                  {u"ageMax"_s, ageMax},
                  {u"bio"_s, bio},
                  {u"lookingForPartners"_s, lookingForPartners},
                  {u"status"_s, status},
                  {u"statusReason"_s, statusReason},
                  {u"schoolRole"_s, schoolRole},
                  {u"version"_s, version}};
    if (!labels.isEmpty()) {
        QJsonArray list;
        for (const TeacherLabel &l : labels)
            list.append(l.toJson());
        o.insert(u"labels"_s, list);
    }
    return o;
}

Result<TeacherProfile> TeacherProfile::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    TeacherProfile p;
    p.id = r.integer(u"id"_s);
    p.displayName = r.string(u"displayName"_s);
    p.schoolId = r.integer(u"schoolId"_s);
    p.country = r.string(u"country"_s);
    p.subjects = r.stringList(u"subjects"_s);
    p.languages = r.stringList(u"languages"_s);
    p.ageMin = int(r.integer(u"ageMin"_s));
    p.ageMax = int(r.integer(u"ageMax"_s));
    p.bio = r.string(u"bio"_s, json::Optional);
    p.lookingForPartners = r.boolean(u"lookingForPartners"_s);
    p.status = r.string(u"status"_s);
    p.statusReason = r.string(u"statusReason"_s, json::Optional);
    p.schoolRole = r.string(u"schoolRole"_s, json::Optional);
    p.version = r.integer(u"version"_s);
    for (const QJsonValue &v : object.value(u"labels"_s).toArray())
        p.labels.append(TeacherLabel::fromJson(v.toObject()));
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return p;
}

namespace profile {

const QStringList &editableFields()
{
    static const QStringList fields{u"subjects"_s, u"languages"_s, u"ageMin"_s,
                                    u"ageMax"_s,   u"bio"_s,       u"lookingForPartners"_s,
                                    u"schoolId"_s};
    return fields;
}

FieldErrors validatePatch(const QJsonObject &patch, const TeacherProfile &base)
{
    FieldErrors errors;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        if (!editableFields().contains(it.key()))
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));

    json::Reader r(patch);
    const QStringList subjects = r.stringList(u"subjects"_s, json::Optional);
    const QStringList languages = r.stringList(u"languages"_s, json::Optional);
    const int ageMin = int(r.integer(u"ageMin"_s, json::Optional));
    const int ageMax = int(r.integer(u"ageMax"_s, json::Optional));
    const QString bio = r.string(u"bio"_s, json::Optional);
    r.boolean(u"lookingForPartners"_s, json::Optional);
    const qint64 schoolId = r.integer(u"schoolId"_s, json::Optional);
    for (auto it = r.errors().cbegin(); it != r.errors().cend(); ++it)
        errors.insert(it.key(), *it);

    if (patch.contains(u"subjects"_s) && !errors.contains(u"subjects"_s))
        checkCodeList(errors, u"subjects"_s, subjects, &catalogue::isSubject, maxListSize);
    if (patch.contains(u"languages"_s) && !errors.contains(u"languages"_s))
        checkCodeList(errors, u"languages"_s, languages, &catalogue::isLanguage, maxListSize);

    const int newMin = patch.contains(u"ageMin"_s) ? ageMin : base.ageMin;
    const int newMax = patch.contains(u"ageMax"_s) ? ageMax : base.ageMax;
    if (patch.contains(u"ageMin"_s) && !errors.contains(u"ageMin"_s) &&
        (newMin < catalogue::minPupilAge || newMin > catalogue::maxPupilAge))
        errors.insert(u"ageMin"_s, fieldError(u"ageMin"_s, u"out_of_range"_s));
    if (patch.contains(u"ageMax"_s) && !errors.contains(u"ageMax"_s) &&
        (newMax < catalogue::minPupilAge || newMax > catalogue::maxPupilAge))
        errors.insert(u"ageMax"_s, fieldError(u"ageMax"_s, u"out_of_range"_s));
    if (!errors.contains(u"ageMin"_s) && !errors.contains(u"ageMax"_s) && newMin > newMax)
        errors.insert(u"ageMax"_s, fieldError(u"ageMax"_s, u"below_minimum_age"_s));

    // Whether the school exists in the teacher's country, the server checks.
    if (patch.contains(u"schoolId"_s) && !errors.contains(u"schoolId"_s) && schoolId <= 0)
        errors.insert(u"schoolId"_s, fieldError(u"schoolId"_s, u"unknown_value"_s));
    if (bio.size() > maxBioLength)
        errors.insert(u"bio"_s, fieldError(u"bio"_s, u"too_long"_s));
    return errors;
}

TeacherProfile applyPatch(TeacherProfile p, const QJsonObject &patch)
{
    json::Reader r(patch);
    if (patch.contains(u"subjects"_s))
        p.subjects = r.stringList(u"subjects"_s);
    if (patch.contains(u"languages"_s))
        p.languages = r.stringList(u"languages"_s);
    if (patch.contains(u"ageMin"_s))
        p.ageMin = int(r.integer(u"ageMin"_s));
    if (patch.contains(u"ageMax"_s))
        p.ageMax = int(r.integer(u"ageMax"_s));
    if (patch.contains(u"bio"_s))
        p.bio = r.string(u"bio"_s, json::Optional);
    if (patch.contains(u"lookingForPartners"_s))
        p.lookingForPartners = r.boolean(u"lookingForPartners"_s);
    // Another school is another registration: its national support service validates the
    // teacher again (the server counts a new request), and the reason of a refusal is gone.
    if (patch.contains(u"schoolId"_s) && r.integer(u"schoolId"_s) != p.schoolId) {
        p.schoolId = r.integer(u"schoolId"_s);
        p.status = u"pending"_s;
        p.statusReason.clear();
    }
    return p;
}

} // namespace profile
} // namespace etw
