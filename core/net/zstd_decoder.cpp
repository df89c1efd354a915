// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/zstd_decoder.h"

#include <QIODevice>

#include <zstd.h>

namespace etw {

ZstdDecoder::ZstdDecoder()
    : m_stream(ZSTD_createDStream())
    , m_buffer(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized)
{
    if (!m_stream)
        m_error = QStringLiteral("out of memory");
}

ZstdDecoder::~ZstdDecoder()
{
    ZSTD_freeDStream(m_stream);
}

bool ZstdDecoder::write(const QByteArray &chunk, QIODevice &out)
{
    if (!m_stream || !m_error.isEmpty())
        return false;
    ZSTD_inBuffer in{chunk.constData(), size_t(chunk.size()), 0};
    while (in.pos < in.size) {
        ZSTD_outBuffer o{m_buffer.data(), size_t(m_buffer.size()), 0};
        const size_t rc = ZSTD_decompressStream(m_stream, &o, &in);
        if (ZSTD_isError(rc)) {
            m_error = QString::fromLatin1(ZSTD_getErrorName(rc));
            return false;
        }
        m_written += qint64(o.pos);
        if (m_written > m_limit) {
            m_error = QStringLiteral("too large");
            return false;
        }
        if (o.pos > 0 && out.write(m_buffer.constData(), qint64(o.pos)) != qint64(o.pos)) {
            m_error = out.errorString();
            return false;
        }
        // 0: a frame ended and everything it held was written out.
        m_complete = rc == 0;
    }
    return true;
}

} // namespace etw
