// SPDX-License-Identifier: GPL-3.0-or-later
// zstd for large files served whole (directory snapshots): smaller than gzip and several times
// faster for the client to decode.
#pragma once

#include <QString>

namespace etw::server {
// Compresses a file into a .zst file (one frame, with its checksum), a block at a time.
bool zstdFile(const QString &source, const QString &target, int level = 9);
} // namespace etw::server
