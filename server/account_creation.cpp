// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_creation.h"

#include "auth/password_strength.h"
#include "auth_service.h"
#include "change_feed.h"
#include "json_columns.h"
#include "password_hash.h"
#include "profile_store.h"
#include "registration_store.h"
#include "school_store.h"
#include "scopes.h"
#include "username_key.h"

#include "domain/sign_up.h"
#include "domain/validation_messages.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSemaphore>
#include <QThread>

#include <cstring>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 hourMs = 3600 * 1000;

// Each Argon2id hash takes 64 MiB for a moment: at most one per core at a time, as sign-in's
// verifications (a burst of sign-ups queues instead of multiplying the server's memory).
QString hashLimited(const QString &password)
{
    static QSemaphore slots(std::max(1, QThread::idealThreadCount()));
    slots.acquire();
    const QSemaphoreReleaser releaser(slots);
    return secrets::hashPassword(password);
}

// A PostgreSQL advisory lock's key for a text (an address, an e-mail), the same in every
// instance.
qint64 lockKeyOf(const QString &what)
{
    const QByteArray digest = QCryptographicHash::hash((u"account-creation:"_s + what).toUtf8(),
                                                       QCryptographicHash::Sha256);
    qint64 key = 0;
    std::memcpy(&key, digest.constData(), sizeof key);
    return key;
}

ApiResponse tooMany(int wait)
{
    ApiResponse r = ApiResponse::error(
        429, u"too_many_accounts"_s,
        u"Too many accounts were created from this address in the last hour. Try again in %1 "
        u"seconds."_s.arg(wait));
    r.addHeader("Retry-After", QByteArray::number(wait));
    return r;
}

ApiResponse invalidField(const QString &field, const QString &code)
{
    return ApiResponse::error(422, invalidInput({{field, fieldError(field, code)}}));
}
} // namespace

AccountCreation::AccountCreation(Database &database, const ServerConfig &config)
    : m_database(database)
    , m_config(config)
{}

std::optional<int> AccountCreation::secondsToWait(QSqlDatabase &db, const QString &address,
                                                  qint64 now) const
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT COUNT(*), COALESCE(MIN(created_at), 0) FROM account_creations "
                       u"WHERE address = ? AND created_at > ?"_s,
                       {address, now - hourMs}) ||
        !q.next())
        return std::nullopt;
    if (q.value(0).toInt() < m_config.accountCreationsPerHour)
        return 0;
    return int(std::max<qint64>(1, (q.value(1).toLongLong() + hourMs - now + 999) / 1000));
}

ApiResponse AccountCreation::create(const ApiRequest &request)
{
    auto parsed = parseJsonBody(request);
    if (auto *response = std::get_if<ApiResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);

    // Everything the form can say without the database, the password's strength included.
    const auto form = sign_up::read(body);
    FieldErrors errors = form ? FieldErrors{} : form.error().fields;
    const QString password = body.value(u"password"_s).toString();
    if (!errors.contains(u"password"_s) &&
        !password_strength::estimate(
             password, password_strength::personalWords(body.value(u"email"_s).toString(),
                                                        body.value(u"displayName"_s).toString()))
             .acceptable())
        errors.insert(u"password"_s, fieldError(u"password"_s, u"too_weak"_s));
    if (!errors.isEmpty())
        return ApiResponse::error(422, invalidInput(errors));
    const SignUp &s = form.value();

    QSqlDatabase db = m_database.connection();
    const QString address = request.remote.toString();
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto early = secondsToWait(db, address, now);
    if (!early)
        return ApiResponse::error(503, u"database_error"_s, u"account creations: read failed"_s);
    if (*early > 0)
        return tooMany(*early);
    // Slow (Argon2id), so before the write transaction: other writers do not wait on it.
    const QString hash = hashLimited(s.password);
    const QString key = usernameKey(s.email);

    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return ApiResponse::error(
            503, Error{u"database_error"_s, u"creating an account: "_s + tx.lastError(), {}});
    now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    // The address's attempts are counted one at a time across instances (then the e-mail's,
    // always in that order: no deadlock); SQLite's write lock does both already.
    if (!SqlDialect::lockKey(db, lockKeyOf(address)) || !SqlDialect::lockKey(db, lockKeyOf(key)))
        return ApiResponse::error(503, u"database_error"_s, u"account creations: lock failed"_s);
    const auto wait = secondsToWait(db, address, now);
    if (!wait)
        return ApiResponse::error(503, u"database_error"_s, u"account creations: read failed"_s);
    if (*wait > 0)
        return tooMany(*wait);
    // The attempt counts whatever its answer (a taken e-mail too), and the hour's older ones go.
    if (!Database::run(q, u"DELETE FROM account_creations WHERE created_at <= ?"_s,
                       {now - hourMs}) ||
        !Database::run(q, u"INSERT INTO account_creations (address, created_at) VALUES (?, ?)"_s,
                       {address, now}))
        return ApiResponse::error(503, databaseError(q));
    auto refuse = [&](const QString &field, const QString &code) {
        return tx.commit() ? invalidField(field, code)
                           : ApiResponse::error(503, u"database_error"_s,
                                                u"account creations: commit failed"_s);
    };

    if (!Database::run(q, u"SELECT 1 FROM accounts WHERE username_key = ?"_s, {key}))
        return ApiResponse::error(503, databaseError(q));
    if (q.next())
        return refuse(u"email"_s, u"taken"_s);
    q.finish();
    if (!s.newSchool) {
        const auto offered = school_store::isOffered(db, s.schoolId, s.country);
        if (!offered)
            return ApiResponse::error(503, u"database_error"_s, u"schools: read failed"_s);
        if (!*offered)
            return refuse(u"schoolId"_s, u"unknown_value"_s);
    }

    // The user name is the e-mail, as typed; sign-in compares its folded form.
    if (!Database::run(q,
                       u"INSERT INTO accounts (username, username_key, password_hash, role, "
                       u"country, display_name, created_at, email) "
                       u"VALUES (?, ?, ?, 'teacher', ?, ?, ?, ?) ON CONFLICT DO NOTHING "
                       u"RETURNING id"_s,
                       {s.email, key, hash, s.country, s.displayName, now, s.email}))
        return ApiResponse::error(503, databaseError(q));
    if (!q.next()) // created meanwhile through another instance
        return refuse(u"email"_s, u"taken"_s);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    qint64 schoolId = s.schoolId;
    if (s.newSchool) {
        School school{0, s.newSchool->name,   s.newSchool->city,   s.country, s.newSchool->type,
                      0, s.newSchool->region, s.newSchool->address};
        if (!school_store::insertNew(db, school, id, now))
            return ApiResponse::error(503, u"database_error"_s, u"schools: insert failed"_s);
        schoolId = school.id;
    }
    // Looking for partners from the start: that is why teachers come; they appear in the
    // directory once validated, and can say otherwise in their profile.
    if (!Database::run(q,
                       u"INSERT INTO teacher_profiles (account_id, school_id, subjects, languages, "
                       u"age_min, age_max, bio, looking, status, version, school_role, request, "
                       u"requested_at) VALUES (?, ?, ?, ?, ?, ?, '', 1, 'pending', 1, ?, 1, ?)"_s,
                       {id, schoolId, json_columns::fromList(s.subjects),
                        json_columns::fromList(s.languages), s.ageMin, s.ageMax, s.schoolRole,
                        now}))
        return ApiResponse::error(503, databaseError(q));

    bool failed = false;
    const auto registration = registration_store::load(db, id, &failed);
    const auto profile = profile_store::loadForUpdate(db, id);
    const auto account = AuthService::loadAccount(db, id);
    if (!registration || !profile || !account)
        return ApiResponse::error(503, u"database_error"_s, u"creating an account: read failed"_s);
    // The service's queue and the teacher's own scope. Not the directory: a tombstone there
    // would reach every client for a teacher none of them ever had (the validation publishes
    // the profile).
    QList<ChangeRecord> records = scopes::ofRegistration(*registration, true);
    for (const ChangeRecord &r : scopes::ofProfile(profile->profile))
        if (r.scope != scopes::directory() || !r.deleted)
            records.append(r);
    records.append({scopes::account(id), u"account"_s, id, 1, false, account->toJson()});
    QString why;
    if (!change_feed::record(db, records, &why))
        return ApiResponse::error(503, u"database_error"_s, u"change feed: "_s + why);
    if (!tx.commit())
        return ApiResponse::error(
            503, Error{u"database_error"_s, u"creating an account: "_s + tx.lastError(), {}});
    return ApiResponse::json({{u"account"_s, account->toJson()}}, 201);
}

} // namespace etw::server
