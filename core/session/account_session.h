// SPDX-License-Identifier: GPL-3.0-or-later
// Everything that belongs to one signed-in account: its cache, its sync, its search.
#pragma once

#include "domain/account.h"
#include "domain/profile.h"
#include "store/feed.h"
#include "store/me_store.h"
#include "store/outbox.h"
#include "store/project_cache.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace etw {

class LocalStore;
class SearchService;
class SyncController;
class ThumbnailCache;
class TransferController;
class TwinSpace;

class Forum;
class Chat;
class LiveChannel;
class LabelDesk;
class SchoolLabel;
class ReviewDesk;
class TerritoryStatistics;

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
    // A project's updates (what others did in its TwinSpace), newest first; unread ones are
    // those after the updates were last looked at here.
    QList<FeedItem> updates(qint64 projectId);
    int unreadUpdates(qint64 projectId);
    void markUpdatesRead(qint64 projectId, qint64 at);
    // Pages (later materials, forum, chat) of this account's projects; after open().
    TwinSpace *twinSpace() { return m_twinSpace; }
    // The TwinSpaces' forums (discussions, threads, replies); after open().
    Forum *forum() { return m_forum; }
    // The TwinSpaces' chat rooms; after open().
    Chat *chat() { return m_chat; }
    // Quality Labels: a teacher's applications, a correspondent's assessments; after open().
    LabelDesk *labels() { return m_labels; }
    SchoolLabel *schoolLabel() { return m_schoolLabel; }
    // A correspondent's review (queues, decisions, notes); after open(), null for others.
    ReviewDesk *review() { return m_review; }
    // A correspondent's statistics of their territory; after open(), null for others.
    TerritoryStatistics *statistics() { return m_statistics; }
    // The server's live hints (sync pulls as soon as something changed); after open().
    LiveChannel *live() { return m_live; }
    // Uploads and downloads of materials, and their copies on this computer; after open().
    TransferController *transfers() { return m_transfers; }
    // Materials' thumbnails, kept beside the local copies; after open().
    ThumbnailCache *thumbnails() { return m_thumbnails; }

    std::optional<TeacherProfile> myProfile();
    // Saves at once on this PC, queues for the server, and asks sync to push it.
    Result<TeacherProfile> editProfile(const QJsonObject &patch);
    QList<me_store::Issue> issues();
    int waitingEdits(); // edits saved here and not yet taken by the server
    void dismissIssue(qint64 issueId);
    // A conflict settled by the user: the fields of `keep` (theirs, as typed) are queued again
    // on top of the server's version, then the issue goes. An empty `keep` takes the server's
    // values. Field errors when a kept value is no longer valid; the issue stays then.
    Result<bool> resolveConflict(qint64 issueId, const QJsonObject &keep);
    // What a form holds as typed, kept here until it is saved or submitted (never sent).
    bool keepTyped(const QString &form, const QJsonObject &typed);
    std::optional<QJsonObject> typedEarlier(const QString &form);
    bool forgetTyped(const QString &form);
    // What is waiting for the server, oldest first (since when, attempts, last error).
    QList<outbox::Entry> pendingEdits();
    // How its kind of data names a waiting edit (empty: it leaves that to the list).
    QString describe(const Mutation &mutation);

    // Projects (see project_cache). Everything is saved here at once and queued; sync is
    // asked to push it.
    QList<Project> myProjects();
    std::optional<Project> project(qint64 id, bool withWaitingEdits = true);
    QList<project_cache::Invitation> invitations();
    QList<project_cache::Draft> drafts();
    // Keeps the form as typed (valid or not), and the wizard page it is on.
    QString saveDraft(const QString &localId, const QJsonObject &form, int page = 0);
    bool deleteDraft(const QString &localId);
    Result<QString> submitDraft(const QString &localId);
    Result<Project> editProject(qint64 projectId, const QJsonObject &patch);
    Result<QString> invite(qint64 projectId, qint64 accountId, const QString &role);
    Result<QString> answerInvitation(qint64 projectId, bool accept);
    Result<QString> withdrawInvitation(qint64 projectId, qint64 accountId);
    Result<QString> removePartner(qint64 projectId, qint64 accountId);
    Result<QString> closeProject(qint64 projectId);

Q_SIGNALS:
    // Updates were looked at (unread counts changed).
    void updatesRead();

private:
    Result<QString> act(const QString &type, const QString &op, qint64 projectId,
                        const QJsonObject &data);
    // Founders only: said here at once rather than by the server later.
    std::optional<Error> checkFounder(qint64 projectId);

    QUrl m_server;
    Account m_account;
    QString m_token;
    std::unique_ptr<LocalStore> m_store;
    SearchService *m_search = nullptr;
    SyncController *m_sync = nullptr;
    TwinSpace *m_twinSpace = nullptr;
    Forum *m_forum = nullptr;
    LiveChannel *m_live = nullptr;
    Chat *m_chat = nullptr;
    ReviewDesk *m_review = nullptr;
    LabelDesk *m_labels = nullptr;
    SchoolLabel *m_schoolLabel = nullptr;
    TerritoryStatistics *m_statistics = nullptr;
    TransferController *m_transfers = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
};

} // namespace etw
