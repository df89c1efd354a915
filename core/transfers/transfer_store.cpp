// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfer_store.h"

#include "store/local_store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace etw::transfer_store {

using namespace Qt::StringLiterals;

namespace {

const QString columns =
    u"id, direction, project_id, material_id, name, folder, source, sha256, size, done, "
    u"location, state, error_code, error, attempts, damaged, created_at, updated_at, "
    u"upload_key"_s;

Row rowFrom(const QSqlQuery &q)
{
    Row r;
    Transfer &t = r.transfer;
    t.id = q.value(0).toLongLong();
    t.direction = q.value(1).toString() == u"download" ? Transfer::Direction::Download
                                                       : Transfer::Direction::Upload;
    t.projectId = q.value(2).toLongLong();
    t.materialId = q.value(3).toLongLong();
    t.name = q.value(4).toString();
    t.folder = q.value(5).toString();
    r.source = q.value(6).toString();
    t.sha256 = q.value(7).toString();
    t.size = q.value(8).toLongLong();
    t.done = q.value(9).toLongLong();
    t.sent = t.done;
    r.location = q.value(10).toString();
    t.state = stateFrom(q.value(11).toString());
    t.errorCode = q.value(12).toString();
    t.error = q.value(13).toString();
    r.attempts = q.value(14).toInt();
    r.damaged = q.value(15).toInt();
    r.createdAt = q.value(16).toLongLong();
    t.updatedAt = q.value(17).toLongLong();
    r.key = q.value(18).toString();
    return r;
}

QList<Row> select(QSqlDatabase &db, const QString &where, const QVariantList &values = {})
{
    QList<Row> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT "_s + columns + u" FROM transfers "_s + where, values))
        return out;
    while (q.next())
        out.append(rowFrom(q));
    return out;
}

} // namespace

QString stateCode(Transfer::State state)
{
    switch (state) {
    case Transfer::State::Preparing:
        return u"preparing"_s;
    case Transfer::State::Waiting:
        return u"waiting"_s;
    case Transfer::State::Running:
        return u"running"_s;
    case Transfer::State::Paused:
        return u"paused"_s;
    case Transfer::State::Failed:
        return u"failed"_s;
    case Transfer::State::Done:
        return u"done"_s;
    case Transfer::State::Cancelled:
        return u"cancelled"_s;
    }
    return u"waiting"_s;
}

Transfer::State stateFrom(const QString &code)
{
    for (const auto state :
         {Transfer::State::Preparing, Transfer::State::Waiting, Transfer::State::Running,
          Transfer::State::Paused, Transfer::State::Failed, Transfer::State::Done,
          Transfer::State::Cancelled})
        if (stateCode(state) == code)
            return state;
    return Transfer::State::Waiting;
}

bool insert(QSqlDatabase &db, Row &row)
{
    Transfer &t = row.transfer;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    row.createdAt = now;
    t.updatedAt = now;
    if (row.key.isEmpty() && t.direction == Transfer::Direction::Upload)
        row.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    if (!LocalStore::run(
            q,
            u"INSERT INTO transfers (direction, project_id, material_id, name, folder, source, "
            u"sha256, size, done, location, state, error_code, error, attempts, damaged, "
            u"created_at, updated_at, upload_key) VALUES (?, ?, ?, COALESCE(?, ''), "
            u"COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?, "
            u"COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, COALESCE(?, ''))"_s,
            {t.direction == Transfer::Direction::Download ? u"download"_s : u"upload"_s,
             t.projectId, t.materialId, t.name, t.folder, row.source, t.sha256, t.size, t.done,
             row.location, stateCode(t.state), t.errorCode, t.error, row.attempts, row.damaged,
             row.createdAt, t.updatedAt, row.key}))
        return false;
    t.id = q.lastInsertId().toLongLong();
    return t.id > 0;
}

std::optional<Row> load(QSqlDatabase &db, qint64 id)
{
    const QList<Row> rows = select(db, u"WHERE id = ?"_s, {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<Row> all(QSqlDatabase &db)
{
    return select(db, u"WHERE state <> 'cleared' ORDER BY id DESC"_s);
}

QList<Row> unfinished(QSqlDatabase &db)
{
    return select(db, u"WHERE state NOT IN ('done', 'cancelled', 'cleared') ORDER BY id"_s);
}

bool save(QSqlDatabase &db, Row &row)
{
    Transfer &t = row.transfer;
    t.updatedAt = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    return LocalStore::run(
        q,
        u"UPDATE transfers SET material_id = ?, name = COALESCE(?, ''), folder = COALESCE(?, ''), "
        u"source = COALESCE(?, ''), sha256 = COALESCE(?, ''), size = ?, done = ?, "
        u"location = COALESCE(?, ''), state = ?, error_code = COALESCE(?, ''), "
        u"error = COALESCE(?, ''), attempts = ?, damaged = ?, updated_at = ? WHERE id = ?"_s,
        {t.materialId, t.name, t.folder, row.source, t.sha256, t.size, t.done, row.location,
         stateCode(t.state), t.errorCode, t.error, row.attempts, row.damaged, t.updatedAt, t.id});
}

bool recoverRunning(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"UPDATE transfers SET state = 'waiting' WHERE state = 'running'"_s);
}

QList<qint64> removeFinished(QSqlDatabase &db)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT id FROM transfers WHERE state IN ('done', 'cancelled')"_s))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    // A cancelled upload whose DELETE is still owed stays out of sight until it is answered.
    if (!LocalStore::run(q, u"UPDATE transfers SET state = 'cleared' WHERE state = 'cancelled' AND "
                            u"direction = 'upload' AND location <> ''"_s) ||
        !LocalStore::run(q, u"DELETE FROM transfers WHERE state IN ('done', 'cancelled') OR "
                            u"(state = 'cleared' AND location = '')"_s))
        return {};
    return ids;
}

QList<Row> owingDeletes(QSqlDatabase &db)
{
    return select(db, u"WHERE state IN ('cancelled', 'cleared') AND direction = 'upload' AND "
                      u"location <> '' ORDER BY id"_s);
}

bool deleteAnswered(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"UPDATE transfers SET location = '' WHERE id = ?"_s, {id}) &&
           LocalStore::run(q, u"DELETE FROM transfers WHERE id = ? AND state = 'cleared'"_s, {id});
}

QSet<QString> liveContents(QSqlDatabase &db)
{
    QSet<QString> out;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT DISTINCT sha256 FROM transfers WHERE sha256 <> '' AND "
                            u"state NOT IN ('done', 'cancelled', 'cleared')"_s))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

qint64 liveDownloadOf(QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT id FROM transfers WHERE direction = 'download' AND sha256 = ? "
                         u"AND state NOT IN ('done', 'cancelled') ORDER BY id LIMIT 1"_s,
                         {sha256}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace etw::transfer_store
