// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/review_cache.h"

#include "domain/text_fold.h"
#include "store/json_text.h"
#include "store/local_store.h"
#include "store/outbox.h"

#include <QHash>

#include <algorithm>

namespace etw::review_cache {

using namespace Qt::StringLiterals;

const scoped_rows::Table &registrationTable()
{
    static const scoped_rows::Table t{u"review_registrations"_s,
                                      {{u"status"_s, u"status"_s},
                                       {u"region"_s, u"region"_s},
                                       {u"requested_at"_s, u"requestedAt"_s}}};
    return t;
}

const scoped_rows::Table &noteTable()
{
    static const scoped_rows::Table t{
        u"review_notes"_s, {{u"item_type"_s, u"itemType"_s}, {u"item_id"_s, u"itemId"_s}}};
    return t;
}

const scoped_rows::Table &templateTable()
{
    static const scoped_rows::Table t{u"reason_templates"_s, {}};
    return t;
}

const scoped_rows::Table &settingTable()
{
    static const scoped_rows::Table t{u"review_settings"_s, {}};
    return t;
}

namespace {
// Decisions made here, not yet taken by the server: (type, id) → the mutation's data.
QHash<QPair<QString, qint64>, QJsonObject> queuedDecisions(QSqlDatabase &db)
{
    QHash<QPair<QString, qint64>, QJsonObject> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT type, entity_id, data FROM outbox WHERE type IN "
                            u"('registration_decision', 'project_decision') ORDER BY seq"_s))
        return out;
    while (q.next()) {
        const QString type =
            q.value(0).toString() == u"registration_decision" ? u"registration"_s : u"project"_s;
        out.insert({type, q.value(1).toLongLong()}, json_text::toObject(q.value(2).toString()));
    }
    return out;
}

// When a project started waiting for its national services: the last founder's joining.
qint64 submittedAt(const Project &p)
{
    qint64 at = 0;
    for (const ProjectMember &m : p.members)
        if (m.role == u"founder" && m.state == u"active")
            at = std::max(at, m.since);
    return at > 0 ? at : p.updatedAt;
}

Item fromRegistration(const Registration &g)
{
    Item i;
    i.type = u"registration"_s;
    i.id = g.id;
    i.title = g.displayName;
    i.detail = g.schoolCity.isEmpty() ? g.schoolName : g.schoolName + u", "_s + g.schoolCity;
    if (!g.region.isEmpty())
        i.regions = {g.region};
    i.queuedAt = g.requestedAt > 0 ? g.requestedAt : g.registeredAt;
    i.waiting = g.status == u"pending" && !g.decision;
    if (g.decision) {
        i.decision = g.decision->decision;
        i.reason = g.decision->reason;
        i.decidedByName = g.decision->decidedByName;
        i.decidedAt = g.decision->decidedAt;
    }
    i.folded =
        foldForSearch(g.displayName + u' ' + g.email + u' ' + g.schoolName + u' ' + g.schoolCity);
    return i;
}

Item fromProject(const Project &p, const QString &country)
{
    Item i;
    i.type = u"project"_s;
    i.id = p.id;
    i.title = p.title;
    QStringList founders;
    QString names;
    for (const ProjectMember &m : p.members) {
        if (m.role != u"founder" || m.state != u"active")
            continue;
        founders.append(m.displayName + u" ("_s + m.country + u')');
        names += u' ' + m.displayName + u' ' + m.schoolName;
        if (m.country == country && !m.region.isEmpty() && !i.regions.contains(m.region))
            i.regions.append(m.region);
    }
    i.detail = founders.join(u", "_s);
    i.queuedAt = submittedAt(p);
    for (const ProjectDecision &d : p.decisions)
        if (d.country == country) {
            i.decision = d.decision;
            i.reason = d.reason;
            i.decidedByName = d.decidedByName;
            i.decidedAt = d.decidedAt;
        }
    i.waiting = p.status == u"waiting_approval" && i.decision.isEmpty();
    i.folded = foldForSearch(p.title + u' ' + p.summary + names);
    return i;
}
} // namespace

QList<Item> items(QSqlDatabase &db, const QString &country)
{
    QList<Item> out;
    const auto queued = queuedDecisions(db);
    QSqlQuery q(db);
    // A national and a regional scope may both hold an item (never for one account today, but
    // a scope listed twice must not show it twice).
    QSet<qint64> seen;
    if (LocalStore::run(q, u"SELECT id, data FROM review_registrations ORDER BY requested_at"_s))
        while (q.next()) {
            if (seen.contains(q.value(0).toLongLong()))
                continue;
            seen.insert(q.value(0).toLongLong());
            if (auto g = Registration::fromJson(json_text::toObject(q.value(1).toString())))
                out.append(fromRegistration(g.value()));
        }
    seen.clear();
    if (LocalStore::run(q, u"SELECT id, data FROM projects WHERE scope LIKE 'review:%'"_s))
        while (q.next()) {
            if (seen.contains(q.value(0).toLongLong()))
                continue;
            seen.insert(q.value(0).toLongLong());
            if (auto p = Project::fromJson(json_text::toObject(q.value(1).toString())))
                out.append(fromProject(p.value(), country));
        }
    for (Item &i : out) {
        const auto it = queued.constFind({i.type, i.id});
        if (it == queued.cend())
            continue;
        i.queuedDecision = it->value(u"decision"_s).toString();
        i.queuedReason = it->value(u"reason"_s).toString();
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Item &a, const Item &b) { return a.queuedAt < b.queuedAt; });
    return out;
}

std::optional<Registration> registration(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM review_registrations WHERE id = ? LIMIT 1"_s,
                         {id}) ||
        !q.next())
        return std::nullopt;
    auto g = Registration::fromJson(json_text::toObject(q.value(0).toString()));
    if (!g)
        return std::nullopt;
    return g.value();
}

QList<ReviewNote> notes(QSqlDatabase &db, const QString &itemType, qint64 itemId)
{
    QList<ReviewNote> out;
    QSet<qint64> deleted; // deleted here, not yet sent
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT op, entity_id, data FROM outbox WHERE type = 'review_note' "
                           u"ORDER BY seq"_s)) {
        while (q.next()) {
            const QJsonObject data = json_text::toObject(q.value(2).toString());
            if (q.value(0).toString() == u"delete") {
                deleted.insert(q.value(1).toLongLong());
                continue;
            }
            if (q.value(0).toString() != u"create" || data.value(u"itemType"_s) != itemType ||
                data.value(u"itemId"_s).toInteger() != itemId)
                continue;
            ReviewNote n;
            n.id = q.value(1).toLongLong();
            n.itemType = itemType;
            n.itemId = itemId;
            n.text = data.value(u"text"_s).toString();
            n.createdAt = data.value(u"writtenAt"_s).toInteger();
            out.append(n);
        }
    }
    QSet<qint64> seen;
    if (LocalStore::run(q,
                        u"SELECT id, data FROM review_notes WHERE item_type = ? AND item_id = ?"_s,
                        {itemType, itemId}))
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id) || deleted.contains(id))
                continue;
            seen.insert(id);
            if (auto n = ReviewNote::fromJson(json_text::toObject(q.value(1).toString())))
                out.append(n.value());
        }
    for (auto it = out.begin(); it != out.end();)
        it = deleted.contains(it->id) ? out.erase(it) : it + 1;
    std::stable_sort(out.begin(), out.end(), [](const ReviewNote &a, const ReviewNote &b) {
        // Those written here and not yet sent come last, in the order written.
        if ((a.id < 0) != (b.id < 0))
            return b.id < 0;
        return a.id < 0 ? a.id > b.id : a.createdAt < b.createdAt;
    });
    return out;
}

QList<ReasonTemplate> templates(QSqlDatabase &db, const QString &kind)
{
    QHash<qint64, ReasonTemplate> byId;
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT data FROM reason_templates"_s))
        while (q.next())
            if (auto t = ReasonTemplate::fromJson(json_text::toObject(q.value(0).toString())))
                byId.insert(t.value().id, t.value());
    // What was changed here and not yet sent shows as it will be.
    if (LocalStore::run(q, u"SELECT op, entity_id, data FROM outbox WHERE type = "
                           u"'reason_template' ORDER BY seq"_s))
        while (q.next()) {
            const qint64 id = q.value(1).toLongLong();
            const QJsonObject data = json_text::toObject(q.value(2).toString());
            if (q.value(0).toString() == u"delete") {
                byId.remove(id);
                continue;
            }
            ReasonTemplate &t = byId[id];
            t.id = id;
            t.kind = data.value(u"kind"_s).toString(t.kind.isEmpty() ? u"registration"_s : t.kind);
            t.title = data.value(u"title"_s).toString(t.title);
            t.text = data.value(u"text"_s).toString(t.text);
        }
    QList<ReasonTemplate> out;
    for (const ReasonTemplate &t : std::as_const(byId))
        if (kind.isEmpty() || t.kind == kind)
            out.append(t);
    std::sort(out.begin(), out.end(), [](const ReasonTemplate &a, const ReasonTemplate &b) {
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return out;
}

ReviewSetting setting(QSqlDatabase &db, const QString &country)
{
    ReviewSetting s{country, false, 0};
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT data FROM review_settings LIMIT 1"_s) && q.next())
        if (auto read = ReviewSetting::fromJson(json_text::toObject(q.value(0).toString())))
            s = read.value();
    if (LocalStore::run(q, u"SELECT data FROM outbox WHERE type = 'review_setting' "
                           u"ORDER BY seq DESC LIMIT 1"_s) &&
        q.next())
        s.regionalDecisions = json_text::toObject(q.value(0).toString())
                                  .value(u"regionalDecisions"_s)
                                  .toBool(s.regionalDecisions);
    return s;
}

bool confirmSetting(QSqlDatabase &db, const Mutation &m, const MutationResult &r)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT scope, id, data FROM review_settings LIMIT 1"_s))
        return false;
    if (!q.next())
        return true; // never pulled: the pull brings it
    const QString scope = q.value(0).toString();
    const qint64 id = q.value(1).toLongLong();
    QJsonObject data = json_text::toObject(q.value(2).toString());
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        data.insert(it.key(), it.value());
    data.insert(u"version"_s, r.version);
    return LocalStore::run(q,
                           u"UPDATE review_settings SET version = ?, data = ? "
                           u"WHERE scope = ? AND id = ?"_s,
                           {r.version, json_text::from(data), scope, id});
}

bool confirmTemplate(QSqlDatabase &db, const Mutation &m, const MutationResult &r)
{
    QSqlQuery q(db);
    if (m.op == u"delete")
        return LocalStore::run(q, u"DELETE FROM reason_templates WHERE id = ?"_s, {m.entityId});
    const qint64 id = m.op == u"create" ? r.entityId : m.entityId;
    // A template lives in the one review scope this account pulls, as its setting does.
    if (!LocalStore::run(q, u"SELECT scope FROM review_settings LIMIT 1"_s))
        return false;
    if (!q.next())
        return true;
    const QString scope = q.value(0).toString();
    QJsonObject data;
    if (!LocalStore::run(q, u"SELECT data FROM reason_templates WHERE scope = ? AND id = ?"_s,
                         {scope, id}))
        return false;
    if (q.next())
        data = json_text::toObject(q.value(0).toString());
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        data.insert(it.key(), it.value());
    data.insert(u"id"_s, id);
    data.insert(u"version"_s, r.version);
    return LocalStore::run(q,
                           u"INSERT OR REPLACE INTO reason_templates (scope, id, version, "
                           u"data) VALUES (?, ?, ?, ?)"_s,
                           {scope, id, r.version, json_text::from(data)});
}

bool confirmRegistrationDecision(QSqlDatabase &db, const Mutation &m, qint64 at)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT scope, data FROM review_registrations WHERE id = ?"_s,
                         {m.entityId}))
        return false;
    QList<QPair<QString, QJsonObject>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), json_text::toObject(q.value(1).toString())});
    q.finish();
    const QString decision =
        m.data.value(u"decision"_s).toString() == u"validate" ? u"validated"_s : u"rejected"_s;
    for (auto &[scope, data] : rows) {
        data.insert(u"status"_s, decision);
        data.insert(u"decision"_s, QJsonObject{{u"decision"_s, decision},
                                               {u"reason"_s, m.data.value(u"reason"_s)},
                                               {u"decidedBy"_s, 0},
                                               {u"decidedAt"_s, at}});
        if (!LocalStore::run(q,
                             u"UPDATE review_registrations SET status = ?, data = ? "
                             u"WHERE scope = ? AND id = ?"_s,
                             {decision, json_text::from(data), scope, m.entityId}))
            return false;
    }
    return true;
}

} // namespace etw::review_cache
