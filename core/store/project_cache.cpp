// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/project_cache.h"
#include "store/json_text.h"

#include "domain/validation_messages.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "store/scoped_rows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace etw::project_cache {

using namespace Qt::StringLiterals;

namespace {
QString projectScope(qint64 id)
{
    return u"project:"_s + QString::number(id);
}

Error notSaved()
{
    return {u"cache_unavailable"_s,
            QCoreApplication::translate("etw::ProjectCache",
                                        "Your change could not be saved on this computer."),
            {}};
}

QList<Project> readProjects(QSqlQuery &q)
{
    QList<Project> out;
    while (q.next())
        if (auto p = Project::fromJson(json_text::toObject(q.value(0).toString())))
            out.append(p.value());
    std::sort(out.begin(), out.end(),
              [](const Project &a, const Project &b) { return a.updatedAt > b.updatedAt; });
    return out;
}

std::optional<Project> serverProject(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    // The member's own scope first; a reviewer sees it through the review scope.
    if (!LocalStore::run(q,
                         u"SELECT data FROM projects WHERE id = ? "
                         u"ORDER BY scope = ? DESC LIMIT 1"_s,
                         {id, projectScope(id)}) ||
        !q.next())
        return std::nullopt;
    auto p = Project::fromJson(json_text::toObject(q.value(0).toString()));
    if (!p)
        return std::nullopt;
    return p.value();
}
} // namespace

bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes)
{
    static const scoped_rows::Table table{u"projects"_s, {}};
    QList<Change> projects;
    for (const Change &c : changes)
        if (c.type == u"project") // not the kinds of later versions
            projects.append(c);
    return scoped_rows::apply(db, table, scope, projects);
}

bool purge(QSqlDatabase &db, const QString &scope)
{
    return scoped_rows::purge(db, u"projects"_s, scope);
}

bool forgetArrivedDrafts(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"DELETE FROM project_drafts WHERE state = 'registered' AND "
                              u"server_id IN (SELECT id FROM projects)"_s);
}

namespace {
// What this computer has done to the project and not yet sent shows at once: field edits,
// invitations (with the invitee as the directory knows them), withdrawals, removals, closing.
void applyWaiting(QSqlDatabase &db, Project &p)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT type, op, data FROM outbox WHERE entity_id = ? AND "
                         u"type LIKE 'project%' ORDER BY seq"_s,
                         {p.id}))
        return;
    QList<std::tuple<QString, QString, QJsonObject>> waiting;
    while (q.next())
        waiting.append({q.value(0).toString(), q.value(1).toString(),
                        json_text::toObject(q.value(2).toString())});
    q.finish();
    auto setState = [&p](qint64 account, const QString &state) {
        for (ProjectMember &m : p.members)
            if (m.accountId == account)
                m.state = state;
    };
    for (const auto &[type, op, data] : waiting) {
        const qint64 account = data.value(u"accountId"_s).toInteger();
        if (type == u"project" && op == u"update") {
            p = project::applyPatch(p, data);
        } else if (type == u"project_status") {
            p.status = data.value(u"status"_s).toString();
        } else if (type == u"project_invitation" && op == u"create") {
            const QString role = data.value(u"role"_s).toString();
            if (p.member(account)) {
                setState(account, u"invited"_s);
                continue;
            }
            ProjectMember m{account, {}, 0, {}, {}, role, u"invited"_s};
            if (const auto d = directory_store::detail(db, account)) {
                m.displayName = d->teacher.displayName;
                m.schoolId = d->school.id;
                m.schoolName = d->school.name;
                m.country = d->teacher.country;
            }
            p.members.append(m);
        } else if (type == u"project_invitation" && op == u"delete") {
            setState(account, u"withdrawn"_s);
        } else if (type == u"project_member") {
            setState(account, u"removed"_s);
        }
    }
}
} // namespace

std::optional<Project> project(QSqlDatabase &db, qint64 id, bool withWaitingEdits)
{
    auto p = serverProject(db, id);
    if (!p || !withWaitingEdits)
        return p;
    applyWaiting(db, *p);
    return p;
}

QList<Project> myProjects(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM projects WHERE scope LIKE 'project:%'"_s))
        return {};
    QList<Project> list = readProjects(q);
    q.finish();
    for (Project &p : list)
        applyWaiting(db, p);
    return list;
}

QList<Project> reviewProjects(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM projects WHERE scope LIKE 'review:%'"_s))
        return {};
    return readProjects(q);
}

bool hasTwinSpace(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"SELECT 1 FROM projects WHERE id = ? AND scope = ?"_s,
                           {id, projectScope(id)}) &&
           q.next();
}

QList<Invitation> invitations(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QList<Invitation> out;
    if (!LocalStore::run(q, u"SELECT data FROM me_entities WHERE type = 'invitation' AND id NOT IN "
                            u"(SELECT entity_id FROM outbox WHERE type = 'project_invitation' "
                            u"AND op = 'update') ORDER BY id DESC"_s))
        return out;
    while (q.next()) {
        const QJsonObject o = json_text::toObject(q.value(0).toString());
        Invitation i{o[u"projectId"_s].toInteger(), o[u"kind"_s].toString(),
                     o[u"title"_s].toString(),      o[u"summary"_s].toString(),
                     o[u"role"_s].toString(),       {}};
        for (const QJsonValue f : o[u"founders"_s].toArray())
            i.founders.append(u"%1 (%2, %3)"_s.arg(f[u"displayName"_s].toString(),
                                                   f[u"schoolName"_s].toString(),
                                                   f[u"country"_s].toString()));
        out.append(i);
    }
    return out;
}

QList<Draft> drafts(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QList<Draft> out;
    if (!LocalStore::run(q, u"SELECT local_id, data, state, COALESCE(server_id, 0), updated_at, "
                            u"page FROM project_drafts ORDER BY updated_at DESC"_s))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), json_text::toObject(q.value(1).toString()),
                    q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                    q.value(5).toInt()});
    return out;
}

std::optional<Draft> draft(QSqlDatabase &db, const QString &localId)
{
    for (const Draft &d : drafts(db))
        if (d.localId == localId)
            return d;
    return std::nullopt;
}

QString saveDraft(QSqlDatabase db, const QString &localId, const QJsonObject &form, int page)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id =
        localId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : localId;
    QSqlQuery q(db);
    // A submitted draft is the queued registration: it changes no more.
    if (!LocalStore::run(q,
                         u"INSERT INTO project_drafts (local_id, data, page, created_at, "
                         u"updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (local_id) DO UPDATE "
                         u"SET data = excluded.data, page = excluded.page, "
                         u"updated_at = excluded.updated_at "
                         u"WHERE project_drafts.state = 'editing'"_s,
                         {id, json_text::from(form), std::max(0, page), now, now}))
        return {};
    return id;
}

bool deleteDraft(QSqlDatabase db, const QString &localId)
{
    QSqlQuery q(db);
    return LocalStore::run(
        q, u"DELETE FROM project_drafts WHERE local_id = ? AND state = 'editing'"_s, {localId});
}

Result<QString> submitDraft(QSqlDatabase db, const QString &localId)
{
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const auto d = draft(db, localId);
    if (!d || d->state != u"editing")
        return Error{
            u"not_found"_s,
            QCoreApplication::translate("etw::ProjectCache", "This draft was already submitted."),
            {}};
    if (const FieldErrors errors = project::validateRegistration(d->form); !errors.isEmpty())
        return invalidInput(errors);
    QJsonObject form = d->form;
    const QJsonValue invitations = form.take(u"invitations"_s);
    // What the server needs, without what only this screen uses.
    QJsonObject data;
    for (const QString &field : project::formFields())
        if (form.contains(field))
            data.insert(field, form.value(field));
    data.insert(u"kind"_s, form.value(u"kind"_s));
    QJsonArray wire;
    for (const QJsonValue v : invitations.toArray())
        wire.append(QJsonObject{{u"accountId"_s, v[u"accountId"_s]}, {u"role"_s, v[u"role"_s]}});
    data.insert(u"invitations"_s, wire);
    const QString mutationId = outbox::enqueueAction(db, u"project"_s, u"create"_s, 0, data);
    QSqlQuery q(db);
    if (mutationId.isEmpty() ||
        !LocalStore::run(q,
                         u"UPDATE project_drafts SET state = 'submitted', mutation_id = ?, "
                         u"updated_at = ? WHERE local_id = ?"_s,
                         {mutationId, QDateTime::currentMSecsSinceEpoch(), localId}) ||
        !tx.commit())
        return notSaved();
    return mutationId;
}

bool draftRegistered(QSqlDatabase &db, const QString &mutationId, qint64 serverId)
{
    QSqlQuery q(db);
    return LocalStore::run(q,
                           u"UPDATE project_drafts SET state = 'registered', server_id = ? "
                           u"WHERE mutation_id = ?"_s,
                           {serverId, mutationId});
}

bool draftRefused(QSqlDatabase &db, const QString &mutationId)
{
    // Back to the teacher, with everything typed, to mend what the server refused.
    QSqlQuery q(db);
    return LocalStore::run(q,
                           u"UPDATE project_drafts SET state = 'editing', mutation_id = NULL "
                           u"WHERE mutation_id = ?"_s,
                           {mutationId});
}

Result<Project> edit(QSqlDatabase db, qint64 projectId, const QJsonObject &patch)
{
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const auto server = serverProject(db, projectId);
    const auto current = project(db, projectId);
    if (!server || !current)
        return Error{u"not_found"_s,
                     QCoreApplication::translate("etw::ProjectCache",
                                                 "This project is not on this computer."),
                     {}};
    const FieldErrors errors = project::validatePatch(patch, *current);
    if (!errors.isEmpty())
        return invalidInput(errors);
    // Made on the server's version: the server merges field by field from there.
    if (!outbox::enqueue(db, u"project"_s, projectId, server->version, patch) || !tx.commit())
        return notSaved();
    return project::applyPatch(*current, patch);
}

Result<QString> act(QSqlDatabase db, const QString &type, const QString &op, qint64 projectId,
                    const QJsonObject &data)
{
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const QString id = outbox::enqueueAction(db, type, op, projectId, data);
    if (id.isEmpty() || !tx.commit())
        return notSaved();
    return id;
}

namespace {
// Each scope's copy of a project (its own scope's, a review scope's), for an answer to update.
std::optional<QList<std::pair<QString, QJsonObject>>> cachedRows(QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT scope, data FROM projects WHERE id = ?"_s, {projectId}))
        return std::nullopt;
    QList<std::pair<QString, QJsonObject>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), json_text::toObject(q.value(1).toString())});
    return rows;
}
} // namespace

bool confirmEdit(QSqlDatabase &db, qint64 projectId, const QJsonObject &patch, qint64 version)
{
    QSqlQuery q(db);
    const auto rows = cachedRows(db, projectId);
    if (!rows)
        return false;
    for (const auto &[scope, json] : *rows) {
        auto p = Project::fromJson(json);
        if (!p || p.value().version >= version)
            continue; // the pull brought this version or a later one already
        Project updated = project::applyPatch(p.value(), patch);
        updated.version = version;
        if (!LocalStore::run(
                q, u"UPDATE projects SET version = ?, data = ? WHERE scope = ? AND id = ?"_s,
                {version, json_text::from(updated.toJson()), scope, projectId}))
            return false;
    }
    return true;
}

bool confirmMemberState(QSqlDatabase &db, qint64 projectId, qint64 accountId, const QString &state)
{
    QSqlQuery q(db);
    const auto rows = cachedRows(db, projectId);
    if (!rows)
        return false;
    for (const auto &[scope, json] : *rows) {
        auto p = Project::fromJson(json);
        if (!p)
            continue;
        for (ProjectMember &m : p.value().members)
            if (m.accountId == accountId)
                m.state = state;
        if (!LocalStore::run(q, u"UPDATE projects SET data = ? WHERE scope = ? AND id = ?"_s,
                             {json_text::from(p.value().toJson()), scope, projectId}))
            return false;
    }
    return true;
}

} // namespace etw::project_cache
