// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/school_label_cache.h"

#include "store/json_text.h"
#include "store/local_store.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

namespace etw::school_label_cache {

using namespace Qt::StringLiterals;

const scoped_rows::Table &eligibilityTable()
{
    static const scoped_rows::Table t{u"school_eligibility"_s, {}};
    return t;
}

const scoped_rows::Table &applicationTable()
{
    static const scoped_rows::Table t{u"school_applications"_s,
                                      {{u"school_id"_s, u"schoolId"_s},
                                       {u"school_year"_s, u"schoolYear"_s},
                                       {u"status"_s, u"status"_s}}};
    return t;
}

std::optional<SchoolEligibility> eligibility(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM school_eligibility WHERE scope LIKE 'school:%' "
                            u"ORDER BY version DESC LIMIT 1"_s) ||
        !q.next())
        return std::nullopt;
    auto e = SchoolEligibility::fromJson(json_text::toObject(q.value(0).toString()));
    return e ? std::optional(e.value()) : std::nullopt;
}

QString applicationOrderKey()
{
    return u"school_application"_s;
}

std::optional<Shown> own(QSqlDatabase &db, const QString &schoolYear)
{
    QSqlQuery q(db);
    std::optional<Shown> out;
    if (!LocalStore::run(q,
                         u"SELECT data FROM school_applications WHERE scope LIKE 'school:%' "
                         u"AND school_year = ? ORDER BY version DESC LIMIT 1"_s,
                         {schoolYear}))
        return std::nullopt;
    if (q.next())
        if (auto a = SchoolApplication::fromJson(json_text::toObject(q.value(0).toString())))
            out = Shown{a.value(), false, false};
    q.finish();
    if (!LocalStore::run(q, u"SELECT type, op, entity_id, data FROM outbox WHERE type IN "
                            u"('school_application', 'school_submission') ORDER BY seq"_s))
        return out;
    while (q.next()) {
        const QString type = q.value(0).toString(), op = q.value(1).toString();
        const qint64 entity = q.value(2).toLongLong();
        const QJsonObject data = json_text::toObject(q.value(3).toString());
        // Started here while nothing was known of the school's: shown until the server says.
        // Started here too late (a colleague's came first): the server refuses it, and the
        // text stays in the issue it becomes.
        if (type == u"school_application" && op == u"create") {
            if (out && out->application.id > 0)
                continue;
            SchoolApplication a;
            a.id = entity;
            a.schoolYear = schoolYear;
            a.status = u"draft"_s;
            out = Shown{a, true, false};
        }
        if (!out || out->application.id != entity)
            continue;
        if (type == u"school_submission") {
            out->application.status = u"submitted"_s;
            out->submitWaiting = true;
        } else {
            for (auto it = data.constBegin(); it != data.constEnd(); ++it)
                out->application.fields.insert(it.key(), it.value());
        }
        out->waiting = true;
    }
    return out;
}

namespace {
// Decisions queued here, by application: shown as made.
QHash<qint64, QJsonObject> queuedDecisions(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QHash<qint64, QJsonObject> out;
    if (LocalStore::run(q, u"SELECT entity_id, data FROM outbox WHERE type = 'school_decision' "
                           u"ORDER BY seq"_s))
        while (q.next())
            if (!out.contains(q.value(0).toLongLong())) // the first stands
                out.insert(q.value(0).toLongLong(), json_text::toObject(q.value(1).toString()));
    return out;
}
} // namespace

QList<SchoolApplication> inReview(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QList<SchoolApplication> out;
    QSet<qint64> seen; // in a country's scope and its region's
    if (!LocalStore::run(q, u"SELECT data FROM school_applications WHERE scope LIKE 'review:%'"_s))
        return out;
    while (q.next())
        if (auto a = SchoolApplication::fromJson(json_text::toObject(q.value(0).toString())))
            if (!seen.contains(a.value().id)) {
                seen.insert(a.value().id);
                out.append(a.value());
            }
    q.finish();
    const auto decided = queuedDecisions(db);
    for (SchoolApplication &a : out)
        if (!a.decision && decided.contains(a.id)) {
            const QJsonObject d = decided.value(a.id);
            a.decision = LabelDecision{
                d.value(u"decision"_s).toString(), d.value(u"feedback"_s).toString(), 0, {}, 0};
            a.status = a.decision->decision;
        }
    std::sort(out.begin(), out.end(), [](const SchoolApplication &x, const SchoolApplication &y) {
        return std::pair(x.submittedAt, x.id) < std::pair(y.submittedAt, y.id);
    });
    return out;
}

std::optional<SchoolApplication> reviewed(QSqlDatabase &db, qint64 id)
{
    for (const SchoolApplication &a : inReview(db))
        if (a.id == id)
            return a;
    return std::nullopt;
}

bool started(QSqlDatabase &db, const Mutation &m, const MutationResult &r)
{
    if (m.entityId >= 0 || r.entityId <= 0)
        return true;
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"UPDATE outbox SET entity_id = ? WHERE entity_id = ? AND type IN "
                         u"('school_application', 'school_submission')"_s,
                         {r.entityId, m.entityId}))
        return false;
    // Shown under its id until the school scope's pull brings the server's copy.
    if (!LocalStore::run(q, u"SELECT scope FROM sync_state WHERE scope LIKE 'school:%' LIMIT 1"_s))
        return false;
    if (!q.next())
        return true;
    const QString scope = q.value(0).toString();
    q.finish();
    SchoolApplication a;
    a.id = r.entityId;
    a.schoolId = scope.mid(7).toLongLong();
    // The round of today, as the server counts it (rounds start on 1 September).
    a.schoolYear = label::schoolYearOf(QDateTime::currentDateTimeUtc().date());
    a.status = u"draft"_s;
    a.fields = m.data;
    a.version = r.version;
    a.updatedAt = QDateTime::currentMSecsSinceEpoch();
    return LocalStore::run(
        q,
        u"INSERT OR IGNORE INTO school_applications (scope, id, version, "
        u"school_id, school_year, status, data) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {scope, a.id, a.version, a.schoolId, a.schoolYear, a.status, json_text::from(a.toJson())});
}

bool confirm(QSqlDatabase &db, const Mutation &m, const MutationResult &r)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT scope, data FROM school_applications WHERE id = ?"_s,
                         {r.entityId > 0 ? r.entityId : m.entityId}))
        return false;
    QList<std::pair<QString, QJsonObject>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), json_text::toObject(q.value(1).toString())});
    q.finish();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto &[scope, data] : rows) {
        if (m.type == u"school_application") {
            // Only what the server wrote: a conflicting answer is not (it came back instead).
            QJsonObject fields = data.value(u"fields"_s).toObject();
            for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
                fields.insert(it.key(), it.value());
            data.insert(u"fields"_s, fields);
            data.insert(u"updatedAt"_s, now);
        } else if (m.type == u"school_submission") {
            data.insert(u"status"_s, u"submitted"_s);
            data.insert(u"submittedAt"_s, now);
        } else if (m.type == u"school_decision") {
            const QString decision = m.data.value(u"decision"_s).toString();
            data.insert(u"status"_s, decision);
            data.insert(u"decision"_s, QJsonObject{{u"decision"_s, decision},
                                                   {u"feedback"_s, m.data.value(u"feedback"_s)},
                                                   {u"decidedAt"_s, now}});
        }
        if (r.version > 0)
            data.insert(u"version"_s, r.version);
        if (!LocalStore::run(q,
                             u"UPDATE school_applications SET data = ?, status = ?, version = ? "
                             u"WHERE scope = ? AND id = ?"_s,
                             {json_text::from(data), data.value(u"status"_s).toString(),
                              data.value(u"version"_s).toInteger(), scope,
                              data.value(u"id"_s).toInteger()}))
            return false;
    }
    return true;
}

} // namespace etw::school_label_cache
