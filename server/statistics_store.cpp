// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics_store.h"

#include "change_feed.h"
#include "json_columns.h"
#include "scopes.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace etw::server::statistics_store {

using namespace Qt::StringLiterals;

namespace {
// Serialises recomputations across instances sharing a PostgreSQL database (SQLite's write
// lock does it already): the second one finds the figures written and writes nothing.
constexpr qint64 recomputeLockKey = 0x57a7157c5;

void add(QHash<Key, Figures> &out, const QString &country, const QString &region, qint64 at,
         const QString &measure)
{
    if (country.isEmpty() || at <= 0)
        return;
    const QString month = statistics::monthOf(at);
    out[{country, u""_s, month}][measure] += 1;
    if (!region.isEmpty())
        out[{country, region, month}][measure] += 1;
}

QString figuresText(const Figures &f)
{
    QJsonObject o;
    for (auto it = f.cbegin(); it != f.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Figures figuresFrom(const QString &text)
{
    Figures f;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.value().toInteger() != 0)
            f.insert(it.key(), it.value().toInteger());
    return f;
}
} // namespace

std::optional<QHash<Key, Figures>> compute(QSqlDatabase &db)
{
    QHash<Key, Figures> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Teachers, by their school's territory: registered when their account was made, validated
    // when the decision on their current request validated them (or, for teachers validated
    // before the review existed, when they registered).
    if (!Database::run(q,
                       u"SELECT s.country, s.region, a.created_at, t.status, d.decision, "
                       u"d.decided_at FROM teacher_profiles t "
                       u"JOIN accounts a ON a.id = t.account_id "
                       u"JOIN schools s ON s.id = t.school_id "
                       u"LEFT JOIN registration_decisions d ON d.account_id = t.account_id "
                       u"AND d.request = t.request WHERE a.role = ?"_s,
                       {u"teacher"_s}))
        return std::nullopt;
    while (q.next()) {
        const QString country = q.value(0).toString();
        const QString region = q.value(1).toString();
        const qint64 created = q.value(2).toLongLong();
        add(out, country, region, created, QString::fromLatin1(statistics::teachersRegistered));
        if (q.value(3).toString() == u"validated") {
            const bool decided = !q.value(4).isNull() && q.value(4).toString() == u"validated";
            add(out, country, region, decided ? q.value(5).toLongLong() : created,
                QString::fromLatin1(statistics::teachersValidated));
        }
    }
    // Schools, in the month their first teacher registered.
    if (!Database::run(q,
                       u"SELECT s.country, s.region, MIN(a.created_at) FROM schools s "
                       u"JOIN teacher_profiles t ON t.school_id = s.id "
                       u"JOIN accounts a ON a.id = t.account_id WHERE a.role = ? "
                       u"GROUP BY s.id, s.country, s.region"_s,
                       {u"teacher"_s}))
        return std::nullopt;
    while (q.next())
        add(out, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            QString::fromLatin1(statistics::schoolsJoined));
    // Projects, in each of their active founders' countries and regions (once each), in the
    // month they were created, by kind and status.
    if (!Database::run(q,
                       u"SELECT p.id, p.kind, p.status, p.created_at, s.country, s.region "
                       u"FROM projects p JOIN project_members m ON m.project_id = p.id "
                       u"JOIN teacher_profiles t ON t.account_id = m.account_id "
                       u"JOIN schools s ON s.id = t.school_id "
                       u"WHERE m.role = ? AND m.state = ? ORDER BY p.id"_s,
                       {u"founder"_s, u"active"_s}))
        return std::nullopt;
    QSet<QString> counted; // "<project> <territory>"
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString measure =
            statistics::projectMeasure(q.value(1).toString(), q.value(2).toString());
        const qint64 created = q.value(3).toLongLong();
        const QString country = q.value(4).toString();
        const QString region = q.value(5).toString();
        if (country.isEmpty() || created <= 0)
            continue;
        const QString month = statistics::monthOf(created);
        if (!counted.contains(id + u' ' + country)) {
            counted.insert(id + u' ' + country);
            out[{country, u""_s, month}][measure] += 1;
        }
        if (!region.isEmpty() && !counted.contains(id + u' ' + region)) {
            counted.insert(id + u' ' + region);
            out[{country, region, month}][measure] += 1;
        }
    }
    // Quality Label applications, by the applicant's school, when submitted and when decided.
    if (!Database::run(q, u"SELECT country, region, submitted_at, decision, decided_at "
                          u"FROM label_applications"_s))
        return std::nullopt;
    while (q.next()) {
        const QString country = q.value(0).toString(), region = q.value(1).toString();
        add(out, country, region, q.value(2).toLongLong(),
            QString::fromLatin1(statistics::labelsApplied));
        const QString decision = q.value(3).toString();
        if (decision == u"awarded" || decision == u"not_awarded")
            add(out, country, region, q.value(4).toLongLong(),
                QString::fromLatin1(decision == u"awarded" ? statistics::labelsAwarded
                                                           : statistics::labelsNotAwarded));
    }
    // European Quality Label nominations: the nominating country's, in the region of its
    // teacher whose label made the project a candidate.
    if (!Database::run(q, u"SELECT n.country, COALESCE(MIN(l.region), ''), n.nominated_at "
                          u"FROM eql_nominations n LEFT JOIN label_applications l "
                          u"ON l.project_id = n.project_id AND l.country = n.country "
                          u"AND l.school_year = n.school_year AND l.decision = 'awarded' "
                          u"GROUP BY n.school_year, n.country, n.project_id, n.nominated_at"_s))
        return std::nullopt;
    while (q.next())
        add(out, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            QString::fromLatin1(statistics::eqlNominations));
    // European Quality Labels awarded: in each country whose national label the project holds
    // that year, in the region of its teacher labelled there.
    if (!Database::run(q, u"SELECT l.country, COALESCE(MIN(l.region), ''), e.awarded_at "
                          u"FROM eql_awards e JOIN label_applications l "
                          u"ON l.project_id = e.project_id AND l.school_year = e.school_year "
                          u"AND l.decision = 'awarded' "
                          u"GROUP BY e.school_year, e.project_id, l.country, e.awarded_at"_s))
        return std::nullopt;
    while (q.next())
        add(out, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            QString::fromLatin1(statistics::eqlAwards));
    // eTwinning School labels awarded, when decided (the decision is in the body).
    if (!Database::run(q, u"SELECT country, region, body FROM school_applications "
                          u"WHERE status = 'awarded'"_s))
        return std::nullopt;
    while (q.next())
        add(out, q.value(0).toString(), q.value(1).toString(),
            QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                .object()
                .value(u"decision"_s)
                .toObject()
                .value(u"decidedAt"_s)
                .toInteger(),
            QString::fromLatin1(statistics::schoolsLabelled));
    return out;
}

Result<Report> recompute(Database &database, qint64 now, int chunk)
{
    Report report;
    QElapsedTimer clock;
    clock.start();
    // Counted and compared on a plain connection: nobody waits for it.
    QSqlDatabase db = database.connection();
    const auto counted = compute(db);
    if (!counted)
        return Error{u"database_error"_s, u"counting the statistics failed"_s, {}};
    report.records = int(counted->size());
    QHash<Key, Figures> stored;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!Database::run(q, u"SELECT country, region, month, figures FROM statistics"_s))
            return databaseError(q);
        while (q.next())
            stored.insert({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()},
                          figuresFrom(q.value(3).toString()));
    }
    QList<Key> todo;
    for (auto it = counted->cbegin(); it != counted->cend(); ++it)
        if (!stored.contains(it.key()) || stored.value(it.key()) != it.value())
            todo.append(it.key());
    // A territory-month whose figures all went (a school moved away): no figures, a tombstone.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (!counted->contains(it.key()) && !it->isEmpty())
            todo.append(it.key());
    report.countMs = clock.restart();

    // Written a chunk per transaction: each holds the feed's counter (every writer's turn) for
    // a moment only, however many records changed. Under the lock each record is read again,
    // so two instances at once change a record's version once.
    for (qsizetype from = 0; from < todo.size(); from += chunk) {
        QElapsedTimer held;
        held.start();
        WriteTransaction tx(database);
        if (!tx.isActive())
            return Error{u"database_error"_s, tx.lastError(), {}};
        QSqlDatabase &wdb = tx.db();
        if (!SqlDialect::lockKey(wdb, recomputeLockKey))
            return Error{u"database_error"_s, u"cannot take the statistics lock"_s, {}};
        QList<ChangeRecord> changes;
        QSqlQuery q(wdb);
        for (const Key &k : todo.mid(from, chunk)) {
            const Figures target = counted->value(k);
            if (!Database::run(q,
                               u"SELECT s.id, s.figures, s.version FROM statistics s "
                               u"WHERE s.country = ? AND s.region = ? AND s.month = ?"_s +
                                   SqlDialect::rowLock(wdb, u"s"_s),
                               {k.country, k.region, k.month}))
                return databaseError(q);
            qint64 id = 0;
            qint64 version = 1;
            if (q.next()) {
                id = q.value(0).toLongLong();
                version = q.value(2).toLongLong() + 1;
                const Figures held = figuresFrom(q.value(1).toString());
                q.finish();
                if (held == target)
                    continue; // written meanwhile
                if (!Database::run(q,
                                   u"UPDATE statistics SET figures = ?, version = ?, "
                                   u"updated_at = ? WHERE id = ?"_s,
                                   {figuresText(target), version, now, id}))
                    return databaseError(q);
            } else {
                q.finish();
                if (target.isEmpty())
                    continue;
                if (!Database::run(q,
                                   u"INSERT INTO statistics (country, region, month, "
                                   u"school_year, figures, version, updated_at) "
                                   u"VALUES (?, ?, ?, ?, ?, 1, ?) RETURNING id"_s,
                                   {k.country, k.region, k.month, statistics::schoolYearOf(k.month),
                                    figuresText(target), now}) ||
                    !q.next())
                    return databaseError(q);
                id = q.value(0).toLongLong();
                q.finish();
            }
            const StatisticsRecord r{
                id,     k.country, k.region, k.month, statistics::schoolYearOf(k.month),
                target, version,   now};
            changes.append(scopes::ofStatistics(r));
            ++report.changed;
        }
        QString why;
        if (!change_feed::record(wdb, changes, &why))
            return Error{u"database_error"_s, u"change feed: "_s + why, {}};
        if (!tx.commit())
            return Error{u"database_error"_s, u"commit failed: "_s + tx.lastError(), {}};
        report.longestChunkMs = std::max(report.longestChunkMs, held.elapsed());
    }
    report.writeMs = clock.elapsed();
    return report;
}

QList<StatisticsRecord> records(QSqlDatabase &db, const QString &country)
{
    QList<StatisticsRecord> out;
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT id, region, month, school_year, figures, version, updated_at "
                       u"FROM statistics WHERE country = ? ORDER BY region, month"_s,
                       {country}))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), country, q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), figuresFrom(q.value(4).toString()),
                    q.value(5).toLongLong(), q.value(6).toLongLong()});
    return out;
}

} // namespace etw::server::statistics_store
