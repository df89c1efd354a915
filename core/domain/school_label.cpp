// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/school_label.h"

#include "domain/json_fields.h"
#include "domain/label.h"
#include "domain/validation_messages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject SchoolRuleSet::toJson() const
{
    QJsonArray list;
    for (const SchoolPrerequisiteRule &p : prerequisites)
        list.append(QJsonObject{{u"code"_s, p.code}, {u"figure"_s, p.figure}});
    return {{u"key"_s, key}, {u"title"_s, title}, {u"prerequisites"_s, list}};
}

QJsonObject SchoolFacts::toJson() const
{
    QJsonArray projects;
    for (const auto &[title, year] : labelledProjects)
        projects.append(QJsonObject{{u"title"_s, title}, {u"schoolYear"_s, year}});
    return {{u"schoolId"_s, schoolId},
            {u"schoolName"_s, schoolName},
            {u"registeredOn"_s, registeredOn.toString(Qt::ISODate)},
            {u"management"_s, QJsonArray::fromStringList(management)},
            {u"teachers"_s, teachers},
            {u"activeTeachers"_s, activeTeachers},
            {u"labelledProjects"_s, projects}};
}

Result<SchoolFacts> SchoolFacts::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    SchoolFacts f;
    f.schoolId = r.integer(u"schoolId"_s);
    f.schoolName = r.string(u"schoolName"_s, json::Optional);
    f.registeredOn = QDate::fromString(r.string(u"registeredOn"_s, json::Optional), Qt::ISODate);
    f.management = r.stringList(u"management"_s, json::Optional);
    f.teachers = int(r.integer(u"teachers"_s, json::Optional));
    f.activeTeachers = int(r.integer(u"activeTeachers"_s, json::Optional));
    for (const QJsonValue &v : object.value(u"labelledProjects"_s).toArray())
        f.labelledProjects.append({v[u"title"_s].toString(), v[u"schoolYear"_s].toString()});
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return f;
}

QList<SchoolPrerequisite> SchoolEligibility::prerequisites() const
{
    return school_label::check(rules, facts, round.cutoff, round.schoolYear);
}

QJsonObject SchoolEligibility::toJson() const
{
    return {{u"schoolId"_s, facts.schoolId},
            {u"facts"_s, facts.toJson()},
            {u"schoolYear"_s, round.schoolYear},
            {u"cutoff"_s, round.cutoff.toString(Qt::ISODate)},
            {u"ruleSet"_s, rules.toJson()},
            {u"eligible"_s, eligible},
            {u"labelUntil"_s, labelUntil.toString(Qt::ISODate)}};
}

Result<SchoolEligibility> SchoolEligibility::fromJson(const QJsonObject &object)
{
    auto facts = SchoolFacts::fromJson(object.value(u"facts"_s).toObject());
    if (!facts)
        return facts.error();
    auto rules = school_label::parseRuleSets({{u"ruleSets"_s, QJsonArray{object[u"ruleSet"_s]}}});
    if (!rules)
        return rules.error();
    SchoolEligibility e;
    e.facts = facts.value();
    e.rules = rules.value().first();
    e.round = {object.value(u"schoolYear"_s).toString(), e.rules.key,
               QDate::fromString(object.value(u"cutoff"_s).toString(), Qt::ISODate)};
    e.eligible = object.value(u"eligible"_s).toBool();
    e.labelUntil = QDate::fromString(object.value(u"labelUntil"_s).toString(), Qt::ISODate);
    if (e.round.schoolYear.isEmpty() || !e.round.cutoff.isValid())
        return invalidInput({{u"cutoff"_s, {u"invalid"_s, u"cutoff: not a date"_s}}});
    return e;
}

namespace school_label {

namespace {
const QStringList &codes()
{
    static const QStringList all{u"registered_years"_s, u"management_registered"_s,
                                 u"teachers_registered"_s, u"teachers_active"_s, u"european_nql"_s};
    return all;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("etw::SchoolLabel", text);
}

QString day(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

// The school years counted back from `schoolYear`: the year itself and the ones before it.
QStringList lastYears(const QString &schoolYear, int count)
{
    QStringList out;
    const int first = schoolYear.left(4).toInt();
    for (int i = 0; i < count; ++i)
        out << u"%1-%2"_s.arg(first - i).arg(first - i + 1);
    return out;
}
} // namespace

Result<QList<SchoolRuleSet>> parseRuleSets(const QJsonObject &file)
{
    FieldErrors errors;
    QList<SchoolRuleSet> out;
    QSet<QString> keys;
    const QJsonArray sets = file.value(u"ruleSets"_s).toArray();
    if (sets.isEmpty())
        errors.insert(u"ruleSets"_s, {u"invalid"_s, u"ruleSets: at least one is needed"_s});
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QJsonObject o = sets.at(i).toObject();
        const QString place = u"ruleSets.%1"_s.arg(i);
        SchoolRuleSet r;
        r.key = o.value(u"key"_s).toString();
        if (r.key.isEmpty() || keys.contains(r.key))
            errors.insert(place + u".key"_s,
                          {u"invalid"_s, place + u".key: missing or used twice"_s});
        keys.insert(r.key);
        r.title = o.value(u"title"_s).toObject();
        if (r.title.value(u"en"_s).toString().isEmpty())
            errors.insert(place + u".title"_s,
                          {u"invalid"_s, place + u".title: an English title is needed"_s});
        const QJsonArray list = o.value(u"prerequisites"_s).toArray();
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QJsonObject p = list.at(j).toObject();
            const QString at = place + u".prerequisites.%1"_s.arg(j);
            SchoolPrerequisiteRule rule{p.value(u"code"_s).toString(),
                                        p.value(u"figure"_s).toInt()};
            if (!codes().contains(rule.code))
                errors.insert(at + u".code"_s, {u"invalid"_s, at + u".code: not a known code"_s});
            else if (rule.code != u"management_registered" && rule.figure < 1)
                errors.insert(at + u".figure"_s,
                              {u"invalid"_s, at + u".figure: must be at least 1"_s});
            r.prerequisites.append(rule);
        }
        if (list.isEmpty())
            errors.insert(place + u".prerequisites"_s,
                          {u"invalid"_s, place + u".prerequisites: at least one is needed"_s});
        out.append(r);
    }
    if (!errors.isEmpty())
        return Error{u"invalid_rule_sets"_s, u"The school label's rule sets are not valid."_s,
                     errors};
    return out;
}

QList<SchoolPrerequisite> check(const SchoolRuleSet &rules, const SchoolFacts &f,
                                const QDate &cutoff, const QString &schoolYear)
{
    QList<SchoolPrerequisite> out;
    for (const SchoolPrerequisiteRule &rule : rules.prerequisites) {
        SchoolPrerequisite p{rule.code, false, {}};
        if (rule.code == u"registered_years") {
            const QDate needed = cutoff.addYears(-rule.figure);
            p.met = f.registeredOn.isValid() && f.registeredOn <= needed;
            p.explanation =
                !f.registeredOn.isValid()
                    ? translated(QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                   "No teacher of the school is registered."))
                : p.met ? translated(QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                       "Registered on %1: at least %2 years "
                                                       "before %3."))
                              .arg(day(f.registeredOn))
                              .arg(rule.figure)
                              .arg(day(cutoff))
                        : translated(QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                       "Registered on %1: not %2 years before "
                                                       "%3 (it would need %4)."))
                              .arg(day(f.registeredOn))
                              .arg(rule.figure)
                              .arg(day(cutoff), day(needed));
        } else if (rule.code == u"management_registered") {
            p.met = !f.management.isEmpty();
            p.explanation =
                p.met ? translated(
                            QT_TRANSLATE_NOOP("etw::SchoolLabel", "Management registered: %1."))
                            .arg(f.management.join(u", "_s))
                      : translated(QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                     "Neither the head teacher nor a member of "
                                                     "the management is registered."));
        } else if (rule.code == u"teachers_registered") {
            p.met = f.teachers >= rule.figure;
            p.explanation = translated(QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                         "%1 teachers registered (%2 needed)."))
                                .arg(f.teachers)
                                .arg(rule.figure);
        } else if (rule.code == u"teachers_active") {
            p.met = f.activeTeachers >= rule.figure;
            p.explanation =
                translated(QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                             "%1 teachers active since %2 (%3 needed)."))
                    .arg(f.activeTeachers)
                    .arg(day(cutoff))
                    .arg(rule.figure);
        } else if (rule.code == u"european_nql") {
            const QStringList years = lastYears(schoolYear, rule.figure);
            QStringList found;
            for (const auto &[title, year] : f.labelledProjects)
                if (years.contains(year))
                    found << u"%1 (%2)"_s.arg(title, year);
            p.met = !found.isEmpty();
            p.explanation =
                p.met ? translated(QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                     "European projects with a National "
                                                     "Quality Label: %1."))
                            .arg(found.join(u"; "_s))
                      : translated(QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                     "No European project of the school has a "
                                                     "National Quality Label in %1."))
                            .arg(years.join(u", "_s));
        }
        out.append(p);
    }
    return out;
}

bool eligible(const QList<SchoolPrerequisite> &prerequisites)
{
    return !prerequisites.isEmpty() &&
           std::all_of(prerequisites.cbegin(), prerequisites.cend(),
                       [](const SchoolPrerequisite &p) { return p.met; });
}

} // namespace school_label
} // namespace etw
