// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/content_sink.h"

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace etw {

namespace {
// Handed to the other threads at a time: while they work on one batch the next one fills.
constexpr qint64 batchBytes = 4 << 20;
// After this many bytes written the disk is asked to start writing them out (without waiting
// for it): the sync before the copy is used then finds little left to do (under 10 ms for
// 100 MB here, instead of 50).
constexpr qint64 writeBehindBytes = 8 << 20;
} // namespace

void ContentSink::hash(const QByteArray &bytes)
{
    wait();
    m_digest.add(bytes);
}

void ContentSink::writeTo(QFile *file)
{
    wait();
    m_file = file;
    m_unflushed = 0;
}

bool ContentSink::add(const QByteArray &bytes)
{
    if (m_failed)
        return false;
    m_batch.append(bytes);
    m_batchBytes += bytes.size();
    if (m_batchBytes >= batchBytes)
        hand();
    return !m_failed;
}

bool ContentSink::drain()
{
    hand();
    wait();
    m_file = nullptr;
    return !m_failed;
}

QString ContentSink::hex()
{
    drain();
    return QString::fromLatin1(m_digest.result().toHex());
}

void ContentSink::hand()
{
    wait();
    if (m_batch.isEmpty())
        return;
    if (m_file)
        m_writing = std::async(std::launch::async,
                               [this, batch = m_batch, file = m_file] { write(batch, file); });
    m_hashing = std::async(std::launch::async, [this, batch = std::move(m_batch)] {
        for (const QByteArray &bytes : batch)
            m_digest.add(bytes);
    });
    m_batch = {};
    m_batchBytes = 0;
}

void ContentSink::wait()
{
    if (m_writing.valid())
        m_writing.get();
    if (m_hashing.valid())
        m_hashing.get();
}

void ContentSink::write(const QList<QByteArray> &batch, QFile *file)
{
    for (const QByteArray &bytes : batch) {
        if (!m_failed && file->write(bytes) != bytes.size())
            m_failed = true;
        m_unflushed += bytes.size();
    }
#ifdef Q_OS_LINUX
    if (!m_failed && m_unflushed >= writeBehindBytes && file->flush()) {
        // Only a hint, for the whole file (what is on its way already is left alone): the sync
        // that makes the bytes durable still comes before the copy is used.
        ::sync_file_range(file->handle(), 0, 0, SYNC_FILE_RANGE_WRITE);
        m_unflushed = 0;
    }
#endif
}

} // namespace etw
