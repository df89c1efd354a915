// SPDX-License-Identifier: GPL-3.0-or-later
#include "material_intake.h"

#include "change_feed.h"
#include "crypto/digest.h"
#include "domain/material_type.h"
#include "material_store.h"
#include "project_store.h"
#include "scopes.h"
#include "thumbnails.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIntake, "etw.materials", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

MaterialIntake::Outcome databaseFailure()
{
    return {0, 503, u"database_error"_s, u"The upload could not be completed."_s};
}
} // namespace

MaterialIntake::MaterialIntake(Database &database, BlobStore &blobs, UploadFiles &files)
    : m_database(database)
    , m_blobs(blobs)
    , m_files(files)
{}

MaterialIntake::Outcome MaterialIntake::refusal(const QString &code)
{
    QString message;
    if (code == u"checksum_mismatch")
        message = u"The file received does not match the sha256 given when the upload was "
                  u"created; it was discarded. Upload it again."_s;
    else if (code == u"type_not_allowed")
        message = u"The file's content is not of a type a material may have (images, PDF, "
                  u"documents, presentations, spreadsheets, sound, video)."_s;
    else if (code == u"too_large")
        message = u"The file is too large for its kind: images may be at most %1 MB, other "
                  u"materials %2 MB."_s
                      .arg(material_type::maxBytes(material_type::Category::Image) / 1000000)
                      .arg(material_type::maxBytes(material_type::Category::Video) / 1000000);
    else if (code == u"project_closed")
        message = u"This project is archived: its TwinSpace is read-only."_s;
    else if (code == u"upload_lost")
        message = u"The bytes of this upload are gone from the server; upload the file again."_s;
    else
        message = u"The upload was refused."_s;
    return {0, 422, code, message};
}

MaterialIntake::Outcome MaterialIntake::fail(const Upload &upload, const QString &code,
                                             const QString &message)
{
    {
        WriteTransaction tx(m_database);
        if (!tx.isActive() ||
            !upload_store::finish(tx.db(), upload.id, u"failed"_s, code, 0,
                                  QDateTime::currentMSecsSinceEpoch()) ||
            !tx.commit())
            return databaseFailure();
    }
    // Refused bytes are not kept: the upload is over, and its quota is free again.
    m_files.remove(upload.id);
    qCInfo(lcIntake).noquote() << "upload" << upload.id << "refused:" << code;
    Outcome outcome = refusal(code);
    if (!message.isEmpty())
        outcome.message = message;
    return outcome;
}

MaterialIntake::Outcome MaterialIntake::complete(const Upload &upload, const QString &sha256)
{
    // The bytes are in the part file; or, when an earlier completion moved them into the store
    // and then could not commit, in the store already (named by the sha256 checked then).
    const bool inPart = m_files.exists(upload.id);
    if (!inPart && !m_blobs.has(upload.sha256))
        return fail(upload, u"upload_lost"_s, {});
    const QString source = inPart ? m_files.path(upload.id) : m_blobs.path(upload.sha256);
    if (inPart && (sha256.isEmpty() ? Digest::sha256OfFile(source) : sha256) != upload.sha256)
        return fail(upload, u"checksum_mismatch"_s, {});

    // The content decides what the file is, never its name.
    const auto type = material_type::detect(source);
    const QString refused = material_type::check(type, upload.length);
    if (refused == u"too_large")
        return fail(
            upload, refused,
            u"The file is %1 of %2 MB; that kind of material may be at most %3 MB."_s.arg(
                type->category == material_type::Category::Image ? u"an image"_s : u"a file"_s,
                megabytes(upload.length),
                QString::number(material_type::maxBytes(type->category) / 1000000)));
    if (!refused.isEmpty())
        return fail(upload, refused, {});

    // Once per content, outside any transaction: drawing a PDF page takes a while.
    if (!m_blobs.hasThumbnail(upload.sha256)) {
        const QByteArray picture = thumbnails::make(source, *type);
        if (!picture.isEmpty() && !m_blobs.putThumbnail(upload.sha256, picture))
            qCWarning(lcIntake) << "cannot store the thumbnail of" << upload.sha256;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return databaseFailure();
    QSqlDatabase &db = tx.db();
    const auto current = upload_store::load(db, upload.id, true);
    if (!current)
        return databaseFailure();
    if (!current.value()) {
        // Terminated meanwhile: nothing becomes of it.
        tx.commit();
        m_files.remove(upload.id);
        return {0, 404, u"not_found"_s, u"This upload was terminated."_s};
    }
    const Upload &u = *current.value();
    if (u.state == u"complete")
        return {u.materialId, 0, {}, {}};
    if (u.state != u"completing")
        return refusal(u.error);
    const auto access = project_store::twinSpaceAccess(db, u.projectId, u.accountId);
    if (!access)
        return databaseFailure();
    if (!access->activeMember || access->status != u"active") {
        tx.commit();
        return fail(u, access->status == u"archived" ? u"project_closed"_s : u"not_found"_s,
                    access->activeMember ? QString()
                                         : u"You are no longer a member of this project."_s);
    }
    // Collection of this content waits for this transaction, and this one for a collection
    // under way: a content never goes while a material is being made of it.
    if (!SqlDialect::lockKey(db, BlobStore::lockKey(u.sha256)))
        return databaseFailure();
    QString why;
    if (inPart && !m_blobs.adopt(source, u.sha256, &why)) {
        qCWarning(lcIntake).noquote() << "cannot store upload" << u.id << ":" << why;
        return {0, 500, u"storage_error"_s, u"The file could not be stored; try again."_s};
    }
    Material m;
    m.projectId = u.projectId;
    m.name = material::normalizedName(u.filename);
    m.folder = material::normalizedFolder(u.folder);
    m.sha256 = u.sha256;
    m.size = u.length;
    m.mime = type->mime;
    m.category = material_type::categoryCode(type->category);
    m.extension = type->extension;
    m.authorId = u.accountId;
    m.createdAt = now;
    m.updatedAt = now;
    m.version = 1;
    m.thumbnail = m_blobs.hasThumbnail(u.sha256);
    m.id = material_store::insert(db, m, u.id);
    if (!m.id)
        return databaseFailure();
    const auto stored = material_store::load(db, m.id, false); // with its author's name
    if (!stored || !stored.value() ||
        !change_feed::record(db, {scopes::ofMaterial(stored.value()->material, false)}) ||
        !upload_store::finish(db, u.id, u"complete"_s, {}, m.id, now) || !tx.commit())
        return databaseFailure();
    qCInfo(lcIntake).noquote() << "upload" << u.id << "is material" << m.id << "of project"
                               << u.projectId << "(" << m.mime << u.length << "bytes)";
    return {m.id, 0, {}, {}};
}

} // namespace etw::server
