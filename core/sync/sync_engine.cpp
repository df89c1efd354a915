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

void SyncEngine::checkDirectoryAtStart()
{
    // Reading the whole directory file (about a second per GB) is done here, before the first
    // round, not while the window waits to open; search works meanwhile. A damaged file holds
    // only what the server sends: it is made again, empty, and pulled again.
    m_status.checkingDirectory = true;
    publish(SyncStatus::State::Idle);
    QSqlDatabase db = m_store.connection();
    QSqlQuery q(db);
    const bool sound =
        q.exec(u"PRAGMA directory.quick_check"_s) && q.next() && q.value(0).toString() == u"ok";
    q.finish();
    if (!sound && !m_stop) {
        qCWarning(lcSync) << "the directory file failed its check; pulling it again";
        m_store.resetDirectory();
        Q_EMIT directoryChanged();
    }
    m_status.checkingDirectory = false;
    publish(SyncStatus::State::Idle);
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

SyncEngine::Outcome SyncEngine::push()
{
    QSqlDatabase db = m_store.connection();
    const QString cacheBusy =
        QCoreApplication::translate("etw::SyncEngine", "The local cache could not be written.");
    // Halved for this push each time the server finds a round too large.
    qint64 roundBytes = maxRoundBytes;
    for (;;) {
        QList<outbox::Entry> round;
        {
            // Read and marked in one write transaction: an edit merged into an unsent entry
            // is either in this round as sent, or lands after it in an entry of its own.
            CacheTransaction tx(db);
            if (!tx.isActive()) {
                m_status.message = cacheBusy;
                return Outcome::Failed;
            }
            round = outbox::nextRound(db, maxRoundMutations, roundBytes);
            if (round.isEmpty())
                return Outcome::Done;
            if (!outbox::markAttempt(db, round) || !tx.commit()) {
                m_status.message = cacheBusy;
                return Outcome::Failed;
            }
        }
        QJsonArray mutations;
        for (const auto &entry : round)
            mutations.append(entry.mutation.toJson());
        const ApiReply reply =
            m_api->postBlocking(u"/api/v1/mutations"_s, {{u"mutations"_s, mutations}});
        if (reply.httpStatus == 413 && !m_stop) {
            if (round.size() > 1) { // sent again in smaller rounds
                qint64 sent = 0;
                for (const auto &entry : round)
                    sent += outbox::encodedSize(entry);
                roundBytes = std::max<qint64>(1, sent / 2);
                continue;
            }
            // One edit larger than the server takes: no round can carry it, so it goes to the
            // user, with everything typed, instead of blocking every edit behind it. (A small
            // one refused so is something in between: tried again later, not bounced.)
            if (outbox::encodedSize(round.first()) < minTooLargeBytes) {
                m_status.message = reply.error.message;
                return Outcome::Failed;
            }
            const Error tooLarge{
                u"too_large"_s,
                QCoreApplication::translate("etw::SyncEngine",
                                            "This edit is too large for the server (%1 KB): "
                                            "shorten its texts and send it again.")
                    .arg((outbox::encodedSize(round.first()) + 1023) / 1024),
                {}};
            CacheTransaction tx(db);
            if (!tx.isActive() ||
                !settleAsIssue(db, round.first(), u"rejected"_s, tooLarge.toJson()) ||
                !tx.commit()) {
                m_status.message = cacheBusy;
                return Outcome::Failed;
            }
            Q_EMIT projectsChanged();
            Q_EMIT profileChanged();
            publish(SyncStatus::State::Syncing);
            continue;
        }
        const Outcome outcome = outcomeOf(reply);
        if (outcome != Outcome::Done) {
            m_status.message = reply.error.message;
            CacheTransaction tx(db);
            QSqlQuery q(db);
            for (const auto &entry : round)
                LocalStore::run(q, u"UPDATE outbox SET last_error = ? WHERE seq = ?"_s,
                                {reply.error.message, entry.seq});
            tx.commit();
            return outcome;
        }
        bool profile = false, projects = false;
        int answered = 0, resolved = 0;
        const QJsonArray results = reply.body.value(u"results"_s).toArray();
        CacheTransaction tx(db);
        if (!tx.isActive()) {
            m_status.message = cacheBusy;
            return Outcome::Failed; // answers are replayed by id next time
        }
        for (const auto &entry : round) {
            QJsonObject resultJson;
            for (const QJsonValue v : results)
                if (v.toObject().value(u"id"_s).toString() == entry.mutation.id)
                    resultJson = v.toObject();
            const auto result = MutationResult::fromJson(resultJson);
            if (!result) {
                qCWarning(lcSync) << "no readable result for" << entry.mutation.id;
                continue; // stays queued; sent again (idempotent) next round
            }
            const MutationResult &r = result.value();
            ++answered;
            profile = profile || entry.mutation.type == u"profile";
            projects = projects || entry.mutation.type.startsWith(u"project");
            bool ok = true;
            const Mutation &m = entry.mutation;
            const bool fieldEdit = m.op == u"update" && !outbox::actionTypes().contains(m.type);
            if (r.status == MutationResult::Status::Applied) {
                ok = (m.type != u"profile" ||
                      me_store::confirmProfileEdit(db, m.entityId, m.data, r.version)) &&
                     (m.type != u"project" || m.op != u"update" ||
                      project_cache::confirmEdit(db, m.entityId, m.data, r.version)) &&
                     (m.type != u"project" || m.op != u"create" ||
                      project_cache::draftRegistered(db, m.id, r.entityId)) &&
                     outbox::remove(db, m.id) &&
                     (!fieldEdit ||
                      outbox::rebase(db, m.type, m.entityId, m.baseVersion, r.version));
            } else if (r.status == MutationResult::Status::Rejected &&
                       r.error.code == u"bad_base_version" && !m_rebased.contains(m.id)) {
                // The server no longer has the version this edit was made on (it was restored
                // from an older backup): the edit waits, and is put on the server's version
                // after the next pull (rebaseOnServer) and sent again under its id. Refused
                // once more after that, it goes to the user.
                m_awaitingRebase.insert(m.id);
                m_rebaseNeeded = true;
                continue;
            } else {
                const bool conflict = r.status == MutationResult::Status::Conflict;
                ok = settleAsIssue(db, entry, conflict ? u"conflict"_s : u"rejected"_s,
                                   conflict ? r.current : localized(r.error).toJson());
            }
            if (!ok) {
                m_status.message = cacheBusy;
                return Outcome::Failed; // rolled back; replayed by id next time
            }
            ++resolved;
        }
        if (!tx.commit()) {
            m_status.message = cacheBusy;
            return Outcome::Failed;
        }
        if (answered == 0) { // sending the same round again would loop for ever
            m_status.message = QCoreApplication::translate(
                "etw::SyncEngine", "The server did not answer for the edits sent.");
            return Outcome::Failed;
        }
        if (profile)
            Q_EMIT profileChanged();
        if (projects)
            Q_EMIT projectsChanged();
        publish(SyncStatus::State::Syncing);
        if (resolved == 0)
            return Outcome::Done; // what is left waits for the pull
    }
}

bool SyncEngine::settleAsIssue(QSqlDatabase &db, const outbox::Entry &entry, const QString &kind,
                               const QJsonObject &details)
{
    // Nothing typed is lost: the edit moves to the list of issues the user sees, and a
    // registration goes back to its draft.
    const Mutation &m = entry.mutation;
    return me_store::recordIssue(db, m, kind, details) &&
           (m.type != u"project" || m.op != u"create" || project_cache::draftRefused(db, m.id)) &&
           outbox::remove(db, m.id);
}

void SyncEngine::rebaseOnServer()
{
    m_rebaseNeeded = false;
    // Rebased now on what the pull brought: from here a refusal is the server's last word.
    m_rebased.unite(m_awaitingRebase);
    m_awaitingRebase.clear();
    QSqlDatabase db = m_store.connection();
    const auto profile = me_store::serverProfile(db, m_accountId);
    if (!profile) {
        rebaseProjects(db); // a correspondent or pupil has no profile, maybe projects
        return;
    }
    QSqlQuery q(db);
    LocalStore::run(q,
                    u"UPDATE outbox SET base_version = ? WHERE type = 'profile' AND entity_id = ? "
                    u"AND base_version > ?"_s,
                    {profile->version, m_accountId, profile->version});
    rebaseProjects(db);
}

void SyncEngine::rebaseProjects(QSqlDatabase &db)
{
    // Project edits made on a version the server no longer has go on the version it has.
    QSqlQuery q(db);
    QList<qint64> ids;
    if (LocalStore::run(q, u"SELECT DISTINCT entity_id FROM outbox WHERE type = 'project' "
                           u"AND op = 'update'"_s))
        while (q.next())
            ids.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : ids)
        if (const auto server = project_cache::project(db, id, false))
            LocalStore::run(q,
                            u"UPDATE outbox SET base_version = ? WHERE type = 'project' AND "
                            u"op = 'update' AND entity_id = ? AND base_version > ?"_s,
                            {server->version, id, server->version});
}

SyncEngine::Outcome SyncEngine::pull()
{
    // Tell the server where each scope stands here, so that it answers how much is to come.
    QSqlDatabase db = m_store.connection();
    QSqlQuery q(db);
    QUrlQuery cursors;
    if (LocalStore::run(q, u"SELECT scope, cursor FROM main.sync_state UNION ALL "
                           u"SELECT scope, cursor FROM directory.sync_state"_s))
        while (q.next())
            cursors.addQueryItem(q.value(0).toString(), QString::number(q.value(1).toLongLong()));
    q.finish();
    for (const QString &scope : {u"directory"_s, u"me"_s})
        if (!cursors.hasQueryItem(scope))
            cursors.addQueryItem(scope, u"0"_s);
    const ApiReply reply = m_api->getBlocking(u"/api/v1/sync?"_s + cursors.toString());
    const Outcome outcome = outcomeOf(reply);
    if (outcome != Outcome::Done) {
        m_status.message = reply.error.message;
        return outcome;
    }
    // A listing without its scopes (an answer cut short on the way) must not read as "no
    // project any more": that would purge every project here.
    if (!reply.body.value(u"scopes"_s).isArray() || !reply.body.value(u"epoch"_s).isString()) {
        m_status.message = QCoreApplication::translate(
            "etw::SyncEngine", "The server sent a page this program cannot read.");
        return Outcome::Transient;
    }
    const QString epoch = reply.body.value(u"epoch"_s).toString();
    const QJsonArray scopes = reply.body.value(u"scopes"_s).toArray();
    for (const QJsonValue v : scopes) {
        const QJsonObject snapshot = v.toObject().value(u"snapshot"_s).toObject();
        // A first sync that takes the snapshot gets its records, then the pages after it.
        if (v.toObject().value(u"name"_s) == u"directory"_s && snapshotUsable(snapshot, epoch) &&
            cursors.queryItemValue(u"directory"_s) == u"0"_s)
            m_status.total +=
                snapshot.value(u"records"_s).toInteger() + snapshot.value(u"pending"_s).toInteger();
        else
            m_status.total += v.toObject().value(u"pending"_s).toInteger();
    }
    QStringList listed;
    for (const QJsonValue v : scopes) {
        const QString name = v.toObject().value(u"name"_s).toString();
        if (!isKnownScope(name))
            continue; // scopes of later versions
        listed.append(name);
        const Outcome o = pullScope(name, v.toObject().value(u"cursor"_s).toInteger(), epoch,
                                    v.toObject().value(u"snapshot"_s).toObject());
        if (o != Outcome::Done)
            return o;
    }
    // A project this account left (or was removed from): what it held here goes.
    QStringList gone;
    if (LocalStore::run(q, u"SELECT scope FROM main.sync_state"_s))
        while (q.next())
            if (!listed.contains(q.value(0).toString()) && isKnownScope(q.value(0).toString()) &&
                q.value(0).toString().contains(u':'))
                gone.append(q.value(0).toString());
    q.finish();
    for (const QString &scope : gone) {
        CacheTransaction tx(db);
        if (!project_cache::purge(db, scope) ||
            !LocalStore::run(q, u"DELETE FROM main.sync_state WHERE scope = ?"_s, {scope}) ||
            !tx.commit())
            return Outcome::Failed;
        qCInfo(lcSync) << "no longer in" << scope << "; removed here";
        Q_EMIT projectsChanged();
    }
    return Outcome::Done;
}

bool SyncEngine::isKnownScope(const QString &name)
{
    return name == u"directory" || name == u"me" || name.startsWith(u"project:") ||
           name.startsWith(u"review:");
}

CacheTransaction::Lock SyncEngine::lockFor(const QString &scope)
{
    // The directory's pages and cursor are all in its own file: the cache stays free for the
    // UI thread's saves while they are written.
    return scope == u"directory" ? CacheTransaction::Lock::Directory
                                 : CacheTransaction::Lock::Cache;
}

QString SyncEngine::stateTable(const QString &scope)
{
    // The directory's cursor lives in the directory file, with the rows it describes.
    return scope == u"directory" ? u"directory.sync_state"_s : u"main.sync_state"_s;
}

SyncEngine::Outcome SyncEngine::pullScope(const QString &scope, qint64 target, const QString &epoch,
                                          const QJsonObject &snapshot)
{
    QSqlDatabase db = m_store.connection();
    QSqlQuery q(db);
    const QString state = stateTable(scope);
    qint64 cursor = 0;
    QString knownEpoch;
    auto readState = [&] {
        cursor = 0;
        knownEpoch.clear();
        if (LocalStore::run(q, u"SELECT cursor, epoch FROM %1 WHERE scope = ?"_s.arg(state),
                            {scope}) &&
            q.next()) {
            cursor = q.value(0).toLongLong();
            knownEpoch = q.value(1).toString();
        }
        q.finish();
    };
    readState();
    // A new epoch (server reset) or a cursor past the server's latest (restored from an older
    // backup): what this cache holds cannot be trusted to follow on. Pull the scope again
    // from zero; the outbox stays, so no unsent edit is lost.
    if ((!knownEpoch.isEmpty() && knownEpoch != epoch) || cursor > target) {
        qCInfo(lcSync) << "server reset or restored; pulling" << scope << "again";
        CacheTransaction tx(db, lockFor(scope));
        const bool cleared = scope == u"directory" ? directory_store::clear(db)
                             : scope == u"me" ? LocalStore::run(q, u"DELETE FROM me_entities"_s)
                                              : project_cache::purge(db, scope);
        if (!cleared ||
            !LocalStore::run(q, u"DELETE FROM %1 WHERE scope = ?"_s.arg(state), {scope}) ||
            !tx.commit())
            return Outcome::Failed;
        cursor = 0;
        knownEpoch.clear();
    }
    if (cursor >= target && !knownEpoch.isEmpty())
        return Outcome::Done;
    // A first directory sync takes the server's snapshot when it has one in this program's
    // format: one file instead of hundreds of pages. The pages then bring what changed since.
    if (scope == u"directory" && knownEpoch.isEmpty() && cursor == 0 && !m_snapshotRefused &&
        snapshotUsable(snapshot, epoch)) {
        const Outcome o = fetchSnapshot(snapshot, epoch, target);
        if (o == Outcome::SignIn || o == Outcome::Stopped)
            return o;
        db = m_store.connection(); // now with the new file attached
        q = QSqlQuery(db);
        readState();
        if (cursor >= target)
            return Outcome::Done;
    }

    auto pagePath = [&](qint64 since) {
        return u"/api/v1/sync/%1?since=%2&limit=%3"_s.arg(scope).arg(since).arg(pageSize);
    };
    QElapsedTimer waited, applying;
    qint64 waitNs = 0, applyNs = 0;
    auto next = m_api->startGet(pagePath(cursor));
    for (;;) {
        waited.start();
        const ApiReply reply = m_api->await(next);
        waitNs += waited.nsecsElapsed();
        const Outcome outcome = outcomeOf(reply);
        if (outcome != Outcome::Done) {
            m_status.message = reply.error.message;
            return outcome;
        }
        applying.start();
        auto page = SyncPage::fromJson(reply.body);
        if (!page) {
            m_status.message = QCoreApplication::translate(
                "etw::SyncEngine", "The server sent a page this program cannot read.");
            return Outcome::Failed;
        }
        // The next page travels while this one is written (server and client work in parallel).
        if (page.value().more)
            next = m_api->startGet(pagePath(page.value().cursor));
        // The page and the cursor that follows it are stored together or not at all.
        CacheTransaction tx(db, lockFor(scope));
        const bool applied =
            tx.isActive() &&
            (scope == u"directory" ? directory_store::apply(db, page.value().changes)
             : scope == u"me"      ? me_store::apply(db, page.value().changes)
                                   : project_cache::apply(db, scope, page.value().changes) &&
                                    project_cache::forgetArrivedDrafts(db));
        if (!applied ||
            !LocalStore::run(q,
                             u"INSERT OR REPLACE INTO %1 (scope, cursor, epoch, "
                             u"synced_at) VALUES (?, ?, ?, ?)"_s.arg(state),
                             {scope, page.value().cursor, page.value().epoch,
                              QDateTime::currentMSecsSinceEpoch()}) ||
            !tx.commit()) {
            m_status.message = QCoreApplication::translate("etw::SyncEngine",
                                                           "The local cache could not be written.");
            // A damaged directory file (a damaged index, say) refuses every page from now on:
            // it holds only what the server sends, so it is replaced by an empty one and pulled
            // again, by pages. Not for a full disk or a busy file: those pass.
            tx.rollback();
            if (scope == u"directory" && ++m_directoryFailures >= 2) {
                m_directoryFailures = 0; // checked again after two more
                replaceDirectoryIfDamaged(db);
            }
            return Outcome::Failed;
        }
        if (scope == u"directory")
            m_directoryFailures = 0;
        applyNs += applying.nsecsElapsed();
        cursor = page.value().cursor;
        m_status.done += page.value().changes.size();
        if (!page.value().changes.isEmpty()) {
            if (scope == u"directory")
                Q_EMIT directoryChanged();
            else if (scope == u"me")
                Q_EMIT profileChanged(); // also brings invitations
            if (scope != u"directory")
                Q_EMIT projectsChanged();
        }
        publish(SyncStatus::State::Syncing);
        if (!page.value().more) {
            qCDebug(lcSync) << scope << "waited" << waitNs / 1000000 << "ms, applied in"
                            << applyNs / 1000000 << "ms";
            return Outcome::Done;
        }
    }
}

} // namespace etw

namespace etw {

bool SyncEngine::replaceDirectoryIfDamaged(QSqlDatabase &db)
{
    if (directoryIsSound(db))
        return false;
    qCWarning(lcSync) << "the directory file is damaged; pulling it again";
    m_snapshotRefused = true;
    m_store.resetDirectory();
    Q_EMIT directoryChanged();
    return true;
}

void SyncEngine::checkDirectory()
{
    // Never in the middle of a round (this slot can run inside one of its waits): after it.
    if (m_running) {
        m_checkAfterRound = true;
        return;
    }
    if (m_stop || (m_lastCheck.isValid() && m_lastCheck.elapsed() < 60 * 1000))
        return;
    m_lastCheck.start();
    QSqlDatabase db = m_store.connection();
    if (replaceDirectoryIfDamaged(db))
        syncNow();
}

bool SyncEngine::directoryIsSound(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA directory.quick_check"_s) || !q.next() || q.value(0).toString() != u"ok")
        return false;
    q.finish();
    // quick_check does not look inside the text index.
    return q.exec(u"INSERT INTO directory.teacher_fts (teacher_fts) VALUES ('integrity-check')"_s);
}

bool SyncEngine::snapshotUsable(const QJsonObject &snapshot, const QString &epoch)
{
    // Of this program's format, and of the feed the server has now (not of before a reset).
    return !snapshot.isEmpty() &&
           snapshot.value(u"format"_s).toInt() == directory_schema::formatVersion &&
           snapshot.value(u"epoch"_s).toString() == epoch;
}

SyncEngine::Outcome SyncEngine::fetchSnapshot(const QJsonObject &snapshot, const QString &epoch,
                                              qint64 target)
{
    const QString path = m_store.directoryDownloadFile();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Outcome::Failed;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // Never more than the disk can spare (edits must still find room in the cache), and never
    // absurdly large whatever the server says.
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    qint64 limit = qint64(16) << 30;
    if (disk.isValid() && disk.bytesAvailable() > 0)
        limit = std::min(limit, disk.bytesAvailable() - (qint64(256) << 20));
    const qint64 records = snapshot.value(u"records"_s).toInteger();
    const qint64 doneBefore = m_status.done;
    QElapsedTimer timer, shown;
    timer.start();
    shown.start();
    const ApiReply reply = m_api->downloadBlocking(
        u"/api/v1/sync/directory/snapshot"_s, file, limit, [&](qint64 received, qint64 total) {
            if (total <= 0 || shown.elapsed() < 100)
                return;
            shown.restart();
            m_status.done = doneBefore + records * received / total;
            publish(SyncStatus::State::Syncing);
        });
    const bool flushed = file.flush();
    file.close();
    const Outcome outcome = outcomeOf(reply);
    if (outcome != Outcome::Done || !flushed) {
        QFile::remove(path);
        qCInfo(lcSync) << "no directory snapshot:" << reply.error.code << reply.error.message
                       << (flushed ? QString() : file.errorString()) << "; pulling pages instead";
        return flushed ? outcome : Outcome::Failed;
    }
    QString why;
    if (!m_store.installDirectory(path, epoch, target, &why)) {
        qCWarning(lcSync) << "directory snapshot refused:" << why << "; pulling pages instead";
        m_snapshotRefused = true; // not downloaded again by this session
        return Outcome::Failed;
    }
    m_status.done = doneBefore + records;
    // The total counted the pages when the listing was read before a reset of the directory.
    m_status.total =
        std::max(m_status.total, m_status.done + snapshot.value(u"pending"_s).toInteger());
    qCInfo(lcSync) << "directory snapshot of" << records << "records installed in"
                   << timer.elapsed() << "ms";
    Q_EMIT directoryChanged();
    publish(SyncStatus::State::Syncing);
    return Outcome::Done;
}

} // namespace etw
