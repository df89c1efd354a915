// SPDX-License-Identifier: GPL-3.0-or-later
// A demo account's client session on a cache file of the test's own, for tests that take a
// computer offline and back: signed in, synced once, and opened again on the same cache.
#pragma once

#include "net/api_client.h"
#include "session/account_session.h"

#include <memory>
#include <optional>

namespace etw::test {

struct ClientSession
{
    QUrl server;
    QString cacheFile;
    SignInReply in;
    std::unique_ptr<AccountSession> session;

    // Closes the session and opens it again on the same cache, synced once: as after the
    // laptop was shut while offline. Closing stops its retries, so that what a test does
    // elsewhere meanwhile surely happens first.
    bool reopen();
};

// `user` signed in (the demo's password), its session on `<home>/<user>.sqlite`, synced once;
// nullopt when a step failed.
std::optional<ClientSession> openClient(const QUrl &server, const QString &home,
                                        const QString &user);

} // namespace etw::test
