// SPDX-License-Identifier: GPL-3.0-or-later
#include "project_store.h"

#include "database.h"
#include "json_columns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace etw::server::project_store {

using namespace Qt::StringLiterals;

namespace {
// Qt binds a null QString as SQL NULL; text columns here are NOT NULL with '' for "none".
QString nn(const QString &text)
{
    return text.isNull() ? u""_s : text;
}
} // namespace

std::optional<StoredProject> loadForUpdate(QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    if (!Database::run(
            q,
            u"SELECT p.kind, p.title, p.summary, p.description, p.subjects, "
            u"p.languages, p.age_min, p.age_max, p.duration_months, p.aims, "
            u"p.work_process, p.expected_results, p.status, p.created_by, "
            u"p.updated_at, p.version, p.field_versions FROM projects p WHERE p.id = ?"_s +
                SqlDialect::rowLock(db, u"p"_s),
            {projectId}) ||
        !q.next())
        return std::nullopt;
    StoredProject s;
    Project &p = s.project;
    p.id = projectId;
    p.kind = q.value(0).toString();
    p.title = q.value(1).toString();
    p.summary = q.value(2).toString();
    p.description = q.value(3).toString();
    p.subjects = json_columns::toList(q.value(4).toString());
    p.languages = json_columns::toList(q.value(5).toString());
    p.ageMin = q.value(6).toInt();
    p.ageMax = q.value(7).toInt();
    p.durationMonths = q.value(8).toInt();
    p.aims = q.value(9).toString();
    p.workProcess = q.value(10).toString();
    p.expectedResults = q.value(11).toString();
    p.status = q.value(12).toString();
    p.createdBy = q.value(13).toLongLong();
    p.updatedAt = q.value(14).toLongLong();
    p.version = q.value(15).toLongLong();
    s.fieldVersions = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    q.finish();

    // Members in the order they joined the project, with their school as it is today and the
    // last day they were active.
    if (!Database::run(q,
                       u"SELECT m.account_id, a.display_name, COALESCE(t.school_id, 0), "
                       u"COALESCE(s.name, ''), COALESCE(s.country, a.country), m.role, m.state, "
                       u"a.last_active_at, m.updated_at, COALESCE(s.region, '') "
                       u"FROM project_members m JOIN accounts a ON a.id = m.account_id "
                       u"LEFT JOIN teacher_profiles t ON t.account_id = m.account_id "
                       u"LEFT JOIN schools s ON s.id = t.school_id "
                       u"WHERE m.project_id = ? ORDER BY m.joined_seq"_s,
                       {projectId}))
        return std::nullopt;
    while (q.next())
        p.members.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toLongLong(),
                          q.value(9).toString()});
    q.finish();
    if (!Database::run(q,
                       u"SELECT d.country, d.decision, d.reason, d.decided_at, d.decided_by, "
                       u"COALESCE(a.display_name, '') FROM project_decisions d "
                       u"LEFT JOIN accounts a ON a.id = d.decided_by "
                       u"WHERE d.project_id = ? ORDER BY d.country"_s,
                       {projectId}))
        return std::nullopt;
    while (q.next())
        p.decisions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toLongLong(), q.value(4).toLongLong(),
                            q.value(5).toString()});
    q.finish();
    // Its labels: each teacher's National Quality Label, and the European one of a year.
    if (!Database::run(q,
                       u"SELECT l.school_year, l.country, a.display_name "
                       u"FROM label_applications l JOIN accounts a ON a.id = l.applicant_id "
                       u"WHERE l.project_id = ? AND l.decision = 'awarded' "
                       u"ORDER BY l.school_year, l.country, a.display_name"_s,
                       {projectId}))
        return std::nullopt;
    while (q.next())
        p.labels.append(
            {u"national"_s, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    if (!Database::run(q,
                       u"SELECT school_year FROM eql_awards WHERE project_id = ? "
                       u"ORDER BY school_year"_s,
                       {projectId}))
        return std::nullopt;
    while (q.next())
        p.labels.append({u"european"_s, q.value(0).toString()});
    return s;
}

qint64 insert(QSqlDatabase &db, const Project &p)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"INSERT INTO projects (kind, title, summary, description, subjects, "
                       u"languages, age_min, age_max, duration_months, aims, work_process, "
                       u"expected_results, status, created_by, created_at, updated_at, version) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {p.kind, p.title, p.summary, nn(p.description),
                        json_columns::fromList(p.subjects), json_columns::fromList(p.languages),
                        p.ageMin, p.ageMax, p.durationMonths, nn(p.aims), nn(p.workProcess),
                        nn(p.expectedResults), p.status, p.createdBy, p.updatedAt, p.updatedAt,
                        p.version}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool update(QSqlDatabase &db, const StoredProject &s)
{
    const Project &p = s.project;
    QSqlQuery q(db);
    return Database::run(
        q,
        u"UPDATE projects SET title = ?, summary = ?, description = ?, subjects = ?, "
        u"languages = ?, age_min = ?, age_max = ?, duration_months = ?, aims = ?, "
        u"work_process = ?, expected_results = ?, status = ?, updated_at = ?, version = ?, "
        u"field_versions = ? WHERE id = ?"_s,
        {p.title, p.summary, nn(p.description), json_columns::fromList(p.subjects),
         json_columns::fromList(p.languages), p.ageMin, p.ageMax, p.durationMonths, nn(p.aims),
         nn(p.workProcess), nn(p.expectedResults), p.status, p.updatedAt, p.version,
         json_columns::fromObject(s.fieldVersions), p.id});
}

bool setMember(QSqlDatabase &db, qint64 projectId, qint64 accountId, const QString &role,
               const QString &state, qint64 invitedBy, qint64 now)
{
    QSqlQuery q(db);
    return Database::run(
        q,
        u"INSERT INTO project_members (project_id, account_id, role, state, "
        u"invited_by, updated_at, joined_seq) VALUES (?, ?, ?, ?, ?, ?, "
        u"(SELECT COALESCE(MAX(joined_seq), 0) + 1 FROM project_members "
        u"WHERE project_id = ?)) "
        u"ON CONFLICT (project_id, account_id) DO UPDATE SET role = excluded.role, "
        u"state = excluded.state, invited_by = excluded.invited_by, "
        u"updated_at = excluded.updated_at"_s,
        {projectId, accountId, role, state, invitedBy, now, projectId});
}

bool addDecision(QSqlDatabase &db, qint64 projectId, const ProjectDecision &d, qint64 decidedBy)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO project_decisions (project_id, country, decision, reason, "
                         u"decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {projectId, d.country, d.decision, nn(d.reason), decidedBy, d.decidedAt});
}

std::optional<bool> isActiveMember(QSqlDatabase &db, qint64 projectId, qint64 accountId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT 1 FROM project_members WHERE project_id = ? AND account_id = ? "
                       u"AND state = 'active'"_s,
                       {projectId, accountId}))
        return std::nullopt;
    return q.next();
}

std::optional<TwinSpaceAccess> twinSpaceAccess(QSqlDatabase &db, qint64 projectId, qint64 accountId,
                                               bool lock)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT p.status, m.state FROM projects p LEFT JOIN project_members m "
                       u"ON m.project_id = p.id AND m.account_id = ? WHERE p.id = ?"_s +
                           (lock ? SqlDialect::rowLock(db, u"p"_s) : QString()),
                       {accountId, projectId}))
        return std::nullopt;
    TwinSpaceAccess access;
    if (q.next()) {
        access.exists = true;
        access.status = q.value(0).toString();
        access.activeMember = q.value(1).toString() == u"active";
    }
    return access;
}

std::optional<QList<qint64>> memberships(QSqlDatabase &db, qint64 accountId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT project_id FROM project_members WHERE account_id = ? "
                       u"AND state = 'active' ORDER BY project_id"_s,
                       {accountId}))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace etw::server::project_store
