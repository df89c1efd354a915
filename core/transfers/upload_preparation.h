// SPDX-License-Identifier: GPL-3.0-or-later
// An upload's first step, on a thread of its own: the user's file copied into the local store
// while its sha256 is worked out, so that what is sent can no longer be moved, deleted or
// changed under the upload, and the sender has the material offline afterwards.
#pragma once

#include <QString>

#include <atomic>

namespace etw {

class MaterialFiles;

struct PreparedCopy
{
    QString sha256; // the copy is <store>/<aa>/<sha256>
    qint64 size = 0;
    QString code;    // empty when prepared; "cancelled", "source_gone", "copy_failed",
                     // "type_not_allowed", "too_large"
    QString message; // why not, in the UI language, naming the file
    bool ok() const { return code.isEmpty(); }
};

struct PreparationControl
{
    std::atomic_bool cancel{false};
    std::atomic<qint64> read{0}; // bytes copied so far
};

// Copies `source` to `files`' incoming/<transferId>, synced, checks its type from its bytes
// (material_type), then moves it to its place by sha256 (where an identical copy may already
// be). `name` is the file's name as the messages give it.
PreparedCopy prepareCopy(const QString &source, const QString &name, const MaterialFiles &files,
                         qint64 transferId, PreparationControl &control);

} // namespace etw
