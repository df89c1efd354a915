// SPDX-License-Identifier: GPL-3.0-or-later
// A territory's statistics as this computer has them: the records the review scope brought,
// read by territory (a country's totals, or one of its regions), school year and month.
#pragma once

#include "domain/statistics.h"
#include "store/scoped_rows.h"

#include <QMap>
#include <QSqlDatabase>

namespace etw::statistics_cache {

// The cache's table, filled from pulled pages by the statistics kind.
const scoped_rows::Table &table();

using Figures = QMap<QString, qint64>;

// Whether any record is here (nothing synced yet otherwise).
bool isEmpty(QSqlDatabase &db);
// The regions of `country` the cache holds records of, in the catalogue's order.
QStringList regions(QSqlDatabase &db, const QString &country);
// The school years with records, newest first.
QStringList schoolYears(QSqlDatabase &db, const QString &country);
// The figures of each month of `schoolYear` that has any, for a territory (`region` empty: the
// whole country).
QMap<QString, Figures> months(QSqlDatabase &db, const QString &country, const QString &region,
                              const QString &schoolYear);
// The evolution over the years: each school year's figures, its months added up.
QMap<QString, Figures> years(QSqlDatabase &db, const QString &country, const QString &region);
// When the newest figures here last changed on the server (ms since the epoch; 0 when none).
qint64 updatedAt(QSqlDatabase &db, const QString &country);

} // namespace etw::statistics_cache
