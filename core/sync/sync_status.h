// SPDX-License-Identifier: GPL-3.0-or-later
// What the status bar says about sync.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace etw {

struct SyncStatus
{
    // AskedToWait: the round pulled, but the server asked for no more edits before retryAt (a
    // 429 with Retry-After): what waits stays queued and leaves then.
    enum class State { Idle, Syncing, UpToDate, AskedToWait, Offline, SignInNeeded, Failed };
    State state = State::Idle;
    qint64 done = 0;  // syncing: changes applied so far in this run
    qint64 total = 0; // syncing: changes this run expects (0 when unknown)
    int waitingEdits = 0;
    int issues = 0;                 // edits refused or in conflict, waiting for the user
    bool checkingDirectory = false; // reading the directory file whole, after start
    QDateTime lastSynced;
    QString message; // the last error, in the UI language
    // When the server asked to be left alone until (Retry-After of a 429 or a 503): nothing is
    // sent before. Null when it asked nothing.
    QDateTime retryAt;
    // The newest SyncController::syncNow() request this round serves: a caller knows that
    // the round it asked for has ended when a status with this number or more is not Syncing.
    quint64 request = 0;
    // Counts the rounds this engine started (one whose token was missing included): a status
    // with a higher number than one seen before is from a later round, never a left-over.
    quint64 round = 0;
};

} // namespace etw

Q_DECLARE_METATYPE(etw::SyncStatus)
