// SPDX-License-Identifier: GPL-3.0-or-later
// Decompresses a zstd stream as it arrives, writing what it decodes to a device.
#pragma once

#include <QByteArray>
#include <QString>

#include <limits>

class QIODevice;
struct ZSTD_DCtx_s;

namespace etw {

class ZstdDecoder
{
public:
    ZstdDecoder();
    ~ZstdDecoder();
    ZstdDecoder(const ZstdDecoder &) = delete;
    ZstdDecoder &operator=(const ZstdDecoder &) = delete;

    // Decoding stops with an error past this many bytes out (a small download may decode to a
    // huge file).
    void setLimit(qint64 bytes) { m_limit = bytes; }
    // Decodes a chunk into `out`; false (see error()) on damaged data or a failed write.
    bool write(const QByteArray &chunk, QIODevice &out);
    // Whether the stream ended on a whole frame (checksum verified): a cut download does not.
    bool complete() const { return m_complete; }
    QString error() const { return m_error; }

private:
    ::ZSTD_DCtx_s *m_stream = nullptr;
    QByteArray m_buffer;
    qint64 m_limit = std::numeric_limits<qint64>::max();
    qint64 m_written = 0;
    bool m_complete = false;
    QString m_error;
};

} // namespace etw
