// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/sign_up.h"

#include "domain/catalogue.h"
#include "domain/json_fields.h"
#include "domain/profile.h"
#include "domain/regions.h"
#include "domain/registration.h"
#include "domain/validation_messages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject SignUp::toJson() const
{
    QJsonObject o{{u"email"_s, email},
                  {u"password"_s, password},
                  {u"displayName"_s, displayName},
                  {u"country"_s, country},
                  {u"schoolRole"_s, schoolRole},
                  {u"subjects"_s, QJsonArray::fromStringList(subjects)},
                  {u"languages"_s, QJsonArray::fromStringList(languages)},
                  {u"ageMin"_s, ageMin},
                  {u"ageMax"_s, ageMax}};
    if (newSchool)
        o.insert(u"newSchool"_s, QJsonObject{{u"name"_s, newSchool->name},
                                             {u"city"_s, newSchool->city},
                                             {u"address"_s, newSchool->address},
                                             {u"type"_s, newSchool->type},
                                             {u"region"_s, newSchool->region}});
    else
        o.insert(u"schoolId"_s, schoolId);
    return o;
}

namespace sign_up {

int maxLength(const QString &field)
{
    if (field == u"email")
        return maxEmailLength;
    if (field == u"displayName" || field == u"schoolName" || field == u"schoolCity")
        return maxNameLength;
    if (field == u"schoolAddress")
        return maxAddressLength;
    if (field == u"password")
        return maxPasswordLength;
    return 0;
}

bool isEmail(const QString &text)
{
    // Deliberately loose: nothing is sent to it, the national service reads it. It only has
    // to look like an address, so that a name typed in the wrong field is caught.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return text.size() <= maxEmailLength && pattern.match(text).hasMatch();
}

namespace {
// A text field: present, not blank, not too long; trimmed.
QString text(json::Reader &r, FieldErrors &errors, const QString &field, bool required = true)
{
    const QString value = r.string(field, required ? json::Required : json::Optional).trimmed();
    if (errors.contains(field) || r.errors().contains(field))
        return value;
    if (required && value.isEmpty())
        errors.insert(field, fieldError(field, u"required"_s));
    else if (value.size() > maxLength(field))
        errors.insert(field, fieldError(field, u"too_long"_s));
    return value;
}

void checkNewSchool(const QJsonObject &school, const QString &country, NewSchool &out,
                    FieldErrors &errors)
{
    // The form's field names, so that each error lands at its own field.
    const QJsonObject named{{u"schoolName"_s, school.value(u"name"_s)},
                            {u"schoolCity"_s, school.value(u"city"_s)},
                            {u"schoolAddress"_s, school.value(u"address"_s)},
                            {u"schoolType"_s, school.value(u"type"_s)},
                            {u"region"_s, school.value(u"region"_s)}};
    json::Reader r(named);
    out.name = text(r, errors, u"schoolName"_s);
    out.city = text(r, errors, u"schoolCity"_s);
    out.address = text(r, errors, u"schoolAddress"_s, false);
    out.type = r.string(u"schoolType"_s);
    out.region = r.string(u"region"_s, json::Optional).trimmed();
    for (auto it = r.errors().cbegin(); it != r.errors().cend(); ++it)
        errors.insert(it.key(), *it);
    if (!errors.contains(u"schoolType"_s) && !catalogue::isSchoolType(out.type))
        errors.insert(u"schoolType"_s, fieldError(u"schoolType"_s, u"unknown_value"_s));
    // Regional correspondents review their region's schools: where the country has regions,
    // a new school is in one of them, and never in another country's.
    if (errors.contains(u"region"_s) || !catalogue::isCountry(country))
        return;
    const bool hasRegions = !regions::codes(country).isEmpty();
    if (hasRegions && out.region.isEmpty())
        errors.insert(u"region"_s, fieldError(u"region"_s, u"required"_s));
    else if (!out.region.isEmpty() && !regions::isRegion(country, out.region))
        errors.insert(u"region"_s, fieldError(u"region"_s, u"unknown_value"_s));
}
} // namespace

Result<SignUp> read(const QJsonObject &form)
{
    FieldErrors errors;
    json::Reader r(form);
    SignUp s;
    s.email = text(r, errors, u"email"_s);
    s.displayName = text(r, errors, u"displayName"_s);
    // Not trimmed: every character of a password counts.
    s.password = r.string(u"password"_s);
    s.country = r.string(u"country"_s);
    s.schoolRole = r.string(u"schoolRole"_s);
    s.subjects = r.stringList(u"subjects"_s);
    s.languages = r.stringList(u"languages"_s);
    s.ageMin = int(r.integer(u"ageMin"_s));
    s.ageMax = int(r.integer(u"ageMax"_s));
    const bool hasNewSchool = form.contains(u"newSchool"_s) && !form[u"newSchool"_s].isNull();
    const QJsonObject school = r.object(u"newSchool"_s, json::Optional);
    s.schoolId = r.integer(u"schoolId"_s, json::Optional);
    for (auto it = r.errors().cbegin(); it != r.errors().cend(); ++it)
        errors.insert(it.key(), *it);

    if (!errors.contains(u"email"_s) && !isEmail(s.email))
        errors.insert(u"email"_s, fieldError(u"email"_s, u"not_email"_s));
    if (!errors.contains(u"password"_s)) {
        if (s.password.isEmpty())
            errors.insert(u"password"_s, fieldError(u"password"_s, u"required"_s));
        else if (s.password.size() < minPasswordLength)
            errors.insert(u"password"_s, fieldError(u"password"_s, u"too_short"_s));
        else if (s.password.size() > maxPasswordLength)
            errors.insert(u"password"_s, fieldError(u"password"_s, u"too_long"_s));
    }
    if (!errors.contains(u"country"_s) && !catalogue::isCountry(s.country))
        errors.insert(
            u"country"_s,
            fieldError(u"country"_s, s.country.isEmpty() ? u"required"_s : u"unknown_value"_s));
    if (hasNewSchool && !errors.contains(u"newSchool"_s)) {
        s.newSchool.emplace();
        checkNewSchool(school, s.country, *s.newSchool, errors);
        if (s.schoolId != 0) // one school or the other, never both
            errors.insert(u"schoolId"_s, fieldError(u"schoolId"_s, u"unknown_value"_s));
    } else if (!hasNewSchool && !errors.contains(u"schoolId"_s) && s.schoolId <= 0) {
        errors.insert(
            u"schoolId"_s,
            fieldError(u"schoolId"_s, s.schoolId == 0 ? u"required"_s : u"unknown_value"_s));
    }
    if (!errors.contains(u"schoolRole"_s) && !registration::isSchoolRole(s.schoolRole))
        errors.insert(u"schoolRole"_s,
                      fieldError(u"schoolRole"_s,
                                 s.schoolRole.isEmpty() ? u"required"_s : u"unknown_value"_s));
    if (!errors.contains(u"subjects"_s))
        checkCodeList(errors, u"subjects"_s, s.subjects, &catalogue::isSubject,
                      profile::maxListSize);
    if (!errors.contains(u"languages"_s))
        checkCodeList(errors, u"languages"_s, s.languages, &catalogue::isLanguage,
                      profile::maxListSize);
    // The same rule as the profile's: the profile this form becomes must be a valid one.
    for (const auto &[field, age] : {std::pair{u"ageMin"_s, s.ageMin}, {u"ageMax"_s, s.ageMax}})
        if (!errors.contains(field) &&
            (age < catalogue::minPupilAge || age > catalogue::maxPupilAge))
            errors.insert(field, fieldError(field, u"out_of_range"_s));
    if (!errors.contains(u"ageMin"_s) && !errors.contains(u"ageMax"_s) && s.ageMin > s.ageMax)
        errors.insert(u"ageMax"_s, fieldError(u"ageMax"_s, u"below_minimum_age"_s));

    if (!errors.isEmpty())
        return invalidInput(errors);
    return s;
}

QString schoolRoleName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {u"teacher"_s, QT_TRANSLATE_NOOP("etw::SchoolRole", "Teacher")},
        {u"head_teacher"_s, QT_TRANSLATE_NOOP("etw::SchoolRole", "Head teacher")},
        {u"librarian"_s, QT_TRANSLATE_NOOP("etw::SchoolRole", "Librarian")},
        {u"other_staff"_s, QT_TRANSLATE_NOOP("etw::SchoolRole", "Other school staff")},
        {u"student_teacher"_s, QT_TRANSLATE_NOOP("etw::SchoolRole", "Student teacher")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : QCoreApplication::translate("etw::SchoolRole", *it);
}

} // namespace sign_up
} // namespace etw
