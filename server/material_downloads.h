// SPDX-License-Identifier: GPL-3.0-or-later
// A material's content and thumbnail over HTTP: for the project's active members (of an
// archived project too), with a strong ETag, 304, and byte ranges to resume a download.
#pragma once

#include "api_types.h"
#include "blob_store.h"
#include "database.h"
#include "domain/material.h"

#include <variant>

namespace etw::server {

class MaterialDownloads
{
public:
    MaterialDownloads(Database &database, BlobStore &blobs);

    // GET /api/v1/projects/<projectId>/materials/<materialId>/content
    ApiResponse content(const ApiRequest &request, qint64 projectId, qint64 materialId);
    // GET …/thumbnail: 404 when the material has none (not an image nor a PDF, or one that
    // could not be drawn).
    ApiResponse thumbnail(const ApiRequest &request, qint64 projectId, qint64 materialId);

private:
    // The material, if this account may read it; else the answer (404 for anything unseen).
    std::variant<Material, ApiResponse> readable(const ApiRequest &request, qint64 projectId,
                                                 qint64 materialId);

    Database &m_database;
    BlobStore &m_blobs;
};

} // namespace etw::server
