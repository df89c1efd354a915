// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip.h"

#include <QFile>

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

bool gzipFile(const QString &source, const QString &target, int level)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    gzFile out = gzopen(QFile::encodeName(target).constData(), "wb");
    if (!out)
        return false;
    gzsetparams(out, level, Z_DEFAULT_STRATEGY);
    gzbuffer(out, 1 << 17);
    bool ok = true;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(block.data(), block.size());
        if (n < 0) {
            ok = false;
            break;
        }
        if (n == 0)
            break;
        if (gzwrite(out, block.constData(), unsigned(n)) != int(n)) {
            ok = false;
            break;
        }
    }
    return gzclose(out) == Z_OK && ok;
}

} // namespace etw::server
