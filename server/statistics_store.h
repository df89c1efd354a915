// SPDX-License-Identifier: GPL-3.0-or-later
// The territories' statistics: counted from accounts, teacher profiles, registration decisions,
// schools and projects, kept as one record per (country, region, month) and published to the
// review scopes when their figures change. Counts only: no name, no e-mail.
#pragma once

#include "database.h"
#include "domain/statistics.h"

#include <QHash>
#include <QSqlDatabase>

namespace etw::server::statistics_store {

// (country, region, month) → figures; region '' is the whole country.
struct Key
{
    QString country;
    QString region;
    QString month;
    friend bool operator==(const Key &, const Key &) = default;
};
inline size_t qHash(const Key &k, size_t seed = 0)
{
    return ::qHash(k.country, seed) ^ ::qHash(k.region, seed * 31 + 1) ^
           ::qHash(k.month, seed * 17 + 2);
}
using Figures = QMap<QString, qint64>;

// Every territory's figures, counted now (read only; nullopt on a database failure).
std::optional<QHash<Key, Figures>> compute(QSqlDatabase &db);

struct Report
{
    int records = 0;           // territory-months with figures
    int changed = 0;           // records written (new, changed, or left without figures)
    qint64 countMs = 0;        // counting
    qint64 writeMs = 0;        // writing the changed records and their changes
    qint64 longestChunkMs = 0; // the longest write transaction: what other writers waited at most
};
// Counts, then writes the records whose figures changed (their version + 1) with their changes
// in the review scopes, `chunk` records per write transaction, so that other writers wait a
// moment at most; instances sharing a database take turns, and a record written meanwhile by
// another is left as it is.
Result<Report> recompute(Database &database, qint64 now, int chunk = 100);

// The stored records of a country (tests, tools).
QList<StatisticsRecord> records(QSqlDatabase &db, const QString &country);

} // namespace etw::server::statistics_store
