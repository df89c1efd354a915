// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/project.h"

#include "domain/catalogue.h"
#include "domain/json_fields.h"
#include "domain/profile.h"
#include "domain/validation_messages.h"

#include <QJsonArray>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject ProjectMember::toJson() const
{
    return {{u"accountId"_s, accountId},
            {u"displayName"_s, displayName},
            {u"schoolId"_s, schoolId},
            {u"schoolName"_s, schoolName},
            {u"country"_s, country},
            {u"region"_s, region},
            {u"role"_s, role},
            {u"state"_s, state},
            {u"lastActiveAt"_s, lastActiveAt},
            {u"since"_s, since}};
}

Result<ProjectMember> ProjectMember::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    ProjectMember m;
    m.accountId = r.integer(u"accountId"_s);
    m.displayName = r.string(u"displayName"_s);
    m.schoolId = r.integer(u"schoolId"_s);
    m.schoolName = r.string(u"schoolName"_s);
    m.country = r.string(u"country"_s);
    m.region = r.string(u"region"_s, json::Optional);
    m.role = r.string(u"role"_s);
    m.state = r.string(u"state"_s);
    // Optional: payloads of servers before they kept them still parse (0, not known).
    m.lastActiveAt = r.integer(u"lastActiveAt"_s, json::Optional);
    m.since = r.integer(u"since"_s, json::Optional);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return m;
}

QJsonObject ProjectDecision::toJson() const
{
    return {{u"country"_s, country},     {u"decision"_s, decision},
            {u"reason"_s, reason},       {u"decidedAt"_s, decidedAt},
            {u"decidedBy"_s, decidedBy}, {u"decidedByName"_s, decidedByName}};
}

Result<ProjectDecision> ProjectDecision::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    ProjectDecision d;
    d.country = r.string(u"country"_s);
    d.decision = r.string(u"decision"_s);
    d.reason = r.string(u"reason"_s, json::Optional);
    d.decidedAt = r.integer(u"decidedAt"_s);
    d.decidedBy = r.integer(u"decidedBy"_s, json::Optional);
    d.decidedByName = r.string(u"decidedByName"_s, json::Optional);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return d;
}

QJsonObject ProjectLabel::toJson() const
{
    QJsonObject o{{u"kind"_s, kind}, {u"schoolYear"_s, schoolYear}};
    if (!country.isEmpty())
        o.insert(u"country"_s, country);
    if (!teacherName.isEmpty())
        o.insert(u"teacherName"_s, teacherName);
    return o;
}

ProjectLabel ProjectLabel::fromJson(const QJsonObject &o)
{
    return {o.value(u"kind"_s).toString(), o.value(u"schoolYear"_s).toString(),
            o.value(u"country"_s).toString(), o.value(u"teacherName"_s).toString()};
}

QJsonObject Project::toJson() const
{
    QJsonArray memberList, decisionList;
    for (const ProjectMember &m : members)
        memberList.append(m.toJson());
    for (const ProjectDecision &d : decisions)
        decisionList.append(d.toJson());
    QJsonObject o{{u"id"_s, id},
                  {u"kind"_s, kind},
                  {u"title"_s, title},
                  {u"summary"_s, summary},
                  {u"description"_s, description},
                  {u"subjects"_s, QJsonArray::fromStringList(subjects)},
                  {u"languages"_s, QJsonArray::fromStringList(languages)},
                  {u"ageMin"_s, ageMin},
                  {u"ageMax"_s, ageMax},
                  {u"durationMonths"_s, durationMonths},
                  {u"aims"_s, aims},
                  {u"workProcess"_s, workProcess},
                  {u"expectedResults"_s, expectedResults},
                  {u"status"_s, status},
                  {u"members"_s, memberList},
                  {u"decisions"_s, decisionList},
                  {u"createdBy"_s, createdBy},
                  {u"updatedAt"_s, updatedAt},
                  {u"version"_s, version}};
    if (!labels.isEmpty()) {
        QJsonArray list;
        for (const ProjectLabel &l : labels)
            list.append(l.toJson());
        o.insert(u"labels"_s, list);
    }
    return o;
}

Result<Project> Project::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    Project p;
    p.id = r.integer(u"id"_s);
    p.kind = r.string(u"kind"_s);
    p.title = r.string(u"title"_s);
    p.summary = r.string(u"summary"_s);
    p.description = r.string(u"description"_s, json::Optional);
    p.subjects = r.stringList(u"subjects"_s);
    p.languages = r.stringList(u"languages"_s);
    p.ageMin = int(r.integer(u"ageMin"_s));
    p.ageMax = int(r.integer(u"ageMax"_s));
    p.durationMonths = int(r.integer(u"durationMonths"_s));
    p.aims = r.string(u"aims"_s, json::Optional);
    p.workProcess = r.string(u"workProcess"_s, json::Optional);
    p.expectedResults = r.string(u"expectedResults"_s, json::Optional);
    p.status = r.string(u"status"_s);
    p.createdBy = r.integer(u"createdBy"_s, json::Optional);
    p.updatedAt = r.integer(u"updatedAt"_s, json::Optional);
    p.version = r.integer(u"version"_s);
    FieldErrors errors = r.errors();
    for (const QJsonValue v : object.value(u"members"_s).toArray()) {
        auto m = ProjectMember::fromJson(v.toObject());
        if (!m) {
            errors.insert(u"members"_s, fieldError(u"members"_s, u"wrong_type"_s));
            break;
        }
        p.members.append(m.value());
    }
    for (const QJsonValue v : object.value(u"decisions"_s).toArray()) {
        auto d = ProjectDecision::fromJson(v.toObject());
        if (!d) {
            errors.insert(u"decisions"_s, fieldError(u"decisions"_s, u"wrong_type"_s));
            break;
        }
        p.decisions.append(d.value());
    }
    for (const QJsonValue v : object.value(u"labels"_s).toArray())
        p.labels.append(ProjectLabel::fromJson(v.toObject()));
    if (!errors.isEmpty())
        return invalidInput(errors);
    return p;
}

const ProjectMember *Project::member(qint64 accountId) const
{
    for (const ProjectMember &m : members)
        if (m.accountId == accountId)
            return &m;
    return nullptr;
}

bool Project::isFounder(qint64 accountId) const
{
    const ProjectMember *m = member(accountId);
    return m && m->role == u"founder" && m->state == u"active";
}

bool Project::isMember(qint64 accountId) const
{
    const ProjectMember *m = member(accountId);
    return m && m->state == u"active";
}

QStringList Project::founderCountries() const
{
    QStringList countries;
    for (const ProjectMember &m : members)
        if (m.role == u"founder" && m.state == u"active" && !countries.contains(m.country))
            countries.append(m.country);
    countries.sort();
    return countries;
}

namespace project {

const QStringList &formFields()
{
    static const QStringList fields{u"title"_s,       u"summary"_s,        u"description"_s,
                                    u"subjects"_s,    u"languages"_s,      u"ageMin"_s,
                                    u"ageMax"_s,      u"durationMonths"_s, u"aims"_s,
                                    u"workProcess"_s, u"expectedResults"_s};
    return fields;
}

int maxLength(const QString &field)
{
    if (field == u"title")
        return maxTitleLength;
    if (field == u"summary")
        return maxSummaryLength;
    if (field == u"description" || field == u"aims" || field == u"workProcess" ||
        field == u"expectedResults")
        return maxTextLength;
    if (field == u"reason")
        return maxReasonLength;
    return 0;
}

namespace {
const QStringList &requiredOnRegistration()
{
    static const QStringList fields{u"title"_s,  u"summary"_s, u"subjects"_s,       u"languages"_s,
                                    u"ageMin"_s, u"ageMax"_s,  u"durationMonths"_s, u"aims"_s};
    return fields;
}

// The checks shared by a whole form and a patch; `fields` holds what is being set.
FieldErrors check(const QJsonObject &fields, const Project &base)
{
    FieldErrors errors;
    json::Reader r(fields);
    QHash<QString, QString> texts;
    for (const QString &f : {u"title"_s, u"summary"_s, u"description"_s, u"aims"_s,
                             u"workProcess"_s, u"expectedResults"_s})
        texts.insert(f, r.string(f, json::Optional).trimmed());
    const QStringList subjects = r.stringList(u"subjects"_s, json::Optional);
    const QStringList languages = r.stringList(u"languages"_s, json::Optional);
    const int ageMin = int(r.integer(u"ageMin"_s, json::Optional));
    const int ageMax = int(r.integer(u"ageMax"_s, json::Optional));
    const int duration = int(r.integer(u"durationMonths"_s, json::Optional));
    for (auto it = r.errors().cbegin(); it != r.errors().cend(); ++it)
        errors.insert(it.key(), *it);

    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (!fields.contains(it.key()) || errors.contains(it.key()))
            continue;
        if (it->size() > maxLength(it.key()))
            errors.insert(it.key(), fieldError(it.key(), u"too_long"_s));
        else if (it.key() == u"title" && it->size() < minTitleLength)
            errors.insert(it.key(),
                          fieldError(it.key(), it->isEmpty() ? u"required"_s : u"too_short"_s));
        else if (it->isEmpty() && requiredOnRegistration().contains(it.key()))
            errors.insert(it.key(), fieldError(it.key(), u"required"_s));
    }
    if (fields.contains(u"subjects"_s) && !errors.contains(u"subjects"_s))
        checkCodeList(errors, u"subjects"_s, subjects, &catalogue::isSubject, profile::maxListSize);
    if (fields.contains(u"languages"_s) && !errors.contains(u"languages"_s))
        checkCodeList(errors, u"languages"_s, languages, &catalogue::isLanguage,
                      profile::maxListSize);
    const int newMin = fields.contains(u"ageMin"_s) ? ageMin : base.ageMin;
    const int newMax = fields.contains(u"ageMax"_s) ? ageMax : base.ageMax;
    for (const auto &[field, value] : {std::pair{u"ageMin"_s, newMin}, {u"ageMax"_s, newMax}})
        if (fields.contains(field) && !errors.contains(field) &&
            (value < catalogue::minPupilAge || value > catalogue::maxPupilAge))
            errors.insert(field, fieldError(field, u"out_of_range"_s));
    if (!errors.contains(u"ageMin"_s) && !errors.contains(u"ageMax"_s) && newMin > newMax)
        errors.insert(u"ageMax"_s, fieldError(u"ageMax"_s, u"below_minimum_age"_s));
    if (fields.contains(u"durationMonths"_s) && !errors.contains(u"durationMonths"_s) &&
        (duration < minDurationMonths || duration > maxDurationMonths))
        errors.insert(u"durationMonths"_s, fieldError(u"durationMonths"_s, u"out_of_range"_s));
    return errors;
}
} // namespace

FieldErrors validateForm(const QJsonObject &form)
{
    FieldErrors errors;
    const QJsonValue kind = form.value(u"kind"_s);
    if (kind.isUndefined() || kind.toString().isEmpty())
        errors.insert(u"kind"_s, fieldError(u"kind"_s, u"required"_s));
    else if (kind.toString() != u"european" && kind.toString() != u"national")
        errors.insert(u"kind"_s, fieldError(u"kind"_s, u"unknown_value"_s));
    for (const QString &field : requiredOnRegistration())
        if (!form.contains(field))
            errors.insert(field, fieldError(field, u"required"_s));
    QJsonObject fields;
    for (const QString &field : formFields())
        if (form.contains(field))
            fields.insert(field, form.value(field));
    const FieldErrors more = check(fields, Project{});
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        if (!errors.contains(it.key()))
            errors.insert(it.key(), *it);
    return errors;
}

FieldErrors validateRegistration(const QJsonObject &registration)
{
    QJsonObject form = registration;
    const QJsonValue invitations = form.take(u"invitations"_s);
    FieldErrors errors = validateForm(form);
    for (auto it = form.constBegin(); it != form.constEnd(); ++it)
        if (it.key() != u"kind" && !formFields().contains(it.key()))
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
    if (!invitations.isUndefined() && !invitations.isArray())
        errors.insert(u"invitations"_s, fieldError(u"invitations"_s, u"wrong_type"_s));
    else if (invitations.toArray().size() > maxInvitations)
        errors.insert(u"invitations"_s, fieldError(u"invitations"_s, u"too_many"_s));
    return errors;
}

FieldErrors validatePatch(const QJsonObject &patch, const Project &base)
{
    FieldErrors errors = check(patch, base);
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        if (!formFields().contains(it.key()))
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
    return errors;
}

Project applyPatch(Project p, const QJsonObject &patch)
{
    json::Reader r(patch);
    auto text = [&](const QString &field, QString &target) {
        if (patch.contains(field))
            target = r.string(field, json::Optional).trimmed();
    };
    text(u"title"_s, p.title);
    text(u"summary"_s, p.summary);
    text(u"description"_s, p.description);
    text(u"aims"_s, p.aims);
    text(u"workProcess"_s, p.workProcess);
    text(u"expectedResults"_s, p.expectedResults);
    if (patch.contains(u"kind"_s))
        p.kind = r.string(u"kind"_s);
    if (patch.contains(u"subjects"_s))
        p.subjects = r.stringList(u"subjects"_s);
    if (patch.contains(u"languages"_s))
        p.languages = r.stringList(u"languages"_s);
    if (patch.contains(u"ageMin"_s))
        p.ageMin = int(r.integer(u"ageMin"_s));
    if (patch.contains(u"ageMax"_s))
        p.ageMax = int(r.integer(u"ageMax"_s));
    if (patch.contains(u"durationMonths"_s))
        p.durationMonths = int(r.integer(u"durationMonths"_s));
    return p;
}

bool foundersComplete(const Project &p)
{
    int founders = 0;
    for (const ProjectMember &m : p.members)
        founders += m.role == u"founder" && m.state == u"active";
    const int countries = int(p.founderCountries().size());
    if (founders < 2)
        return false;
    return p.kind == u"european" ? countries >= 2 : countries == 1;
}

} // namespace project
} // namespace etw
