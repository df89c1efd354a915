// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/school_application.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

#include <QCoreApplication>
#include <QHash>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject SchoolApplication::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"schoolId"_s, schoolId},
                  {u"schoolName"_s, schoolName},
                  {u"country"_s, country},
                  {u"region"_s, region},
                  {u"schoolYear"_s, schoolYear},
                  {u"status"_s, status},
                  {u"fields"_s, fields},
                  {u"startedBy"_s, startedBy},
                  {u"startedByName"_s, startedByName},
                  {u"updatedBy"_s, updatedBy},
                  {u"updatedByName"_s, updatedByName},
                  {u"updatedAt"_s, updatedAt},
                  {u"submittedBy"_s, submittedBy},
                  {u"submittedByName"_s, submittedByName},
                  {u"submittedAt"_s, submittedAt},
                  {u"validUntil"_s, validUntil.toString(Qt::ISODate)},
                  {u"version"_s, version}};
    if (decision)
        o.insert(u"decision"_s, decision->toJson());
    return o;
}

Result<SchoolApplication> SchoolApplication::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    SchoolApplication a;
    a.id = r.integer(u"id"_s);
    a.schoolId = r.integer(u"schoolId"_s);
    a.schoolName = r.string(u"schoolName"_s, json::Optional);
    a.country = r.string(u"country"_s);
    a.region = r.string(u"region"_s, json::Optional);
    a.schoolYear = r.string(u"schoolYear"_s);
    a.status = r.string(u"status"_s);
    a.fields = r.object(u"fields"_s, json::Optional);
    a.startedBy = r.integer(u"startedBy"_s, json::Optional);
    a.startedByName = r.string(u"startedByName"_s, json::Optional);
    a.updatedBy = r.integer(u"updatedBy"_s, json::Optional);
    a.updatedByName = r.string(u"updatedByName"_s, json::Optional);
    a.updatedAt = r.integer(u"updatedAt"_s, json::Optional);
    a.submittedBy = r.integer(u"submittedBy"_s, json::Optional);
    a.submittedByName = r.string(u"submittedByName"_s, json::Optional);
    a.submittedAt = r.integer(u"submittedAt"_s, json::Optional);
    a.validUntil = QDate::fromString(r.string(u"validUntil"_s, json::Optional), Qt::ISODate);
    a.version = r.integer(u"version"_s);
    if (object.value(u"decision"_s).isObject()) {
        auto d = LabelDecision::fromJson(object.value(u"decision"_s).toObject());
        if (!d)
            return d.error();
        a.decision = d.value();
    }
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return a;
}

namespace school_application {

const QStringList &questions()
{
    static const QStringList keys{u"vision"_s, u"team"_s, u"pupils"_s, u"safety"_s, u"plans"_s};
    return keys;
}

const QStringList &fields()
{
    static const QStringList keys = questions() + QStringList{u"headName"_s, u"declared"_s};
    return keys;
}

QString questionTitle(const QString &question)
{
    static const QHash<QString, const char *> titles{
        {u"vision"_s,
         QT_TRANSLATE_NOOP("etw::SchoolApplication", "eTwinning in the school's life and plans")},
        {u"team"_s, QT_TRANSLATE_NOOP("etw::SchoolApplication",
                                      "The school's eTwinning team: who takes part, how they "
                                      "work together")},
        {u"pupils"_s, QT_TRANSLATE_NOOP("etw::SchoolApplication",
                                        "The pupils: how they take part and what they learn")},
        {u"safety"_s, QT_TRANSLATE_NOOP("etw::SchoolApplication",
                                        "eSafety, data protection and copyright in the school")},
        {u"plans"_s, QT_TRANSLATE_NOOP("etw::SchoolApplication",
                                       "What the school plans for the next two years")},
        {u"headName"_s, QT_TRANSLATE_NOOP("etw::SchoolApplication", "Head teacher's name")},
        {u"declared"_s,
         QT_TRANSLATE_NOOP("etw::SchoolApplication", "The head teacher's declaration")},
    };
    const auto it = titles.constFind(question);
    return it == titles.cend() ? question
                               : QCoreApplication::translate("etw::SchoolApplication", *it);
}

namespace {
FieldError error(const QString &field, const QString &code)
{
    const QString reason =
        code == u"required"
            ? (field == u"declared"
                   ? QCoreApplication::translate("etw::SchoolApplication",
                                                 "is needed before the application is sent: "
                                                 "the head teacher supports it.")
                   : QCoreApplication::translate("etw::SchoolApplication", "is required."))
        : code == u"too_long"
            ? QCoreApplication::translate("etw::SchoolApplication", "is too long (at most %1 "
                                                                    "characters).")
                  .arg(field == u"headName" ? maxNameLength : maxTextLength)
        : code == u"not_editable"
            ? QCoreApplication::translate("etw::SchoolApplication", "is not part of the form.")
            : QCoreApplication::translate("etw::SchoolApplication", "is not valid.");
    return {code, QCoreApplication::translate("etw::SchoolApplication", "%1: %2")
                      .arg(questionTitle(field), reason)};
}
} // namespace

FieldErrors validateEdit(const QJsonObject &patch)
{
    FieldErrors errors;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QString &key = it.key();
        if (!fields().contains(key)) {
            errors.insert(key, error(key, u"not_editable"_s));
        } else if (key == u"declared") {
            if (!it.value().isBool())
                errors.insert(key, error(key, u"invalid"_s));
        } else if (!it.value().isString()) {
            errors.insert(key, error(key, u"invalid"_s));
        } else if (it.value().toString().size() >
                   (key == u"headName" ? maxNameLength : maxTextLength)) {
            errors.insert(key, error(key, u"too_long"_s));
        }
    }
    return errors;
}

FieldErrors validateSubmission(const SchoolApplication &a)
{
    FieldErrors errors;
    for (const QString &q : questions() + QStringList{u"headName"_s})
        if (a.text(q).trimmed().isEmpty())
            errors.insert(q, error(q, u"required"_s));
    if (!a.declared())
        errors.insert(u"declared"_s, error(u"declared"_s, u"required"_s));
    return errors;
}

QDate validUntil(const QDate &decidedOn)
{
    return decidedOn.addYears(validYears).addDays(-1);
}

} // namespace school_application
} // namespace etw
