// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace materials of this account's projects as they should show here: the server's
// list with the renames, moves and deletions made on this computer and not yet sent on top.
#pragma once

#include "domain/material.h"
#include "domain/sync_types.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::material_cache {

// Pulled materials (a project's scope).
bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes);
bool purge(QSqlDatabase &db, const QString &scope);

struct Entry
{
    Material material;
    bool waiting = false; // renamed, moved or deleted here, not yet on the server
};
// The project's materials by folder, then name; deleted ones here are left out. Without the
// waiting changes: as the server has them (as an export shows them).
QList<Entry> list(QSqlDatabase &db, qint64 projectId, bool withWaitingChanges = true);
// withWaitingChanges false: as the server has it (a material deleted here is still there).
std::optional<Entry> material(QSqlDatabase &db, qint64 projectId, qint64 materialId,
                              bool withWaitingChanges = true);
// The material with this content in the project (an image a page shows), if there is one.
std::optional<Material> byContent(QSqlDatabase &db, qint64 projectId, const QString &sha256);
// Every folder the project's materials are filed in, with its parents ("" first).
QStringList folders(QSqlDatabase &db, qint64 projectId);
QStringList foldersOf(const QList<Entry> &materials);

// Each validates, then queues its mutation in one transaction; field errors name "name" or
// "folder".
Result<bool> rename(QSqlDatabase db, qint64 projectId, qint64 materialId, const QString &name);
Result<bool> move(QSqlDatabase db, qint64 projectId, qint64 materialId, const QString &folder);
Result<bool> remove(QSqlDatabase db, qint64 projectId, qint64 materialId);

} // namespace etw::material_cache
