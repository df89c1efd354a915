// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid_store.h"

#include "change_feed.h"
#include "database.h"
#include "scopes.h"
#include "sql_dialect.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace etw::server::grid_store {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 gridsLockKey = 0x9e1d5;

const QString columns = u"id, country, school_year, version, body FROM assessment_grids"_s;

std::optional<AssessmentGrid> read(const QSqlQuery &q)
{
    auto parsed = grid::parse(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
    if (!parsed)
        return std::nullopt; // every stored grid was parsed before it was stored
    AssessmentGrid g = parsed.value();
    g.id = q.value(0).toLongLong();
    g.country = q.value(1).toString();
    g.schoolYear = q.value(2).toString();
    g.version = q.value(3).toInt();
    return g;
}

std::optional<AssessmentGrid> newest(QSqlDatabase &db, const QString &country,
                                     const QString &schoolYear, bool *failed)
{
    QSqlQuery q(db);
    if (!Database::run(
            q,
            u"SELECT "_s + columns +
                u" WHERE country = ? AND school_year = ? ORDER BY version DESC LIMIT 1"_s,
            {Database::text(country), Database::text(schoolYear)})) {
        *failed = true;
        return std::nullopt;
    }
    return q.next() ? read(q) : std::nullopt;
}
} // namespace

std::optional<AssessmentGrid> current(QSqlDatabase &db, const QString &country,
                                      const QString &schoolYear)
{
    bool failed = false;
    for (const auto &[c, y] : {std::pair{country, schoolYear}, std::pair{country, QString()},
                               std::pair{QString(), QString()}}) {
        if (auto g = newest(db, c, y, &failed))
            return g;
        if (failed)
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<AssessmentGrid> byId(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    if (!Database::run(q, u"SELECT "_s + columns + u" WHERE id = ?"_s, {id}) || !q.next())
        return std::nullopt;
    return read(q);
}

bool add(QSqlDatabase &db, AssessmentGrid &g, const QString &source, qint64 now)
{
    // Two imports (or two instances storing the default at their start) count the versions
    // one after the other.
    if (!SqlDialect::lockKey(db, gridsLockKey))
        return false;
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT COALESCE(MAX(version), 0) FROM assessment_grids "
                       u"WHERE country = ? AND school_year = ?"_s,
                       {Database::text(g.country), Database::text(g.schoolYear)}) ||
        !q.next())
        return false;
    g.version = q.value(0).toInt() + 1;
    QJsonObject body = g.toJson();
    body.remove(u"id"_s);
    if (!Database::run(q,
                       u"INSERT INTO assessment_grids (country, school_year, version, body, "
                       u"source, imported_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {Database::text(g.country), Database::text(g.schoolYear), g.version,
                        QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                        source, now}) ||
        !q.next())
        return false;
    g.id = q.value(0).toLongLong();
    return change_feed::record(db, scopes::ofAssessmentGrid(g));
}

Result<AssessmentGrid> shippedDefault()
{
    QFile file(u":/grids/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"internal"_s, u"the default grid is missing from the server"_s, {}};
    return grid::parse(QJsonDocument::fromJson(file.readAll()).object());
}

Result<bool> ensureDefault(QSqlDatabase &db, qint64 now)
{
    if (!SqlDialect::lockKey(db, gridsLockKey))
        return Error{u"database"_s, u"cannot lock the assessment grids"_s, {}};
    QSqlQuery q(db);
    if (!Database::run(q, u"SELECT COUNT(*) FROM assessment_grids WHERE country = ''"_s) ||
        !q.next())
        return Error{u"database"_s, u"cannot read the assessment grids"_s, {}};
    if (q.value(0).toInt() > 0)
        return false;
    auto g = shippedDefault();
    if (!g)
        return g.error();
    AssessmentGrid grid = g.value();
    if (!add(db, grid, u"shipped"_s, now))
        return Error{u"database"_s, u"cannot store the default grid"_s, {}};
    return true;
}

} // namespace etw::server::grid_store
