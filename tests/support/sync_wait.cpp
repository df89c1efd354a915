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

bool waitForState(SyncController &sync, SyncStatus::State state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return sync.status().state == state; }, timeoutMs);
}

} // namespace etw::test
