// SPDX-License-Identifier: GPL-3.0-or-later
#include "registration_store.h"

#include "database.h"
#include "json_columns.h"

namespace etw::server::registration_store {

using namespace Qt::StringLiterals;

std::optional<Registration> load(QSqlDatabase &db, qint64 accountId, bool *failed)
{
    QSqlQuery q(db);
    const bool ok = Database::run(
        q,
        u"SELECT a.display_name, a.email, s.country, s.region, t.school_id, s.name, s.city, "
        u"s.address, s.type, s.created_by, t.school_role, t.subjects, t.languages, t.status, "
        u"t.request, t.requested_at, a.created_at, t.version, d.decision, d.reason, "
        u"d.decided_by, COALESCE(da.display_name, ''), d.decided_at "
        u"FROM accounts a JOIN teacher_profiles t ON t.account_id = a.id "
        u"JOIN schools s ON s.id = t.school_id "
        u"LEFT JOIN registration_decisions d ON d.account_id = a.id AND d.request = t.request "
        u"LEFT JOIN accounts da ON da.id = d.decided_by WHERE a.id = ?"_s,
        {accountId});
    if (failed)
        *failed = !ok;
    if (!ok || !q.next())
        return std::nullopt;
    Registration g;
    g.id = accountId;
    g.displayName = q.value(0).toString();
    g.email = q.value(1).toString();
    g.country = q.value(2).toString();
    g.region = q.value(3).toString();
    g.schoolId = q.value(4).toLongLong();
    g.schoolName = q.value(5).toString();
    g.schoolCity = q.value(6).toString();
    g.schoolAddress = q.value(7).toString();
    g.schoolType = q.value(8).toString();
    g.newSchool = q.value(9).toLongLong() == accountId;
    g.schoolRole = q.value(10).toString();
    g.subjects = json_columns::toList(q.value(11).toString());
    g.languages = json_columns::toList(q.value(12).toString());
    g.status = q.value(13).toString();
    g.request = q.value(14).toLongLong();
    g.requestedAt = q.value(15).toLongLong();
    g.registeredAt = q.value(16).toLongLong();
    g.version = q.value(17).toLongLong();
    if (!q.value(18).isNull())
        g.decision = RegistrationDecision{q.value(18).toString(), q.value(19).toString(),
                                          q.value(20).toLongLong(), q.value(21).toString(),
                                          q.value(22).toLongLong()};
    return g;
}

bool inReview(const Registration &g)
{
    return g.status == u"pending" || g.decision.has_value();
}

bool decide(QSqlDatabase &db, qint64 accountId, qint64 request, const RegistrationDecision &d)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO registration_decisions (account_id, request, decision, "
                         u"reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {accountId, request, d.decision, d.reason.isNull() ? u""_s : d.reason,
                          d.decidedBy, d.decidedAt}) &&
           Database::run(q,
                         u"UPDATE teacher_profiles SET status = ?, version = version + 1 "
                         u"WHERE account_id = ? AND request = ?"_s,
                         {d.decision, accountId, request}) &&
           q.numRowsAffected() == 1;
}

std::optional<School> school(QSqlDatabase &db, qint64 schoolId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT name, city, country, type, version, region, address, "
                       u"label_until FROM schools WHERE id = ?"_s,
                       {schoolId}) ||
        !q.next())
        return std::nullopt;
    return School{schoolId,
                  q.value(0).toString(),
                  q.value(1).toString(),
                  q.value(2).toString(),
                  q.value(3).toString(),
                  q.value(4).toLongLong(),
                  q.value(5).toString(),
                  q.value(6).toString(),
                  q.value(7).toString()};
}

} // namespace etw::server::registration_store
