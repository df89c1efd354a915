// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/school_label.h"

#include "domain/label.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace etw {

using namespace Qt::StringLiterals;

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
                    : translated(p.met ? QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                           "Registered on %1: at least %2 years "
                                                           "before %3.")
                                       : QT_TRANSLATE_NOOP("etw::SchoolLabel",
                                                           "Registered on %1: not %2 years "
                                                           "before %3 (it would need %4)."))
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
