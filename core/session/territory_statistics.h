// SPDX-License-Identifier: GPL-3.0-or-later
// A correspondent's statistics of their territory, read from the cache (so they work offline):
// the figures by region, school year and month, the evolution over the years, and their CSV.
#pragma once

#include "domain/account.h"
#include "store/statistics_cache.h"

#include <QObject>

namespace etw {

class LocalStore;
class SyncController;

class TerritoryStatistics : public QObject
{
    Q_OBJECT
public:
    using Figures = statistics_cache::Figures;

    TerritoryStatistics(LocalStore &store, SyncController *sync, Account account,
                        QObject *parent = nullptr);

    QString country() const { return m_account.country; }
    // A regional correspondent's region; empty for a national service.
    QString ownRegion() const { return m_account.region; }

    bool isEmpty();
    // The regions one may choose: a national service's every region with records, a regional
    // correspondent's own (the country's totals are always there too, as region '').
    QStringList regions();
    QStringList schoolYears(); // newest first
    // `region` empty: the country's totals.
    QMap<QString, Figures> months(const QString &region, const QString &schoolYear);
    QMap<QString, Figures> years(const QString &region);
    qint64 updatedAt();
    // The measures to show for a territory, in a stable order: teachers, schools, then each
    // project kind and status that has a figure in any year.
    QStringList measures(const QString &region);

    // UTF-8 CSV with a header row: country,region,school_year,month,measure,value — one row
    // per month of `schoolYear` and measure, then one per school year and measure with the
    // month empty (the evolution over the years).
    QByteArray csv(const QString &region, const QString &schoolYear);

Q_SIGNALS:
    // A sync brought new figures.
    void changed();

private:
    LocalStore &m_store;
    Account m_account;
};

} // namespace etw
