// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_controller.h"

#include "main_window.h"
#include "net/api_client.h"
#include "session/account_instance.h"
#include "session/account_session.h"
#include "sign_in_dialog.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QScopedValueRollback>

namespace etw {

using namespace Qt::StringLiterals;

AppController::AppController(Translations *translations, QString serverOverride, QObject *parent)
    : QObject(parent)
    , m_translations(translations)
    , m_serverOverride(std::move(serverOverride))
{}

AppController::~AppController()
{
    m_window.reset();
    m_session.reset();
}

void AppController::start()
{
    const QString server = m_serverOverride.isEmpty() ? m_settings.serverUrl() : m_serverOverride;
    const auto account = Account::fromJson(m_settings.lastAccount());
    const QUrl url = ApiClient::normalizedServerUrl(server);
    if (!account || !url.isValid() || !openSession(url, account.value())) {
        if (!m_leaving)
            askSignIn();
        return;
    }
    const QString key = CredentialStore::keyFor(url.toString(), account.value().username);
    // The keychain may answer late (an unlock prompt): only for the session that asked.
    const QPointer<AccountSession> asked = m_session.get();
    m_credentials.load(key, [this, asked](const QString &token) {
        if (!asked || asked != m_session.get())
            return;
        if (token.isEmpty()) {
            m_window->showSignedOut();
            return;
        }
        m_session->setToken(token);
    });
}

void AppController::askSignIn()
{
    if (m_signingIn) // one dialog at a time, however many times sync asks
        return;
    const QScopedValueRollback guard(m_signingIn, true);
    // No parent: signing in as someone else replaces the window, which must not take the
    // dialog down with it; the answer is copied out before that can happen.
    SignInDialog dialog;
    dialog.setServer(m_serverOverride.isEmpty() ? m_settings.serverUrl() : m_serverOverride,
                     m_settings.serverLocked() && m_serverOverride.isEmpty());
    dialog.setUsername(m_session ? m_session->account().username : m_settings.lastUsername());
    if (dialog.exec() != QDialog::Accepted) {
        if (!m_window)
            QApplication::quit();
        return;
    }
    const SignInReply reply = dialog.reply();
    const QUrl server = dialog.server();
    signedIn(reply, server);
}

void AppController::signedIn(const SignInReply &reply, const QUrl &server)
{
    m_settings.setServerUrl(server.toString());
    m_settings.setLastUsername(reply.account.username);
    m_settings.setLastAccount(reply.account.toJson());
    const bool sameAccount =
        m_session && m_session->account().id == reply.account.id && m_session->server() == server;
    if (!sameAccount) {
        m_window.reset();
        m_session.reset();
        m_instance.reset();
        if (!openSession(server, reply.account))
            return;
    }
    m_session->setToken(reply.token);
    m_credentials.save(CredentialStore::keyFor(server.toString(), reply.account.username),
                       reply.token, [this](CredentialStore::Where where, const QString &error) {
                           if (where == CredentialStore::Where::MemoryOnly)
                               QMessageBox::information(
                                   m_window.get(), tr("No keychain"),
                                   tr("This computer has no keychain to keep your session in "
                                      "(%1). You stay signed in until you close eTwinning "
                                      "Desktop; next time you will be asked to sign in again. "
                                      "Nothing secret is written to disk.")
                                       .arg(error));
                       });
}

bool AppController::openSession(const QUrl &server, const Account &account)
{
    // One client per account: a second start brings the first window forward and ends.
    auto instance =
        std::make_unique<AccountInstance>(LocalStore::pathFor(server.toString(), account.username));
    switch (instance->acquire()) {
    case AccountInstance::Outcome::Acquired:
        break;
    case AccountInstance::Outcome::RaisedOther:
        m_leaving = true;
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return false;
    case AccountInstance::Outcome::HeldElsewhere:
        QMessageBox::critical(nullptr, tr("Already open"),
                              tr("eTwinning Desktop is already open for this account, in a "
                                 "program that does not answer (%1). Close it, then start "
                                 "again.")
                                  .arg(instance->holder()));
        return false;
    }
    auto session = std::make_unique<AccountSession>(server, account);
    const auto opened = session->open();
    if (!opened) {
        QMessageBox::critical(
            nullptr, tr("Cannot open your data"),
            tr("Your data on this computer cannot be opened: %1").arg(opened.error().message));
        return false;
    }
    if (!session->store().setAsideFile().isEmpty())
        QMessageBox::warning(nullptr, tr("Your local copy was damaged"),
                             tr("The copy of your data on this computer was damaged. It was set "
                                "aside (%1) and a new copy is being downloaded from the server. "
                                "Recovered from it: %2 edits not yet sent (they will be sent), "
                                "%3 registration drafts and %4 edits needing your attention.")
                                 .arg(session->store().setAsideFile())
                                 .arg(session->store().recoveredEdits())
                                 .arg(session->store().recoveredDrafts())
                                 .arg(session->store().recoveredIssues()));
    m_session = std::move(session);
    m_instance = std::move(instance);
    m_window = std::make_unique<MainWindow>(m_session.get(), m_translations);
    connect(m_instance.get(), &AccountInstance::raiseRequested, m_window.get(), [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    // Queued: both may replace the window, which must not be deleted inside its own signal.
    connect(m_window.get(), &MainWindow::signInRequested, this, &AppController::askSignIn,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut,
            Qt::QueuedConnection);
    connect(m_session->sync(), &SyncController::tokenRejected, this, &AppController::askSignIn,
            Qt::QueuedConnection);
    m_window->show();
    return true;
}

void AppController::signOut(bool removeData)
{
    if (!m_session)
        return;
    const QUrl server = m_session->server();
    const Account account = m_session->account();
    const QString cacheFile = m_session->store().filePath();
    // Best effort: the server forgets the token this run holds; the keychain entry goes now
    // (not after a read, which a quick sign-in again could overtake).
    const QString token = m_session->token();
    m_credentials.remove(CredentialStore::keyFor(server.toString(), account.username));
    if (!token.isEmpty()) {
        auto *api = new ApiClient(this);
        api->setServer(server);
        api->setToken(token);
        api->remove(u"/api/v1/session"_s, [api](const ApiReply &) { api->deleteLater(); });
    }
    m_settings.setLastAccount({});
    m_window.reset();
    m_session.reset();
    m_instance.reset();
    if (removeData)
        LocalStore::removeFiles(cacheFile); // with its directory and damaged copies
    askSignIn();
}

} // namespace etw
