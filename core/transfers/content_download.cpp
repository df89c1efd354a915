// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/content_download.h"

#include "store/local_store.h"
#include "transfers/content_sink.h"
#include "transfers/material_files.h"
#include "transfers/transfer_messages.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <filesystem>
#include <system_error>

Q_LOGGING_CATEGORY(lcDownload, "etw.transfers.download", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// At most this much waits in Qt's buffer for this thread, so that the socket is read no faster
// than the disk takes it. Not less: each time the buffer is full Qt's HTTP thread waits for
// this one, and at 16 MiB that halved the download's rate on loopback.
constexpr qint64 readBuffer = 64 << 20;
} // namespace

ContentDownload::ContentDownload(TransferContext &context, transfer_store::Row row, QObject *parent)
    : TransferJob(context, std::move(row), parent)
{}

ContentDownload::~ContentDownload() = default;

void ContentDownload::start()
{
    const Transfer &t = m_row.transfer;
    MaterialFiles &files = *m_context.files;
    if (!MaterialFiles::isSha256(t.sha256) || t.materialId <= 0) {
        fail(u"bad_material"_s, transfer_messages::downloadGone(name()));
        return;
    }
    QSqlDatabase db = m_context.store->connection();
    if (files.has(db, t.sha256)) { // another transfer brought it meanwhile
        m_row.transfer.done = t.size;
        done();
        return;
    }
    if (!files.makeFolderFor(t.sha256)) {
        fail(u"save_failed"_s, transfer_messages::saveFailed(name(), files.folder()));
        return;
    }
    if (QFileInfo(files.path(t.sha256)).size() == t.size && t.size > 0) {
        // Put in place before a kill took its row: checked, and taken as it is.
        m_partial.setFileName(files.path(t.sha256));
        if (!hashExisting(t.size))
            return;
        if (m_sink->hex() == t.sha256) {
            CacheTransaction tx(db);
            if (tx.isActive() &&
                MaterialFiles::record(db, t.sha256, t.size, QDateTime::currentMSecsSinceEpoch()) &&
                tx.commit()) {
                m_row.transfer.done = t.size;
                done();
                return;
            }
        }
        m_sink.reset();
        QFile::remove(files.path(t.sha256));
    }
    m_partial.setFileName(files.partialPath(t.sha256));
    const QFileInfo partial(m_partial.fileName());
    qint64 have = partial.exists() ? partial.size() : 0;
    if (t.size > 0 && have > t.size) {
        QFile::remove(m_partial.fileName());
        have = 0;
    }
    m_row.transfer.done = have;
    if (t.size > 0 && have == t.size) {
        // Every byte arrived before the program stopped: only the check is left.
        if (!hashExisting(have))
            return;
        check();
        return;
    }
    request(have);
}

bool ContentDownload::hashExisting(qint64 from)
{
    m_sink = std::make_unique<ContentSink>();
    QFile existing(m_partial.fileName());
    if (!existing.open(QIODevice::ReadOnly)) {
        fail(u"save_failed"_s, transfer_messages::saveFailed(name(), existing.errorString()));
        return false;
    }
    for (qint64 left = from; left > 0;) {
        const QByteArray piece = existing.read(std::min<qint64>(4 << 20, left));
        if (piece.isEmpty()) {
            fail(u"save_failed"_s, transfer_messages::saveFailed(name(), existing.errorString()));
            return false;
        }
        m_sink->hash(piece);
        left -= piece.size();
    }
    return true;
}

void ContentDownload::request(qint64 from)
{
    const Transfer &t = m_row.transfer;
    m_from = from;
    m_writing = false;
    m_answerSeen = false;
    m_writeError.clear();
    QNetworkRequest r = m_context.request(
        u"/api/v1/projects/%1/materials/%2/content"_s.arg(t.projectId).arg(t.materialId));
    // The bytes as stored: a range of an encoded body would be a range of something else.
    r.setRawHeader("Accept-Encoding", "identity");
    if (from > 0) {
        r.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-');
        // The piece here is of this content; another one would send the whole file.
        r.setRawHeader("If-Range", '"' + t.sha256.toLatin1() + '"');
    }
    QNetworkReply *reply = m_context.network->get(r);
    reply->setReadBufferSize(readBuffer);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { arrived(reply); });
    track(reply, [this](QNetworkReply *reply) { replyEnded(reply); });
}

void ContentDownload::arrived(QNetworkReply *reply)
{
    if (m_stopped)
        return;
    if (!m_answerSeen) {
        m_answerSeen = true;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        static const QRegularExpression range(uR"(^bytes (\d+)-(\d+)/(\d+)$)"_s);
        const auto m =
            range.match(QString::fromLatin1(reply->rawHeader("Content-Range").trimmed()));
        if (status == 206 && m.hasMatch() && m.captured(1).toLongLong() == m_from) {
            if (!m_sink && !hashExisting(m_from)) {
                reply->abort();
                return;
            }
            if (!m_partial.open(QIODevice::WriteOnly | QIODevice::Append)) {
                m_writeError = m_partial.errorString();
                reply->abort();
                return;
            }
            m_sink->writeTo(&m_partial);
            m_writing = true;
            m_row.transfer.size = m.captured(3).toLongLong();
        } else if (status == 200) {
            // The whole content (a first download, or a piece of something else): from 0.
            m_sink = std::make_unique<ContentSink>();
            m_from = 0;
            if (!m_partial.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                m_writeError = m_partial.errorString();
                reply->abort();
                return;
            }
            m_sink->writeTo(&m_partial);
            m_writing = true;
            m_row.transfer.done = 0;
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > 0)
                m_row.transfer.size = length;
        } else {
            return; // an error's body, read when it ends
        }
    }
    if (!m_writing)
        return;
    const QByteArray bytes = reply->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_sink->add(bytes)) {
        m_sink->drain();
        m_writeError = m_partial.errorString();
        reply->abort();
        return;
    }
    m_row.transfer.done += bytes.size();
    Q_EMIT progressed(m_row.transfer.id);
}

void ContentDownload::replyEnded(QNetworkReply *reply)
{
    if (!m_answerSeen || m_writing)
        arrived(reply); // what is left in the buffer
    // The partial file is this thread's again, with every byte that came.
    if (m_writing && m_sink && !m_sink->drain() && m_writeError.isEmpty())
        m_writeError = m_partial.errorString();
    if (m_stopped)
        return;
    const bool wasWriting = m_writing;
    if (m_partial.isOpen())
        m_partial.flush();
    if (!m_writeError.isEmpty()) {
        m_partial.close();
        fail(u"save_failed"_s, transfer_messages::saveFailed(name(), m_writeError));
        return;
    }
    const HttpAnswer a = HttpAnswer::of(reply);
    if (wasWriting && a.status != 0 && m_row.transfer.done >= m_row.transfer.size) {
        check();
        return;
    }
    m_partial.close();
    if (wasWriting) {
        // Cut on its way: the partial file keeps what came, the next try asks for the rest.
        m_sink.reset();
        save();
        otherwise(a.status == 0 ? a : HttpAnswer{});
        return;
    }
    if (a.status == 416 && m_rangeRefusals++ == 0) {
        QFile::remove(m_partial.fileName());
        m_sink.reset();
        m_row.transfer.done = 0;
        request(0);
        return;
    }
    if (a.status == 404) {
        fail(u"not_found"_s, transfer_messages::downloadGone(name()));
        return;
    }
    otherwise(a);
}

void ContentDownload::check()
{
    const Transfer &t = m_row.transfer;
    const QString sha256 = m_sink ? m_sink->hex() : QString();
    m_sink.reset();
    if (sha256 != t.sha256) {
        m_partial.close();
        QFile::remove(m_partial.fileName());
        m_row.transfer.done = 0;
        ++m_row.damaged;
        save();
        qCWarning(lcDownload) << "download of" << t.sha256 << "arrived as" << sha256;
        if (m_row.damaged >= 2) {
            fail(u"damaged"_s, transfer_messages::downloadDamaged(name()));
            return;
        }
        request(0);
        return;
    }
    if (!m_partial.isOpen() && !m_partial.open(QIODevice::ReadWrite)) {
        fail(u"save_failed"_s, transfer_messages::saveFailed(name(), m_partial.errorString()));
        return;
    }
    // On the disk, then in place, then recorded: a kill anywhere leaves a partial file to check
    // again, or a copy the next start finds (or sweeps) — never a row without its bytes.
    const bool synced = MaterialFiles::sync(m_partial);
    m_partial.close();
    std::error_code error;
    if (synced)
        std::filesystem::rename(
            std::filesystem::path(m_partial.fileName().toStdU16String()),
            std::filesystem::path(m_context.files->path(t.sha256).toStdU16String()), error);
    if (!synced || error) {
        fail(u"save_failed"_s,
             transfer_messages::saveFailed(name(), synced ? QString::fromLocal8Bit(error.message())
                                                          : m_partial.errorString()));
        return;
    }
    QSqlDatabase db = m_context.store->connection();
    CacheTransaction tx(db);
    if (!tx.isActive() ||
        !MaterialFiles::record(db, t.sha256, t.size, QDateTime::currentMSecsSinceEpoch()) ||
        !tx.commit()) {
        fail(u"save_failed"_s, transfer_messages::saveFailed(name(), m_context.store->filePath()));
        return;
    }
    done();
}

} // namespace etw
