// SPDX-License-Identifier: GPL-3.0-or-later
#include "upload_store.h"

#include "database.h"
#include "sql_dialect.h"

namespace etw::server::upload_store {

using namespace Qt::StringLiterals;

namespace {
const QString columns = u"u.id, u.account_id, u.project_id, u.filename, u.folder, u.sha256, "
                        u"u.length, u.received, u.state, u.head_checked, u.error, u.material_id, "
                        u"u.created_at, u.updated_at, u.expires_at, u.client_key FROM uploads u"_s;

Upload read(const QSqlQuery &q)
{
    Upload u;
    u.id = q.value(0).toString();
    u.accountId = q.value(1).toLongLong();
    u.projectId = q.value(2).toLongLong();
    u.filename = q.value(3).toString();
    u.folder = q.value(4).toString();
    u.sha256 = q.value(5).toString();
    u.length = q.value(6).toLongLong();
    u.received = q.value(7).toLongLong();
    u.state = q.value(8).toString();
    u.headChecked = q.value(9).toInt() != 0;
    u.error = q.value(10).toString();
    u.materialId = q.value(11).toLongLong();
    u.createdAt = q.value(12).toLongLong();
    u.updatedAt = q.value(13).toLongLong();
    u.expiresAt = q.value(14).toLongLong();
    u.clientKey = q.value(15).toString();
    return u;
}

// Empty, never NULL: the columns are NOT NULL, and a QString() binds as NULL.
QString nn(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

// What counts against a quota: every upload that may still become a material.
const QString inProgress = u"(state = 'receiving' OR state = 'completing') AND expires_at > ?"_s;

Result<InProgress> sum(QSqlDatabase &db, const QString &column, qint64 id, qint64 now)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT COUNT(*), COALESCE(SUM(length), 0) FROM uploads WHERE "_s + column +
                           u" = ? AND "_s + inProgress,
                       {id, now}) ||
        !q.next())
        return databaseError(q);
    return InProgress{q.value(0).toLongLong(), q.value(1).toLongLong()};
}
} // namespace

bool insert(QSqlDatabase &db, const Upload &u)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO uploads (id, account_id, project_id, filename, folder, "
                         u"sha256, length, received, state, head_checked, error, material_id, "
                         u"created_at, updated_at, expires_at, client_key) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'receiving', 0, '', 0, ?, ?, ?, ?)"_s,
                         {u.id, u.accountId, u.projectId, nn(u.filename), nn(u.folder), u.sha256,
                          u.length, u.createdAt, u.updatedAt, u.expiresAt, nn(u.clientKey)});
}

Result<std::optional<Upload>> byClientKey(QSqlDatabase &db, qint64 accountId, const QString &key,
                                          qint64 now)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT "_s + columns +
                           u" WHERE u.account_id = ? AND u.client_key = ? AND "
                           u"u.state = 'receiving' AND u.expires_at > ? ORDER BY u.created_at "
                           u"DESC"_s,
                       {accountId, key, now}))
        return databaseError(q);
    if (!q.next())
        return std::optional<Upload>();
    return std::optional<Upload>(read(q));
}

Result<std::optional<Upload>> load(QSqlDatabase &db, const QString &id, bool lock)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT "_s + columns + u" WHERE u.id = ?"_s +
                           (lock ? SqlDialect::rowLock(db, u"u"_s) : QString()),
                       {id}))
        return databaseError(q);
    if (!q.next())
        return std::optional<Upload>();
    return std::optional<Upload>(read(q));
}

bool setReceived(QSqlDatabase &db, const Upload &u)
{
    QSqlQuery q(db);
    return Database::run(
        q,
        u"UPDATE uploads SET received = ?, state = ?, head_checked = ?, "
        u"updated_at = ?, expires_at = ? WHERE id = ?"_s,
        {u.received, u.state, u.headChecked ? 1 : 0, u.updatedAt, u.expiresAt, u.id});
}

bool finish(QSqlDatabase &db, const QString &id, const QString &state, const QString &error,
            qint64 materialId, qint64 now)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"UPDATE uploads SET state = ?, error = ?, material_id = ?, "
                         u"updated_at = ? WHERE id = ?"_s,
                         {state, nn(error), materialId, now, id});
}

Result<bool> claimCompletion(QSqlDatabase &db, const QString &id, qint64 now)
{
    // One statement: of two requests (or instances) asking at once, one wins.
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"UPDATE uploads SET state = 'completing', updated_at = ? WHERE id = ? "
                       u"AND received = length AND (state = 'receiving' OR "
                       u"(state = 'completing' AND updated_at < ?))"_s,
                       {now, id, now - completionStaleMs}))
        return databaseError(q);
    return q.numRowsAffected() == 1;
}

bool remove(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    return Database::run(q, u"DELETE FROM uploads WHERE id = ?"_s, {id});
}

Result<InProgress> ofAccount(QSqlDatabase &db, qint64 accountId, qint64 now)
{
    return sum(db, u"account_id"_s, accountId, now);
}

Result<InProgress> ofProject(QSqlDatabase &db, qint64 projectId, qint64 now)
{
    return sum(db, u"project_id"_s, projectId, now);
}

Result<QStringList> expired(QSqlDatabase &db, qint64 now)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT id FROM uploads WHERE expires_at < ? AND (state <> 'completing' "
                       u"OR updated_at < ?) ORDER BY expires_at"_s,
                       {now, now - completionStaleMs}))
        return databaseError(q);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Result<bool> removeIfExpired(QSqlDatabase &db, const QString &id, qint64 now)
{
    // Evaluated again on the row as it is once any request holding it has committed: an
    // upload touched meanwhile has a later expiry and stays.
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"DELETE FROM uploads WHERE id = ? AND expires_at < ? AND "
                       u"(state <> 'completing' OR updated_at < ?)"_s,
                       {id, now, now - completionStaleMs}))
        return databaseError(q);
    return q.numRowsAffected() == 1;
}

Result<bool> exists(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    if (!Database::run(q, u"SELECT 1 FROM uploads WHERE id = ?"_s, {id}))
        return databaseError(q);
    return q.next();
}

} // namespace etw::server::upload_store
