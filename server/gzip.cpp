// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip.h"

#include <zlib.h>

namespace etw::server {

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream stream{};
    // 15 window bits + 16 asks zlib for a gzip header and trailer.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(qsizetype(stream.total_out));
    return out;
}

} // namespace etw::server
