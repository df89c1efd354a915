// SPDX-License-Identifier: GPL-3.0-or-later
#include "material_store.h"

#include "database.h"
#include "sql_dialect.h"

namespace etw::server::material_store {

using namespace Qt::StringLiterals;

namespace {
const QString columns =
    u"m.id, m.project_id, m.name, m.folder, m.sha256, m.size, m.mime, m.category, m.extension, "
    u"m.author_id, COALESCE(a.display_name, ''), m.created_at, m.updated_at, m.version, "
    u"m.thumbnail, m.deleted FROM materials m LEFT JOIN accounts a ON a.id = m.author_id"_s;

StoredMaterial read(const QSqlQuery &q)
{
    StoredMaterial s;
    Material &m = s.material;
    m.id = q.value(0).toLongLong();
    m.projectId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.folder = q.value(3).toString();
    m.sha256 = q.value(4).toString();
    m.size = q.value(5).toLongLong();
    m.mime = q.value(6).toString();
    m.category = q.value(7).toString();
    m.extension = q.value(8).toString();
    m.authorId = q.value(9).toLongLong();
    m.authorName = q.value(10).toString();
    m.createdAt = q.value(11).toLongLong();
    m.updatedAt = q.value(12).toLongLong();
    m.version = q.value(13).toLongLong();
    m.thumbnail = q.value(14).toInt() != 0;
    s.deleted = q.value(15).toInt() != 0;
    return s;
}

QString nn(const QString &text)
{
    return text.isNull() ? u""_s : text;
}
} // namespace

Result<std::optional<StoredMaterial>> load(QSqlDatabase &db, qint64 id, bool lock)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT "_s + columns + u" WHERE m.id = ?"_s +
                           (lock ? SqlDialect::rowLock(db, u"m"_s) : QString()),
                       {id}))
        return databaseError(q);
    if (!q.next())
        return std::optional<StoredMaterial>();
    return std::optional<StoredMaterial>(read(q));
}

Result<qint64> ofUpload(QSqlDatabase &db, const QString &uploadId)
{
    QSqlQuery q(db);
    if (!Database::run(q, u"SELECT id FROM materials WHERE upload_id = ?"_s, {uploadId}))
        return databaseError(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

qint64 insert(QSqlDatabase &db, const Material &m, const QString &uploadId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"INSERT INTO materials (project_id, name, folder, sha256, size, mime, "
                       u"category, extension, author_id, thumbnail, upload_id, created_at, "
                       u"updated_at, version, deleted) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id"_s,
                       {m.projectId, m.name, nn(m.folder), m.sha256, m.size, m.mime, m.category,
                        nn(m.extension), m.authorId, m.thumbnail ? 1 : 0, uploadId, m.createdAt,
                        m.updatedAt, m.version}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool update(QSqlDatabase &db, const StoredMaterial &s)
{
    const Material &m = s.material;
    QSqlQuery q(db);
    return Database::run(q,
                         u"UPDATE materials SET name = ?, folder = ?, updated_at = ?, version = ?, "
                         u"deleted = ? WHERE id = ?"_s,
                         {m.name, nn(m.folder), m.updatedAt, m.version, s.deleted ? 1 : 0, m.id});
}

Result<qint64> bytesOf(QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT COALESCE(SUM(size), 0) FROM materials WHERE project_id = ? "
                       u"AND deleted = 0"_s,
                       {projectId}) ||
        !q.next())
        return databaseError(q);
    return q.value(0).toLongLong();
}

Result<References> referencesTo(QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT COALESCE(SUM(1 - deleted), 0), COUNT(*) FROM materials "
                       u"WHERE sha256 = ?"_s,
                       {sha256}) ||
        !q.next())
        return databaseError(q);
    return References{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

bool projectHas(QSqlDatabase &db, qint64 projectId, const QString &sha256)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"SELECT 1 FROM materials WHERE project_id = ? AND sha256 = ? AND "
                         u"deleted = 0"_s,
                         {projectId, sha256}) &&
           q.next();
}

Result<QSet<QString>> liveContents(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Database::run(q, u"SELECT DISTINCT sha256 FROM materials WHERE deleted = 0"_s))
        return databaseError(q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace etw::server::material_store
