// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile_store.h"

#include "json_columns.h"
#include "scopes.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace etw::server::profile_store {

using namespace Qt::StringLiterals;

std::optional<StoredProfile> loadForUpdate(QSqlDatabase &db, qint64 accountId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT a.display_name, p.school_id, s.country, p.subjects, "
                       u"p.languages, p.age_min, p.age_max, p.bio, p.looking, p.status, "
                       u"p.version, p.field_versions, p.school_role, COALESCE(d.reason, '') "
                       u"FROM teacher_profiles p JOIN accounts a ON a.id = p.account_id "
                       u"JOIN schools s ON s.id = p.school_id "
                       u"LEFT JOIN registration_decisions d ON d.account_id = p.account_id "
                       u"AND d.request = p.request AND d.decision = 'rejected' "
                       u"WHERE p.account_id = ?"_s +
                           SqlDialect::rowLock(db, u"p"_s),
                       {accountId}) ||
        !q.next())
        return std::nullopt;
    StoredProfile s;
    TeacherProfile &p = s.profile;
    p.id = accountId;
    p.displayName = q.value(0).toString();
    p.schoolId = q.value(1).toLongLong();
    p.country = q.value(2).toString();
    p.subjects = json_columns::toList(q.value(3).toString());
    p.languages = json_columns::toList(q.value(4).toString());
    p.ageMin = q.value(5).toInt();
    p.ageMax = q.value(6).toInt();
    p.bio = q.value(7).toString();
    p.lookingForPartners = q.value(8).toInt() != 0;
    p.status = q.value(9).toString();
    p.version = q.value(10).toLongLong();
    s.fieldVersions = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    p.schoolRole = q.value(12).toString();
    p.statusReason = q.value(13).toString();
    q.finish();
    auto labels = labelsOf(db, accountId);
    if (!labels)
        return std::nullopt;
    p.labels = std::move(*labels);
    return s;
}

std::optional<QList<TeacherLabel>> labelsOf(QSqlDatabase &db, qint64 accountId)
{
    QSqlQuery q(db);
    // The European label goes to the project; its teachers who hold the national one for it
    // that year show it.
    if (!Database::run(q,
                       u"SELECT 'national', l.school_year, l.country, l.project_id, p.title "
                       u"FROM label_applications l JOIN projects p ON p.id = l.project_id "
                       u"WHERE l.applicant_id = ? AND l.decision = 'awarded' "
                       u"UNION ALL "
                       u"SELECT 'european', e.school_year, '', e.project_id, p.title "
                       u"FROM eql_awards e JOIN projects p ON p.id = e.project_id "
                       u"WHERE EXISTS (SELECT 1 FROM label_applications l "
                       u"WHERE l.project_id = e.project_id AND l.school_year = e.school_year "
                       u"AND l.applicant_id = ? AND l.decision = 'awarded') "
                       u"ORDER BY 2, 1 DESC, 5, 3"_s,
                       {accountId, accountId}))
        return std::nullopt;
    QList<TeacherLabel> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString()});
    return out;
}

bool republish(QSqlDatabase &db, const QList<qint64> &accountIds, QList<ChangeRecord> &records)
{
    for (qint64 id : accountIds) {
        const auto stored = loadForUpdate(db, id);
        if (!stored)
            return false;
        // A teacher the directory does not list keeps no row there: what they hold changes
        // nothing for others (their own scope still gets it).
        for (const ChangeRecord &r : scopes::ofProfile(stored->profile))
            if (!(r.deleted && r.scope == scopes::directory()))
                records.append(r);
    }
    return true;
}

bool update(QSqlDatabase &db, const StoredProfile &s)
{
    const TeacherProfile &p = s.profile;
    QSqlQuery q(db);
    return Database::run(q,
                         u"UPDATE teacher_profiles SET subjects = ?, languages = ?, age_min = ?, "
                         u"age_max = ?, bio = ?, looking = ?, status = ?, version = ?, "
                         u"field_versions = ? WHERE account_id = ?"_s,
                         {json_columns::fromList(p.subjects), json_columns::fromList(p.languages),
                          p.ageMin, p.ageMax, p.bio, p.lookingForPartners ? 1 : 0, p.status,
                          p.version, json_columns::fromObject(s.fieldVersions), p.id}) &&
           q.numRowsAffected() == 1;
}

bool askValidationAgain(QSqlDatabase &db, qint64 accountId, qint64 schoolId, qint64 now)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"UPDATE teacher_profiles SET school_id = ?, request = request + 1, "
                         u"requested_at = ? WHERE account_id = ?"_s,
                         {schoolId, now, accountId}) &&
           q.numRowsAffected() == 1;
}

bool inDirectory(const TeacherProfile &p)
{
    return p.status == u"validated" && p.lookingForPartners;
}

} // namespace etw::server::profile_store
