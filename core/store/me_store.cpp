// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/me_store.h"
#include "store/json_text.h"

#include "domain/validation_messages.h"
#include "store/local_store.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace etw::me_store {

using namespace Qt::StringLiterals;

namespace {
const QString profileType = u"teacher"_s;     // the entity, as pulled in the `me` scope
const QString profileMutation = u"profile"_s; // the kind of mutation that edits it
} // namespace

bool apply(QSqlDatabase &db, const QList<Change> &changes)
{
    QSqlQuery q(db);
    for (const Change &c : changes) {
        const bool ok =
            c.deleted ? LocalStore::run(q, u"DELETE FROM me_entities WHERE type = ? AND id = ?"_s,
                                        {c.type, c.id})
                      : LocalStore::run(q,
                                        u"INSERT OR REPLACE INTO me_entities (type, id, "
                                        u"version, data) VALUES (?, ?, ?, ?)"_s,
                                        {c.type, c.id, c.version, json_text::from(c.data)});
        if (!ok)
            return false;
    }
    return true;
}

bool forget(QSqlDatabase &db, const QString &type)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"DELETE FROM me_entities WHERE type = ?"_s, {type});
}

std::optional<TeacherProfile> serverProfile(QSqlDatabase &db, qint64 accountId)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM me_entities WHERE type = ? AND id = ?"_s,
                         {profileType, accountId}) ||
        !q.next())
        return std::nullopt;
    auto parsed =
        TeacherProfile::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

std::optional<TeacherProfile> myProfile(QSqlDatabase &db, qint64 accountId)
{
    auto profile = serverProfile(db, accountId);
    if (!profile)
        return std::nullopt;
    for (const QJsonObject &patch : outbox::pendingPatches(db, profileMutation, accountId))
        *profile = profile::applyPatch(*profile, patch);
    return profile;
}

Result<TeacherProfile> editProfile(QSqlDatabase db, qint64 accountId, const QJsonObject &patch)
{
    CacheTransaction tx(db);
    const Error notSaved{u"cache_unavailable"_s,
                         QCoreApplication::translate(
                             "etw::MeStore", "Your change could not be saved on this computer."),
                         {}};
    if (!tx.isActive())
        return notSaved; // nothing written: the form keeps what was typed
    auto current = myProfile(db, accountId);
    if (!current)
        return Error{u"not_found"_s,
                     QCoreApplication::translate("etw::MeStore",
                                                 "Your profile has not been downloaded yet."),
                     {}};
    const FieldErrors errors = profile::validatePatch(patch, *current);
    if (!errors.isEmpty())
        return invalidInput(errors);
    if (!outbox::enqueue(db, profileMutation, accountId, current->version, patch) || !tx.commit())
        return notSaved;
    return profile::applyPatch(*current, patch);
}

bool confirmProfileEdit(QSqlDatabase &db, qint64 accountId, const QJsonObject &patch,
                        qint64 version)
{
    auto profile = serverProfile(db, accountId);
    if (!profile)
        return true;
    if (profile->version >= version)
        return true; // a pull already brought this version or a later one
    TeacherProfile updated = profile::applyPatch(*profile, patch);
    updated.version = version;
    QSqlQuery q(db);
    return LocalStore::run(
        q, u"UPDATE me_entities SET version = ?, data = ? WHERE type = ? AND id = ?"_s,
        {version, json_text::from(updated.toJson()), profileType, accountId});
}

bool recordIssue(QSqlDatabase &db, const Mutation &mutation, const QString &kind,
                 const QJsonObject &error)
{
    QSqlQuery q(db);
    return LocalStore::run(q,
                           u"INSERT INTO sync_issues (mutation_id, type, entity_id, kind, data, "
                           u"error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                           {mutation.id, mutation.type, mutation.entityId, kind,
                            json_text::from(mutation.data), json_text::from(error),
                            QDateTime::currentMSecsSinceEpoch()});
}

QList<Issue> issues(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QList<Issue> out;
    if (!LocalStore::run(q, u"SELECT id, kind, type, entity_id, data, error, created_at "
                            u"FROM sync_issues ORDER BY id"_s))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(),
                    QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                    QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                    q.value(6).toLongLong()});
    return out;
}

int issueCount(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT COUNT(*) FROM sync_issues"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool dismissIssue(QSqlDatabase &db, qint64 issueId)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"DELETE FROM sync_issues WHERE id = ?"_s, {issueId});
}

} // namespace etw::me_store
