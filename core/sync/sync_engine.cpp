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
    // Precise: a coarse timer may fire up to 5 % early, before the wait the server asked for.
    m_retry->setTimerType(Qt::PreciseTimer);
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
    if (reply.transient()) {
        if (reply.retryAfterSecs > 0)
            m_retryFloor = std::max(m_retryFloor, serverWait(reply.retryAfterSecs));
        return Outcome::Transient;
    }
    return Outcome::Failed;
}

QDeadlineTimer SyncEngine::serverWait(int secs)
{
    // Spread a little past what the server asked, so that a classroom that met the same 503
    // does not come back in step: an eighth of it, 5 s at most. Drawn once, here: a wait drawn
    // again at each round asked meanwhile (saves, F5) would keep moving its end away.
    const qint64 ms = secs * 1000LL;
    return QDeadlineTimer(
        ms + QRandomGenerator::global()->bounded(int(std::min<qint64>(ms / 8, 5000)) + 1),
        Qt::PreciseTimer);
}

QString SyncEngine::askedToWaitMessage()
{
    return QCoreApplication::translate("etw::SyncEngine",
                                       "The server asked this computer to wait before sending "
                                       "more. What waits is kept here and leaves then; nothing "
                                       "is lost.");
}

void SyncEngine::holdPushes(int secs)
{
    m_pushHold = std::max(m_pushHold, serverWait(secs));
    qCInfo(lcSync) << "the server asked for no push for" << secs << "s";
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
    ++m_status.round;
    if (m_token.isEmpty()) {
        publish(SyncStatus::State::SignInNeeded,
                QCoreApplication::translate("etw::SyncEngine", "Sign in to synchronise."));
        return;
    }
    m_running = true;
    m_retry->stop();
    m_status.done = 0;
    m_status.total = 0;
    m_status.retryAt = {};
    publish(SyncStatus::State::Syncing);

    Outcome outcome = push();
    // Asked to wait before sending more: what the partners wrote still comes in meanwhile.
    bool held = outcome == Outcome::Held;
    if (held)
        outcome = Outcome::Done;
    if (outcome == Outcome::Done)
        outcome = pull();
    if (outcome == Outcome::Done && m_rebaseNeeded)
        rebaseOnServer();
    // Edits made while pulling go out now rather than at the next periodic round.
    QSqlDatabase db = m_store.connection();
    if (outcome == Outcome::Done && outbox::count(db) > 0) {
        const Outcome again = push();
        if (again == Outcome::Held)
            held = true;
        else
            outcome = again;
    }
    m_running = false;

    switch (outcome) {
    case Outcome::Done:
        m_failures = 0; // a wait the server asked for is no failure: the backoff stays short
        m_status.lastSynced = QDateTime::currentDateTime();
        m_periodic->start();
        if (held) {
            // Tried again as soon as the server allows, not before (and not at the next
            // periodic round only); rounds asked meanwhile pull and leave the edits queued.
            startRetry(int(std::max<qint64>(0, m_pushHold.remainingTime())), true);
            publish(SyncStatus::State::AskedToWait, askedToWaitMessage());
        } else {
            publish(SyncStatus::State::UpToDate);
        }
        break;
    case Outcome::Transient:
        m_periodic->stop(); // the backoff decides when to try again
        scheduleRetry();
        publish(SyncStatus::State::Offline, m_status.message);
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
        scheduleRetry();
        publish(SyncStatus::State::Failed, m_status.message);
        break;
    case Outcome::Held: // turned into Done above
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
    int delay = base - base / 8 + jitter;
    // Never before the server's Retry-After (with its spread): it said when it can take
    // requests, or these edits, again.
    QSqlDatabase db = m_store.connection();
    const qint64 asked = std::max<qint64>(
        {0, m_retryFloor.remainingTime(), outbox::count(db) > 0 ? m_pushHold.remainingTime() : 0});
    delay = int(std::max<qint64>(delay, asked));
    startRetry(delay, asked > 0);
}

void SyncEngine::startRetry(int ms, bool serverAsked)
{
    m_retry->start(ms);
    m_status.retryAt = serverAsked ? QDateTime::currentDateTime().addMSecs(ms) : QDateTime();
    qCInfo(lcSync) << "retry in" << ms << "ms" << (serverAsked ? "(the server asked)" : "");
}

} // namespace etw
