// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/twin_space.h"

#include "store/form_drafts.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"

namespace etw {

using namespace Qt::StringLiterals;

TwinSpace::TwinSpace(LocalStore &store, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
{}

template <typename T> T TwinSpace::sent(T result)
{
    if (result && m_sync)
        m_sync->syncNow();
    return result;
}

QList<page_cache::Entry> TwinSpace::pages(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    return page_cache::tree(db, projectId);
}

std::optional<page_cache::Entry> TwinSpace::page(qint64 projectId, qint64 pageId)
{
    QSqlDatabase db = m_store.connection();
    return page_cache::page(db, projectId, pageId);
}

QList<PageRevision> TwinSpace::revisions(qint64 pageId)
{
    QSqlDatabase db = m_store.connection();
    return page_cache::revisions(db, pageId);
}

ExportSource TwinSpace::exportSource(qint64 projectId, const QString &exportedBy,
                                     const std::function<QString(const QString &)> &localCopy)
{
    QSqlDatabase db = m_store.connection();
    ExportSource source = etw::exportSource(db, projectId, localCopy);
    source.exportedBy = exportedBy;
    return source;
}

qint64 TwinSpace::currentId(qint64 pageId)
{
    QSqlDatabase db = m_store.connection();
    return page_cache::currentId(db, pageId);
}

Result<qint64> TwinSpace::createPage(qint64 projectId, qint64 parentId, double position,
                                     const QString &title)
{
    return sent(page_cache::create(m_store.connection(), projectId, parentId, position, title));
}

Result<bool> TwinSpace::renamePage(qint64 projectId, qint64 pageId, const QString &title)
{
    return sent(page_cache::rename(m_store.connection(), projectId, pageId, title));
}

Result<bool> TwinSpace::movePage(qint64 projectId, qint64 pageId, qint64 parentId, double position)
{
    return sent(page_cache::move(m_store.connection(), projectId, pageId, parentId, position));
}

Result<bool> TwinSpace::deletePage(qint64 projectId, qint64 pageId)
{
    return sent(page_cache::remove(m_store.connection(), projectId, pageId));
}

Result<QString> TwinSpace::publish(qint64 projectId, qint64 pageId, const QString &title,
                                   const QString &body, qint64 baseRevision, qint64 restoredFrom)
{
    return sent(page_cache::publish(m_store.connection(), projectId, pageId, title, body,
                                    baseRevision, restoredFrom));
}

bool TwinSpace::keepTyped(qint64 pageId, const Typed &typed)
{
    QSqlDatabase db = m_store.connection();
    return page_cache::keepTyped(db, pageId, typed.title, typed.body, typed.baseRevision);
}

std::optional<TwinSpace::Typed> TwinSpace::typed(qint64 pageId)
{
    QSqlDatabase db = m_store.connection();
    const auto kept =
        form_drafts::load(db, page_cache::typedKey(page_cache::currentId(db, pageId)));
    if (!kept)
        return std::nullopt;
    return Typed{kept->value(u"title"_s).toString(), kept->value(u"body"_s).toString(),
                 kept->value(u"baseRevision"_s).toInteger()};
}

bool TwinSpace::forgetTyped(qint64 pageId)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::remove(db, page_cache::typedKey(page_cache::currentId(db, pageId)));
}

QList<material_cache::Entry> TwinSpace::materials(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    return material_cache::list(db, projectId);
}

std::optional<material_cache::Entry> TwinSpace::material(qint64 projectId, qint64 materialId)
{
    QSqlDatabase db = m_store.connection();
    return material_cache::material(db, projectId, materialId);
}

std::optional<Material> TwinSpace::materialWithContent(qint64 projectId, const QString &sha256)
{
    QSqlDatabase db = m_store.connection();
    return material_cache::byContent(db, projectId, sha256);
}

QStringList TwinSpace::materialFolders(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    return material_cache::folders(db, projectId);
}

Result<bool> TwinSpace::renameMaterial(qint64 projectId, qint64 materialId, const QString &name)
{
    return sent(material_cache::rename(m_store.connection(), projectId, materialId, name));
}

Result<bool> TwinSpace::moveMaterial(qint64 projectId, qint64 materialId, const QString &folder)
{
    return sent(material_cache::move(m_store.connection(), projectId, materialId, folder));
}

Result<bool> TwinSpace::deleteMaterial(qint64 projectId, qint64 materialId)
{
    return sent(material_cache::remove(m_store.connection(), projectId, materialId));
}

} // namespace etw
