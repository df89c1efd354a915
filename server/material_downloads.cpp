// SPDX-License-Identifier: GPL-3.0-or-later
#include "material_downloads.h"

#include "conditional_requests.h"
#include "label_store.h"
#include "material_store.h"
#include "project_store.h"
#include "thumbnails.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDownload, "etw.downloads", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
ApiResponse notFound(qint64 projectId, qint64 materialId)
{
    return ApiResponse::error(
        404, u"not_found"_s,
        u"There is no material %1 in project %2 for you."_s.arg(materialId).arg(projectId));
}

// RFC 6266 and 8187: an ASCII name for old clients, the exact one in UTF-8 for the others.
QByteArray disposition(const QString &name)
{
    QByteArray ascii;
    for (const QChar c : name)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\')
                     ? char(c.unicode())
                     : '_';
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           name.toUtf8().toPercentEncoding("!#$&+-.^_`|~");
}

// What a downloaded file must never become in a browser that opens it: a page of this site.
void hardened(ApiResponse &r)
{
    r.addHeader("X-Content-Type-Options", "nosniff");
    r.addHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    r.addHeader("Cache-Control", "private, no-cache");
}
} // namespace

MaterialDownloads::MaterialDownloads(Database &database, BlobStore &blobs)
    : m_database(database)
    , m_blobs(blobs)
{}

std::variant<Material, ApiResponse> MaterialDownloads::readable(const ApiRequest &request,
                                                                qint64 projectId, qint64 materialId)
{
    QSqlDatabase db = m_database.connection();
    const auto access = project_store::twinSpaceAccess(db, projectId, request.account->id);
    if (!access)
        return ApiResponse::error(503, u"database_error"_s, u"The database is not available."_s);
    // Read-only is still readable: an archived project's materials stay its members'. The
    // assessors of its label applications read them too, as they read its pages (its scope).
    if (!access->activeMember) {
        const auto assessed = label_store::projectsInAssessment(db, *request.account);
        if (!assessed)
            return ApiResponse::error(503, u"database_error"_s,
                                      u"The database is not available."_s);
        if (!assessed->contains(projectId))
            return notFound(projectId, materialId);
    }
    const auto stored = material_store::load(db, materialId, false);
    if (!stored)
        return ApiResponse::error(503, u"database_error"_s, u"The database is not available."_s);
    if (!stored.value() || stored.value()->deleted ||
        stored.value()->material.projectId != projectId)
        return notFound(projectId, materialId);
    return stored.value()->material;
}

ApiResponse MaterialDownloads::content(const ApiRequest &request, qint64 projectId,
                                       qint64 materialId)
{
    auto found = readable(request, projectId, materialId);
    if (auto *answer = std::get_if<ApiResponse>(&found))
        return *answer;
    const Material &m = std::get<Material>(found);
    // The content never changes under a material: its sha256 is a strong validator.
    const QByteArray etag = '"' + m.sha256.toLatin1() + '"';
    ApiResponse r;
    r.binary = true;
    r.headers = {{"ETag", etag}, {"Accept-Ranges", "bytes"}};
    hardened(r);
    if (conditional::noneMatch(request.header("If-None-Match"), etag)) {
        r.status = 304;
        return r;
    }
    auto file = m_blobs.open(m.sha256);
    if (!file) {
        qCWarning(lcDownload) << "the content of material" << m.id << "is missing:" << m.sha256;
        return notFound(projectId, materialId);
    }
    const qint64 size = file->size();
    const auto range =
        conditional::range(request.header("Range"), size, request.header("If-Range"), etag);
    if (range.kind == conditional::Range::Unsatisfiable) {
        ApiResponse refused = ApiResponse::error(
            416, u"range_not_satisfiable"_s,
            u"The material has %1 bytes; the range asked for starts past them."_s.arg(size));
        refused.addHeader("Content-Range", "bytes */" + QByteArray::number(size));
        refused.addHeader("Accept-Ranges", "bytes");
        return refused;
    }
    if (range.kind == conditional::Range::Part) {
        r.status = 206;
        r.bodyOffset = range.first;
        r.bodyLength = range.last - range.first + 1;
        r.addHeader("Content-Range", "bytes " + QByteArray::number(range.first) + '-' +
                                         QByteArray::number(range.last) + '/' +
                                         QByteArray::number(size));
    }
    // Texts are UTF-8 (the type detection admits no other).
    r.contentType = m.mime.toLatin1() + (m.mime == u"text/plain" ? "; charset=utf-8" : "");
    r.addHeader("Content-Disposition", disposition(m.downloadName()));
    r.bodyFile = std::shared_ptr<QFile>(file.release());
    return r;
}

ApiResponse MaterialDownloads::thumbnail(const ApiRequest &request, qint64 projectId,
                                         qint64 materialId)
{
    auto found = readable(request, projectId, materialId);
    if (auto *answer = std::get_if<ApiResponse>(&found))
        return *answer;
    const Material &m = std::get<Material>(found);
    const QByteArray etag = "\"" + m.sha256.toLatin1() + "-thumbnail\"";
    auto file = std::make_shared<QFile>(m_blobs.thumbnailPath(m.sha256));
    if (!file->open(QIODevice::ReadOnly))
        return ApiResponse::error(404, u"no_thumbnail"_s,
                                  u"Material %1 has no thumbnail."_s.arg(materialId));
    ApiResponse r;
    r.binary = true;
    r.headers = {{"ETag", etag}};
    hardened(r);
    if (conditional::noneMatch(request.header("If-None-Match"), etag)) {
        r.status = 304;
        return r;
    }
    r.contentType = thumbnails::mimeOf(file->peek(8));
    r.bodyFile = std::move(file);
    return r;
}

} // namespace etw::server
