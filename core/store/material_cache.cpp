// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/material_cache.h"

#include "domain/validation_messages.h"
#include "store/json_text.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "store/scoped_rows.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace etw::material_cache {

using namespace Qt::StringLiterals;

namespace {
Error notSaved()
{
    return {u"cache_unavailable"_s,
            QCoreApplication::translate("etw::MaterialCache",
                                        "Your change could not be saved on this computer."),
            {}};
}
Error noSuchMaterial()
{
    return {
        u"not_found"_s,
        QCoreApplication::translate("etw::MaterialCache", "This material is not on this computer."),
        {}};
}

// What this computer did to the project's materials and did not send yet, in the order made.
void applyWaiting(QSqlDatabase &db, qint64 projectId, QHash<qint64, Entry> &materials)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT op, entity_id, data FROM outbox WHERE type = 'material' "
                            u"ORDER BY seq"_s))
        return;
    while (q.next()) {
        const QJsonObject data = json_text::toObject(q.value(2).toString());
        const qint64 id = q.value(1).toLongLong();
        if (data.value(u"projectId"_s).toInteger() != projectId || !materials.contains(id))
            continue;
        if (q.value(0).toString() == u"delete") {
            materials.remove(id);
            continue;
        }
        Entry &e = materials[id];
        e.waiting = true;
        if (data.contains(u"name"_s))
            e.material.name = material::normalizedName(data.value(u"name"_s).toString());
        if (data.contains(u"folder"_s))
            e.material.folder = material::normalizedFolder(data.value(u"folder"_s).toString());
    }
}

Result<bool> change(QSqlDatabase db, qint64 projectId, qint64 materialId, const QString &op,
                    const QJsonObject &fields)
{
    const FieldErrors errors = material::check(fields);
    if (!errors.isEmpty())
        return invalidInput(errors);
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const auto current = material(db, projectId, materialId);
    if (!current)
        return noSuchMaterial();
    QJsonObject data = fields;
    data.insert(u"projectId"_s, projectId);
    // A rename or move not sent yet takes the later one in; a deletion travels as made.
    const bool queued =
        op == u"update"
            ? outbox::enqueue(db, u"material"_s, materialId, current->material.version, data)
            : !outbox::enqueueAction(db, u"material"_s, op, materialId, data).isEmpty();
    if (!queued || !tx.commit())
        return notSaved();
    return true;
}
} // namespace

bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes)
{
    static const scoped_rows::Table table{
        u"materials"_s, {{u"project_id"_s, u"projectId"_s}, {u"sha256"_s, u"sha256"_s}}};
    return scoped_rows::apply(db, table, scope, changes);
}

bool purge(QSqlDatabase &db, const QString &scope)
{
    return scoped_rows::purge(db, u"materials"_s, scope);
}

QList<Entry> list(QSqlDatabase &db, qint64 projectId, bool withWaitingChanges)
{
    QHash<qint64, Entry> byId;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM materials WHERE project_id = ?"_s, {projectId}))
        return {};
    while (q.next())
        if (auto m = Material::fromJson(json_text::toObject(q.value(0).toString())))
            byId.insert(m.value().id, Entry{m.value(), false});
    if (withWaitingChanges)
        applyWaiting(db, projectId, byId);
    QList<Entry> out = byId.values();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&](const Entry &a, const Entry &b) {
        if (a.material.folder != b.material.folder)
            return collator.compare(a.material.folder, b.material.folder) < 0;
        const int byName = collator.compare(a.material.name, b.material.name);
        return byName != 0 ? byName < 0 : a.material.id < b.material.id;
    });
    return out;
}

std::optional<Entry> material(QSqlDatabase &db, qint64 projectId, qint64 materialId,
                              bool withWaitingChanges)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM materials WHERE project_id = ? AND id = ?"_s,
                         {projectId, materialId}) ||
        !q.next())
        return std::nullopt;
    auto m = Material::fromJson(json_text::toObject(q.value(0).toString()));
    if (!m)
        return std::nullopt;
    QHash<qint64, Entry> one{{materialId, Entry{m.value(), false}}};
    if (withWaitingChanges)
        applyWaiting(db, projectId, one);
    return one.contains(materialId) ? std::optional(one.value(materialId)) : std::nullopt;
}

std::optional<Material> byContent(QSqlDatabase &db, qint64 projectId, const QString &sha256)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT data FROM materials WHERE project_id = ? AND sha256 = ? "
                         u"ORDER BY id LIMIT 1"_s,
                         {projectId, sha256}) ||
        !q.next())
        return std::nullopt;
    auto m = Material::fromJson(json_text::toObject(q.value(0).toString()));
    return m ? std::optional(m.value()) : std::nullopt;
}

QStringList folders(QSqlDatabase &db, qint64 projectId)
{
    return foldersOf(list(db, projectId));
}

QStringList foldersOf(const QList<Entry> &materials)
{
    QSet<QString> all{QString()};
    for (const Entry &e : materials) {
        const QStringList parts = e.material.folder.split(u'/', Qt::SkipEmptyParts);
        for (qsizetype n = 1; n <= parts.size(); ++n)
            all.insert(parts.first(n).join(u'/'));
    }
    QStringList out(all.cbegin(), all.cend());
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return out;
}

Result<bool> rename(QSqlDatabase db, qint64 projectId, qint64 materialId, const QString &name)
{
    return change(db, projectId, materialId, u"update"_s, {{u"name"_s, name}});
}

Result<bool> move(QSqlDatabase db, qint64 projectId, qint64 materialId, const QString &folder)
{
    return change(db, projectId, materialId, u"update"_s, {{u"folder"_s, folder}});
}

Result<bool> remove(QSqlDatabase db, qint64 projectId, qint64 materialId)
{
    return change(db, projectId, materialId, u"delete"_s, {});
}

} // namespace etw::material_cache
