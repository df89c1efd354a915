// SPDX-License-Identifier: GPL-3.0-or-later
// The push job: the outbox's rounds, their answers, and what each kind of data does with them.
#include "sync/sync_engine.h"

#include "domain/validation_messages.h"
#include "net/api_client.h"
#include "store/kinds/scope_kind.h"
#include "store/local_store.h"
#include "store/me_store.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace etw {

using namespace Qt::StringLiterals;

SyncEngine::Outcome SyncEngine::push()
{
    QSqlDatabase db = m_store.connection();
    const QString cacheBusy =
        QCoreApplication::translate("etw::SyncEngine", "The local cache could not be written.");
    // The server asked to be sent nothing before a time: what waits stays queued until then
    // (nothing sent, nothing counted as tried).
    if (pushesHeld())
        return outbox::count(db) > 0 ? Outcome::Held : Outcome::Done;
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
            // user, with everything typed, instead of blocking every edit behind it. A small
            // one refused so is first thought something in between (a proxy's passing limit)
            // and tried again later; refused again and again, it goes to the user too.
            if (outbox::encodedSize(round.first()) < minTooLargeBytes &&
                ++m_refusedAlone[round.first().mutation.id] < smallTooLargeTries) {
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
            m_refusedAlone.remove(round.first().mutation.id);
            if (const EntityKind *kind = kinds::forMutation(round.first().mutation.type))
                announce({kind->topic()});
            publish(SyncStatus::State::Syncing);
            continue;
        }
        const Outcome outcome = outcomeOf(reply);
        if (outcome != Outcome::Done) {
            // Too many at once (429: the forum's rate) or not now (503): the server says when.
            // The whole round waits for that, as sent: what it took already answers from its
            // record then, the rest is taken in the order made.
            const bool askedToWait = outcome == Outcome::Transient && reply.retryAfterSecs > 0 &&
                                     (reply.httpStatus == 429 || reply.httpStatus == 503);
            if (askedToWait)
                holdPushes(reply.retryAfterSecs);
            m_status.message =
                askedToWait && reply.httpStatus == 429 ? askedToWaitMessage() : reply.error.message;
            CacheTransaction tx(db);
            QSqlQuery q(db);
            for (const auto &entry : round)
                LocalStore::run(q, u"UPDATE outbox SET last_error = ? WHERE seq = ?"_s,
                                {m_status.message, entry.seq});
            tx.commit();
            // A 429 is about this account's edits only: the round goes on and pulls.
            return askedToWait && reply.httpStatus == 429 ? Outcome::Held : outcome;
        }
        QSet<EntityKind::Topic> topics;
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
            bool ok = true;
            const Mutation &m = entry.mutation;
            const EntityKind *kind = kinds::forMutation(m.type);
            if (kind)
                topics.insert(kind->topic());
            if (r.status == MutationResult::Status::Applied) {
                ok = (!kind || kind->applied(db, m, r)) && outbox::remove(db, m.id) &&
                     (!outbox::isFieldEdit(m) ||
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
                // A refusal keeps what stands instead (a colleague's decision) to explain it.
                QJsonObject refusal = localized(r.error).toJson();
                if (!r.current.isEmpty())
                    refusal.insert(u"current"_s, r.current);
                ok = settleAsIssue(db, entry, conflict ? u"conflict"_s : u"rejected"_s,
                                   conflict ? r.current : refusal) &&
                     (!conflict || !kind || kind->conflicted(db, m, r));
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
        announce(topics);
        publish(SyncStatus::State::Syncing);
        if (resolved == 0)
            return Outcome::Done; // what is left waits for the pull
    }
}

bool SyncEngine::settleAsIssue(QSqlDatabase &db, const outbox::Entry &entry, const QString &kind,
                               const QJsonObject &details)
{
    // Nothing typed is lost: the edit moves to the list of issues the user sees, and its kind
    // gives back what goes with it (a registration returns to its draft).
    const Mutation &m = entry.mutation;
    const EntityKind *entityKind = kinds::forMutation(m.type);
    return me_store::recordIssue(db, m, kind, details) &&
           (!entityKind || entityKind->refused(db, m)) && outbox::remove(db, m.id);
}

void SyncEngine::rebaseOnServer()
{
    m_rebaseNeeded = false;
    // Rebased now on what the pull brought: from here a refusal is the server's last word.
    m_rebased.unite(m_awaitingRebase);
    m_awaitingRebase.clear();
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    QSet<const EntityKind *> done;
    for (const ScopeKind &scope : kinds::scopes())
        for (const EntityKind *kind : scope.kinds)
            if (!done.contains(kind)) {
                done.insert(kind);
                kind->rebaseOnServer(db, m_accountId);
            }
    tx.commit();
}

void SyncEngine::announce(const QSet<EntityKind::Topic> &topics)
{
    if (topics.contains(EntityKind::Topic::Directory))
        Q_EMIT directoryChanged();
    if (topics.contains(EntityKind::Topic::Profile))
        Q_EMIT profileChanged();
    if (topics.contains(EntityKind::Topic::Projects))
        Q_EMIT projectsChanged();
    if (topics.contains(EntityKind::Topic::TwinSpace))
        Q_EMIT twinSpaceChanged();
    if (topics.contains(EntityKind::Topic::Review))
        Q_EMIT reviewChanged();
    if (topics.contains(EntityKind::Topic::Statistics))
        Q_EMIT statisticsChanged();
}

} // namespace etw
