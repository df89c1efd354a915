// SPDX-License-Identifier: GPL-3.0-or-later
// The pull job: the listing of scopes, their pages, and the scopes no longer listed.
#include "sync/sync_engine.h"

#include "net/api_client.h"
#include "store/kinds/scope_kind.h"
#include "store/local_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace etw {

using namespace Qt::StringLiterals;

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
    for (const ScopeKind &kind : kinds::scopes())
        if (kind.alwaysAsked && !cursors.hasQueryItem(kind.name))
            cursors.addQueryItem(kind.name, u"0"_s);
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
        const QString name = v.toObject().value(u"name"_s).toString();
        const ScopeKind *kind = kinds::scopeFor(name);
        if (kind && kind->inDirectoryFile && snapshotUsable(snapshot, epoch) &&
            cursors.queryItemValue(name) == u"0"_s)
            m_status.total +=
                snapshot.value(u"records"_s).toInteger() + snapshot.value(u"pending"_s).toInteger();
        else
            m_status.total += v.toObject().value(u"pending"_s).toInteger();
    }
    QStringList listed;
    QList<QJsonObject> known;
    for (const QJsonValue v : scopes)
        if (kinds::scopeFor(v.toObject().value(u"name"_s).toString()))
            known.append(v.toObject()); // not scopes of later versions
    std::stable_sort(known.begin(), known.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return kinds::scopeFor(a.value(u"name"_s).toString())->pullOrder <
               kinds::scopeFor(b.value(u"name"_s).toString())->pullOrder;
    });
    for (const QJsonObject &v : std::as_const(known)) {
        const QString name = v.value(u"name"_s).toString();
        listed.append(name);
        const Outcome o = pullScope(name, v.value(u"cursor"_s).toInteger(), epoch,
                                    v.value(u"snapshot"_s).toObject());
        if (o != Outcome::Done)
            return o;
    }
    // A project this account left (or was removed from): what it held here goes.
    QList<std::pair<QString, const ScopeKind *>> gone;
    if (LocalStore::run(q, u"SELECT scope FROM main.sync_state"_s))
        while (q.next()) {
            const QString scope = q.value(0).toString();
            const ScopeKind *kind = kinds::scopeFor(scope);
            if (kind && kind->purgedWhenUnlisted && !listed.contains(scope))
                gone.append({scope, kind});
        }
    q.finish();
    for (const auto &[scope, kind] : gone) {
        CacheTransaction tx(db, kind->lock());
        if (!kind->purge(db, scope) ||
            !LocalStore::run(q, u"DELETE FROM %1 WHERE scope = ?"_s.arg(kind->stateTable()),
                             {scope}) ||
            !tx.commit())
            return Outcome::Failed;
        qCInfo(lcSync) << "no longer in" << scope << "; removed here";
        QSet<EntityKind::Topic> topics;
        for (const EntityKind *entity : kind->kinds)
            topics.insert(entity->topic());
        announce(topics);
    }
    return Outcome::Done;
}

SyncEngine::Outcome SyncEngine::pullScope(const QString &scope, qint64 target, const QString &epoch,
                                          const QJsonObject &snapshot)
{
    const ScopeKind &kind = *kinds::scopeFor(scope);
    QSqlDatabase db = m_store.connection();
    QSqlQuery q(db);
    const QString state = kind.stateTable();
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
        CacheTransaction tx(db, kind.lock());
        if (!kind.purge(db, scope) ||
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
    if (kind.inDirectoryFile && knownEpoch.isEmpty() && cursor == 0 && !m_snapshotRefused &&
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
        return u"/api/v1/sync/%1?since=%2&limit=%3"_s.arg(scope).arg(since).arg(kind.pageSize());
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
        CacheTransaction tx(db, kind.lock());
        const bool applied = tx.isActive() && kind.apply(db, scope, page.value().changes);
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
            if (kind.inDirectoryFile && ++m_directoryFailures >= 2) {
                m_directoryFailures = 0; // checked again after two more
                replaceDirectoryIfDamaged(db);
            }
            return Outcome::Failed;
        }
        if (kind.inDirectoryFile)
            m_directoryFailures = 0;
        applyNs += applying.nsecsElapsed();
        cursor = page.value().cursor;
        m_status.done += page.value().changes.size();
        // More than listed came (a change made during the round): the round grew, "n of m"
        // still ends at m.
        m_status.total = std::max(m_status.total, m_status.done);
        announce(kind.topics(page.value().changes));
        publish(SyncStatus::State::Syncing);
        if (!page.value().more) {
            qCDebug(lcSync) << scope << "waited" << waitNs / 1000000 << "ms, applied in"
                            << applyNs / 1000000 << "ms";
            return Outcome::Done;
        }
    }
}

} // namespace etw
