// SPDX-License-Identifier: GPL-3.0-or-later
// What the user keeps offline (a material, or a project's folder with its sub-folders), and what
// this computer knows of which content each material holds, so that a kept material's copy is
// fetched when missing and never evicted.
#pragma once

#include "domain/material.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace etw::offline_keeps {

bool setMaterial(QSqlDatabase &db, qint64 projectId, qint64 materialId, bool keep);
bool setFolder(QSqlDatabase &db, qint64 projectId, const QString &folder, bool keep);
bool materialKept(QSqlDatabase &db, const Material &material);
// The ids of those kept among `materials` (the keeps read once).
QSet<qint64> keptAmong(QSqlDatabase &db, const QList<Material> &materials);
// The folder itself, or one above it ("" covers the whole project).
bool folderKept(QSqlDatabase &db, qint64 projectId, const QString &folder);

// Learns what a material holds (a download, an upload, a sync's list).
bool learn(QSqlDatabase &db, const Material &material);
// A project's whole list after a sync: its materials no longer in it are forgotten.
bool learnProject(QSqlDatabase &db, qint64 projectId, const QList<Material> &materials);
// The projects where something is kept (most accounts: none).
QSet<qint64> keepingProjects(QSqlDatabase &db);
// The contents of the kept materials known here: never evicted.
QSet<QString> keptContents(QSqlDatabase &db);
// The known materials that are kept (for fetching the missing ones).
QList<Material> keptMaterials(QSqlDatabase &db);

} // namespace etw::offline_keeps
