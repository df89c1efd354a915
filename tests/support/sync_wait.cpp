// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_wait.h"

#include "sync/sync_controller.h"

#include <QDeadlineTimer>
#include <QTest>

namespace etw::test {

namespace {
bool ended(const SyncStatus &s)
{
    return s.state != SyncStatus::State::Syncing && s.state != SyncStatus::State::Idle;
}
} // namespace

SyncStatus syncRound(SyncController &sync, int timeoutMs)
{
    const quint64 request = sync.syncNow();
    QTest::qWaitFor([&] { return sync.status().request >= request && ended(sync.status()); },
                    timeoutMs);
    SyncStatus status = sync.status();
    if (status.request < request)
        status.state = SyncStatus::State::Syncing;
    return status;
}

bool syncedUpToDate(SyncController &sync, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const SyncStatus status = syncRound(sync, int(deadline.remainingTime()));
        if (status.state == SyncStatus::State::UpToDate && status.waitingEdits == 0)
            return true;
        if (status.state == SyncStatus::State::SignInNeeded)
            return false;
    }
    return false;
}

namespace {
template <typename Wanted> bool waitForRound(SyncController &sync, Wanted wanted, int timeoutMs)
{
    const SyncStatus now = sync.status();
    const quint64 from = now.state == SyncStatus::State::Syncing ? now.round : now.round + 1;
    return QTest::qWaitFor(
        [&] {
            const SyncStatus s = sync.status();
            return s.round >= from && ended(s) && wanted(s);
        },
        timeoutMs);
}
} // namespace

bool waitForState(SyncController &sync, SyncStatus::State state, int timeoutMs)
{
    return waitForRound(
        sync, [state](const SyncStatus &s) { return s.state == state; }, timeoutMs);
}

bool waitForUpToDate(SyncController &sync, int timeoutMs)
{
    return waitForRound(
        sync,
        [](const SyncStatus &s) {
            return s.state == SyncStatus::State::UpToDate && s.waitingEdits == 0;
        },
        timeoutMs);
}

} // namespace etw::test
