// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting for sync in tests: on the round a test asked for, never on a fixed time or on a
// status left over from an earlier round.
#pragma once

#include "sync/sync_status.h"

namespace etw {
class SyncController;
}

namespace etw::test {

// Asks for a round and waits until a round that serves this request has ended; returns the
// status it ended with (state Syncing when the time ran out).
SyncStatus syncRound(SyncController &sync, int timeoutMs = 60000);
// Rounds until one ends up to date with nothing left to send (rounds that end offline or
// failed are asked again, as the retry timer would).
bool syncedUpToDate(SyncController &sync, int timeoutMs = 60000);
// Waits, without asking for one, until a round ends in `state`: the round running now or a
// later one (the retry or the periodic timer's), never the status an earlier round left.
bool waitForState(SyncController &sync, SyncStatus::State state, int timeoutMs = 60000);
// The same, until a round ends up to date with nothing left to send.
bool waitForUpToDate(SyncController &sync, int timeoutMs = 60000);

} // namespace etw::test
