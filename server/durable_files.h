// SPDX-License-Identifier: GPL-3.0-or-later
// Writes to disk that must survive a power cut once acknowledged: fsync of files and folders.
#pragma once

#include <QString>

class QFile;

namespace etw::server::durable {

// Waits until what was written to the open file is on the disk (data and size).
bool syncFile(QFile &file);
// Waits until the folder's entries (a file created, renamed or removed in it) are on the disk.
bool syncFolder(const QString &folder);
// rename(2): atomic, replaces `to` if it exists; both must be on the same file system. The
// folder of `to` is synced after it.
bool renameReplacing(const QString &from, const QString &to, QString *why = nullptr);

} // namespace etw::server::durable
