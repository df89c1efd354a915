// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-1 and SHA-256 of materials, with OpenSSL's libcrypto, for the client's transfers and the
// server's uploads alike: Qt 6.4's SHA-256 runs at about 70 MB/s here, libcrypto's at about
// 700 MB/s, and every uploaded byte is hashed twice on each side (its chunk's Upload-Checksum,
// then the whole file's sha256 that names it). CRC-32 (zlib's), for the chunks only: it finds
// what a chunk's transfer damaged at 2.5 times SHA-1's rate, and what it could miss the whole
// file's sha256 still finds.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace etw {

class Digest
{
public:
    enum class Algorithm { Sha1, Sha256, Crc32 };
    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    void add(QByteArrayView bytes);
    // The digest, raw (CRC-32: 4 bytes, most significant first); empty when the library failed.
    // Once only.
    QByteArray result();

    static QByteArray of(Algorithm algorithm, QByteArrayView bytes);
    // The lower-case hex sha256 of a file's content; empty when it cannot be read.
    static QString sha256OfFile(const QString &path);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace etw
