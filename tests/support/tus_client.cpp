// SPDX-License-Identifier: GPL-3.0-or-later
#include "tus_client.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QtEndian>

#include <zlib.h>

namespace etw::test {

using namespace Qt::StringLiterals;

QByteArray TusClient::checksumOf(const QByteArray &algorithm, const QByteArray &chunk)
{
    if (algorithm == "crc32") {
        // Worked out here with zlib directly: the bytes' order is the protocol's, not the server's.
        QByteArray digest(4, Qt::Uninitialized);
        qToBigEndian(quint32(crc32_z(0, reinterpret_cast<const Bytef *>(chunk.constData()),
                                     z_size_t(chunk.size()))),
                     digest.data());
        return digest;
    }
    return QCryptographicHash::hash(chunk, algorithm == "sha1" ? QCryptographicHash::Sha1
                                                               : QCryptographicHash::Sha256);
}

QByteArray TusClient::metadata(const QString &filename, qint64 projectId, const QByteArray &sha256,
                               const QString &folder)
{
    QByteArray out = "filename " + filename.toUtf8().toBase64() + ",projectId " +
                     QByteArray::number(projectId).toBase64() + ",sha256 " + sha256.toBase64();
    if (!folder.isEmpty())
        out += ",folder " + folder.toUtf8().toBase64();
    return out;
}

QByteArray TusClient::sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QList<QPair<QByteArray, QByteArray>> TusClient::tusHeaders() const
{
    return {{"Tus-Resumable", "1.0.0"}};
}

HttpResult TusClient::options()
{
    return m_http.request("OPTIONS", u"/api/v1/uploads"_s);
}

HttpResult TusClient::create(qint64 length, const QByteArray &metadata)
{
    auto headers = tusHeaders();
    headers.append({"Upload-Length", QByteArray::number(length)});
    headers.append({"Upload-Metadata", metadata});
    return m_http.request("POST", u"/api/v1/uploads"_s, {}, headers);
}

QString TusClient::location(const HttpResult &created)
{
    return QString::fromLatin1(created.header("Location"));
}

HttpResult TusClient::head(const QString &location)
{
    return m_http.request("HEAD", location, {}, tusHeaders());
}

qint64 TusClient::offset(const QString &location)
{
    const HttpResult r = head(location);
    return r.status == 200 ? r.header("Upload-Offset").toLongLong() : -1;
}

HttpResult TusClient::patch(const QString &location, qint64 offset, const QByteArray &chunk,
                            const QByteArray &checksum,
                            const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    auto headers = tusHeaders();
    headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/offset+octet-stream")));
    headers.append({"Upload-Offset", QByteArray::number(offset)});
    if (!checksum.isEmpty())
        headers.append(
            {"Upload-Checksum", checksum + ' ' + checksumOf(checksum, chunk).toBase64()});
    headers += extraHeaders;
    return m_http.request("PATCH", location, chunk, headers);
}

HttpResult TusClient::terminate(const QString &location)
{
    return m_http.request("DELETE", location, {}, tusHeaders());
}

bool TusClient::patchAndCut(const QString &location, qint64 offset, const QByteArray &chunk,
                            qint64 sentBytes)
{
    QTcpSocket socket;
    socket.connectToHost(m_server.host(), quint16(m_server.port()));
    if (!socket.waitForConnected(10000))
        return false;
    const QByteArray head =
        "PATCH " + location.toLatin1() + " HTTP/1.1\r\nHost: " + m_server.authority().toLatin1() +
        "\r\nAuthorization: Bearer " + m_http.token().toLatin1() +
        "\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\n"
        "Upload-Offset: " +
        QByteArray::number(offset) + "\r\nContent-Length: " + QByteArray::number(chunk.size()) +
        "\r\n\r\n";
    socket.write(head);
    socket.write(chunk.left(sentBytes));
    QDeadlineTimer deadline(60000);
    while (socket.bytesToWrite() > 0 && !deadline.hasExpired())
        if (!socket.waitForBytesWritten(1000) && socket.state() != QAbstractSocket::ConnectedState)
            break;
    const bool written = socket.bytesToWrite() == 0;
    socket.abort(); // a reset, as when a school's network drops
    return written;
}

TusClient::Result TusClient::upload(const QString &location, const QByteArray &data,
                                    qint64 chunkSize,
                                    const std::function<bool(qint64, qint64)> &beforeChunk,
                                    int retries)
{
    Result result;
    qint64 at = offset(location);
    while (at >= 0 && at < data.size()) {
        const qint64 length = std::min<qint64>(chunkSize, data.size() - at);
        if (beforeChunk && !beforeChunk(at, length)) {
            at = offset(location);
            continue;
        }
        result.last = patch(location, at, data.mid(at, length), m_checksum);
        result.bodyBytes += length;
        ++result.patches;
        if (result.last.status == 204) {
            at = result.last.header("Upload-Offset").toLongLong();
            if (at == data.size())
                result.materialId = result.last.header("ETW-Material-Id").toLongLong();
            continue;
        }
        // Another offset than expected (an earlier chunk landed after all), or no answer: the
        // server's offset says where to go on from.
        if ((result.last.status == 409 || result.last.status == 0) && retries-- > 0) {
            at = offset(location);
            continue;
        }
        return result;
    }
    // The last answer lost, or a 409 for a chunk that had landed: HEAD names the material.
    if (at == data.size() && result.materialId == 0)
        result.materialId = head(location).header("ETW-Material-Id").toLongLong();
    return result;
}

} // namespace etw::test
