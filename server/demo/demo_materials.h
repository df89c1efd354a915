// SPDX-License-Identifier: GPL-3.0-or-later
// The demo TwinSpaces' materials: small pictures and PDF leaflets drawn here, stored as an
// upload would have stored them (content store, thumbnail, a material in the project's scope).
#pragma once

#include "blob_store.h"
#include "domain/error.h"
#include "domain/material.h"

#include <QColor>
#include <QSqlDatabase>
#include <QStringList>

namespace etw::server::demo {

// A landscape with a river and hills, as a class might have drawn it (no text: the server has no
// fonts; the caption is the material's name and the pages' alt text).
QByteArray riverPicture(const QColor &water, int seed);
// A one-page PDF leaflet: a title and its lines.
QByteArray leaflet(const QString &title, const QStringList &lines);

// Stores `bytes` as a material of m.projectId (name, folder, authorId and dates from `m`; its
// type from its bytes) and publishes it; the material as stored.
Result<Material> addMaterial(QSqlDatabase &db, BlobStore &blobs, Material m,
                             const QByteArray &bytes);

} // namespace etw::server::demo
