// SPDX-License-Identifier: GPL-3.0-or-later
// Runs sync on its own thread: pushes the outbox, pulls each scope page by page, retries. What
// each scope and kind of data does with its pages and answers is theirs (store/kinds); the jobs
// are in sync_push.cpp, sync_pull.cpp, snapshot_download.cpp and directory_check.cpp.
#pragma once

#include "store/kinds/entity_kind.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "sync/sync_status.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <atomic>

class QJsonObject;
class QSqlDatabase;

namespace etw {

class ApiClient;
class LocalStore;

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(LocalStore &store, QUrl server, qint64 accountId);
    ~SyncEngine() override;

    // Safe from any thread: the engine stops at its next step and makes no new request.
    void requestStop();

    // A round of mutations stays well inside the server's default body limit (1 MiB).
    static constexpr int maxRoundMutations = 50;
    static constexpr qint64 maxRoundBytes = 512 * 1024;
    // An edit refused as too large on its own is handed to the user from this size only.
    static constexpr qint64 minTooLargeBytes = 16 * 1024;
    // … or once it was refused so this many times.
    static constexpr int smallTooLargeTries = 3;
    static constexpr int periodicMs = 60 * 1000;
    static constexpr int maxBackoffMs = 5 * 60 * 1000;

public Q_SLOTS:
    void start(); // on the sync thread, once
    void setToken(const QString &token);
    void syncNow();
    // syncNow() for request number `request` (SyncStatus::request says when it was served).
    void requestSync(quint64 request);
    // Checks the directory file (at most once a minute); a damaged one is replaced by an empty
    // one and pulled again, by pages.
    void checkDirectory();

Q_SIGNALS:
    void statusChanged(const etw::SyncStatus &status);
    void directoryChanged();
    void profileChanged();
    void projectsChanged();   // projects, drafts or invitations
    void twinSpaceChanged();  // pages, their revisions (and, later, materials)
    void reviewChanged();     // a national service's queues, notes, templates, setting
    void statisticsChanged(); // the territory's statistics
    void tokenRejected();

private:
    // Held: the push was not made, since the server asked to be sent nothing before a time (a
    // 429 with Retry-After); the round goes on with its pull.
    enum class Outcome { Done, Held, Transient, SignIn, Failed, Stopped };
    Outcome push();
    Outcome pull();
    Outcome pullScope(const QString &scope, qint64 target, const QString &epoch,
                      const QJsonObject &snapshot);
    // Downloads the directory snapshot the server offers and puts it in place of the directory.
    Outcome fetchSnapshot(const QJsonObject &snapshot, const QString &epoch, qint64 target);
    static bool snapshotUsable(const QJsonObject &snapshot, const QString &epoch);
    // Whether the directory file reads back whole, its text index included (slow: only after
    // pages were refused).
    static bool directoryIsSound(QSqlDatabase &db);
    bool replaceDirectoryIfDamaged(QSqlDatabase &db);
    void checkDirectoryAtStart();
    // The window's signals for what changed.
    void announce(const QSet<EntityKind::Topic> &topics);
    // Moves a queued edit to the user's list of issues (in the caller's transaction).
    static bool settleAsIssue(QSqlDatabase &db, const outbox::Entry &entry, const QString &kind,
                              const QJsonObject &details);
    // Also notes the server's Retry-After of a transient failure: no round is retried before.
    Outcome outcomeOf(const struct ApiReply &reply);
    // Pushes wait until the server's Retry-After has passed (rounds may still pull meanwhile).
    void holdPushes(int secs);
    bool pushesHeld() const { return !m_pushHold.hasExpired(); }
    // When a wait of `secs` the server asked for ends here.
    static QDeadlineTimer serverWait(int secs);
    // The status's message while edits wait for the server's word, in the UI language.
    static QString askedToWaitMessage();
    void rebaseOnServer();
    void publish(SyncStatus::State state, const QString &message = {});
    void scheduleRetry();
    // Starts the retry timer; the status shows that time when it is the server's wait.
    void startRetry(int ms, bool serverAsked);

    LocalStore &m_store;
    QUrl m_server;
    qint64 m_accountId;
    QString m_token;
    ApiClient *m_api = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_periodic = nullptr;
    int m_failures = 0;
    // Set from the server's Retry-After: no push before m_pushHold (on a push's 429 or 503), no
    // retried round before m_retryFloor (any transient answer). Expired when it asked nothing.
    QDeadlineTimer m_pushHold{Qt::PreciseTimer};
    QDeadlineTimer m_retryFloor{Qt::PreciseTimer};
    bool m_running = false;
    bool m_again = false;
    bool m_rebaseNeeded = false;
    QSet<QString> m_awaitingRebase;     // mutation ids refused for their base version
    QSet<QString> m_rebased;            // ... and put on the server's version since
    QHash<QString, int> m_refusedAlone; // mutation id → times a small edit alone got a 413
    bool m_snapshotRefused = false;     // one was refused: this session pulls pages
    int m_directoryFailures = 0;        // directory pages refused in a row
    QElapsedTimer m_lastCheck;          // of checkDirectory()
    bool m_checkAfterRound = false;     // asked during a round
    std::atomic_bool m_stop{false};
    quint64 m_latestRequest = 0;
    SyncStatus m_status;
};

} // namespace etw
