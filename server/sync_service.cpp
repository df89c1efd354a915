// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_service.h"

#include "change_feed.h"
#include "domain/validation_messages.h"
#include "scopes.h"

#include <QHash>
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
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    FieldErrors errors;
    const Account &account = *request.account;
    const auto listed = scopes::listed(db, account);
    if (!listed)
        return ApiResponse::error(503, listed.error());
    // ?directory=<cursor>: how many changes a pull from there brings, for the progress bar.
    QHash<QString, qint64> since;
    for (const auto &[key, value] : request.query.queryItems()) {
        bool ok = false;
        const qint64 cursor = value.toLongLong(&ok);
        if (!since.contains(key)) // the first one, as QUrlQuery::queryItemValue reads it
            since.insert(key, ok ? cursor : -1);
    }
    QList<const scopes::Listed *> asked;
    for (const scopes::Listed &scope : listed.value()) {
        if (since.value(scope.name, 0) < 0)
            errors.insert(scope.name, fieldError(scope.name, u"wrong_type"_s));
        else
            asked.append(&scope);
    }
    if (!errors.isEmpty())
        return ApiResponse::error(422, invalidInput(errors));
    // Each scope's latest change and, when the client gave its cursor, how many changes follow
    // it: one statement for all the scopes. A client lists at every round; with two queries
    // per scope, each prepared and run on its own, an account in 200 projects (a teacher's
    // registrations) took 125-330 ms a listing on PostgreSQL, more on a loaded machine
    // (docs/performance.md). Each row is two index lookups, correlated, so that the statement
    // is planned once whatever its length (a UNION of one SELECT per scope took PostgreSQL
    // 0.5 ms a scope to plan). A cursor of -1: not given, nothing counted.
    QList<QJsonObject> entries(asked.size());
    for (qsizetype first = 0; first < asked.size(); first += scopesPerStatement) {
        const qsizetype end = std::min<qsizetype>(asked.size(), first + scopesPerStatement);
        QStringList rows;
        QVariantList values;
        for (qsizetype i = first; i < end; ++i) {
            const scopes::Listed &scope = *asked.at(i);
            rows.append(u"(CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS BIGINT))"_s);
            values << qint64(i) << scope.scope << since.value(scope.name, -1);
        }
        // From zero, tombstones are not pulled, so they are not counted either.
        if (!Database::run(q,
                           u"SELECT s.column1, (SELECT MAX(c.seq) FROM changes c "
                           u"WHERE c.scope = s.column2), CASE WHEN s.column3 < 0 THEN NULL ELSE "
                           u"(SELECT COUNT(*) FROM changes c WHERE c.scope = s.column2 "
                           u"AND c.seq > s.column3 AND (c.deleted = 0 OR s.column3 > 0)) END "
                           u"FROM (VALUES "_s +
                               rows.join(u", "_s) + u") AS s"_s,
                           values))
            return ApiResponse::error(503, databaseError(q));
        while (q.next()) {
            const qsizetype i = q.value(0).toLongLong();
            if (i < first || i >= end)
                continue;
            QJsonObject entry{{u"name"_s, asked.at(i)->name},
                              {u"cursor"_s, q.value(1).isNull() ? 0 : q.value(1).toLongLong()}};
            if (!q.value(2).isNull())
                entry.insert(u"pending"_s, q.value(2).toLongLong());
            entries[i] = entry;
        }
        if (q.lastError().isValid())
            return ApiResponse::error(503, databaseError(q));
        q.finish();
    }
    QJsonArray list;
    for (const QJsonObject &entry : std::as_const(entries)) {
        if (entry.isEmpty()) // a row the database did not answer
            return ApiResponse::error(503, databaseError(q));
        list.append(entry);
    }
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
