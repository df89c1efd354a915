// SPDX-License-Identifier: GPL-3.0-or-later
// One account's TwinSpaces as the window uses them: pages, texts as typed, revisions,
// materials. Every change is saved here at once and queued; sync is asked to send it.
#pragma once

#include "export/project_export.h"
#include "store/material_cache.h"
#include "store/page_cache.h"

#include <QJsonObject>
#include <QObject>

namespace etw {

class LocalStore;
class SyncController;

class TwinSpace : public QObject
{
    Q_OBJECT
public:
    TwinSpace(LocalStore &store, SyncController *sync, QObject *parent);

    QList<page_cache::Entry> pages(qint64 projectId);
    std::optional<page_cache::Entry> page(qint64 projectId, qint64 pageId);
    QList<PageRevision> revisions(qint64 pageId);
    // What an export of the project takes from this computer (see exportProject); localCopy
    // finds a material's content here.
    ExportSource exportSource(qint64 projectId, const QString &exportedBy,
                              const std::function<QString(const QString &)> &localCopy = {});
    // The id a page has now: a local id the server replaced gives the server's.
    qint64 currentId(qint64 pageId);

    Result<qint64> createPage(qint64 projectId, qint64 parentId, double position,
                              const QString &title);
    Result<bool> renamePage(qint64 projectId, qint64 pageId, const QString &title);
    Result<bool> movePage(qint64 projectId, qint64 pageId, qint64 parentId, double position);
    Result<bool> deletePage(qint64 projectId, qint64 pageId);
    Result<QString> publish(qint64 projectId, qint64 pageId, const QString &title,
                            const QString &body, qint64 baseRevision, qint64 restoredFrom = 0);

    // A page's text as typed (title, body, the revision it was started from), kept on this
    // computer until it is published.
    struct Typed
    {
        QString title;
        QString body;
        qint64 baseRevision = 0;
    };
    bool keepTyped(qint64 pageId, const Typed &typed);
    std::optional<Typed> typed(qint64 pageId);
    bool forgetTyped(qint64 pageId);

    // Materials (their contents come and go through TransferController).
    QList<material_cache::Entry> materials(qint64 projectId);
    std::optional<material_cache::Entry> material(qint64 projectId, qint64 materialId);
    std::optional<Material> materialWithContent(qint64 projectId, const QString &sha256);
    QStringList materialFolders(qint64 projectId);
    Result<bool> renameMaterial(qint64 projectId, qint64 materialId, const QString &name);
    Result<bool> moveMaterial(qint64 projectId, qint64 materialId, const QString &folder);
    Result<bool> deleteMaterial(qint64 projectId, qint64 materialId);

private:
    template <typename T> T sent(T result);

    LocalStore &m_store;
    SyncController *m_sync;
};

} // namespace etw
