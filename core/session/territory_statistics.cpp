// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/territory_statistics.h"

#include "store/local_store.h"
#include "sync/sync_controller.h"

namespace etw {

using namespace Qt::StringLiterals;

TerritoryStatistics::TerritoryStatistics(LocalStore &store, SyncController *sync, Account account,
                                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_account(std::move(account))
{
    if (sync)
        connect(sync, &SyncController::statisticsChanged, this, &TerritoryStatistics::changed);
}

bool TerritoryStatistics::isEmpty()
{
    QSqlDatabase db = m_store.connection();
    return statistics_cache::isEmpty(db);
}

QStringList TerritoryStatistics::regions()
{
    QSqlDatabase db = m_store.connection();
    const QStringList held = statistics_cache::regions(db, country());
    if (!ownRegion().isEmpty())
        return held.contains(ownRegion()) ? QStringList{ownRegion()} : QStringList();
    return held;
}

QStringList TerritoryStatistics::schoolYears()
{
    QSqlDatabase db = m_store.connection();
    return statistics_cache::schoolYears(db, country());
}

QMap<QString, TerritoryStatistics::Figures> TerritoryStatistics::months(const QString &region,
                                                                        const QString &schoolYear)
{
    QSqlDatabase db = m_store.connection();
    return statistics_cache::months(db, country(), region, schoolYear);
}

QMap<QString, TerritoryStatistics::Figures> TerritoryStatistics::years(const QString &region)
{
    QSqlDatabase db = m_store.connection();
    return statistics_cache::years(db, country(), region);
}

qint64 TerritoryStatistics::updatedAt()
{
    QSqlDatabase db = m_store.connection();
    return statistics_cache::updatedAt(db, country());
}

QStringList TerritoryStatistics::measures(const QString &region)
{
    QStringList out{QString::fromLatin1(statistics::teachersRegistered),
                    QString::fromLatin1(statistics::teachersValidated),
                    QString::fromLatin1(statistics::schoolsJoined)};
    QSet<QString> held;
    const auto all = years(region);
    for (const Figures &f : all)
        for (auto it = f.cbegin(); it != f.cend(); ++it)
            held.insert(it.key());
    for (const QString &kind : statistics::projectKinds())
        for (const QString &status : statistics::projectStatuses())
            if (held.contains(statistics::projectMeasure(kind, status)))
                out.append(statistics::projectMeasure(kind, status));
    for (const QString &m : statistics::labelMeasures())
        if (held.contains(m))
            out.append(m);
    return out;
}

QByteArray TerritoryStatistics::csv(const QString &region, const QString &schoolYear)
{
    auto field = [](const QString &text) -> QString {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    };
    const QStringList names = measures(region);
    QString out = u"country,region,school_year,month,measure,value\n"_s;
    auto row = [&](const QString &year, const QString &month, const QString &measure,
                   qint64 value) {
        out += QStringList{field(country()), field(region),  field(year),
                           field(month),     field(measure), QString::number(value)}
                   .join(u',') +
               u'\n';
    };
    const auto byMonth = months(region, schoolYear);
    for (const QString &month : statistics::monthsOf(schoolYear))
        for (const QString &measure : names)
            row(schoolYear, month, measure, byMonth.value(month).value(measure));
    const auto byYear = years(region);
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it)
        for (const QString &measure : names)
            row(it.key(), QString(), measure, it->value(measure));
    return out.toUtf8();
}

} // namespace etw
