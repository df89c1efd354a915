// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/offline_keeps.h"

#include "store/local_store.h"

#include <QHash>
#include <QSqlQuery>

namespace etw::offline_keeps {

using namespace Qt::StringLiterals;

namespace {

// "Photos" covers "Photos" and "Photos/Trip", not "Photos 2"; "" covers everything.
bool covers(const QString &kept, const QString &folder)
{
    return kept.isEmpty() || folder == kept || folder.startsWith(kept + u'/');
}

struct Keeps
{
    QSet<QPair<qint64, qint64>> materials; // (project, material)
    QHash<qint64, QStringList> folders;    // project → kept folders

    bool kept(qint64 projectId, qint64 materialId, const QString &folder) const
    {
        if (materials.contains({projectId, materialId}))
            return true;
        for (const QString &f : folders.value(projectId))
            if (covers(f, folder))
                return true;
        return false;
    }
};

Keeps loadKeeps(QSqlDatabase &db)
{
    Keeps k;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT project_id, material_id, folder FROM offline_keeps"_s))
        return k;
    while (q.next()) {
        if (q.value(1).toLongLong() > 0)
            k.materials.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
        else
            k.folders[q.value(0).toLongLong()].append(q.value(2).toString());
    }
    return k;
}

bool setKeep(QSqlDatabase &db, qint64 projectId, qint64 materialId, const QString &folder,
             bool keep)
{
    QSqlQuery q(db);
    return keep ? LocalStore::run(q,
                                  u"INSERT INTO offline_keeps (project_id, material_id, folder) "
                                  u"VALUES (?, ?, COALESCE(?, '')) ON CONFLICT DO NOTHING"_s,
                                  {projectId, materialId, folder})
                : LocalStore::run(q,
                                  u"DELETE FROM offline_keeps WHERE project_id = ? AND "
                                  u"material_id = ? AND folder = COALESCE(?, '')"_s,
                                  {projectId, materialId, folder});
}

} // namespace

bool setMaterial(QSqlDatabase &db, qint64 projectId, qint64 materialId, bool keep)
{
    return materialId > 0 && setKeep(db, projectId, materialId, QString(), keep);
}

bool setFolder(QSqlDatabase &db, qint64 projectId, const QString &folder, bool keep)
{
    return setKeep(db, projectId, 0, material::normalizedFolder(folder), keep);
}

bool materialKept(QSqlDatabase &db, const Material &material)
{
    return loadKeeps(db).kept(material.projectId, material.id, material.folder);
}

QSet<qint64> keptAmong(QSqlDatabase &db, const QList<Material> &materials)
{
    const Keeps k = loadKeeps(db);
    QSet<qint64> out;
    for (const Material &m : materials)
        if (k.kept(m.projectId, m.id, m.folder))
            out.insert(m.id);
    return out;
}

bool folderKept(QSqlDatabase &db, qint64 projectId, const QString &folder)
{
    const Keeps k = loadKeeps(db);
    const QString f = material::normalizedFolder(folder);
    for (const QString &kept : k.folders.value(projectId))
        if (covers(kept, f))
            return true;
    return false;
}

bool learn(QSqlDatabase &db, const Material &m)
{
    if (m.id <= 0 || m.sha256.isEmpty())
        return true;
    QSqlQuery q(db);
    return LocalStore::run(
        q,
        u"INSERT INTO material_contents (project_id, material_id, folder, sha256, name, size) "
        u"VALUES (?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), ?) ON CONFLICT (project_id, "
        u"material_id) DO UPDATE SET "
        u"folder = excluded.folder, sha256 = excluded.sha256, name = excluded.name, "
        u"size = excluded.size"_s,
        {m.projectId, m.id, m.folder, m.sha256, m.name, m.size});
}

bool learnProject(QSqlDatabase &db, qint64 projectId, const QList<Material> &materials)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"DELETE FROM material_contents WHERE project_id = ?"_s, {projectId}))
        return false;
    for (const Material &m : materials)
        if (m.projectId == projectId && !learn(db, m))
            return false;
    return true;
}

QList<Material> keptMaterials(QSqlDatabase &db)
{
    const Keeps k = loadKeeps(db);
    QList<Material> out;
    QSqlQuery q(db);
    if (!LocalStore::run(
            q,
            u"SELECT project_id, material_id, folder, sha256, name, size FROM material_contents"_s))
        return out;
    while (q.next()) {
        Material m;
        m.projectId = q.value(0).toLongLong();
        m.id = q.value(1).toLongLong();
        m.folder = q.value(2).toString();
        m.sha256 = q.value(3).toString();
        m.name = q.value(4).toString();
        m.size = q.value(5).toLongLong();
        if (k.kept(m.projectId, m.id, m.folder))
            out.append(m);
    }
    return out;
}

QSet<qint64> keepingProjects(QSqlDatabase &db)
{
    QSet<qint64> out;
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT DISTINCT project_id FROM offline_keeps"_s))
        while (q.next())
            out.insert(q.value(0).toLongLong());
    return out;
}

QSet<QString> keptContents(QSqlDatabase &db)
{
    QSet<QString> out;
    for (const Material &m : keptMaterials(db))
        out.insert(m.sha256);
    return out;
}

} // namespace etw::offline_keeps
