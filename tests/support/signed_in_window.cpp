// SPDX-License-Identifier: GPL-3.0-or-later
#include "signed_in_window.h"

#include "client_sign_in.h"
#include "sync_wait.h"

#include "main_window.h"
#include "session/account_session.h"

#include <QApplication>
#include <QTest>

namespace etw::test {

SignedInWindow::SignedInWindow() = default;
SignedInWindow::SignedInWindow(SignedInWindow &&) noexcept = default;
SignedInWindow &SignedInWindow::operator=(SignedInWindow &&) noexcept = default;
SignedInWindow::~SignedInWindow()
{
    window.reset(); // before the session it shows
}

std::optional<SignedInWindow> openSignedIn(const QUrl &server, const QString &user,
                                           const QString &cacheFile, Translations *translations,
                                           QSize size)
{
    SignedInWindow c;
    const auto in = signInClient(server, user);
    if (!in) {
        qWarning("%s could not sign in", qPrintable(user));
        return std::nullopt;
    }
    c.in = *in;
    c.session = std::make_unique<AccountSession>(server, c.in.account, cacheFile, nullptr);
    if (!c.session->open().ok()) {
        qWarning("%s: the cache did not open", qPrintable(user));
        return std::nullopt;
    }
    c.session->setToken(c.in.token);
    c.window = std::make_unique<MainWindow>(c.session.get(), translations);
    c.window->resize(size);
    c.window->show();
    // The offscreen platform activates no window by itself.
    QApplication::setActiveWindow(c.window.get());
    if (!QTest::qWaitForWindowActive(c.window.get()) || !syncedUpToDate(*c.session->sync())) {
        qWarning("%s: the window did not come up synced", qPrintable(user));
        return std::nullopt;
    }
    return c;
}

} // namespace etw::test
