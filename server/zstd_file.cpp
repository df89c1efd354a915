// SPDX-License-Identifier: GPL-3.0-or-later
#include "zstd_file.h"

#include <QByteArray>
#include <QFile>

#include <zstd.h>

#include <memory>

namespace etw::server {

bool zstdFile(const QString &source, const QString &target, int level)
{
    QFile in(source), out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(),
                                                                       &ZSTD_freeCCtx);
    if (!context)
        return false;
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, level);
    // The client checks it: a damaged file is refused before it is opened.
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setPledgedSrcSize(context.get(), (unsigned long long)in.size());
    QByteArray input(qsizetype(ZSTD_CStreamInSize()), Qt::Uninitialized);
    QByteArray output(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(input.data(), input.size());
        if (n < 0)
            return false;
        const bool last = n < input.size();
        ZSTD_inBuffer i{input.constData(), size_t(n), 0};
        for (;;) {
            ZSTD_outBuffer o{output.data(), size_t(output.size()), 0};
            const size_t left =
                ZSTD_compressStream2(context.get(), &o, &i, last ? ZSTD_e_end : ZSTD_e_continue);
            if (ZSTD_isError(left) || out.write(output.constData(), qint64(o.pos)) != qint64(o.pos))
                return false;
            if (last ? left == 0 : i.pos == i.size)
                break;
        }
        if (last)
            return out.flush();
    }
}

} // namespace etw::server
