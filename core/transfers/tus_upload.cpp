// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/tus_upload.h"

#include "crypto/digest.h"
#include "domain/material_type.h"
#include "store/local_store.h"
#include "transfers/material_files.h"
#include "transfers/transfer_messages.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcTus, "etw.transfers.tus", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

namespace {
constexpr char tusVersion[] = "1.0.0";
// A server's refusal of the file itself: trying again sends the same bytes to the same verdict.
bool refusalOfTheFile(const QString &code)
{
    return code == u"type_not_allowed" || code == u"too_large" || code == u"checksum_mismatch" ||
           code == u"project_closed";
}
} // namespace

QByteArray TusUpload::metadata(const QString &filename, qint64 projectId, const QString &sha256,
                               const QString &folder, const QString &key)
{
    QByteArray out = "filename " + filename.toUtf8().toBase64() + ",projectId " +
                     QByteArray::number(projectId).toBase64() + ",sha256 " +
                     sha256.toLatin1().toBase64();
    if (!folder.isEmpty())
        out += ",folder " + folder.toUtf8().toBase64();
    if (!key.isEmpty())
        out += ",key " + key.toLatin1().toBase64();
    return out;
}

TusUpload::TusUpload(TransferContext &context, transfer_store::Row row, QObject *parent)
    : TransferJob(context, std::move(row), parent)
    , m_sender(new ChunkSender(this))
{
    connect(m_sender, &ChunkSender::progress, this, [this](qint64 sent) {
        if (m_sending >= 0) {
            m_sent = m_sending + sent;
            Q_EMIT progressed(m_row.transfer.id);
        }
    });
}

void TusUpload::stop()
{
    m_sender->abort();
    TransferJob::stop();
}

QNetworkRequest TusUpload::tusRequest(const QUrl &url) const
{
    QNetworkRequest r = m_context.request(url);
    r.setRawHeader("Tus-Resumable", tusVersion);
    return r;
}

void TusUpload::start()
{
    const Transfer &t = m_row.transfer;
    m_file.setFileName(m_context.files->path(t.sha256));
    if (!MaterialFiles::isSha256(t.sha256) || !m_file.open(QIODevice::ReadOnly) ||
        m_file.size() != t.size) {
        fail(u"local_copy_gone"_s, transfer_messages::localCopyGone(name()));
        return;
    }
    m_sent = t.done;
    if (m_row.location.isEmpty())
        create();
    else
        head();
}

void TusUpload::create()
{
    const Transfer &t = m_row.transfer;
    if (m_row.key.isEmpty()) {
        // Queued by a version that made no keys: one now, kept before the request leaves.
        m_row.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!save()) {
            finish({Outcome::Kind::Retry, u"cache_unavailable"_s,
                    transfer_messages::saveFailed(name(), m_context.store->filePath()), -1});
            return;
        }
    }
    QUrl url = m_context.server;
    url.setPath(u"/api/v1/uploads"_s);
    QNetworkRequest r = tusRequest(url);
    r.setRawHeader("Upload-Length", QByteArray::number(t.size));
    r.setRawHeader("Upload-Metadata", metadata(t.name, t.projectId, t.sha256, t.folder, m_row.key));
    track(m_context.network->post(r, QByteArray()), [this](QNetworkReply *reply) {
        const HttpAnswer a = HttpAnswer::of(reply);
        if (a.status == 201) {
            const QString location = QString::fromLatin1(a.header("Location"));
            const QUrl at = m_context.onServer(location);
            if (location.isEmpty() || !at.isValid()) {
                fail(u"bad_reply"_s,
                     transfer_messages::unexpected(name(), a.status, u"Location"_s));
                return;
            }
            // Kept before a byte is sent: from now on the upload goes on from the server's
            // offset, whatever happens to this program. An upload found again by its key may
            // already hold bytes: its offset comes with the answer.
            bool known = false;
            const qint64 offset = a.header("Upload-Offset").toLongLong(&known);
            const qint64 size = m_row.transfer.size;
            const qint64 from = known && offset >= 0 && offset <= size ? offset : 0;
            m_row.location = at.toString();
            m_row.transfer.done = from;
            m_sent = from;
            if (!save()) {
                finish({Outcome::Kind::Retry, u"cache_unavailable"_s,
                        transfer_messages::saveFailed(name(), m_context.store->filePath()), -1});
                return;
            }
            if (from == size)
                head(); // every byte is there already: the server says what became of them
            else
                send(from);
            return;
        }
        const QString code = a.code();
        if ((a.status == 413 && (code == u"quota_exceeded" || code == u"too_large")) ||
            (a.status == 403 && (code == u"project_closed" || code == u"invalid_state")) ||
            (a.status == 404) || (a.status == 429 && code == u"too_many_uploads") ||
            a.status == 422) {
            refused(a.status == 404 ? u"not_found"_s : code, a.error);
            return;
        }
        otherwise(a);
    });
}

void TusUpload::head()
{
    const QUrl url = m_context.onServer(m_row.location);
    if (!url.isValid()) {
        startOver();
        return;
    }
    track(m_context.network->head(tusRequest(url)), [this](QNetworkReply *reply) {
        const HttpAnswer a = HttpAnswer::of(reply);
        if (a.status == 200) {
            const QByteArray state = a.header("ETW-Upload-State");
            if (state == "complete") {
                const qint64 materialId = a.header("ETW-Material-Id").toLongLong();
                if (materialId > 0)
                    completed(materialId);
                else // asking again would get the same answer
                    fail(u"bad_reply"_s,
                         transfer_messages::unexpected(name(), a.status, u"ETW-Material-Id"_s));
                return;
            }
            bool ok = false;
            const qint64 offset = a.header("Upload-Offset").toLongLong(&ok);
            if (state == "completing" || (ok && offset == m_row.transfer.size)) {
                // Every byte is there and the server is checking the file: ask again shortly
                // (a completion cut short is taken over by the server after two minutes).
                if (++m_completingChecks > 150) {
                    finish({Outcome::Kind::Retry, u"completing"_s,
                            transfer_messages::waiting(name(), u"completing"_s), 5000});
                    return;
                }
                QTimer::singleShot(1000, this, [this] {
                    if (!m_stopped)
                        head();
                });
                return;
            }
            if (!ok || offset < 0 || offset > m_row.transfer.size) {
                otherwise(HttpAnswer{});
                return;
            }
            if (offset != m_row.transfer.done) {
                m_row.transfer.done = offset;
                save();
            }
            m_sent = offset;
            Q_EMIT progressed(m_row.transfer.id);
            send(offset);
            return;
        }
        if (a.status == 404) {
            startOver(); // terminated, collected, or another account's
            return;
        }
        if (a.status == 410) {
            const QString code = QString::fromLatin1(a.header("ETW-Upload-Error"));
            if (refusalOfTheFile(code))
                refused(code);
            else
                startOver(); // expired, or its bytes lost on the server
            return;
        }
        otherwise(a);
    });
}

TusUpload::Chunk TusUpload::read(const QString &path, qint64 offset, qint64 length, bool crc32)
{
    Chunk chunk;
    QFile file(path);
    if (length <= 0 || !file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return chunk;
    chunk.bytes = file.read(length);
    if (chunk.bytes.size() != length)
        return {};
    chunk.offset = offset;
    chunk.crc32 = crc32;
    chunk.checksum =
        crc32 ? QByteArray("crc32 " + Digest::of(Digest::Algorithm::Crc32, chunk.bytes).toBase64())
              : QByteArray("sha1 " + Digest::of(Digest::Algorithm::Sha1, chunk.bytes).toBase64());
    return chunk;
}

void TusUpload::send(qint64 offset)
{
    const QUrl url = m_context.onServer(m_row.location);
    const qint64 wanted = std::min(m_context.chunkBytes, m_row.transfer.size - offset);
    Chunk chunk;
    if (m_next.valid() && m_nextOffset == offset)
        chunk = m_next.get();
    m_next = {};
    if (chunk.offset != offset || chunk.bytes.size() != wanted || chunk.crc32 != m_crc32)
        chunk = read(m_file.fileName(), offset, wanted, m_crc32);
    if (chunk.offset != offset) {
        fail(u"local_copy_gone"_s, transfer_messages::localCopyGone(name()));
        return;
    }
    const qint64 length = chunk.bytes.size();
    if (ChunkSender::usableFor(url)) {
        m_sending = offset;
        m_sender->patch(url,
                        {{"Authorization", "Bearer " + m_context.token.toLatin1()},
                         {"Tus-Resumable", tusVersion},
                         {"Content-Type", "application/offset+octet-stream"},
                         {"Upload-Offset", QByteArray::number(offset)},
                         {"Upload-Checksum", chunk.checksum}},
                        chunk.bytes, [this, offset, length](const HttpAnswer &a) {
                            m_sending = -1;
                            chunkAnswered(offset, length, a);
                        });
    } else {
        QNetworkRequest r = tusRequest(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArray("application/offset+octet-stream"));
        r.setRawHeader("Upload-Offset", QByteArray::number(offset));
        r.setRawHeader("Upload-Checksum", chunk.checksum);
        QNetworkReply *reply = m_context.network->sendCustomRequest(r, "PATCH", chunk.bytes);
        connect(reply, &QNetworkReply::uploadProgress, this, [this, offset](qint64 sent, qint64) {
            m_sent = offset + sent;
            Q_EMIT progressed(m_row.transfer.id);
        });
        track(reply, [this, offset, length](QNetworkReply *reply) {
            chunkAnswered(offset, length, HttpAnswer::of(reply));
        });
    }
    if (const qint64 next = offset + length; next < m_row.transfer.size) {
        m_nextOffset = next;
        m_next = std::async(std::launch::async, &TusUpload::read, m_file.fileName(), next,
                            std::min(m_context.chunkBytes, m_row.transfer.size - next), m_crc32);
    }
}

void TusUpload::chunkAnswered(qint64 offset, qint64 length, const HttpAnswer &a)
{
    if (m_stopped)
        return;
    if (a.status == 204) {
        bool ok = false;
        const qint64 next = a.header("Upload-Offset").toLongLong(&ok);
        const qint64 materialId = a.header("ETW-Material-Id").toLongLong();
        m_damagedChunks = 0;
        if (materialId > 0) {
            completed(materialId);
            return;
        }
        if (!ok || next <= offset || next > m_row.transfer.size) {
            head();
            return;
        }
        m_row.transfer.done = next;
        m_row.attempts = 0; // progress: the next failure starts the backoff again
        m_sent = next;
        if (next == m_row.transfer.size) {
            save();
            head(); // all there, but no material named: the server says what it became
            return;
        }
        send(next);
        // The next chunk is on its way first. The offset in the cache is for the list only (a
        // resume asks the server's): written once a second, not after every chunk, since each
        // commit waits for the disk.
        if (!m_saved.isValid() || m_saved.elapsed() >= 1000) {
            save();
            m_saved.start();
        }
        Q_EMIT progressed(m_row.transfer.id);
        return;
    }
    const QString code = a.code();
    if (a.status == 409) {
        if (code == u"upload_complete" && a.header("ETW-Material-Id").toLongLong() > 0)
            completed(a.header("ETW-Material-Id").toLongLong());
        else
            head(); // an earlier chunk landed after all: the server says where it stands
        return;
    }
    if (a.status == 400 && code == u"checksum_algorithm_unsupported" && m_crc32) {
        qCInfo(lcTus) << "the server does not take crc32 chunk checksums: sending sha1";
        m_crc32 = false;
        send(offset);
        return;
    }
    if (a.status == 460 && ++m_damagedChunks <= 3) {
        qCInfo(lcTus) << "chunk at" << offset << "arrived damaged; sent again";
        send(offset);
        return;
    }
    if (a.status == 413 && code == u"payload_too_large" && length > 256 * 1024) {
        // A server (or a proxy before it) taking less than 8 MiB at once.
        m_context.chunkBytes = std::max<qint64>(256 * 1024, length / 2);
        send(offset);
        return;
    }
    if (a.status == 413 && code == u"exceeds_length") {
        head();
        return;
    }
    if (a.status == 404 || a.status == 410 || (a.status == 422 && code == u"upload_lost")) {
        startOver();
        return;
    }
    if (a.status == 422 || (a.status == 403 && code == u"project_closed")) {
        refused(code, a.error);
        return;
    }
    otherwise(a);
}

void TusUpload::startOver()
{
    if (++m_startedOver > 3) {
        finish({Outcome::Kind::Retry, u"upload_lost"_s,
                transfer_messages::waiting(name(), u"upload_lost"_s), -1});
        return;
    }
    qCInfo(lcTus) << "upload" << m_row.location << "is gone on the server: starting over";
    m_row.location.clear();
    m_row.transfer.done = 0;
    m_sent = 0;
    save();
    Q_EMIT progressed(m_row.transfer.id);
    create();
}

void TusUpload::completed(qint64 materialId)
{
    if (materialId <= 0) {
        head();
        return;
    }
    m_row.transfer.materialId = materialId;
    m_row.transfer.done = m_row.transfer.size;
    m_sent = m_row.transfer.size;
    done();
}

void TusUpload::refused(const QString &code, const QJsonObject &error)
{
    QString local;
    if (code == u"type_not_allowed" || code == u"too_large") {
        const auto type = material_type::detect(m_file);
        local = material_type::refusal(name(), type, m_row.transfer.size);
    }
    fail(code, transfer_messages::uploadRefused(name(), code, error, local));
}

} // namespace etw
