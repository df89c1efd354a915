// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutation_service.h"

#include "domain/validation_messages.h"
#include "profile_store.h"
#include "project_mutations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
MutationResult rejected(const QString &id, const QString &code, const QString &message,
                        const FieldErrors &fields = {})
{
    MutationResult r;
    r.id = id;
    r.status = MutationResult::Status::Rejected;
    r.error = Error{code, message, fields};
    return r;
}
// Whether a replay of this mutation id must get the same answer. A conflict is settled by the
// client with a new mutation; a base version the server does not have (it was restored from an
// older backup) is put on the server's version by the client and sent again under the same id,
// so that an edit the server did apply is still never applied twice.
bool answerIsFinal(const MutationResult &r)
{
    return r.status != MutationResult::Status::Conflict &&
           !(r.status == MutationResult::Status::Rejected && r.error.code == u"bad_base_version");
}
} // namespace

MutationService::MutationService(Database &database)
    : m_database(database)
{}

ApiResponse MutationService::push(const ApiRequest &request)
{
    auto parsed = parseJsonBody(request);
    if (auto *response = std::get_if<ApiResponse>(&parsed))
        return *response;
    const QJsonValue list = std::get<QJsonObject>(parsed).value(u"mutations"_s);
    if (!list.isArray())
        return ApiResponse::error(
            422,
            invalidInput({{u"mutations"_s,
                           fieldError(u"mutations"_s,
                                      list.isUndefined() ? u"required"_s : u"wrong_type"_s)}}));
    const QJsonArray array = list.toArray();
    if (array.size() > maxMutationBatch)
        return ApiResponse::error(
            422, invalidInput({{u"mutations"_s, fieldError(u"mutations"_s, u"too_many"_s)}}));

    QJsonArray results;
    for (const QJsonValue v : array) {
        auto mutation = Mutation::fromJson(v.toObject());
        if (!mutation) {
            results.append(rejected(v.toObject().value(u"id"_s).toString(), mutation.error().code,
                                    mutation.error().message, mutation.error().fields)
                               .toJson());
            continue;
        }
        const MutationResult result = apply(*request.account, mutation.value());
        if (result.status == MutationResult::Status::Rejected &&
            result.error.code == u"database_error")
            return ApiResponse::error(503, result.error);
        results.append(result.toJson());
    }
    return ApiResponse::json({{u"results"_s, results}});
}

MutationResult MutationService::apply(const Account &account, const Mutation &mutation)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return rejected(mutation.id, u"database_error"_s, u"The database is not available."_s);
    QSqlDatabase &db = tx.db();
    QSqlQuery q(db);
    // A replay of a mutation already applied answers what it answered the first time.
    if (!Database::run(q, u"SELECT account_id, result FROM mutations WHERE id = ?"_s,
                       {mutation.id}))
        return rejected(mutation.id, u"database_error"_s, databaseError(q).message);
    if (q.next()) {
        if (q.value(0).toLongLong() != account.id)
            return rejected(mutation.id, u"id_reused"_s,
                            u"This mutation id was already used by another account."_s);
        auto stored = MutationResult::fromJson(
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (stored)
            return stored.value();
    }
    q.finish();

    // A refused or conflicting mutation leaves nothing behind but its answer: what its handler
    // wrote before finding the problem (a registration whose invitation is refused) goes.
    if (!Database::run(q, u"SAVEPOINT mutation"_s))
        return rejected(mutation.id, u"database_error"_s, databaseError(q).message);
    MutationResult result;
    if (mutation.type == u"profile" && mutation.op == u"update")
        result = applyProfileUpdate(db, account, mutation);
    else if (project_mutations::handles(mutation.type))
        result = project_mutations::apply(db, account, mutation);
    else
        result =
            rejected(mutation.id, u"unsupported_mutation"_s,
                     u"The mutation %1/%2 is not supported."_s.arg(mutation.type, mutation.op));
    if (result.status == MutationResult::Status::Rejected && result.error.code == u"database_error")
        return result;
    if (!Database::run(q, result.status == MutationResult::Status::Applied
                              ? u"RELEASE SAVEPOINT mutation"_s
                              : u"ROLLBACK TO SAVEPOINT mutation"_s))
        return rejected(mutation.id, u"database_error"_s, databaseError(q).message);
    if (answerIsFinal(result)) {
        if (!Database::run(
                q,
                u"INSERT INTO mutations (id, account_id, result, created_at) "
                u"VALUES (?, ?, ?, ?)"_s,
                {mutation.id, account.id,
                 QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)),
                 QDateTime::currentMSecsSinceEpoch()}))
            return rejected(mutation.id, u"database_error"_s, databaseError(q).message);
    }
    if (!tx.commit())
        return rejected(mutation.id, u"database_error"_s, u"The change could not be saved."_s);
    return result;
}

MutationResult MutationService::applyProfileUpdate(QSqlDatabase &db, const Account &account,
                                                   const Mutation &mutation)
{
    if (account.role != Role::Teacher || mutation.entityId != account.id)
        return rejected(mutation.id, u"forbidden"_s, u"You can only edit your own profile."_s);
    auto stored = profile_store::loadForUpdate(db, account.id);
    if (!stored)
        return rejected(mutation.id, u"not_found"_s, u"This account has no teacher profile."_s);
    TeacherProfile &current = stored->profile;
    if (mutation.baseVersion < 1 || mutation.baseVersion > current.version)
        return rejected(
            mutation.id, u"bad_base_version"_s,
            u"baseVersion %1 does not exist (current version is %2)."_s.arg(mutation.baseVersion)
                .arg(current.version));

    // Field-by-field merge: only a field changed on the server since baseVersion conflicts.
    for (auto it = mutation.data.constBegin(); it != mutation.data.constEnd(); ++it) {
        if (stored->fieldVersions.value(it.key()).toInteger() > mutation.baseVersion) {
            MutationResult r;
            r.id = mutation.id;
            r.status = MutationResult::Status::Conflict;
            r.current = current.toJson();
            return r;
        }
    }
    const FieldErrors errors = profile::validatePatch(mutation.data, current);
    if (!errors.isEmpty()) {
        const Error e = invalidInput(errors);
        return rejected(mutation.id, e.code, e.message, e.fields);
    }
    current = profile::applyPatch(current, mutation.data);
    current.version += 1;
    for (auto it = mutation.data.constBegin(); it != mutation.data.constEnd(); ++it)
        stored->fieldVersions.insert(it.key(), current.version);
    if (!profile_store::update(db, *stored) ||
        !change_feed::record(db, profile_store::publication(current)))
        return rejected(mutation.id, u"database_error"_s, u"The change could not be saved."_s);

    MutationResult r;
    r.id = mutation.id;
    r.status = MutationResult::Status::Applied;
    r.version = current.version;
    return r;
}

} // namespace etw::server
