// SPDX-License-Identifier: GPL-3.0-or-later
// One file on its way to or from a TwinSpace, as the transfers list and the status bar show it.
#pragma once

#include <QMetaType>
#include <QString>

namespace etw {

struct Transfer
{
    enum class Direction { Upload, Download };
    // Preparing: an upload's file is being read (its sha256, its copy kept on this computer).
    // Waiting: queued, or waiting for the network or the server to come back (retried alone).
    // Failed: stopped for a reason retrying as such will not fix (the user can still retry).
    enum class State { Preparing, Waiting, Running, Paused, Failed, Done, Cancelled };

    qint64 id = 0;
    Direction direction = Direction::Upload;
    State state = State::Waiting;
    qint64 projectId = 0;
    qint64 materialId = 0; // a download's material; an upload's once the server made it
    QString name;          // the material's name (an upload: the file's name)
    QString folder;        // the TwinSpace folder an upload goes to
    QString sha256;        // known once an upload is prepared; a download's from its material
    qint64 size = -1;      // bytes; -1 while unknown
    qint64 done = 0;       // bytes the other side acknowledged (upload) or written (download)
    qint64 sent = 0;       // an upload's bytes sent, the chunk on its way included (≥ done)
    QString errorCode;     // the API's code ("quota_exceeded"…) or a local one; empty if none
    QString error;         // the reason, in the UI language, naming the file
    qint64 updatedAt = 0;  // ms since the epoch

    bool finished() const { return state == State::Done || state == State::Cancelled; }
};

} // namespace etw

Q_DECLARE_METATYPE(etw::Transfer)
