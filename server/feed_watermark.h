// SPDX-License-Identifier: GPL-3.0-or-later
// Notices a database restored from an older backup, so that clients pull again from zero.
#pragma once

#include <QString>

#include <atomic>

namespace etw::server {

class Database;

// The highest change number ever handed out is also kept in a small file beside the data,
// outside the database. A database whose counter is below it was restored from a backup:
// the change numbers clients hold may now name other changes, so the server takes a new
// epoch (clients re-pull, keeping their unsent edits) and never hands those numbers out again.
class FeedWatermark
{
public:
    explicit FeedWatermark(QString file);

    // At start, before serving: rotates the epoch when the database went back in time.
    // Returns true when it did.
    bool checkForRestore(Database &database);
    // Called by the change feed for each number handed out (any thread).
    static void noteIssued(qint64 seq);
    // Writes the file if a higher number was handed out since the last call.
    void flush();

private:
    QString m_file;
    qint64 m_written = 0;
    static std::atomic<qint64> s_highest;
};

} // namespace etw::server
