// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the client together: which account opens, sign-in, keychain, windows, sign-out.
#pragma once

#include "auth/credential_store.h"
#include "settings/app_settings.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace etw {

class AccountSession;
class MainWindow;
class Translations;
struct SignInReply;

class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(Translations *translations, QString serverOverride, QObject *parent = nullptr);
    ~AppController() override;

    // Opens the last account's cache at once (also offline), or asks to sign in.
    void start();
    MainWindow *mainWindow() const { return m_window.get(); }
    AccountSession *session() const { return m_session.get(); }

private:
    void askSignIn();
    void signedIn(const SignInReply &reply, const QUrl &server);
    bool openSession(const QUrl &server, const struct Account &account);
    void signOut(bool removeData);

    Translations *m_translations;
    QString m_serverOverride;
    AppSettings m_settings;
    CredentialStore m_credentials;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<class AccountInstance> m_instance; // after the session: released last
    std::unique_ptr<MainWindow> m_window;
    bool m_signingIn = false;
    bool m_leaving = false; // another start has this account: this one ends
};

} // namespace etw
