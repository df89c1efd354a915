// SPDX-License-Identifier: GPL-3.0-or-later
// A tus 1.0 client for tests and benchmarks: each request as sent, chunks cut off mid-way on a
// raw socket, and a whole upload that resumes from HEAD's offset after any failure.
#pragma once

#include "http.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QUrl>

#include <functional>

namespace etw::test {

class TusClient
{
public:
    TusClient(Http &http, QUrl server)
        : m_http(http)
        , m_server(std::move(server))
    {}

    // The Upload-Checksum algorithm upload() sends with each chunk: "sha256" (the default),
    // "sha1", or "" for none.
    void setChecksum(const QByteArray &algorithm) { m_checksum = algorithm; }

    // The Upload-Metadata value for a material of `projectId`.
    static QByteArray metadata(const QString &filename, qint64 projectId, const QByteArray &sha256,
                               const QString &folder = {});
    static QByteArray sha256Hex(const QByteArray &bytes);

    HttpResult options();
    // POST: the new upload's path is in Location (location()).
    HttpResult create(qint64 length, const QByteArray &metadata);
    static QString location(const HttpResult &created);
    HttpResult head(const QString &location);
    // The raw digest of a chunk for Upload-Checksum: "sha1", "sha256" or "crc32" (4 bytes, most
    // significant first).
    static QByteArray checksumOf(const QByteArray &algorithm, const QByteArray &chunk);
    // PATCH of one chunk; `checksum`: "sha1", "sha256", "crc32" (computed here) or "" (none).
    HttpResult patch(const QString &location, qint64 offset, const QByteArray &chunk,
                     const QByteArray &checksum = "sha256",
                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult terminate(const QString &location);
    // The server's offset from HEAD, -1 when HEAD fails.
    qint64 offset(const QString &location);

    // The same PATCH on a socket of its own, dropped after `sentBytes` of the body (a network
    // cut mid-chunk); with sentBytes == chunk.size(), dropped before the answer is read (the
    // answer lost). Returns once the bytes are in the kernel's hands and the socket is gone.
    bool patchAndCut(const QString &location, qint64 offset, const QByteArray &chunk,
                     qint64 sentBytes);

    struct Result
    {
        HttpResult last;       // the final PATCH's answer (or the failure that ended it)
        qint64 materialId = 0; // from ETW-Material-Id
        qint64 bodyBytes = 0;  // chunk bytes sent, re-sent ones included
        int patches = 0;
    };
    // Sends `data` from HEAD's offset in chunks of `chunkSize`, going on from HEAD's offset after
    // a 409 or a failed request (at most `retries` times). `beforeChunk` (when given) runs
    // before each chunk with its offset; returning false sends nothing then (the hook has
    // done what it wanted, a cut for instance) and the loop resumes from HEAD's offset.
    Result upload(const QString &location, const QByteArray &data, qint64 chunkSize,
                  const std::function<bool(qint64 offset, qint64 length)> &beforeChunk = {},
                  int retries = 20);

private:
    QList<QPair<QByteArray, QByteArray>> tusHeaders() const;

    Http &m_http;
    QUrl m_server;
    QByteArray m_checksum = "sha256";
};

} // namespace etw::test
