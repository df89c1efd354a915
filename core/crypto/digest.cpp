// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/digest.h"

#include <QFile>
#include <QtEndian>

#include <openssl/evp.h>
#include <zlib.h>

namespace etw {

struct Digest::Context
{
    EVP_MD_CTX *md = nullptr; // none for CRC-32
    uLong crc = 0;
    bool ok = false;
    ~Context() { EVP_MD_CTX_free(md); }
};

Digest::Digest(Algorithm algorithm)
    : m_context(std::make_unique<Context>())
{
    if (algorithm == Algorithm::Crc32) {
        m_context->crc = crc32_z(0, nullptr, 0);
        m_context->ok = true;
        return;
    }
    m_context->md = EVP_MD_CTX_new();
    m_context->ok =
        m_context->md &&
        EVP_DigestInit_ex(m_context->md, algorithm == Algorithm::Sha1 ? EVP_sha1() : EVP_sha256(),
                          nullptr) == 1;
}

Digest::~Digest() = default;

void Digest::add(QByteArrayView bytes)
{
    if (!m_context->md) {
        m_context->crc = crc32_z(m_context->crc, reinterpret_cast<const Bytef *>(bytes.data()),
                                 z_size_t(bytes.size()));
        return;
    }
    m_context->ok =
        m_context->ok && EVP_DigestUpdate(m_context->md, bytes.data(), size_t(bytes.size())) == 1;
}

QByteArray Digest::result()
{
    if (!m_context->md) {
        if (!m_context->ok)
            return {};
        m_context->ok = false;
        QByteArray digest(4, Qt::Uninitialized);
        qToBigEndian(quint32(m_context->crc), digest.data());
        return digest;
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!m_context->ok ||
        EVP_DigestFinal_ex(m_context->md, reinterpret_cast<unsigned char *>(digest.data()),
                           &length) != 1)
        return {};
    m_context->ok = false;
    digest.truncate(length);
    return digest;
}

QByteArray Digest::of(Algorithm algorithm, QByteArrayView bytes)
{
    Digest digest(algorithm);
    digest.add(bytes);
    return digest.result();
}

QString Digest::sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Digest hash(Algorithm::Sha256);
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

} // namespace etw
