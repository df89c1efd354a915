// SPDX-License-Identifier: GPL-3.0-or-later
// Signing a demo account in through the client's own ApiClient, for tests of the client.
#pragma once

#include "net/api_client.h"

#include <optional>

namespace etw::test {

// Blocks (running the event loop) until the server answers; nullopt when it refused or the
// time ran out. The password is the demo's.
std::optional<SignInReply> signInClient(const QUrl &server, const QString &user,
                                        int timeoutMs = 30000);
// The same with the account's own password (one a test created).
std::optional<SignInReply> signInClientWith(const QUrl &server, const QString &user,
                                            const QString &password, int timeoutMs = 30000);

} // namespace etw::test
