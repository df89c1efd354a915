// SPDX-License-Identifier: GPL-3.0-or-later
#include "label_store.h"

#include "database.h"
#include "sql_dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace etw::server::label_store {

using namespace Qt::StringLiterals;

namespace {
const QString columns =
    u"a.id, a.project_id, p.title, a.applicant_id, t.display_name, a.school_id, s.name, "
    u"a.country, a.region, a.school_year, a.attempt, a.status, a.body, a.submitted_at, "
    u"a.grid_id, a.decision, a.feedback, a.decided_by, d.display_name, a.decided_at, "
    u"a.version FROM label_applications a JOIN projects p ON p.id = a.project_id "
    u"JOIN accounts t ON t.id = a.applicant_id LEFT JOIN schools s ON s.id = a.school_id "
    u"LEFT JOIN accounts d ON d.id = a.decided_by"_s;

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

LabelApplication read(const QSqlQuery &q)
{
    LabelApplication a;
    a.id = q.value(0).toLongLong();
    a.projectId = q.value(1).toLongLong();
    a.projectTitle = q.value(2).toString();
    a.applicantId = q.value(3).toLongLong();
    a.applicantName = q.value(4).toString();
    a.schoolId = q.value(5).toLongLong();
    a.schoolName = q.value(6).toString();
    a.country = q.value(7).toString();
    a.region = q.value(8).toString();
    a.schoolYear = q.value(9).toString();
    a.attempt = q.value(10).toInt();
    a.status = q.value(11).toString();
    const QJsonObject body = object(q.value(12).toString());
    a.answers = body.value(u"answers"_s).toObject();
    a.criteria = body.value(u"criteria"_s).toObject();
    a.ownRole = body.value(u"ownRole"_s).toString();
    for (const QJsonValue &v : body.value(u"evidence"_s).toArray())
        if (auto e = LabelEvidence::fromJson(v.toObject()))
            a.evidence.append(e.value());
    a.submittedAt = q.value(13).toLongLong();
    a.gridId = q.value(14).toLongLong();
    if (!q.value(15).toString().isEmpty())
        a.decision =
            LabelDecision{q.value(15).toString(), q.value(16).toString(), q.value(17).toLongLong(),
                          q.value(18).toString(), q.value(19).toLongLong()};
    a.version = q.value(20).toLongLong();
    return a;
}

LabelAssessment readAssessment(const QSqlQuery &q)
{
    LabelAssessment a;
    a.id = q.value(0).toLongLong();
    a.applicationId = q.value(1).toLongLong();
    a.assessorId = q.value(2).toLongLong();
    a.assessorName = q.value(3).toString();
    const QJsonObject scores = object(q.value(4).toString());
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
        a.scores.insert(it.key(), it.value().toInt());
    const QJsonObject comments = object(q.value(5).toString());
    for (auto it = comments.constBegin(); it != comments.constEnd(); ++it)
        a.comments.insert(it.key(), it.value().toString());
    a.comment = q.value(6).toString();
    a.updatedAt = q.value(7).toLongLong();
    a.version = q.value(8).toLongLong();
    return a;
}

const QString assessmentColumns =
    u"x.id, x.application_id, x.assessor_id, c.display_name, x.scores, x.comments, x.comment, "
    u"x.updated_at, x.version FROM label_assessments x JOIN accounts c ON c.id = x.assessor_id"_s;
} // namespace

std::optional<LabelApplication> forUpdate(QSqlDatabase &db, qint64 id, bool *failed)
{
    QSqlQuery q(db);
    const bool ok = Database::run(
        q, u"SELECT "_s + columns + u" WHERE a.id = ?"_s + SqlDialect::rowLock(db, u"a"_s), {id});
    if (failed)
        *failed = !ok;
    if (!ok || !q.next())
        return std::nullopt;
    LabelApplication a = read(q);
    const auto all = assessments(db, id);
    if (!all) {
        if (failed)
            *failed = true;
        return std::nullopt;
    }
    a.assessors = int(all->size());
    a.score = grid::averageTotal(*all);
    return a;
}

bool save(QSqlDatabase &db, LabelApplication &a)
{
    QSqlQuery q(db);
    const LabelDecision d = a.decision.value_or(LabelDecision{});
    if (a.id == 0) {
        QJsonArray evidence;
        for (const LabelEvidence &e : a.evidence)
            evidence.append(e.toJson());
        const QJsonObject body{{u"answers"_s, a.answers},
                               {u"criteria"_s, a.criteria},
                               {u"ownRole"_s, a.ownRole},
                               {u"evidence"_s, evidence}};
        if (!Database::run(q,
                           u"INSERT INTO label_applications (project_id, applicant_id, school_id, "
                           u"country, region, school_year, attempt, status, body, submitted_at, "
                           u"version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                           {a.projectId, a.applicantId, a.schoolId, Database::text(a.country),
                            Database::text(a.region), a.schoolYear, a.attempt, a.status, text(body),
                            a.submittedAt, a.version}) ||
            !q.next())
            return false;
        a.id = q.value(0).toLongLong();
        return a.id > 0;
    }
    return Database::run(q,
                         u"UPDATE label_applications SET status = ?, grid_id = ?, decision = ?, "
                         u"feedback = ?, decided_by = ?, decided_at = ?, version = ? "
                         u"WHERE id = ?"_s,
                         {a.status, a.gridId, Database::text(d.decision),
                          Database::text(d.feedback), d.decidedBy, d.decidedAt, a.version, a.id}) &&
           q.numRowsAffected() == 1;
}

std::optional<int> countInYear(QSqlDatabase &db, qint64 applicantId, const QString &schoolYear)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT COUNT(*) FROM label_applications WHERE applicant_id = ? AND "
                       u"school_year = ?"_s,
                       {applicantId, schoolYear}) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

std::optional<QList<LabelApplication>> forProject(QSqlDatabase &db, qint64 applicantId,
                                                  qint64 projectId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT "_s + columns +
                           u" WHERE a.applicant_id = ? AND a.project_id = ? ORDER BY a.attempt"_s,
                       {applicantId, projectId}))
        return std::nullopt;
    QList<LabelApplication> out;
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<QList<qint64>> nationalHolders(QSqlDatabase &db, qint64 projectId,
                                             const QString &schoolYear)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT applicant_id FROM label_applications WHERE project_id = ? "
                       u"AND school_year = ? AND decision = 'awarded' ORDER BY applicant_id"_s,
                       {projectId, schoolYear}))
        return std::nullopt;
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

std::optional<QList<qint64>> projectsInAssessment(QSqlDatabase &db, const Account &account)
{
    QList<qint64> out;
    if (account.role != Role::Correspondent)
        return out;
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT DISTINCT project_id FROM label_applications WHERE country = ? "
                       u"AND decision = '' AND (? = '' OR region = ?) ORDER BY project_id"_s,
                       {Database::text(account.country), Database::text(account.region),
                        Database::text(account.region)}))
        return std::nullopt;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

std::optional<QList<LabelAssessment>> assessments(QSqlDatabase &db, qint64 applicationId)
{
    QSqlQuery q(db);
    if (!Database::run(
            q, u"SELECT "_s + assessmentColumns + u" WHERE x.application_id = ? ORDER BY x.id"_s,
            {applicationId}))
        return std::nullopt;
    QList<LabelAssessment> out;
    while (q.next())
        out.append(readAssessment(q));
    return out;
}

std::optional<LabelAssessment> assessmentOf(QSqlDatabase &db, qint64 applicationId,
                                            qint64 assessorId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT "_s + assessmentColumns +
                           u" WHERE x.application_id = ? AND x.assessor_id = ?"_s,
                       {applicationId, assessorId}))
        return std::nullopt;
    if (q.next())
        return readAssessment(q);
    LabelAssessment none;
    none.applicationId = applicationId;
    none.assessorId = assessorId;
    return none;
}

bool saveAssessment(QSqlDatabase &db, LabelAssessment &a)
{
    QJsonObject scores, comments;
    for (auto it = a.scores.cbegin(); it != a.scores.cend(); ++it)
        scores.insert(it.key(), it.value());
    for (auto it = a.comments.cbegin(); it != a.comments.cend(); ++it)
        comments.insert(it.key(), it.value());
    QSqlQuery q(db);
    if (a.id == 0) {
        if (!Database::run(q,
                           u"INSERT INTO label_assessments (application_id, assessor_id, scores, "
                           u"comments, comment, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           u"RETURNING id"_s,
                           {a.applicationId, a.assessorId, text(scores), text(comments),
                            Database::text(a.comment), a.updatedAt, a.version}) ||
            !q.next())
            return false;
        a.id = q.value(0).toLongLong();
        return a.id > 0;
    }
    return Database::run(q,
                         u"UPDATE label_assessments SET scores = ?, comments = ?, comment = ?, "
                         u"updated_at = ?, version = ? WHERE id = ?"_s,
                         {text(scores), text(comments), Database::text(a.comment), a.updatedAt,
                          a.version, a.id}) &&
           q.numRowsAffected() == 1;
}

} // namespace etw::server::label_store
