// SPDX-License-Identifier: GPL-3.0-or-later
// gzip for large answers (Qt's qCompress writes zlib format, which HTTP clients do not take).
#pragma once

#include <QByteArray>
#include <QString>

namespace etw::server {
QByteArray gzipCompress(const QByteArray &data, int level = 6);
// Compresses a file into a .gz file, a block at a time (files larger than memory welcome).
bool gzipFile(const QString &source, const QString &target, int level = 6);
} // namespace etw::server
