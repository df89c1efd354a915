// SPDX-License-Identifier: GPL-3.0-or-later
#include "running_hashes.h"

#include <algorithm>

namespace etw::server {

std::unique_ptr<Digest> RunningHashes::take(const QString &uploadId, qint64 offset)
{
    QMutexLocker lock(&m_lock);
    const auto it = m_entries.find(uploadId);
    std::unique_ptr<Digest> hash;
    if (it != m_entries.end()) {
        if (it->second.offset == offset)
            hash = std::move(it->second.hash);
        m_entries.erase(it);
    }
    if (!hash && offset == 0)
        hash = std::make_unique<Digest>(Digest::Algorithm::Sha256);
    return hash;
}

void RunningHashes::put(const QString &uploadId, qint64 offset, std::unique_ptr<Digest> hash)
{
    QMutexLocker lock(&m_lock);
    if (m_entries.size() >= capacity && !m_entries.count(uploadId))
        m_entries.erase(
            std::min_element(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) {
                return a.second.order < b.second.order;
            }));
    m_entries[uploadId] = Entry{offset, ++m_next, std::move(hash)};
}

void RunningHashes::drop(const QString &uploadId)
{
    QMutexLocker lock(&m_lock);
    m_entries.erase(uploadId);
}

} // namespace etw::server
