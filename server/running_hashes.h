// SPDX-License-Identifier: GPL-3.0-or-later
// The sha256 of each upload so far, kept in memory as its chunks arrive: at completion the
// whole file need not be read again to name it (100 MB is 0.15 s of hashing at best).
#pragma once

#include "crypto/digest.h"

#include <QHashFunctions>
#include <QMutex>
#include <QString>

#include <memory>
#include <unordered_map>

namespace etw::server {

// Only ever a shortcut: an upload whose hash is not here (this instance restarted, another
// instance took a chunk, a chunk failed) is hashed from its file at completion instead. A hash
// is kept with the offset it covers, and given back only for a chunk at exactly that offset.
class RunningHashes
{
public:
    // The hash of the bytes before `offset`, taken out (a new one at offset 0); nullptr when
    // there is none that far.
    std::unique_ptr<Digest> take(const QString &uploadId, qint64 offset);
    // Kept again once the chunk it now covers is acknowledged.
    void put(const QString &uploadId, qint64 offset, std::unique_ptr<Digest> hash);
    void drop(const QString &uploadId);

    // Beyond this many uploads in progress on one instance, the oldest are hashed at the end.
    static constexpr int capacity = 4096;

private:
    struct Entry
    {
        qint64 offset = 0;
        qint64 order = 0;
        std::unique_ptr<Digest> hash;
    };
    struct KeyHash
    {
        size_t operator()(const QString &key) const { return qHash(key); }
    };
    QMutex m_lock;
    std::unordered_map<QString, Entry, KeyHash> m_entries;
    qint64 m_next = 0;
};

} // namespace etw::server
