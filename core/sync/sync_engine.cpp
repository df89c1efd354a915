// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/sync_engine.h"

#include "domain/validation_messages.h"
#include "net/api_client.h"
#include "store/directory_schema.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "store/me_store.h"
#include "store/outbox.h"
#include "store/project_cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "etw.sync", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

SyncEngine::SyncEngine(LocalStore &store, QUrl server, qint64 accountId)
    : m_store(store)
    , m_server(std::move(server))
    , m_accountId(accountId)
{}

SyncEngine::~SyncEngine()
{
    m_store.releaseThreadConnection(); // deleted on the sync thread as it finishes
}

void SyncEngine::requestStop()
{
    m_stop = true;
}

void SyncEngine::start()
{
    m_api = new ApiClient(this);
    m_api->setServer(m_server);
    m_api->setToken(m_token);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_periodic = new QTimer(this);
    m_periodic->setInterval(periodicMs);
    connect(m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    publish(SyncStatus::State::Idle);
    checkDirectoryAtStart();
}

void SyncEngine::setToken(const QString &token)
{
    m_token = token;
    if (m_api)
        m_api->setToken(token);
}

void SyncEngine::publish(SyncStatus::State state, const QString &message)
{
    m_status.state = state;
    m_status.message = message;
    QSqlDatabase db = m_store.connection();
    m_status.waitingEdits = outbox::count(db);
    m_status.issues = me_store::issueCount(db);
    Q_EMIT statusChanged(m_status);
}

SyncEngine::Outcome SyncEngine::outcomeOf(const ApiReply &reply)
{
    if (m_stop)
        return Outcome::Stopped;
    if (reply.ok())
        return Outcome::Done;
    if (reply.httpStatus == 401)
        return Outcome::SignIn;
    if (reply.transient())
        return Outcome::Transient;
    return Outcome::Failed;
}

void SyncEngine::requestSync(quint64 request)
{
    m_latestRequest = std::max(m_latestRequest, request);
    syncNow();
}

void SyncEngine::syncNow()
{
    if (m_stop || !m_api)
        return;
    if (m_running) { // asked again while running: one more round when this one ends
        m_again = true;
        return;
    }
    m_status.request = m_latestRequest;
    if (m_token.isEmpty()) {
        publish(SyncStatus::State::SignInNeeded,
                QCoreApplication::translate("etw::SyncEngine", "Sign in to synchronise."));
        return;
    }
    m_running = true;
    m_retry->stop();
    m_status.done = 0;
    m_status.total = 0;
    publish(SyncStatus::State::Syncing);

    Outcome outcome = push();
    if (outcome == Outcome::Done)
        outcome = pull();
    if (outcome == Outcome::Done && m_rebaseNeeded)
        rebaseOnServer();
    // Edits made while pulling go out now rather than at the next periodic round.
    QSqlDatabase db = m_store.connection();
    if (outcome == Outcome::Done && outbox::count(db) > 0)
        outcome = push();
    m_running = false;

    switch (outcome) {
    case Outcome::Done:
        m_failures = 0;
        m_status.lastSynced = QDateTime::currentDateTime();
        publish(SyncStatus::State::UpToDate);
        m_periodic->start();
        break;
    case Outcome::Transient:
        m_periodic->stop(); // the backoff decides when to try again
        publish(SyncStatus::State::Offline, m_status.message);
        scheduleRetry();
        break;
    case Outcome::SignIn:
        // Nothing more is tried with a token the server refused: once, the user is asked.
        m_periodic->stop();
        m_token.clear();
        m_api->setToken({});
        publish(SyncStatus::State::SignInNeeded,
                QCoreApplication::translate("etw::SyncEngine",
                                            "Your session has ended: sign in again."));
        Q_EMIT tokenRejected();
        break;
    case Outcome::Failed:
        m_periodic->stop();
        publish(SyncStatus::State::Failed, m_status.message);
        scheduleRetry();
        break;
    case Outcome::Stopped:
        return;
    }
    if (m_checkAfterRound) {
        m_checkAfterRound = false;
        QMetaObject::invokeMethod(this, &SyncEngine::checkDirectory, Qt::QueuedConnection);
    }
    // Asked again while it ran: one more round now, also after a failed one when someone asked
    // (a save, "Synchronise now"), rather than only at the end of the retry backoff.
    if (m_again && (outcome == Outcome::Done || m_latestRequest > m_status.request)) {
        m_again = false;
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
    }
}

void SyncEngine::scheduleRetry()
{
    // Exponential backoff with jitter, so that a classroom of PCs does not retry in step.
    const int base = std::min(maxBackoffMs, 1000 << std::min(m_failures, 16));
    ++m_failures;
    const int jitter = int(QRandomGenerator::global()->bounded(base / 4 + 1));
    m_retry->start(base - base / 8 + jitter);
    qCInfo(lcSync) << "retry in" << m_retry->interval() << "ms";
}

} // namespace etw
