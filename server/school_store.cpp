// SPDX-License-Identifier: GPL-3.0-or-later
#include "school_store.h"

#include "database.h"
#include "scopes.h"

namespace etw::server::school_store {

using namespace Qt::StringLiterals;

namespace {
// In the directory means in its feed: what every client has been sent.
const QString offeredCondition =
    u"(s.created_by = 0 OR EXISTS (SELECT 1 FROM changes c WHERE c.scope = ? "
    u"AND c.entity_type = 'school' AND c.entity_id = s.id AND c.deleted = 0))"_s;
} // namespace

std::optional<QList<School>> offered(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Database::run(q,
                       u"SELECT s.id, s.name, s.city, s.type, s.region, s.address, s.version "
                       u"FROM schools s WHERE s.country = ? AND "_s +
                           offeredCondition,
                       {country, scopes::directory()}))
        return std::nullopt;
    QList<School> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), country,
                    q.value(3).toString(), q.value(6).toLongLong(), q.value(4).toString(),
                    q.value(5).toString()});
    return out;
}

std::optional<bool> isOffered(QSqlDatabase &db, qint64 schoolId, const QString &country)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT 1 FROM schools s WHERE s.id = ? AND s.country = ? AND "_s +
                           offeredCondition,
                       {schoolId, country, scopes::directory()}))
        return std::nullopt;
    return q.next();
}

bool insertNew(QSqlDatabase &db, School &s, qint64 createdBy, qint64 now)
{
    // A field left out is an empty text, never NULL (the columns are NOT NULL).
    auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
    QSqlQuery q(db);
    if (!Database::run(
            q,
            u"INSERT INTO schools (name, city, country, type, region, address, "
            u"created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) "
            u"RETURNING id"_s,
            {s.name, s.city, s.country, s.type, text(s.region), text(s.address), createdBy, now}) ||
        !q.next())
        return false;
    s.id = q.value(0).toLongLong();
    s.version = 1;
    return true;
}

} // namespace etw::server::school_store
