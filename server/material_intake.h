// SPDX-License-Identifier: GPL-3.0-or-later
// The end of an upload: the whole file checked (its sha256, its type and that type's limit),
// moved into the content-addressed store, and published as a material of its project.
#pragma once

#include "blob_store.h"
#include "database.h"
#include "upload_files.h"
#include "upload_store.h"

namespace etw::server {

class MaterialIntake
{
public:
    MaterialIntake(Database &database, BlobStore &blobs, UploadFiles &files);

    struct Outcome
    {
        qint64 materialId = 0; // when it became a material
        int status = 0;        // else the HTTP status of the refusal or failure
        QString code;
        QString message;
        bool ok() const { return materialId > 0; }
    };
    // Runs the completion of an upload this caller claimed (its state is "completing"): a
    // refused file is gone and the upload failed with the refusal's code; a database failure
    // leaves it completing, to be taken over again (upload_store::completionStaleMs).
    // `sha256`: the content's, when it was worked out as the chunks came (RunningHashes);
    // else the file is read to find it.
    Outcome complete(const Upload &upload, const QString &sha256 = {});

    // The refusal of a failed upload, answered again to whoever asks about it.
    static Outcome refusal(const QString &code);

private:
    Outcome fail(const Upload &upload, const QString &code, const QString &message);

    Database &m_database;
    BlobStore &m_blobs;
    UploadFiles &m_files;
};

} // namespace etw::server
