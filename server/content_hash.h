// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-1 and SHA-256 of uploads, with OpenSSL's libcrypto: Qt 6.4's SHA-256 runs at about
// 70 MB/s here, libcrypto's at about 700 MB/s, and every uploaded byte is hashed twice (its
// chunk's Upload-Checksum, then the whole file's sha256 that names it).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace etw::server {

class ContentHash
{
public:
    enum class Algorithm { Sha1, Sha256 };
    explicit ContentHash(Algorithm algorithm);
    ~ContentHash();

    void add(QByteArrayView bytes);
    // The digest, raw; empty when the library failed.
    QByteArray result();

    static QByteArray of(Algorithm algorithm, QByteArrayView bytes);
    // The lower-case hex sha256 of a file's content; empty when it cannot be read.
    static QString sha256OfFile(const QString &path);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace etw::server
