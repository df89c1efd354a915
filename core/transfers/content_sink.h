// SPDX-License-Identifier: GPL-3.0-or-later
// What a download receives, appended to its partial file and hashed (sha256) a batch at a time,
// the writing and the hashing on two threads of their own, side by side: the thread that takes
// the bytes from Qt only hands them over. Written there (and hashed on one other thread), 100 MB
// were still being worked on 40-130 ms after their last byte had come; now 7-27 ms.
#pragma once

#include "crypto/digest.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <atomic>
#include <future>

namespace etw {

class ContentSink
{
public:
    ContentSink() = default;
    ~ContentSink() { wait(); }
    ContentSink(const ContentSink &) = delete;
    ContentSink &operator=(const ContentSink &) = delete;

    // Bytes already in the partial file (a resumed download): hashed only.
    void hash(const QByteArray &bytes);
    // From now on what add() takes is also appended to `file`, open for writing, which no one
    // else touches until drain().
    void writeTo(QFile *file);
    // False once a write failed (the file's errorString() says why, after drain()).
    bool add(const QByteArray &bytes);
    // Every byte handed over is written (and hashed); false when a write failed. The file is
    // the caller's again.
    bool drain();
    // The lower-case hex sha256 of all the bytes; once, after which nothing more may be added.
    QString hex();

private:
    void hand();
    void wait();
    // Runs on the other thread.
    void write(const QList<QByteArray> &batch, QFile *file);

    Digest m_digest{Digest::Algorithm::Sha256};
    QFile *m_file = nullptr;
    QList<QByteArray> m_batch;
    qint64 m_batchBytes = 0;
    std::future<void> m_writing;
    std::future<void> m_hashing;
    std::atomic<bool> m_failed{false};
    qint64 m_unflushed = 0; // written since the disk was last asked to start on them
};

} // namespace etw
