// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/assessment_grid.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace etw {

using namespace Qt::StringLiterals;

int AssessmentGrid::maxTotal() const
{
    int total = 0;
    for (const Criterion &c : criteria)
        for (const SubCriterion &s : c.subCriteria)
            total += s.maxPoints;
    return total;
}

const SubCriterion *AssessmentGrid::subCriterion(const QString &key) const
{
    for (const Criterion &c : criteria)
        for (const SubCriterion &s : c.subCriteria)
            if (s.key == key)
                return &s;
    return nullptr;
}

QStringList AssessmentGrid::subCriterionKeys() const
{
    QStringList keys;
    for (const Criterion &c : criteria)
        for (const SubCriterion &s : c.subCriteria)
            keys << s.key;
    return keys;
}

QJsonObject AssessmentGrid::toJson() const
{
    QJsonArray list;
    for (const Criterion &c : criteria) {
        QJsonArray subs;
        for (const SubCriterion &s : c.subCriteria)
            subs.append(QJsonObject{{u"key"_s, s.key},
                                    {u"title"_s, s.title},
                                    {u"maxPoints"_s, s.maxPoints},
                                    {u"minimum"_s, s.minimum}});
        list.append(
            QJsonObject{{u"key"_s, c.key}, {u"title"_s, c.title}, {u"subCriteria"_s, subs}});
    }
    return {{u"id"_s, id},
            {u"country"_s, country},
            {u"schoolYear"_s, schoolYear},
            {u"version"_s, version},
            {u"criteria"_s, list}};
}

int LabelAssessment::total() const
{
    int sum = 0;
    for (int points : scores)
        sum += points;
    return sum;
}

QJsonObject LabelAssessment::toJson() const
{
    QJsonObject s, c;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        s.insert(it.key(), it.value());
    for (auto it = comments.cbegin(); it != comments.cend(); ++it)
        c.insert(it.key(), it.value());
    return {{u"id"_s, id},
            {u"applicationId"_s, applicationId},
            {u"assessorId"_s, assessorId},
            {u"assessorName"_s, assessorName},
            {u"scores"_s, s},
            {u"comments"_s, c},
            {u"comment"_s, comment},
            {u"total"_s, total()},
            {u"updatedAt"_s, updatedAt},
            {u"version"_s, version}};
}

Result<LabelAssessment> LabelAssessment::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    LabelAssessment a;
    a.id = r.integer(u"id"_s);
    a.applicationId = r.integer(u"applicationId"_s);
    a.assessorId = r.integer(u"assessorId"_s);
    a.assessorName = r.string(u"assessorName"_s, json::Optional);
    a.comment = r.string(u"comment"_s, json::Optional);
    a.updatedAt = r.integer(u"updatedAt"_s, json::Optional);
    a.version = r.integer(u"version"_s);
    const QJsonObject scores = object.value(u"scores"_s).toObject();
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
        a.scores.insert(it.key(), it.value().toInt());
    const QJsonObject comments = object.value(u"comments"_s).toObject();
    for (auto it = comments.constBegin(); it != comments.constEnd(); ++it)
        a.comments.insert(it.key(), it.value().toString());
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return a;
}

namespace grid {

const QStringList &namedMinima()
{
    static const QStringList keys{u"pupilCollaboration"_s, u"digitalTools"_s, u"dataProtection"_s};
    return keys;
}

QString titleIn(const QJsonObject &title, const QString &language)
{
    const QString own = title.value(language).toString();
    return own.isEmpty() ? title.value(u"en"_s).toString() : own;
}

namespace {
FieldError gridError(const QString &place, const QString &reason)
{
    return {u"invalid_grid"_s, u"%1: %2"_s.arg(place, reason)};
}

// A title as the file gives it: a text (English), or texts by language with English among them.
std::optional<QJsonObject> readTitle(const QJsonValue &v)
{
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return QJsonObject{{u"en"_s, v.toString().trimmed()}};
    const QJsonObject o = v.toObject();
    if (o.value(u"en"_s).toString().trimmed().isEmpty())
        return std::nullopt;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!it.value().isString() || it.key().size() != 2)
            return std::nullopt;
    return o;
}

bool isKey(const QString &key)
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_]{0,63}$"_s);
    return pattern.match(key).hasMatch();
}
} // namespace

Result<AssessmentGrid> parse(const QJsonObject &object)
{
    FieldErrors errors;
    AssessmentGrid g;
    g.country = object.value(u"country"_s).toString();
    g.schoolYear = object.value(u"schoolYear"_s).toString();
    static const QRegularExpression year(u"^(\\d{4})-(\\d{4})$"_s);
    const auto y = year.match(g.schoolYear);
    if (!g.schoolYear.isEmpty() &&
        (!y.hasMatch() || y.captured(2).toInt() != y.captured(1).toInt() + 1))
        errors.insert(u"schoolYear"_s, gridError(u"schoolYear"_s, u"must be like \"2026-2027\""_s));
    if (!g.country.isEmpty() && (g.country.size() != 2 || g.country.toUpper() != g.country))
        errors.insert(u"country"_s, gridError(u"country"_s, u"must be a country code (FR)"_s));
    const QJsonArray criteria = object.value(u"criteria"_s).toArray();
    if (criteria.isEmpty())
        errors.insert(u"criteria"_s, gridError(u"criteria"_s, u"at least one is needed"_s));
    QSet<QString> keys;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QJsonObject co = criteria.at(i).toObject();
        const QString place = u"criteria.%1"_s.arg(i);
        Criterion c;
        c.key = co.value(u"key"_s).toString();
        if (!isKey(c.key) || keys.contains(c.key))
            errors.insert(place + u".key"_s,
                          gridError(place + u".key"_s, u"missing, not a key, or used twice"_s));
        keys.insert(c.key);
        if (const auto t = readTitle(co.value(u"title"_s)))
            c.title = *t;
        else
            errors.insert(place + u".title"_s,
                          gridError(place + u".title"_s, u"an English title is needed"_s));
        const QJsonArray subs = co.value(u"subCriteria"_s).toArray();
        if (subs.isEmpty())
            errors.insert(place + u".subCriteria"_s,
                          gridError(place + u".subCriteria"_s, u"at least one is needed"_s));
        for (qsizetype j = 0; j < subs.size(); ++j) {
            const QJsonObject so = subs.at(j).toObject();
            const QString at = place + u".subCriteria.%1"_s.arg(j);
            SubCriterion s;
            s.key = so.value(u"key"_s).toString();
            if (!isKey(s.key) || keys.contains(s.key))
                errors.insert(at + u".key"_s,
                              gridError(at + u".key"_s, u"missing, not a key, or used twice"_s));
            keys.insert(s.key);
            if (const auto t = readTitle(so.value(u"title"_s)))
                s.title = *t;
            else
                errors.insert(at + u".title"_s,
                              gridError(at + u".title"_s, u"an English title is needed"_s));
            const QJsonValue max = so.value(u"maxPoints"_s), min = so.value(u"minimum"_s);
            s.maxPoints = max.toInt();
            s.minimum = min.toInt();
            if (!max.isDouble() || max.toDouble() != s.maxPoints || s.maxPoints < 1 ||
                s.maxPoints > maxPointsPerSubCriterion)
                errors.insert(
                    at + u".maxPoints"_s,
                    gridError(at + u".maxPoints"_s, u"must be a whole number from 1 to %1"_s.arg(
                                                        maxPointsPerSubCriterion)));
            if (!min.isUndefined() && (!min.isDouble() || min.toDouble() != s.minimum ||
                                       s.minimum < 0 || s.minimum > s.maxPoints))
                errors.insert(
                    at + u".minimum"_s,
                    gridError(at + u".minimum"_s, u"must be a whole number from 0 to maxPoints"_s));
            c.subCriteria.append(s);
        }
        g.criteria.append(c);
    }
    for (const QString &named : namedMinima()) {
        const SubCriterion *s = g.subCriterion(named);
        if (!s || s->minimum < 1)
            errors.insert(named, gridError(named, u"the rules give this sub-criterion a "
                                                  u"minimum: it must be in the grid with a "
                                                  u"minimum of at least 1"_s));
    }
    if (!errors.isEmpty())
        return Error{u"invalid_grid"_s, u"The assessment grid is not valid."_s, errors};
    return g;
}

FieldErrors validateScores(const AssessmentGrid &grid, const QJsonObject &scores)
{
    FieldErrors errors;
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        const SubCriterion *s = grid.subCriterion(it.key());
        const QString field = u"scores."_s + it.key();
        const double v = it.value().toDouble(-1);
        if (!s) {
            errors.insert(field, fieldError(field, u"unknown_value"_s));
        } else if (!it.value().isDouble() || v != int(v) || v < 0 || v > s->maxPoints) {
            const QString title = titleIn(s->title, QLocale().name().left(2));
            errors.insert(
                field, {u"out_of_range"_s,
                        QCoreApplication::translate("etw::Label", "%1: must be a whole number of "
                                                                  "points from 0 to %2.")
                            .arg(title)
                            .arg(s->maxPoints)});
        }
    }
    return errors;
}

QMap<QString, double> averages(const QList<LabelAssessment> &assessments)
{
    QMap<QString, double> sum;
    QMap<QString, int> count;
    for (const LabelAssessment &a : assessments)
        for (auto it = a.scores.cbegin(); it != a.scores.cend(); ++it) {
            sum[it.key()] += it.value();
            count[it.key()] += 1;
        }
    for (auto it = sum.begin(); it != sum.end(); ++it)
        it.value() /= count.value(it.key());
    return sum;
}

double averageTotal(const QList<LabelAssessment> &assessments)
{
    double total = 0;
    for (double v : averages(assessments))
        total += v;
    return total;
}

QStringList unscored(const AssessmentGrid &grid, const QList<LabelAssessment> &assessments)
{
    const auto avg = averages(assessments);
    QStringList out;
    for (const QString &key : grid.subCriterionKeys())
        if (!avg.contains(key))
            out << key;
    return out;
}

QStringList belowMinimum(const AssessmentGrid &grid, const QList<LabelAssessment> &assessments)
{
    const auto avg = averages(assessments);
    QStringList out;
    for (const Criterion &c : grid.criteria)
        for (const SubCriterion &s : c.subCriteria)
            if (s.minimum > 0 && avg.value(s.key) < s.minimum)
                out << s.key;
    return out;
}

} // namespace grid
} // namespace etw
