// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-1 and SHA-256 of what the transfers send and receive, with OpenSSL's libcrypto: Qt 6.4's
// SHA-256 runs at about 70 MB/s here, libcrypto's at about 700 MB/s (see server/content_hash.h),
// and an upload hashes every byte twice (the whole file's sha256 that names it, then each chunk's
// Upload-Checksum).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace etw {

class Digest
{
public:
    enum class Algorithm { Sha1, Sha256 };
    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    void add(QByteArrayView bytes);
    // The digest, raw; empty when the library failed. Once only.
    QByteArray result();

    static QByteArray of(Algorithm algorithm, QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace etw
