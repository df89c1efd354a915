// SPDX-License-Identifier: GPL-3.0-or-later
// Notices a database restored from an older backup, so that clients pull again from zero.
#pragma once

#include <QString>

namespace etw::server {

class Database;

// The highest change number the database has committed is also kept in a small file beside
// the data, outside the database. A database whose counter is below it was restored from a
// backup: the change numbers clients hold may now name other changes, so the server takes a
// new epoch (clients re-pull, keeping their unsent edits) and never hands those numbers out
// again. Only committed numbers are written, so a rolled-back write cannot fake a restore.
class FeedWatermark
{
public:
    FeedWatermark(QString file, Database &database);

    // At start, before serving: rotates the epoch when the database went back in time.
    // Returns true when it did.
    bool checkForRestore();
    // Writes the file when the committed counter moved since the last call.
    void flush();

private:
    qint64 committedCounter();

    QString m_file;
    Database &m_database;
    qint64 m_written = -1;
};

} // namespace etw::server
