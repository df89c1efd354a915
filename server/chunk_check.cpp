// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunk_check.h"

namespace etw::server {

ChunkCheck::ChunkCheck(const QByteArray &bytes, const std::optional<tus::Checksum> &checksum,
                       Digest *running)
{
    if (running)
        m_running = std::async(std::launch::async, [&bytes, running] { running->add(bytes); });
    if (checksum)
        m_checksum = std::async(std::launch::async, [&bytes, c = *checksum] {
            return Digest::of(c.algorithm, bytes) == c.digest;
        });
}

bool ChunkCheck::matches()
{
    if (m_running.valid())
        m_running.get();
    return !m_checksum.valid() || m_checksum.get();
}

} // namespace etw::server
