// SPDX-License-Identifier: GPL-3.0-or-later
// gzip for large answers (Qt's qCompress writes zlib format, which HTTP clients do not take).
#pragma once

#include <QByteArray>

namespace etw::server {
QByteArray gzipCompress(const QByteArray &data, int level = 6);
}
