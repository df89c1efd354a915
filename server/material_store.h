// SPDX-License-Identifier: GPL-3.0-or-later
// TwinSpace materials in the server database: one row per material, its content by sha256.
#pragma once

#include "domain/error.h"
#include "domain/material.h"

#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace etw::server::material_store {

struct StoredMaterial
{
    Material material;
    bool deleted = false;
};

// The material, its row locked until commit when `lock`; no value when there is none.
Result<std::optional<StoredMaterial>> load(QSqlDatabase &db, qint64 id, bool lock);
// The material an upload became, if it became one (0: none).
Result<qint64> ofUpload(QSqlDatabase &db, const QString &uploadId);
// Returns the new id, or 0 on failure.
qint64 insert(QSqlDatabase &db, const Material &material, const QString &uploadId);
bool update(QSqlDatabase &db, const StoredMaterial &stored);

// The bytes of a project's materials (each counted, even when they share a content).
Result<qint64> bytesOf(QSqlDatabase &db, qint64 projectId);
// Whether a material that is not deleted has this content; and whether any ever had.
struct References
{
    qint64 live = 0;
    qint64 all = 0;
};
Result<References> referencesTo(QSqlDatabase &db, const QString &sha256);
// Whether a live material of the project has this content (a page may show it).
bool projectHas(QSqlDatabase &db, qint64 projectId, const QString &sha256);
// Every content a live material has.
Result<QSet<QString>> liveContents(QSqlDatabase &db);

} // namespace etw::server::material_store
