// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/label_cache.h"

#include "store/form_drafts.h"
#include "store/json_text.h"
#include "store/local_store.h"
#include "store/project_cache.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace etw::label_cache {

using namespace Qt::StringLiterals;

const scoped_rows::Table &applicationTable()
{
    static const scoped_rows::Table t{
        u"label_applications"_s, {{u"project_id"_s, u"projectId"_s}, {u"status"_s, u"status"_s}}};
    return t;
}

const scoped_rows::Table &assessmentTable()
{
    static const scoped_rows::Table t{u"label_assessments"_s,
                                      {{u"application_id"_s, u"applicationId"_s}}};
    return t;
}

const scoped_rows::Table &gridTable()
{
    static const scoped_rows::Table t{u"assessment_grids"_s, {}};
    return t;
}

const scoped_rows::Table &candidateTable()
{
    static const scoped_rows::Table t{u"eql_candidates"_s, {}};
    return t;
}

QList<EqlCandidate> europeanCandidates(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    QList<EqlCandidate> out;
    QSet<QString> seen; // the same candidate in a country's and its region's scope
    if (!LocalStore::run(q, u"SELECT data FROM eql_candidates"_s))
        return out;
    while (q.next())
        if (auto c = EqlCandidate::fromJson(json_text::toObject(q.value(0).toString()))) {
            const QString key = c.value().schoolYear + u':' + QString::number(c.value().id);
            if (!seen.contains(key)) {
                seen.insert(key);
                out.append(c.value());
            }
        }
    // Queued here: shown as made, so that the share left counts them (and a year's new
    // settings show before the server counts with them).
    if (LocalStore::run(q, u"SELECT type, entity_id, data FROM outbox WHERE type IN "
                           u"('eql_nomination', 'eql_award', 'eql_setting') ORDER BY seq"_s))
        while (q.next()) {
            const QJsonObject data = json_text::toObject(q.value(2).toString());
            const QString year = data.value(u"schoolYear"_s).toString();
            const qint64 project = q.value(1).toLongLong();
            const bool award = q.value(0).toString() == u"eql_award";
            const bool setting = q.value(0).toString() == u"eql_setting";
            for (EqlCandidate &c : out) {
                if (c.schoolYear != year)
                    continue;
                if (setting) {
                    c.sharePercent = data.value(u"sharePercent"_s).toInt(c.sharePercent);
                    c.threshold = data.value(u"threshold"_s).toDouble(c.threshold);
                    continue;
                }
                if (award) {
                    c.awarded = c.awarded || c.id == project;
                    continue;
                }
                // Every candidate of the year tells the country's nominations made.
                for (EqlCountry &e : c.countries)
                    if (e.country == country) {
                        e.nominations += 1;
                        e.nominated = e.nominated || c.id == project;
                    }
            }
        }
    std::sort(out.begin(), out.end(), [](const EqlCandidate &a, const EqlCandidate &b) {
        return a.schoolYear != b.schoolYear ? a.schoolYear > b.schoolYear
                                            : a.projectTitle.localeAwareCompare(b.projectTitle) < 0;
    });
    return out;
}

namespace {
QList<LabelApplication> read(QSqlQuery &q)
{
    QList<LabelApplication> out;
    QSet<qint64> seen; // a region's scope holds a copy of its country's
    while (q.next())
        if (auto a = LabelApplication::fromJson(json_text::toObject(q.value(0).toString())))
            if (!seen.contains(a.value().id)) {
                seen.insert(a.value().id);
                out.append(a.value());
            }
    return out;
}

// Decisions queued here: application id → the mutation's data.
QHash<qint64, QJsonObject> queuedDecisions(QSqlDatabase &db)
{
    QHash<qint64, QJsonObject> out;
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT entity_id, data FROM outbox WHERE type = 'label_decision' "
                           u"ORDER BY seq"_s))
        while (q.next())
            out.insert(q.value(0).toLongLong(), json_text::toObject(q.value(1).toString()));
    return out;
}

void showDecision(LabelApplication &a, const QJsonObject &d)
{
    a.status = d.value(u"decision"_s).toString();
    a.decision = LabelDecision{a.status, d.value(u"feedback"_s).toString(), 0, {}, 0};
}
} // namespace

QList<LabelApplication> own(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QList<LabelApplication> out;
    if (LocalStore::run(q, u"SELECT data FROM label_applications WHERE scope = 'me'"_s))
        out = read(q);
    // Submitted here, not sent yet: shown waiting, with what was typed.
    if (LocalStore::run(q, u"SELECT entity_id, data, created_at FROM outbox WHERE type = "
                           u"'label_application' AND op = 'create' ORDER BY seq"_s))
        while (q.next()) {
            const QJsonObject d = json_text::toObject(q.value(1).toString());
            LabelApplication a;
            a.id = q.value(0).toLongLong();
            a.projectId = d.value(u"projectId"_s).toInteger();
            if (const auto p = project_cache::project(db, a.projectId))
                a.projectTitle = p->title;
            a.status = u"waiting"_s;
            a.answers = d.value(u"answers"_s).toObject();
            a.criteria = d.value(u"criteria"_s).toObject();
            a.ownRole = d.value(u"ownRole"_s).toString();
            a.submittedAt = q.value(2).toLongLong();
            out.append(a);
        }
    std::sort(out.begin(), out.end(), [](const LabelApplication &a, const LabelApplication &b) {
        return a.submittedAt > b.submittedAt;
    });
    return out;
}

QList<LabelApplication> inReview(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM label_applications WHERE scope LIKE 'review:%' "
                            u"ORDER BY id"_s))
        return {};
    QList<LabelApplication> out = read(q);
    const auto queued = queuedDecisions(db);
    for (LabelApplication &a : out)
        if (queued.contains(a.id) && !a.decision)
            showDecision(a, queued.value(a.id));
    std::stable_sort(out.begin(), out.end(),
                     [](const LabelApplication &a, const LabelApplication &b) {
                         return a.submittedAt < b.submittedAt;
                     });
    return out;
}

std::optional<LabelApplication> reviewed(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT data FROM label_applications WHERE id = ? AND scope "
                         u"LIKE 'review:%' LIMIT 1"_s,
                         {id}))
        return std::nullopt;
    const QList<LabelApplication> found = read(q);
    if (found.isEmpty())
        return std::nullopt;
    LabelApplication a = found.first();
    const auto queued = queuedDecisions(db);
    if (queued.contains(id) && !a.decision)
        showDecision(a, queued.value(id));
    return a;
}

QList<LabelAssessment> assessments(QSqlDatabase &db, qint64 applicationId, qint64 assessorId,
                                   const QString &assessorName)
{
    QList<LabelAssessment> out;
    QSet<qint64> seen;
    QSqlQuery q(db);
    if (LocalStore::run(q,
                        u"SELECT data FROM label_assessments WHERE application_id = ? "
                        u"ORDER BY id"_s,
                        {applicationId}))
        while (q.next())
            if (auto a = LabelAssessment::fromJson(json_text::toObject(q.value(0).toString())))
                if (!seen.contains(a.value().id)) {
                    seen.insert(a.value().id);
                    out.append(a.value());
                }
    // What this assessor scored here and has not sent yet, over what the server has of theirs.
    if (!LocalStore::run(q,
                         u"SELECT data FROM outbox WHERE type = 'label_assessment' AND "
                         u"entity_id = ? ORDER BY seq"_s,
                         {applicationId}))
        return out;
    auto mine = std::find_if(out.begin(), out.end(), [assessorId](const LabelAssessment &a) {
        return a.assessorId == assessorId;
    });
    while (q.next()) {
        if (mine == out.end()) {
            LabelAssessment a;
            a.applicationId = applicationId;
            a.assessorId = assessorId;
            a.assessorName = assessorName;
            out.append(a);
            mine = out.end() - 1;
        }
        const QJsonObject d = json_text::toObject(q.value(0).toString());
        const QJsonObject scores = d.value(u"scores"_s).toObject();
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
            mine->scores.insert(it.key(), it.value().toInt());
        const QJsonObject comments = d.value(u"comments"_s).toObject();
        for (auto it = comments.constBegin(); it != comments.constEnd(); ++it)
            mine->comments.insert(it.key(), it.value().toString());
        if (d.contains(u"comment"_s))
            mine->comment = d.value(u"comment"_s).toString();
    }
    return out;
}

std::optional<AssessmentGrid> gridFor(QSqlDatabase &db, const LabelApplication &application)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM assessment_grids"_s))
        return std::nullopt;
    std::optional<AssessmentGrid> best;
    int rank = -1; // 3: its own; 2: country and year; 1: country; 0: default
    while (q.next()) {
        const QJsonObject o = json_text::toObject(q.value(0).toString());
        auto parsed = grid::parse(o);
        if (!parsed)
            continue;
        AssessmentGrid g = parsed.value();
        g.id = o.value(u"id"_s).toInteger();
        g.version = o.value(u"version"_s).toInt();
        int r = -1;
        if (application.gridId > 0)
            r = g.id == application.gridId ? 3 : -1;
        else if (g.country == application.country && g.schoolYear == application.schoolYear)
            r = 2;
        else if (g.country == application.country && g.schoolYear.isEmpty())
            r = 1;
        else if (g.country.isEmpty() && g.schoolYear.isEmpty())
            r = 0;
        if (r > rank || (r == rank && r >= 0 && best && g.version > best->version)) {
            rank = r;
            best = g;
        }
    }
    return rank >= 0 ? best : std::nullopt;
}

QString assessmentOrderKey(const Mutation &m)
{
    return u"label_assessment:"_s + QString::number(m.entityId);
}

QString draftKey(qint64 projectId)
{
    return u"label-application:%1"_s.arg(projectId);
}

bool backToDraft(QSqlDatabase &db, const Mutation &m)
{
    const qint64 project = m.data.value(u"projectId"_s).toInteger();
    // A draft typed since (a new one) is the teacher's latest: it stays.
    if (form_drafts::load(db, draftKey(project)))
        return true;
    return form_drafts::save(db, draftKey(project), m.data);
}

bool confirmDecision(QSqlDatabase &db, const Mutation &m, qint64 at)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT scope, data FROM label_applications WHERE id = ? AND "
                         u"scope LIKE 'review:%'"_s,
                         {m.entityId}))
        return false;
    QList<QPair<QString, QJsonObject>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), json_text::toObject(q.value(1).toString())});
    for (auto &[scope, data] : rows) {
        const QString decision = m.data.value(u"decision"_s).toString();
        data.insert(u"status"_s, decision);
        data.insert(u"decision"_s, QJsonObject{{u"decision"_s, decision},
                                               {u"feedback"_s, m.data.value(u"feedback"_s)},
                                               {u"decidedAt"_s, at}});
        if (!LocalStore::run(q,
                             u"UPDATE label_applications SET status = ?, data = ? WHERE "
                             u"scope = ? AND id = ?"_s,
                             {decision, json_text::from(data), scope, m.entityId}))
            return false;
    }
    return true;
}

} // namespace etw::label_cache
