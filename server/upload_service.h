// SPDX-License-Identifier: GPL-3.0-or-later
// tus 1.0 resumable uploads of TwinSpace materials: /api/v1/uploads (core protocol with the
// creation, checksum, expiration and termination extensions).
#pragma once

#include "api_types.h"
#include "blob_store.h"
#include "database.h"
#include "material_intake.h"
#include "running_hashes.h"
#include "server_config.h"
#include "upload_files.h"

namespace etw::server {

// An upload belongs to the account that created it, for an active project it is an active
// member of; anyone else is told it does not exist. Its bytes go to a part file, each chunk on
// the disk before its offset is acknowledged, and its offset to the database: a restarted
// server, or another instance sharing the data folder, resumes from there.
class UploadService
{
public:
    UploadService(Database &database, const ServerConfig &config, UploadFiles &files,
                  MaterialIntake &intake);

    ApiResponse options(const ApiRequest &request);
    ApiResponse create(const ApiRequest &request);
    ApiResponse head(const ApiRequest &request, const QString &id);
    ApiResponse patch(const ApiRequest &request, const QString &id);
    ApiResponse terminate(const ApiRequest &request, const QString &id);

    // The largest upload: the largest material of any kind (material_type::maxBytes).
    static qint64 maxSize();

private:
    // The upload as its owner may see it, or the answer for anyone else (and for one gone).
    // `writing`: the project must also be active (an archived one is read-only).
    std::variant<Upload, ApiResponse> owned(QSqlDatabase &db, const ApiRequest &request,
                                            const QString &id, bool lock, bool writing = false);
    ApiResponse completed(const Upload &upload, const MaterialIntake::Outcome &outcome);
    qint64 expiryFrom(qint64 now) const;

    Database &m_database;
    const ServerConfig &m_config;
    UploadFiles &m_files;
    MaterialIntake &m_intake;
    RunningHashes m_hashes;
};

} // namespace etw::server
