// SPDX-License-Identifier: GPL-3.0-or-later
// Everything that belongs to one signed-in account: its cache, its sync, its search.
#pragma once

#include "domain/account.h"
#include "domain/profile.h"
#include "store/me_store.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace etw {

class LocalStore;
class SearchService;
class SyncController;

class AccountSession : public QObject
{
    Q_OBJECT
public:
    AccountSession(QUrl server, Account account, QObject *parent = nullptr);
    // cacheFile empty: the account's default file under the user's app data.
    AccountSession(QUrl server, Account account, const QString &cacheFile, QObject *parent);
    ~AccountSession() override;

    // Opens (creating or repairing) the cache, then starts the sync and search threads.
    Result<int> open();
    void setToken(const QString &token);
    const QString &token() const { return m_token; }

    const Account &account() const { return m_account; }
    const QUrl &server() const { return m_server; }
    LocalStore &store() { return *m_store; }
    SearchService *search() { return m_search; }
    SyncController *sync() { return m_sync; }

    std::optional<TeacherProfile> myProfile();
    // Saves at once on this PC, queues for the server, and asks sync to push it.
    Result<TeacherProfile> editProfile(const QJsonObject &patch);
    QList<me_store::Issue> issues();
    int waitingEdits(); // edits saved here and not yet taken by the server
    void dismissIssue(qint64 issueId);

private:
    QUrl m_server;
    Account m_account;
    QString m_token;
    std::unique_ptr<LocalStore> m_store;
    SearchService *m_search = nullptr;
    SyncController *m_sync = nullptr;
};

} // namespace etw
