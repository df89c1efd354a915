// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/european_label.h"

#include "domain/catalogue.h"
#include "domain/json_fields.h"
#include "domain/validation_messages.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace etw {

using namespace Qt::StringLiterals;

bool EqlCandidate::nominated() const
{
    return std::any_of(countries.cbegin(), countries.cend(),
                       [](const EqlCountry &c) { return c.nominated; });
}

const EqlCountry *EqlCandidate::country(const QString &code) const
{
    for (const EqlCountry &c : countries)
        if (c.country == code)
            return &c;
    return nullptr;
}

QJsonObject EqlCandidate::toJson() const
{
    QJsonArray list;
    for (const EqlCountry &c : countries)
        list.append(QJsonObject{{u"country"_s, c.country},
                                {u"average"_s, c.average},
                                {u"nominated"_s, c.nominated},
                                {u"labelled"_s, c.labelled},
                                {u"allowed"_s, c.allowed},
                                {u"nominations"_s, c.nominations}});
    return {{u"id"_s, id},
            {u"projectTitle"_s, projectTitle},
            {u"schoolYear"_s, schoolYear},
            {u"countries"_s, list},
            {u"awarded"_s, awarded},
            {u"sharePercent"_s, sharePercent},
            {u"threshold"_s, threshold},
            {u"version"_s, version}};
}

Result<EqlCandidate> EqlCandidate::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    EqlCandidate c;
    c.id = r.integer(u"id"_s);
    c.projectTitle = r.string(u"projectTitle"_s, json::Optional);
    c.schoolYear = r.string(u"schoolYear"_s);
    c.awarded = r.boolean(u"awarded"_s, json::Optional);
    c.version = r.integer(u"version"_s, json::Optional);
    c.sharePercent = object.value(u"sharePercent"_s).toInt(25);
    c.threshold = object.value(u"threshold"_s).toDouble(20);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    for (const QJsonValue &v : object.value(u"countries"_s).toArray()) {
        const QJsonObject o = v.toObject();
        c.countries.append({o.value(u"country"_s).toString(), o.value(u"average"_s).toDouble(),
                            o.value(u"nominated"_s).toBool(), o.value(u"labelled"_s).toInt(),
                            o.value(u"allowed"_s).toInt(), o.value(u"nominations"_s).toInt()});
    }
    return c;
}

namespace eql {

int allowed(int labelled, int sharePercent)
{
    return labelled * sharePercent / 100;
}

QList<EqlCandidate> candidates(const QList<Labelled> &labels, const EqlSettings &settings,
                               const QMap<qint64, QStringList> &nominations,
                               const QSet<qint64> &awarded)
{
    // Per project and country: the scores of its awarded applications (each teacher's own).
    QMap<qint64, QMap<QString, QList<double>>> scores;
    QHash<qint64, QString> titles;
    QHash<QString, QSet<qint64>> labelledIn;
    for (const Labelled &l : labels) {
        scores[l.projectId][l.country].append(l.score);
        titles.insert(l.projectId, l.projectTitle);
        labelledIn[l.country].insert(l.projectId);
    }
    QHash<QString, int> made;
    for (auto it = nominations.cbegin(); it != nominations.cend(); ++it)
        for (const QString &country : it.value())
            made[country] += 1;
    QList<EqlCandidate> out;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        EqlCandidate c;
        c.id = it.key();
        c.projectTitle = titles.value(it.key());
        c.schoolYear = settings.schoolYear;
        c.awarded = awarded.contains(it.key());
        c.sharePercent = settings.sharePercent;
        c.threshold = settings.threshold;
        for (auto country = it.value().cbegin(); country != it.value().cend(); ++country) {
            double sum = 0;
            for (double s : country.value())
                sum += s;
            const int labelled = int(labelledIn.value(country.key()).size());
            c.countries.append({country.key(), sum / double(country.value().size()),
                                nominations.value(it.key()).contains(country.key()), labelled,
                                allowed(labelled, settings.sharePercent),
                                made.value(country.key())});
        }
        out.append(c);
    }
    return out;
}

QString nominationRefusal(const EqlCandidate &c, const QString &country)
{
    const EqlCountry *here = c.country(country);
    if (!here)
        return u"not_labelled_here"_s;
    if (c.awarded)
        return u"already_awarded"_s;
    if (here->nominated)
        return u"already_nominated"_s;
    if (here->average <= c.threshold)
        return u"below_threshold"_s;
    if (here->nominations >= here->allowed)
        return u"share_exhausted"_s;
    return {};
}

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("etw::EuropeanLabel", text);
}
} // namespace

QStringList reasons(const EqlCandidate &c, const QString &country)
{
    QStringList names;
    for (const EqlCountry &e : c.countries)
        names << catalogue::countryName(e.country);
    QStringList out{
        translated(QT_TRANSLATE_NOOP("etw::EuropeanLabel", "Labelled in %1 countries: %2."))
            .arg(c.countries.size())
            .arg(names.join(u", "_s))};
    const EqlCountry *here = c.country(country);
    const QLocale locale;
    if (here) {
        out << translated(here->average > c.threshold
                              ? QT_TRANSLATE_NOOP("etw::EuropeanLabel",
                                                  "Average score here: %1 points, above the "
                                                  "threshold of %2.")
                              : QT_TRANSLATE_NOOP("etw::EuropeanLabel",
                                                  "Average score here: %1 points, not above the "
                                                  "threshold of %2."))
                   .arg(locale.toString(here->average, 'g', 3), locale.toString(c.threshold));
        out << translated(QT_TRANSLATE_NOOP("etw::EuropeanLabel",
                                            "Your share: %1 nominations of your %2 labelled "
                                            "projects (%3 %); %4 made, %5 left."))
                   .arg(here->allowed)
                   .arg(here->labelled)
                   .arg(c.sharePercent)
                   .arg(here->nominations)
                   .arg(std::max(0, here->allowed - here->nominations));
    }
    QStringList by;
    for (const EqlCountry &e : c.countries)
        if (e.nominated)
            by << catalogue::countryName(e.country);
    if (!by.isEmpty())
        out << translated(QT_TRANSLATE_NOOP("etw::EuropeanLabel", "Nominated by: %1."))
                   .arg(by.join(u", "_s));
    if (c.awarded)
        out << translated(
            QT_TRANSLATE_NOOP("etw::EuropeanLabel", "Awarded the European Quality Label."));
    return out;
}

std::optional<QString> refusalMessage(const QString &code)
{
    static const QHash<QString, const char *> messages{
        {u"not_candidate"_s,
         QT_TRANSLATE_NOOP("etw::EuropeanLabel", "This project is not a candidate: it needs a "
                                                 "National Quality Label in two countries at "
                                                 "least.")},
        {u"not_labelled_here"_s,
         QT_TRANSLATE_NOOP("etw::EuropeanLabel", "A service nominates only projects labelled in "
                                                 "its own country.")},
        {u"below_threshold"_s,
         QT_TRANSLATE_NOOP("etw::EuropeanLabel", "The project's average score in your country "
                                                 "is not above the year's threshold.")},
        {u"share_exhausted"_s,
         QT_TRANSLATE_NOOP("etw::EuropeanLabel", "Your country's share of nominations for the "
                                                 "year is used up.")},
        {u"already_nominated"_s,
         QT_TRANSLATE_NOOP("etw::EuropeanLabel", "Your service has nominated this project "
                                                 "already.")},
        {u"already_awarded"_s,
         QT_TRANSLATE_NOOP("etw::EuropeanLabel", "This project has the European Quality Label "
                                                 "already.")},
        {u"not_nominated"_s,
         QT_TRANSLATE_NOOP("etw::EuropeanLabel", "No national service has nominated this "
                                                 "project: it cannot be awarded.")},
    };
    const auto it = messages.constFind(code);
    if (it == messages.cend())
        return std::nullopt;
    return translated(*it);
}

} // namespace eql
} // namespace etw
