// SPDX-License-Identifier: GPL-3.0-or-later
// TwinSpace pages in the server database: the tree, the shown text, every revision.
#pragma once

#include "domain/page.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::page_store {

struct StoredPage
{
    Page page;
    qint64 lastRevision = 0; // the highest number given, kept texts included
    bool deleted = false;
};

// Inside a write transaction: the page, its row locked until commit (edits of one page queue).
std::optional<StoredPage> loadForUpdate(QSqlDatabase &db, qint64 pageId);
qint64 insert(QSqlDatabase &db, const Page &page); // 0 on failure
bool update(QSqlDatabase &db, const StoredPage &stored);
bool addRevision(QSqlDatabase &db, const PageRevision &revision, const QString &mutationId);
std::optional<PageRevision> revision(QSqlDatabase &db, qint64 pageId, qint64 number);
// The revision a mutation wrote before (a conflict's kept text, when the mutation is replayed).
std::optional<PageRevision> revisionOfMutation(QSqlDatabase &db, qint64 pageId,
                                               const QString &mutationId);
QList<PageRevision> revisions(QSqlDatabase &db, qint64 pageId);
// The live pages of a project: id → parent id (for cycles and subtrees).
std::optional<QHash<qint64, qint64>> parents(QSqlDatabase &db, qint64 projectId);

} // namespace etw::server::page_store
