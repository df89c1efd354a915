// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth_service.h"

#include "account_activity.h"
#include "username_key.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"
#include "password_hash.h"

#include <QDateTime>
#include <QSemaphore>
#include <QThread>

#include <limits>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
// Verified when the user name is unknown, so that a failed sign-in takes the same time
// whether or not the account exists.
const QString &dummyHash()
{
    static const QString hash = secrets::hashPassword(u"not a password"_s);
    return hash;
}

// Each Argon2id verification takes 64 MiB for a moment: at most one per core at a time, so a
// burst of sign-ins (a class starting) queues instead of multiplying the server's memory by
// the thread count. Beyond the cores it would not be faster anyway.
bool verifyLimited(const QString &hash, const QString &password)
{
    static QSemaphore slots(std::max(1, QThread::idealThreadCount()));
    QSemaphoreReleaser releaser;
    slots.acquire();
    releaser = QSemaphoreReleaser(slots);
    return secrets::verifyPassword(hash, password);
}
} // namespace

AuthService::AuthService(Database &database, const ServerConfig &config)
    : m_database(database)
    , m_config(config)
{}

std::optional<Account> AuthService::loadAccount(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT id, username, display_name, role, country, region FROM accounts "
                       u"WHERE id = ?"_s,
                       {id}) ||
        !q.next())
        return std::nullopt;
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = roleFromCode(q.value(3).toString()).value_or(Role::Pupil);
    a.country = q.value(4).toString();
    a.region = q.value(5).toString();
    return a;
}

std::optional<ApiResponse> AuthService::takeAttempt(QSqlDatabase &db, const Counters &counters,
                                                    qint64 now)
{
    const qint64 windowMs = qint64(m_config.loginWindowSecs) * 1000;
    const qint64 windowStart = now - windowMs;
    QSqlQuery q(db);
    // An address the account signed in from lately is not held by the account's ceiling: the
    // teacher at their own school still gets in while strangers elsewhere guess.
    const qint64 knownSince = now - qint64(m_config.loginKnownAddressDays) * 24 * 3600 * 1000;
    if (!Database::run(q, u"SELECT 1 FROM login_failures WHERE key = ? AND window_start >= ?"_s,
                       {counters.known, knownSince}))
        return ApiResponse::error(503, databaseError(q));
    const bool known = q.next();
    q.finish();

    // Checked and counted in one statement per counter, before the slow password hash, so that
    // concurrent guesses (on this instance or another) cannot all pass a check made before any
    // of them was counted. A counter without room is left as it is (the WHERE of DO UPDATE), and
    // the transaction rolls back the others: a refused attempt counts nowhere. The counters are
    // always taken in the same order (pair, account, address), so transactions on PostgreSQL
    // wait for each other but never deadlock.
    const std::pair<QString, int> limits[] = {
        {counters.pair, m_config.loginFailuresPerPair},
        {counters.account,
         known ? std::numeric_limits<int>::max() : m_config.loginFailuresPerAccount},
        {counters.address, m_config.loginFailuresPerAddress}};
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return ApiResponse::error(
            503, Error{u"database_error"_s, u"sign-in counters: "_s + tx.lastError(), {}});
    for (const auto &[key, limit] : limits) {
        if (!Database::run(
                q,
                u"INSERT INTO login_failures (key, window_start, failures) VALUES (?, ?, 1) "
                u"ON CONFLICT (key) DO UPDATE SET "
                u"failures = CASE WHEN login_failures.window_start < ? THEN 1 "
                u"ELSE login_failures.failures + 1 END, "
                u"window_start = CASE WHEN login_failures.window_start < ? THEN ? "
                u"ELSE login_failures.window_start END "
                u"WHERE login_failures.window_start < ? OR login_failures.failures < ? "
                u"RETURNING failures"_s,
                {key, now, windowStart, windowStart, now, windowStart, limit}))
            return ApiResponse::error(503, databaseError(q));
        if (q.next()) {
            q.finish();
            continue;
        }
        // No room: wait until this counter's window ends.
        if (!Database::run(q, u"SELECT window_start FROM login_failures WHERE key = ?"_s, {key}) ||
            !q.next())
            return ApiResponse::error(503, databaseError(q));
        const qint64 retryAfter =
            std::max<qint64>(1, (q.value(0).toLongLong() + windowMs - now) / 1000 + 1);
        q.finish();
        const QString message =
            key == counters.account
                ? u"Too many failed sign-in attempts for this account from elsewhere. Try again "
                  u"in %1 seconds, or from where you usually sign in."_s
                : u"Too many failed sign-in attempts. Try again in %1 seconds."_s;
        ApiResponse r = ApiResponse::error(429, u"too_many_attempts"_s, message.arg(retryAfter));
        r.headers.append({"Retry-After", QByteArray::number(retryAfter)});
        return r;
    }
    if (!tx.commit())
        return ApiResponse::error(
            503, Error{u"database_error"_s, u"sign-in counters: "_s + tx.lastError(), {}});
    return std::nullopt;
}

ApiResponse AuthService::signIn(const ApiRequest &request)
{
    auto parsed = parseJsonBody(request);
    if (auto *response = std::get_if<ApiResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    json::Reader r(body);
    const QString username = usernameKey(r.string(u"username"_s));
    const QString password = r.string(u"password"_s);
    FieldErrors errors = r.errors();
    if (!errors.contains(u"username"_s) && (username.isEmpty() || username.size() > 100))
        errors.insert(u"username"_s, fieldError(u"username"_s, u"required"_s));
    if (!errors.contains(u"password"_s) && (password.isEmpty() || password.size() > 1000))
        errors.insert(u"password"_s, fieldError(u"password"_s, u"required"_s));
    if (!errors.isEmpty())
        return ApiResponse::error(422, invalidInput(errors));

    QSqlDatabase db = m_database.connection();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // An address has no space in it: "<address> <user name>" cannot be read two ways.
    const QString address = request.remote.toString();
    const Counters counters{u"pair:"_s + address + u' ' + username, u"user:"_s + username,
                            u"addr:"_s + address, u"known:"_s + address + u' ' + username};
    if (auto refused = takeAttempt(db, counters, now))
        return *refused;

    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT id, password_hash, last_active_at FROM accounts "
                       u"WHERE username_key = ?"_s,
                       {username}))
        return ApiResponse::error(503, databaseError(q));
    const bool found = q.next();
    const qint64 accountId = found ? q.value(0).toLongLong() : 0;
    const QString hash = found ? q.value(1).toString() : QString();
    const qint64 lastActiveAt = found ? q.value(2).toLongLong() : 0;
    q.finish();
    const bool verified =
        verifyLimited(hash.isEmpty() ? dummyHash() : hash, password) && !hash.isEmpty();
    if (!verified) // counted already, before the hash
        return ApiResponse::error(401, u"invalid_credentials"_s,
                                  u"The user name or the password is wrong."_s);

    const QString token = secrets::newToken();
    const qint64 expires = now + qint64(m_config.tokenLifetimeSecs) * 1000;
    WriteTransaction tx(m_database);
    // A success gives its attempt back: the pair starts afresh, and the account's and the
    // address's counters keep only failures. The address becomes one the account is known at.
    // One statement per counter, in the order takeAttempt() locks them (no deadlock).
    if (!Database::run(q,
                       u"INSERT INTO sessions (token_hash, account_id, created_at, expires_at) "
                       u"VALUES (?, ?, ?, ?)"_s,
                       {secrets::tokenDigest(token), accountId, now, expires}) ||
        !Database::run(q, u"DELETE FROM login_failures WHERE key = ?"_s, {counters.pair}) ||
        !Database::run(q,
                       u"UPDATE login_failures SET failures = failures - 1 "
                       u"WHERE key = ? AND failures > 0"_s,
                       {counters.account}) ||
        !Database::run(q,
                       u"UPDATE login_failures SET failures = failures - 1 "
                       u"WHERE key = ? AND failures > 0"_s,
                       {counters.address}) ||
        !Database::run(q,
                       u"INSERT INTO login_failures (key, window_start, failures) VALUES (?, ?, 0) "
                       u"ON CONFLICT (key) DO UPDATE SET window_start = ?"_s,
                       {counters.known, now, now}) ||
        !Database::run(q, u"DELETE FROM sessions WHERE account_id = ? AND expires_at < ?"_s,
                       {accountId, now}))
        return ApiResponse::error(503, databaseError(q));
    if (!tx.commit())
        return ApiResponse::error(
            503, Error{u"database_error"_s, u"signing in: "_s + tx.lastError(), {}});
    noteActivity(accountId, lastActiveAt, now);

    const auto account = loadAccount(db, accountId);
    return ApiResponse::json(
        {{u"token"_s, token},
         {u"expiresAt"_s,
          QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODateWithMs)},
         {u"account"_s, account ? account->toJson() : QJsonObject{}}});
}

ApiResponse AuthService::signOut(const ApiRequest &request)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Database::run(q, u"DELETE FROM sessions WHERE token_hash = ?"_s,
                       {secrets::tokenDigest(request.token)}))
        return ApiResponse::error(503, databaseError(q));
    ApiResponse r;
    r.status = 204;
    return r;
}

std::optional<ApiResponse> AuthService::authenticate(ApiRequest &request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ") || header.size() < 8)
        return ApiResponse::error(401, u"unauthorized"_s,
                                  u"Sign in first: this request needs a bearer token."_s);
    request.token = QString::fromLatin1(header.mid(7).trimmed());
    // One query for the session and its account: this runs before every authenticated request.
    QSqlQuery q(m_database.connection());
    if (!Database::run(
            q,
            u"SELECT s.expires_at, a.id, a.username, a.display_name, a.role, a.country, "
            u"a.last_active_at, a.region FROM sessions s JOIN accounts a ON a.id = s.account_id "
            u"WHERE s.token_hash = ?"_s,
            {secrets::tokenDigest(request.token)}))
        return ApiResponse::error(503, databaseError(q));
    if (!q.next())
        return ApiResponse::error(401, u"invalid_token"_s,
                                  u"This session is not known; sign in again."_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (q.value(0).toLongLong() <= now)
        return ApiResponse::error(401, u"token_expired"_s,
                                  u"This session has expired; sign in again."_s);
    Account a;
    a.id = q.value(1).toLongLong();
    a.username = q.value(2).toString();
    a.displayName = q.value(3).toString();
    a.role = roleFromCode(q.value(4).toString()).value_or(Role::Pupil);
    a.country = q.value(5).toString();
    // A regional correspondent's region narrows everything they see and decide.
    a.region = q.value(7).toString();
    const qint64 lastActiveAt = q.value(6).toLongLong();
    q.finish();
    request.account = a;
    noteActivity(a.id, lastActiveAt, now);
    return std::nullopt;
}

void AuthService::noteActivity(qint64 accountId, qint64 lastActiveAt, qint64 now)
{
    // Every other request of the day only compares two numbers it read anyway.
    if (!account_activity::isStale(lastActiveAt, now))
        return;
    // Not worth failing the request for: the next one tries again.
    QString why;
    if (!account_activity::record(m_database, accountId, now, &why))
        qCWarning(lcStore) << "recording the last activity of account" << accountId
                           << "failed:" << why;
}

} // namespace etw::server
