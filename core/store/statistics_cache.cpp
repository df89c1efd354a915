// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statistics_cache.h"

#include "domain/regions.h"
#include "store/json_text.h"
#include "store/local_store.h"

#include <QSqlQuery>

#include <algorithm>

namespace etw::statistics_cache {

using namespace Qt::StringLiterals;

const scoped_rows::Table &table()
{
    static const scoped_rows::Table t{u"statistics"_s,
                                      {{u"country"_s, u"country"_s},
                                       {u"region"_s, u"region"_s},
                                       {u"month"_s, u"month"_s},
                                       {u"school_year"_s, u"schoolYear"_s}}};
    return t;
}

namespace {
Figures figuresOf(const QString &data)
{
    const auto r = StatisticsRecord::fromJson(json_text::toObject(data));
    return r ? r.value().figures : Figures();
}
} // namespace

bool isEmpty(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return !LocalStore::run(q, u"SELECT 1 FROM statistics LIMIT 1"_s) || !q.next();
}

QStringList regions(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    QStringList held;
    if (LocalStore::run(
            q, u"SELECT DISTINCT region FROM statistics WHERE country = ? AND region <> ''"_s,
            {country}))
        while (q.next())
            held.append(q.value(0).toString());
    QStringList out;
    for (const QString &code : regions::codes(country))
        if (held.contains(code))
            out.append(code);
    for (const QString &code : held) // a region a later catalogue has
        if (!out.contains(code))
            out.append(code);
    return out;
}

QStringList schoolYears(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    QStringList out;
    if (LocalStore::run(q,
                        u"SELECT DISTINCT school_year FROM statistics WHERE country = ? "
                        u"ORDER BY school_year DESC"_s,
                        {country}))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QMap<QString, Figures> months(QSqlDatabase &db, const QString &country, const QString &region,
                              const QString &schoolYear)
{
    QMap<QString, Figures> out;
    QSqlQuery q(db);
    if (LocalStore::run(q,
                        u"SELECT month, data FROM statistics WHERE country = ? AND region = ? "
                        u"AND school_year = ? ORDER BY month"_s,
                        {country, region.isNull() ? u""_s : region, schoolYear}))
        while (q.next())
            out.insert(q.value(0).toString(), figuresOf(q.value(1).toString()));
    return out;
}

QMap<QString, Figures> years(QSqlDatabase &db, const QString &country, const QString &region)
{
    QMap<QString, Figures> out;
    QSqlQuery q(db);
    if (LocalStore::run(q,
                        u"SELECT school_year, data FROM statistics WHERE country = ? "
                        u"AND region = ?"_s,
                        {country, region.isNull() ? u""_s : region}))
        while (q.next()) {
            Figures &year = out[q.value(0).toString()];
            const Figures f = figuresOf(q.value(1).toString());
            for (auto it = f.cbegin(); it != f.cend(); ++it)
                year[it.key()] += it.value();
        }
    return out;
}

qint64 updatedAt(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    qint64 newest = 0;
    if (LocalStore::run(q, u"SELECT data FROM statistics WHERE country = ?"_s, {country}))
        while (q.next())
            newest = std::max(
                newest,
                json_text::toObject(q.value(0).toString()).value(u"updatedAt"_s).toInteger());
    return newest;
}

} // namespace etw::statistics_cache
