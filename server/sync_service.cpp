// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_service.h"

#include "change_feed.h"
#include "domain/validation_messages.h"
#include "scopes.h"

#include <QJsonArray>
#include <QSqlError>

namespace etw::server {

using namespace Qt::StringLiterals;

SyncService::SyncService(Database &database, DirectorySnapshots &snapshots)
    : m_database(database)
    , m_snapshots(snapshots)
{}

QString SyncService::epoch()
{
    QMutexLocker lock(&m_epochLock);
    if (m_epoch.isEmpty() || m_epochExpiry.hasExpired()) {
        QSqlQuery q(m_database.connection());
        if (Database::run(q, u"SELECT value FROM server_meta WHERE key = 'epoch'"_s) && q.next()) {
            m_epoch = q.value(0).toString();
            m_epochExpiry.setRemainingTime(1000);
        }
    }
    return m_epoch;
}

ApiResponse SyncService::scopes(const ApiRequest &request)
{
    QJsonArray list;
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    FieldErrors errors;
    const Account &account = *request.account;
    const auto names = scopes::listed(db, account);
    if (!names)
        return ApiResponse::error(503, names.error());
    for (const QString &name : names.value()) {
        const auto internal = scopes::readable(db, account, name);
        if (!internal)
            return ApiResponse::error(503, internal.error());
        const QString scope = internal.value();
        if (scope.isEmpty())
            continue;
        if (!Database::run(q, u"SELECT COALESCE(MAX(seq), 0) FROM changes WHERE scope = ?"_s,
                           {scope}) ||
            !q.next())
            return ApiResponse::error(503, databaseError(q));
        QJsonObject entry{{u"name"_s, name}, {u"cursor"_s, q.value(0).toLongLong()}};
        // ?directory=<cursor>: how many changes a pull from there brings, for the progress bar.
        if (request.query.hasQueryItem(name)) {
            bool ok = false;
            const qint64 since = request.query.queryItemValue(name).toLongLong(&ok);
            if (!ok || since < 0) {
                errors.insert(name, fieldError(name, u"wrong_type"_s));
                continue;
            }
            if (!Database::run(q,
                               u"SELECT COUNT(*) FROM changes WHERE scope = ? AND seq > ? "
                               u"AND (deleted = 0 OR ? > 0)"_s,
                               {scope, since, since}) ||
                !q.next())
                return ApiResponse::error(503, databaseError(q));
            entry.insert(u"pending"_s, q.value(0).toLongLong());
        }
        list.append(entry);
    }
    if (!errors.isEmpty())
        return ApiResponse::error(422, invalidInput(errors));
    const QString currentEpoch = epoch();
    if (currentEpoch.isEmpty())
        return ApiResponse::error(503, databaseError(q));
    // A first sync may take the whole directory as one file instead of its pages.
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject entry = list.at(i).toObject();
        if (entry.value(u"name"_s) != u"directory"_s)
            continue;
        QJsonObject snapshot = m_snapshots.describe(currentEpoch);
        if (snapshot.isEmpty())
            continue;
        // For the progress bar of a client that takes it (its directory is empty): what the
        // pages add after it. Not counted for the clients that are already synced.
        if (request.query.queryItemValue(u"directory"_s) == u"0"_s) {
            if (!Database::run(q,
                               u"SELECT COUNT(*) FROM changes WHERE scope = 'directory' "
                               u"AND seq > ?"_s,
                               {snapshot.value(u"cursor"_s).toInteger()}) ||
                !q.next())
                return ApiResponse::error(503, databaseError(q));
            snapshot.insert(u"pending"_s, q.value(0).toLongLong());
        }
        entry.insert(u"snapshot"_s, snapshot);
        list.replace(i, entry);
    }
    return ApiResponse::json({{u"epoch"_s, currentEpoch}, {u"scopes"_s, list}});
}

ApiResponse SyncService::pull(const ApiRequest &request, const QString &scopeName)
{
    FieldErrors errors;
    bool sinceOk = true, limitOk = true;
    const qint64 since = request.query.hasQueryItem(u"since"_s)
                             ? request.query.queryItemValue(u"since"_s).toLongLong(&sinceOk)
                             : 0;
    const int limit = request.query.hasQueryItem(u"limit"_s)
                          ? request.query.queryItemValue(u"limit"_s).toInt(&limitOk)
                          : defaultPageSize;
    if (!sinceOk || since < 0)
        errors.insert(u"since"_s, fieldError(u"since"_s, u"wrong_type"_s));
    if (!limitOk || limit < 1 || limit > maxPageSize)
        errors.insert(u"limit"_s, fieldError(u"limit"_s, u"out_of_range"_s));
    if (!errors.isEmpty()) {
        if (errors.contains(u"limit"_s))
            errors[u"limit"_s].message = u"Page size: must be between 1 and %1."_s.arg(maxPageSize);
        return ApiResponse::error(422, invalidInput(errors));
    }

    QSqlDatabase db = m_database.connection();
    const auto internal = scopes::readable(db, *request.account, scopeName);
    if (!internal)
        return ApiResponse::error(503, internal.error());
    const QString scope = internal.value();
    if (scope.isEmpty())
        return ApiResponse::error(scopeName == u"directory" ? 403 : 404,
                                  scopeName == u"directory" ? u"forbidden"_s : u"unknown_scope"_s,
                                  u"This account cannot sync the scope '%1'."_s.arg(scopeName));

    QSqlQuery q(db);
    q.setForwardOnly(true);
    // From zero, tombstones are of no use: the client has nothing to delete yet.
    if (!Database::run(q,
                       u"SELECT seq, entity_type, entity_id, version, deleted, payload "
                       u"FROM changes WHERE scope = ? AND seq > ? AND (deleted = 0 OR ? > 0) "
                       u"ORDER BY seq LIMIT ?"_s,
                       {scope, since, since, limit + 1}))
        return ApiResponse::error(503, databaseError(q));

    // The stored payloads are JSON already: splice them in instead of parsing them again.
    QByteArray out;
    out.reserve(limit * 400);
    out += "{\"changes\":[";
    qint64 cursor = since;
    int count = 0;
    bool more = false;
    while (q.next()) {
        if (count == limit) {
            more = true;
            break;
        }
        if (count++)
            out += ',';
        cursor = q.value(0).toLongLong();
        const bool deleted = q.value(4).toInt() != 0;
        out += "{\"type\":\"" + q.value(1).toString().toUtf8() +
               "\",\"id\":" + QByteArray::number(q.value(2).toLongLong()) +
               ",\"version\":" + QByteArray::number(q.value(3).toLongLong()) +
               (deleted ? ",\"deleted\":true}" : ",\"deleted\":false,\"data\":");
        if (!deleted)
            out += q.value(5).toString().toUtf8() + '}';
    }
    const QString currentEpoch = epoch();
    // A connection lost while reading ends the loop early: never answer a cut page as whole.
    if (q.lastError().isValid() || currentEpoch.isEmpty())
        return ApiResponse::error(503, databaseError(q));
    out += "],\"cursor\":" + QByteArray::number(cursor) + ",\"more\":" + (more ? "true" : "false") +
           ",\"epoch\":\"" + currentEpoch.toUtf8() + "\"}";
    return ApiResponse::raw(std::move(out));
}

} // namespace etw::server

namespace etw::server {

ApiResponse SyncService::snapshot(const ApiRequest &request)
{
    QSqlDatabase db = m_database.connection();
    const auto internal = scopes::readable(db, *request.account, u"directory"_s);
    if (!internal)
        return ApiResponse::error(503, internal.error());
    if (internal.value().isEmpty())
        return ApiResponse::error(403, u"forbidden"_s,
                                  u"This account cannot sync the scope 'directory'."_s);
    const QString currentEpoch = epoch();
    if (currentEpoch.isEmpty())
        return ApiResponse::error(503, u"database_error"_s, u"The epoch cannot be read."_s);
    return m_snapshots.serve(request, currentEpoch);
}

} // namespace etw::server
