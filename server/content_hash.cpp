// SPDX-License-Identifier: GPL-3.0-or-later
#include "content_hash.h"

#include <QFile>

#include <openssl/evp.h>

namespace etw::server {

struct ContentHash::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool ok = false;
    ~Context() { EVP_MD_CTX_free(md); }
};

ContentHash::ContentHash(Algorithm algorithm)
    : m_context(std::make_unique<Context>())
{
    m_context->ok =
        m_context->md &&
        EVP_DigestInit_ex(m_context->md, algorithm == Algorithm::Sha1 ? EVP_sha1() : EVP_sha256(),
                          nullptr) == 1;
}

ContentHash::~ContentHash() = default;

void ContentHash::add(QByteArrayView bytes)
{
    m_context->ok =
        m_context->ok && EVP_DigestUpdate(m_context->md, bytes.data(), size_t(bytes.size())) == 1;
}

QByteArray ContentHash::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!m_context->ok ||
        EVP_DigestFinal_ex(m_context->md, reinterpret_cast<unsigned char *>(digest.data()),
                           &length) != 1)
        return {};
    m_context->ok = false; // finished: a second result() would be of nothing
    digest.truncate(length);
    return digest;
}

QByteArray ContentHash::of(Algorithm algorithm, QByteArrayView bytes)
{
    ContentHash hash(algorithm);
    hash.add(bytes);
    return hash.result();
}

QString ContentHash::sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ContentHash hash(Algorithm::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.add(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace etw::server
