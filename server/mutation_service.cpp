// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutation_service.h"

#include "access_rules.h"
#include "domain/validation_messages.h"
#include "mutation_handlers.h"

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

MutationService::MutationService(Database &database, const MutationLimits &limits)
    : m_database(database)
    , m_limits(limits)
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
        int retryAfterSecs = 0;
        const MutationResult result = apply(*request.account, mutation.value(), &retryAfterSecs);
        if (result.status == MutationResult::Status::Rejected &&
            result.error.code == u"database_error")
            return ApiResponse::error(503, result.error);
        // As after a database failure: what came before stays applied (its answers are stored
        // and replayed), this one and those after it are sent again, in the same order, later.
        if (retryAfterSecs > 0) {
            ApiResponse r = ApiResponse::error(429, result.error);
            r.headers.append({"Retry-After", QByteArray::number(retryAfterSecs)});
            return r;
        }
        results.append(result.toJson());
    }
    return ApiResponse::json({{u"results"_s, results}});
}

MutationResult MutationService::apply(const Account &account, const Mutation &mutation,
                                      int *retryAfterSecs)
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
    bool keepWrites = false;
    if (const MutationHandler *handler = mutation_handlers::find(mutation.type, mutation.op)) {
        MutationContext context{db, account, mutation, QDateTime::currentMSecsSinceEpoch(), {}};
        context.limits = m_limits;
        const auto refused = access_rules::check(handler->access, context);
        result = refused ? *refused : handler->apply(context);
        keepWrites = context.keepWrites;
        if (context.retryAfterSecs > 0) {
            *retryAfterSecs = context.retryAfterSecs;
            return result; // neither kept nor stored: the transaction rolls back
        }
    } else {
        result =
            rejected(mutation.id, u"unsupported_mutation"_s,
                     u"The mutation %1/%2 is not supported."_s.arg(mutation.type, mutation.op));
    }
    if (result.status == MutationResult::Status::Rejected && result.error.code == u"database_error")
        return result;
    if (!Database::run(q, result.status == MutationResult::Status::Applied || keepWrites
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

} // namespace etw::server
