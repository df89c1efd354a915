// SPDX-License-Identifier: GPL-3.0-or-later
#include "upload_service.h"

#include "chunk_check.h"
#include "domain/material.h"
#include "domain/material_type.h"
#include "domain/validation_messages.h"
#include "material_store.h"
#include "project_store.h"
#include "tus_headers.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcUpload, "etw.uploads", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
// The first bytes judged by material_type::plausibleStart: enough for every format it knows.
constexpr qint64 headBytes = 64 * 1024;
// Room kept free on the data folder's disk beyond an upload's announced length.
constexpr qint64 diskReserve = 256LL * 1024 * 1024;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ApiResponse notFound(const QString &id)
{
    // An upload that is not the caller's, or one of a project it does not belong to: nothing is
    // said of it, not even that it exists.
    return ApiResponse::error(404, u"not_found"_s, u"There is no upload %1 for you."_s.arg(id));
}

ApiResponse databaseUnavailable()
{
    return ApiResponse::error(503, u"database_error"_s, u"The database is not available."_s);
}

ApiResponse invalidHeader(const QString &header, const QString &code)
{
    return ApiResponse::error(
        400, u"invalid_header"_s, u"The %1 header is missing or not valid."_s.arg(header),
        {{header,
          FieldError{code, u"%1: %2."_s.arg(header, code == u"required" ? u"is required"_s
                                                                        : u"is not valid"_s)}}});
}

// Every request but OPTIONS says which version of the protocol it speaks.
std::optional<ApiResponse> unsupportedVersion(const ApiRequest &request)
{
    if (request.header("Tus-Resumable").trimmed() == tus::version)
        return std::nullopt;
    ApiResponse r = ApiResponse::error(
        412, u"unsupported_version"_s,
        u"This server speaks tus %1: send Tus-Resumable: %1."_s.arg(QLatin1String(tus::version)));
    r.addHeader("Tus-Version", tus::version);
    return r;
}

ApiResponse withOffset(ApiResponse r, const Upload &u)
{
    r.addHeader("Upload-Offset", QByteArray::number(u.received));
    if (u.state != u"complete")
        r.addHeader("Upload-Expires", tus::httpDate(u.expiresAt));
    if (u.materialId > 0)
        r.addHeader("ETW-Material-Id", QByteArray::number(u.materialId));
    return r;
}

// 201 with where the upload is and how far it stands (0 when just made).
ApiResponse createdAnswer(const Upload &u)
{
    const QString location = QLatin1String(tus::pathPrefix) + u'/' + u.id;
    ApiResponse r = ApiResponse::json({{u"upload"_s, QJsonObject{{u"id"_s, u.id},
                                                                 {u"location"_s, location},
                                                                 {u"length"_s, u.length},
                                                                 {u"offset"_s, u.received},
                                                                 {u"expiresAt"_s, u.expiresAt}}}},
                                      201);
    r.addHeader("Location", location.toLatin1());
    return withOffset(r, u);
}

// A client's name for its creation: letters, digits, '-' and '_', at most 64 (a UUID fits).
bool validClientKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (const QChar c : key)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    return true;
}

ApiResponse noContent()
{
    ApiResponse r;
    r.status = 204;
    return r;
}

ApiResponse refused(const MaterialIntake::Outcome &outcome)
{
    return ApiResponse::error(outcome.status, outcome.code, outcome.message);
}

// A request that comes after the upload ended, or at the wrong point: what it is told, with
// the offset the client must go on from. Nothing when the request may go on.
std::optional<ApiResponse> endedOrElsewhere(const Upload &u, qint64 offset, qint64 bytes, qint64 at)
{
    if (u.state == u"failed")
        return refused(MaterialIntake::refusal(u.error));
    if (u.state == u"complete" || u.state == u"completing") {
        // Most often the last chunk sent again after its answer was lost.
        return withOffset(ApiResponse::error(409, u"upload_complete"_s,
                                             u"Every byte of this upload was received."_s),
                          u);
    }
    if (u.expiresAt < at)
        return ApiResponse::error(410, u"upload_expired"_s,
                                  u"This upload expired; upload the file again."_s);
    if (offset != u.received)
        return withOffset(
            ApiResponse::error(
                409, u"offset_mismatch"_s,
                u"The upload is at offset %1, not %2: go on from there."_s.arg(u.received)
                    .arg(offset)),
            u);
    if (offset + bytes > u.length)
        return ApiResponse::error(
            413, u"exceeds_length"_s,
            u"The chunk goes past the upload's length (%1 bytes)."_s.arg(u.length));
    return std::nullopt;
}
} // namespace

UploadService::UploadService(Database &database, const ServerConfig &config, UploadFiles &files,
                             MaterialIntake &intake)
    : m_database(database)
    , m_config(config)
    , m_files(files)
    , m_intake(intake)
{}

qint64 UploadService::maxSize()
{
    qint64 largest = 0;
    for (const auto category : {material_type::Category::Image, material_type::Category::Document,
                                material_type::Category::Presentation,
                                material_type::Category::Spreadsheet, material_type::Category::Pdf,
                                material_type::Category::Audio, material_type::Category::Video})
        largest = std::max(largest, material_type::maxBytes(category));
    return largest;
}

qint64 UploadService::expiryFrom(qint64 time) const
{
    return time + qint64(m_config.uploadExpirySecs) * 1000;
}

ApiResponse UploadService::options(const ApiRequest &)
{
    ApiResponse r = noContent();
    r.headers = {{"Tus-Version", tus::version},
                 {"Tus-Extension", tus::extensions},
                 {"Tus-Checksum-Algorithm", tus::checksumAlgorithms},
                 {"Tus-Max-Size", QByteArray::number(maxSize())},
                 {"ETW-Max-Chunk-Size", QByteArray::number(tus::maxChunkBytes)}};
    return r;
}

std::variant<Upload, ApiResponse> UploadService::owned(QSqlDatabase &db, const ApiRequest &request,
                                                       const QString &id, bool lock, bool writing)
{
    const auto loaded = upload_store::load(db, id, lock);
    if (!loaded)
        return databaseUnavailable();
    if (!loaded.value() || loaded.value()->accountId != request.account->id)
        return notFound(id);
    const Upload &u = *loaded.value();
    // Someone no longer in the project has nothing more to do with its uploads.
    const auto access = project_store::twinSpaceAccess(db, u.projectId, u.accountId);
    if (!access)
        return databaseUnavailable();
    if (!access->activeMember)
        return notFound(id);
    if (writing && access->status != u"active")
        return ApiResponse::error(403, u"project_closed"_s,
                                  u"This project is archived: its TwinSpace is read-only."_s);
    return u;
}

ApiResponse UploadService::create(const ApiRequest &request)
{
    if (auto refusal = unsupportedVersion(request))
        return *refusal;
    const QByteArray lengthHeader = request.header("Upload-Length");
    const auto length = tus::number(lengthHeader);
    if (!length || *length == 0)
        return invalidHeader(u"Upload-Length"_s,
                             lengthHeader.isEmpty() ? u"required"_s : u"wrong_type"_s);
    if (*length > maxSize())
        return ApiResponse::error(
            413, u"too_large"_s,
            u"A material may be at most %1 MB (images %2 MB)."_s.arg(maxSize() / 1000000)
                .arg(material_type::maxBytes(material_type::Category::Image) / 1000000));
    const auto metadata = tus::metadata(request.header("Upload-Metadata"));
    if (!metadata)
        return invalidHeader(u"Upload-Metadata"_s, u"wrong_type"_s);

    FieldErrors errors;
    const QByteArray filenameBytes = metadata->value(u"filename"_s);
    const QString filename = QString::fromUtf8(filenameBytes);
    if (!metadata->contains(u"filename"_s))
        errors.insert(u"filename"_s, fieldError(u"filename"_s, u"required"_s));
    else if (filename.toUtf8() != filenameBytes) // not UTF-8
        errors.insert(u"filename"_s, fieldError(u"filename"_s, u"invalid_characters"_s));
    else
        errors.insert(material::checkName(u"filename"_s, filename));
    const auto projectId = tus::number(metadata->value(u"projectId"_s));
    if (!projectId || *projectId <= 0)
        errors.insert(u"projectId"_s, fieldError(u"projectId"_s, metadata->contains(u"projectId"_s)
                                                                     ? u"wrong_type"_s
                                                                     : u"required"_s));
    const QString sha256 = QString::fromLatin1(metadata->value(u"sha256"_s)).toLower();
    if (!BlobStore::isSha256(sha256))
        errors.insert(u"sha256"_s,
                      fieldError(u"sha256"_s, metadata->contains(u"sha256"_s) ? u"wrong_type"_s
                                                                              : u"required"_s));
    const QString folder = QString::fromUtf8(metadata->value(u"folder"_s));
    errors.insert(material::checkFolder(u"folder"_s, folder));
    const QString key = QString::fromLatin1(metadata->value(u"key"_s));
    if (metadata->contains(u"key"_s) && !validClientKey(key))
        errors.insert(u"key"_s, fieldError(u"key"_s, u"wrong_type"_s));
    if (!errors.isEmpty())
        return ApiResponse::error(422, invalidInput(errors));

    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return databaseUnavailable();
    QSqlDatabase &db = tx.db();
    const Account &me = *request.account;
    // Locked: uploads created at once for one project are counted against its quota in turn.
    const auto access = project_store::twinSpaceAccess(db, *projectId, me.id, true);
    if (!access)
        return databaseUnavailable();
    if (!access->exists || !access->activeMember)
        return ApiResponse::error(404, u"not_found"_s,
                                  u"There is no project %1 for you."_s.arg(*projectId));
    if (access->status == u"archived")
        return ApiResponse::error(403, u"project_closed"_s,
                                  u"This project is archived: its TwinSpace is read-only."_s);
    if (access->status != u"active")
        return ApiResponse::error(403, u"invalid_state"_s,
                                  u"The project's TwinSpace opens once the project is approved."_s);

    // And the account's row, for its own limits across projects.
    QSqlQuery lock(db);
    if (!Database::run(
            lock, u"SELECT a.id FROM accounts a WHERE a.id = ?"_s + SqlDialect::rowLock(db, u"a"_s),
            {me.id}))
        return databaseUnavailable();
    lock.finish();
    const qint64 time = now();
    if (!key.isEmpty()) {
        // Asked again (the first answer was lost): the upload already made, where it stands.
        const auto earlier = upload_store::byClientKey(db, me.id, key, time);
        if (!earlier)
            return databaseUnavailable();
        if (const auto &u = earlier.value()) {
            if (u->projectId != *projectId || u->sha256 != sha256 || u->length != *length ||
                u->filename != material::normalizedName(filename) ||
                u->folder != material::normalizedFolder(folder))
                return ApiResponse::error(
                    409, u"upload_key_in_use"_s,
                    u"Another upload in progress was created with this key."_s);
            return createdAnswer(*u);
        }
    }
    const auto mine = upload_store::ofAccount(db, me.id, time);
    if (!mine)
        return databaseUnavailable();
    if (mine.value().count >= m_config.uploadsPerAccount)
        return ApiResponse::error(
            429, u"too_many_uploads"_s,
            u"You have %1 uploads in progress, the most there may be: finish or cancel one "
            u"first."_s.arg(mine.value().count));
    if (mine.value().bytes + *length > m_config.uploadBytesPerAccount)
        return ApiResponse::error(
            429, u"too_many_uploads"_s,
            u"Your uploads in progress would hold more than %1 MB: finish or cancel one "
            u"first."_s.arg(m_config.uploadBytesPerAccount / 1000000));

    const auto stored = material_store::bytesOf(db, *projectId);
    const auto pending = upload_store::ofProject(db, *projectId, time);
    if (!stored || !pending)
        return databaseUnavailable();
    const qint64 used = stored.value() + pending.value().bytes;
    if (used + *length > m_config.projectQuotaBytes) {
        const qint64 room = std::max<qint64>(0, m_config.projectQuotaBytes - used);
        QJsonObject error = Error{
            u"quota_exceeded"_s,
            u"This project's TwinSpace has room for %1 more bytes (of %2), not %3."_s.arg(room)
                .arg(m_config.projectQuotaBytes)
                .arg(*length),
            {}}.toJson();
        error.insert(u"roomBytes"_s, room);
        error.insert(u"quotaBytes"_s, m_config.projectQuotaBytes);
        error.insert(u"usedBytes"_s, used);
        return ApiResponse::json({{u"error"_s, error}}, 413);
    }
    const QStorageInfo disk(m_files.folder());
    if (disk.isValid() && disk.bytesAvailable() < *length + diskReserve)
        return ApiResponse::error(507, u"insufficient_storage"_s,
                                  u"The server has no room for this file at the moment."_s);

    Upload u;
    u.id = UploadFiles::newId();
    u.accountId = me.id;
    u.projectId = *projectId;
    u.filename = material::normalizedName(filename);
    u.folder = material::normalizedFolder(folder);
    u.sha256 = sha256;
    u.length = *length;
    u.state = u"receiving"_s;
    u.createdAt = time;
    u.updatedAt = time;
    u.expiresAt = expiryFrom(time);
    u.clientKey = key;
    if (!upload_store::insert(db, u))
        return databaseUnavailable();
    if (!m_files.create(u.id)) {
        qCWarning(lcUpload) << "cannot create" << m_files.path(u.id);
        return ApiResponse::error(500, u"storage_error"_s, u"The upload could not be started."_s);
    }
    if (!tx.commit()) {
        m_files.remove(u.id);
        return databaseUnavailable();
    }
    return createdAnswer(u);
}

ApiResponse UploadService::completed(const Upload &upload, const MaterialIntake::Outcome &outcome)
{
    if (!outcome.ok())
        return refused(outcome);
    Upload done = upload;
    done.received = done.length;
    done.state = u"complete"_s;
    done.materialId = outcome.materialId;
    return withOffset(noContent(), done);
}

ApiResponse UploadService::head(const ApiRequest &request, const QString &id)
{
    if (auto refusal = unsupportedVersion(request))
        return *refusal;
    QSqlDatabase db = m_database.connection();
    auto found = owned(db, request, id, false);
    if (auto *answer = std::get_if<ApiResponse>(&found))
        return *answer;
    Upload u = std::get<Upload>(found);
    const qint64 time = now();
    if (u.state == u"failed") {
        // A HEAD answer has no body: the refusal's code is in a header.
        ApiResponse r = ApiResponse::error(410, u.error, MaterialIntake::refusal(u.error).message);
        r.addHeader("ETW-Upload-Error", u.error.toLatin1());
        return r;
    }
    if (u.state != u"complete" && u.expiresAt < time)
        return ApiResponse::error(410, u"upload_expired"_s,
                                  u"This upload expired; upload the file again."_s);
    // A completion cut short (its instance stopped) is taken over by whoever asks next.
    if (u.state == u"completing" && u.updatedAt < time - upload_store::completionStaleMs) {
        const auto claimed = upload_store::claimCompletion(db, u.id, time);
        if (!claimed)
            return databaseUnavailable();
        if (claimed.value()) {
            const auto outcome = m_intake.complete(u);
            if (!outcome.ok())
                return refused(outcome);
            u.state = u"complete"_s;
            u.materialId = outcome.materialId;
        }
    }
    ApiResponse r;
    r.headers = {{"Upload-Length", QByteArray::number(u.length)},
                 {"Cache-Control", "no-store"},
                 {"ETW-Upload-State", u.state.toLatin1()}};
    return withOffset(r, u);
}

ApiResponse UploadService::patch(const ApiRequest &request, const QString &id)
{
    if (auto refusal = unsupportedVersion(request))
        return *refusal;
    if (request.header("Content-Type").split(';').first().trimmed().toLower() !=
        tus::chunkContentType)
        return ApiResponse::error(
            415, u"unsupported_media_type"_s,
            u"A chunk is sent as Content-Type: %1."_s.arg(QLatin1String(tus::chunkContentType)));
    const QByteArray offsetHeader = request.header("Upload-Offset");
    const auto offset = tus::number(offsetHeader);
    if (!offset)
        return invalidHeader(u"Upload-Offset"_s,
                             offsetHeader.isEmpty() ? u"required"_s : u"wrong_type"_s);
    std::optional<tus::Checksum> checksum;
    if (const QByteArray header = request.header("Upload-Checksum"); !header.isEmpty()) {
        auto parsed = tus::checksum(header);
        if (const QString *code = std::get_if<QString>(&parsed))
            return *code == u"checksum_algorithm_unsupported"
                       ? ApiResponse::error(400, *code,
                                            u"Upload-Checksum: use one of %1."_s.arg(
                                                QLatin1String(tus::checksumAlgorithms)))
                       : invalidHeader(u"Upload-Checksum"_s, u"wrong_type"_s);
        checksum = std::get<tus::Checksum>(parsed);
    }
    const QByteArray &bytes = request.body;

    // First without a lock, to refuse at once what needs no hashing nor writing.
    {
        QSqlDatabase db = m_database.connection();
        auto found = owned(db, request, id, false, true);
        if (auto *answer = std::get_if<ApiResponse>(&found))
            return *answer;
        const Upload &u = std::get<Upload>(found);
        const qint64 time = now();
        if (u.state == u"completing" && u.updatedAt < time - upload_store::completionStaleMs) {
            const auto claimed = upload_store::claimCompletion(db, u.id, time);
            if (!claimed)
                return databaseUnavailable();
            if (claimed.value())
                return completed(u, m_intake.complete(u));
        }
        if (auto answer = endedOrElsewhere(u, *offset, bytes.size(), time))
            return *answer;
    }
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return databaseUnavailable();
    QSqlDatabase &db = tx.db();
    // Locked: two requests for the same upload (a retry racing the original, two instances)
    // write its file one after the other, each at the offset the other left.
    auto found = owned(db, request, id, true, true);
    if (auto *answer = std::get_if<ApiResponse>(&found))
        return *answer;
    Upload u = std::get<Upload>(found);
    const qint64 time = now();
    if (auto answer = endedOrElsewhere(u, *offset, bytes.size(), time))
        return *answer;
    // The chunk's checksum, and the whole file's sha256 so far, are worked out while the chunk
    // goes to the disk: hashing and syncing one after the other would double the time a chunk
    // takes.
    std::unique_ptr<Digest> running = m_hashes.take(u.id, *offset);
    ChunkCheck hashing(bytes, checksum, running.get());
    QString why;
    const bool written = m_files.write(u.id, *offset, bytes, &why);
    // A damaged chunk is not acknowledged: what it wrote past the offset is overwritten by the
    // next chunk, which the client sends again from the same offset.
    if (!hashing.matches())
        return ApiResponse::error(460, u"checksum_mismatch"_s,
                                  u"The chunk does not match its Upload-Checksum; nothing of it "
                                  u"was kept."_s);
    if (!written && !m_files.exists(u.id)) {
        // Its bytes are gone (a data folder restored without them, removed by hand): the
        // client must start again, not try this offset for ever.
        if (!upload_store::finish(db, u.id, u"failed"_s, u"upload_lost"_s, 0, time) || !tx.commit())
            return databaseUnavailable();
        m_hashes.drop(u.id);
        return refused(MaterialIntake::refusal(u"upload_lost"_s));
    }
    if (!written) {
        qCWarning(lcUpload).noquote() << "cannot write upload" << u.id << ":" << why;
        const QStorageInfo disk(m_files.folder());
        if (disk.isValid() && disk.bytesAvailable() < bytes.size() + diskReserve)
            return ApiResponse::error(507, u"insufficient_storage"_s,
                                      u"The server has no room for this chunk at the moment."_s);
        return ApiResponse::error(500, u"storage_error"_s, u"The chunk could not be stored."_s);
    }
    u.received = *offset + bytes.size();
    // Something plainly refused (a program, a web page) stops at its first bytes, not after
    // 100 MB; what only the whole file tells is decided at completion.
    if (!u.headChecked && u.received >= std::min(u.length, headBytes)) {
        if (!material_type::plausibleStart(m_files.head(u.id, headBytes))) {
            if (!upload_store::finish(db, u.id, u"failed"_s, u"type_not_allowed"_s, 0, time) ||
                !tx.commit())
                return databaseUnavailable();
            m_files.remove(u.id);
            m_hashes.drop(u.id);
            return refused(MaterialIntake::refusal(u"type_not_allowed"_s));
        }
        u.headChecked = true;
    }
    u.state = u.received == u.length ? u"completing"_s : u"receiving"_s;
    u.updatedAt = time;
    u.expiresAt = expiryFrom(time);
    if (!upload_store::setReceived(db, u) || !tx.commit())
        return databaseUnavailable();
    if (u.state == u"completing") {
        const QString sha256 = running ? QString::fromLatin1(running->result().toHex()) : QString();
        return completed(u, m_intake.complete(u, sha256));
    }
    if (running)
        m_hashes.put(u.id, u.received, std::move(running));
    return withOffset(noContent(), u);
}

ApiResponse UploadService::terminate(const ApiRequest &request, const QString &id)
{
    if (auto refusal = unsupportedVersion(request))
        return *refusal;
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return databaseUnavailable();
    // The owner may cancel even after leaving the project: its bytes go either way.
    const auto loaded = upload_store::load(tx.db(), id, true);
    if (!loaded)
        return databaseUnavailable();
    if (!loaded.value() || loaded.value()->accountId != request.account->id)
        return notFound(id);
    if (!upload_store::remove(tx.db(), id) || !tx.commit())
        return databaseUnavailable();
    m_files.remove(id);
    m_hashes.drop(id);
    return noContent();
}

} // namespace etw::server
