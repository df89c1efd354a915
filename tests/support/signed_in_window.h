// SPDX-License-Identifier: GPL-3.0-or-later
// A demo account's client for a screen's test: signed in on the real server, its session on a
// cache file of the test's own, its main window shown, active and synced once.
#pragma once

#include "net/api_client.h"

#include <QSize>

#include <memory>
#include <optional>

namespace etw {
class AccountSession;
class MainWindow;
class Translations;
} // namespace etw

namespace etw::test {

struct SignedInWindow
{
    SignInReply in;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<MainWindow> window;

    SignedInWindow();
    SignedInWindow(SignedInWindow &&) noexcept;
    SignedInWindow &operator=(SignedInWindow &&) noexcept;
    ~SignedInWindow();
};

// nullopt (with a warning saying which step) when signing in, opening or the sync failed.
std::optional<SignedInWindow> openSignedIn(const QUrl &server, const QString &user,
                                           const QString &cacheFile, Translations *translations,
                                           QSize size = {1280, 800});

} // namespace etw::test
