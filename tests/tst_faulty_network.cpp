// SPDX-License-Identifier: GPL-3.0-or-later
// Two clients (teacher.fr and teacher.it, two AccountSessions) make 300 edits and actions —
// profile edits, registrations that invite each other as founders, answers, project edits,
// partner invitations and their withdrawal — through a proxy that drops connections, cuts
// requests and answers in the middle, delays, and answers 502/503 itself. Then the network
// heals, both sync until up to date, and:
//  - each cache holds what the server holds (read straight from the server over HTTP);
//  - each edit arrived exactly once and in the order made: the server stored one applied
//    result per mutation that left a client, the versions they made are 1, 2, 3… per entity
//    with none twice or missing, the values they carry come in the order typed, and every
//    field ends with the last value typed;
//  - each action exists once (registrations have unique titles; each answer and partner
//    invitation shows in the project as made);
//  - nothing is left in either outbox, and the only issues are those the rules make: a
//    project edit sent on an old version after an action landed in between conflicts with
//    the same teacher's previous edit (sync.md, "Edits and actions"), with what was typed
//    kept; the test settles them as a teacher would, keeping the last value typed.
// The proxy's and the workload's random choices come from one printed seed (ETW_FAULT_SEED
// replays it, as far as thread timing allows).
//
// The binary also runs the proxy on its own for scripts/soak:
//   tst_faulty_network --proxy --listen PORT --upstream URL [--seed N] [--no-faults]
#include "fault_proxy.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "database.h"
#include "session/account_session.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

bool ended(const SyncStatus &s)
{
    return s.state != SyncStatus::State::Syncing && s.state != SyncStatus::State::Idle;
}

// Asks for a round and waits until one that serves the request has ended. Unlike
// sync_wait's syncRound, it asks again when the round that was running when it asked ends
// offline or failed without serving it: the engine runs a request made during a failed round
// only at its next retry, and after a few failures in a row that backoff is tens of seconds —
// the test would wait on the backoff rather than on the network.
SyncStatus askedRound(SyncController &sync, int timeoutMs = 60000)
{
    quint64 request = sync.syncNow();
    int ends = 0;
    SyncStatus last;
    const auto watch =
        QObject::connect(&sync, &SyncController::statusChanged, [&](const SyncStatus &s) {
            if (ended(s)) {
                ++ends;
                last = s;
            }
        });
    QDeadlineTimer deadline(timeoutMs);
    int seen = 0;
    while (!(sync.status().request >= request && ended(sync.status())) && !deadline.hasExpired()) {
        (void)QTest::qWaitFor([&] { return ends > seen; }, int(deadline.remainingTime()));
        if (ends > seen) {
            seen = ends;
            if (last.request < request && last.state != SyncStatus::State::UpToDate)
                request = sync.syncNow();
        }
    }
    QObject::disconnect(watch);
    SyncStatus status = sync.status();
    if (status.request < request)
        status.state = SyncStatus::State::Syncing; // the time ran out
    return status;
}

bool upToDate(SyncController &sync, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const SyncStatus s = askedRound(sync, int(deadline.remainingTime()));
        if (s.state == SyncStatus::State::UpToDate && s.waitingEdits == 0)
            return true;
        if (s.state == SyncStatus::State::SignInNeeded)
            return false;
    }
    return false;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A mutation as it left a client (seen by the proxy).
struct Sent
{
    QString type;
    QString op;
    qint64 entityId = 0;
    qint64 baseVersion = 0;
    QJsonObject data;
};

// What the server holds for one account, read over plain HTTP, not through the proxy.
struct ServerView
{
    QJsonObject profile;
    QMap<qint64, QJsonObject> projects; // the account's project scopes
    QSet<qint64> invitations;           // open ones
};

} // namespace

class TestFaultyNetwork : public QObject
{
    Q_OBJECT

    static constexpr int totalEdits = 300;
    static constexpr int registrationsEach = 8;

    // One teacher's client, and what the test asked of it.
    struct Actor
    {
        QString user;
        qint64 id = 0;
        QString token;
        std::unique_ptr<AccountSession> session;
        QStringList fields; // the project fields only this teacher writes: no true conflicts
        int counter = 0;    // for unique values
        QStringList bios;   // in the order typed
        QHash<qint64, QHash<QString, QStringList>> typed; // project → field → values in order
        QStringList titles;                               // registered
        QHash<qint64, bool> answers;                      // project → accepted
        QSet<QString> queued;     // mutation ids seen in its outbox right after an edit
        QHash<QString, int> made; // what it did, by kind, for the log
        QSet<qint64> held;        // the projects its cache has shown so far
        qint64 profileVersionBefore = 0;
        QList<me_store::Issue> settled; // issues before the test settled them
    };

    TempHome m_home;
    ServerProcess m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    quint32 m_seed = 0;
    Actor m_fr, m_it;
    qint64 m_deId = 0;
    // teacher.de's partner invitation per project: who made it (only that founder invites
    // and withdraws it again, so that the order is one client's) and whether it is open.
    struct PartnerInvite
    {
        Actor *by = nullptr;
        bool open = false;
    };
    QHash<qint64, PartnerInvite> m_partner;

    QMutex m_sentLock;
    QHash<QString, Sent> m_sent; // every mutation id that left a client, and what it was

    bool signIn(Actor &a, const QString &user, const QUrl &via, const QString &cache)
    {
        Http http(m_server.url());
        const HttpResult r = http.signIn(user, u"demo1234"_s);
        const auto account = Account::fromJson(r.json[u"account"_s].toObject());
        if (r.status != 200 || !account)
            return false;
        a.user = user;
        a.id = account.value().id;
        a.token = r.json[u"token"_s].toString();
        a.session = std::make_unique<AccountSession>(
            via, account.value(), m_home.path() + u"/"_s + cache + u".sqlite"_s, nullptr);
        return a.session->open().ok();
    }

    void observe(const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        if (method != "POST" || !path.startsWith("/api/v1/mutations"))
            return;
        QMutexLocker lock(&m_sentLock);
        for (const QJsonValue v : QJsonDocument::fromJson(body)[u"mutations"_s].toArray())
            m_sent.insert(v[u"id"_s].toString(),
                          {v[u"type"_s].toString(), v[u"op"_s].toString(),
                           v[u"entityId"_s].toInteger(), v[u"baseVersion"_s].toInteger(),
                           v[u"data"_s].toObject()});
    }

    // After each edit: the rows now queued, so that a row lost without ever being sent shows.
    static void noteQueued(Actor &a)
    {
        for (const outbox::Entry &e : a.session->pendingEdits())
            a.queued.insert(e.mutation.id);
    }

    static QJsonObject registration(const QString &title, const Actor &invitee)
    {
        return {{u"kind"_s, u"european"_s},
                {u"title"_s, title},
                {u"summary"_s, u"Registered through a bad network."_s},
                {u"subjects"_s, QJsonArray{u"ict"_s}},
                {u"languages"_s, QJsonArray{u"en"_s}},
                {u"ageMin"_s, 12},
                {u"ageMax"_s, 14},
                {u"durationMonths"_s, 6},
                {u"aims"_s, u"Lose nothing."_s},
                {u"invitations"_s, QJsonArray{QJsonObject{{u"accountId"_s, invitee.id},
                                                          {u"role"_s, u"founder"_s},
                                                          {u"displayName"_s, invitee.user}}}}};
    }

    // One edit or action by `a`, chosen at random among those its cache allows now. False
    // when it chose one that is not possible now (nothing was done).
    bool act(Actor &a, Actor &other, QRandomGenerator &random)
    {
        AccountSession &s = *a.session;
        QList<Project> founded;
        for (const Project &p : s.myProjects())
            if (p.isFounder(a.id))
                founded.append(p);
        const int choice = int(random.bounded(100));
        if (choice < 30) { // a profile edit
            const QString bio = u"%1 bio %2"_s.arg(a.user).arg(++a.counter);
            if (!s.editProfile({{u"bio"_s, bio}}))
                return false;
            a.bios.append(bio);
            ++a.made[u"profile edits"_s];
        } else if (choice < 38) { // a registration, inviting the other teacher as founder
            if (a.titles.size() >= registrationsEach)
                return false;
            const QString title = u"Faulty %1 %2"_s.arg(a.user).arg(a.titles.size() + 1);
            const QString draft = s.saveDraft({}, registration(title, other));
            if (draft.isEmpty() || !s.submitDraft(draft))
                return false;
            a.titles.append(title);
            ++a.made[u"registrations"_s];
        } else if (choice < 50) { // an answer to an invitation, mostly yes
            QList<project_cache::Invitation> open;
            for (const auto &i : s.invitations())
                if (!a.answers.contains(i.projectId))
                    open.append(i);
            if (open.isEmpty())
                return false;
            const qint64 id = open.at(random.bounded(int(open.size()))).projectId;
            const bool accept = random.bounded(5) != 0;
            if (!s.answerInvitation(id, accept))
                return false;
            a.answers.insert(id, accept);
            ++a.made[accept ? u"acceptances"_s : u"refusals"_s];
        } else if (choice < 88) { // a project edit, of a field only this teacher writes
            if (founded.isEmpty())
                return false;
            const qint64 id = founded.at(random.bounded(int(founded.size()))).id;
            const QString field = a.fields.at(random.bounded(int(a.fields.size())));
            const QString value = u"%1 %2 %3"_s.arg(a.user, field).arg(++a.counter);
            if (!s.editProject(id, {{field, value}}))
                return false;
            a.typed[id][field].append(value);
            ++a.made[u"project edits"_s];
        } else { // teacher.de invited as a partner, or that invitation withdrawn
            QList<qint64> mine;
            for (const Project &p : founded)
                if (!m_partner.contains(p.id) || m_partner[p.id].by == &a)
                    mine.append(p.id);
            if (mine.isEmpty())
                return false;
            const qint64 id = mine.at(random.bounded(int(mine.size())));
            PartnerInvite &invite = m_partner[id];
            invite.by = &a;
            if (invite.open ? !s.withdrawInvitation(id, m_deId)
                            : !s.invite(id, m_deId, u"partner"_s))
                return false;
            ++a.made[invite.open ? u"withdrawals"_s : u"partner invitations"_s];
            invite.open = !invite.open;
        }
        noteQueued(a);
        return true;
    }

    // A member's project never leaves its cache: nobody is removed in this workload, so a
    // project that was shown and is no longer is one the client purged on a bad answer.
    static QString vanished(Actor &a)
    {
        QSet<qint64> now;
        for (const Project &p : a.session->myProjects())
            now.insert(p.id);
        QStringList gone;
        for (qint64 id : std::as_const(a.held))
            if (!now.contains(id))
                gone.append(QString::number(id));
        a.held.unite(now);
        return gone.isEmpty() ? QString()
                              : u"%1's cache lost projects %2 it is still a member of"_s.arg(
                                    a.user, gone.join(u", "_s));
    }

    // Both up to date, in an order where each pulls after the other's last push.
    bool bothUpToDate()
    {
        return upToDate(*m_fr.session->sync()) && upToDate(*m_it.session->sync()) &&
               upToDate(*m_fr.session->sync());
    }

    ServerView serverView(const Actor &a)
    {
        ServerView view;
        Http http(m_server.url());
        http.setToken(a.token);
        const HttpResult me = http.get(u"/api/v1/sync/me?since=0&limit=2000"_s);
        for (const QJsonValue c : me.json[u"changes"_s].toArray()) {
            if (c[u"type"_s].toString() == u"teacher")
                view.profile = c[u"data"_s].toObject();
            else if (c[u"type"_s].toString() == u"invitation" && !c[u"deleted"_s].toBool())
                view.invitations.insert(c[u"id"_s].toInteger());
        }
        for (const QJsonValue scope : http.get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray()) {
            const QString name = scope[u"name"_s].toString();
            if (!name.startsWith(u"project:"))
                continue;
            const HttpResult r = http.get(u"/api/v1/sync/%1?since=0&limit=2000"_s.arg(name));
            for (const QJsonValue c : r.json[u"changes"_s].toArray())
                if (c[u"type"_s].toString() == u"project")
                    view.projects.insert(c[u"id"_s].toInteger(), c[u"data"_s].toObject());
        }
        return view;
    }

    // id → (account, result) of every mutation the server stored.
    QHash<QString, QPair<qint64, QJsonObject>> storedResults()
    {
        QHash<QString, QPair<qint64, QJsonObject>> out;
        auto settings = server::DatabaseSettings::fromUrl(m_server.databaseUrl());
        if (!settings.ok())
            return out;
        server::DatabaseSettings s = settings.value();
        s.password = qEnvironmentVariable("ETW_DATABASE_PASSWORD");
        server::Database db(s);
        QSqlQuery q(db.connection());
        if (q.exec(u"SELECT id, account_id, result FROM mutations"_s))
            while (q.next())
                out.insert(q.value(0).toString(),
                           {q.value(1).toLongLong(),
                            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
        return out;
    }

    // An issue the rules make: a conflict of a project edit with the same teacher's previous
    // edit of a field (nobody else writes it), what was typed kept in the issue. The other
    // fields of that edit hold, on the server, an earlier value of that teacher's or the one
    // registered.
    QString unexpected(const Actor &a, const me_store::Issue &issue)
    {
        if (issue.kind != u"conflict" || issue.type != u"project")
            return u"%1 issue on %2 %3: %4"_s.arg(issue.kind, issue.type)
                .arg(issue.entityId)
                .arg(compact(issue.error));
        bool withOwnEdit = false;
        for (auto it = issue.data.constBegin(); it != issue.data.constEnd(); ++it) {
            const QStringList &typed = a.typed.value(issue.entityId).value(it.key());
            const qsizetype at = typed.indexOf(it.value().toString());
            if (!a.fields.contains(it.key()) || at < 0)
                return u"a conflict on project %1 carrying %2, never typed by %3"_s
                    .arg(issue.entityId)
                    .arg(compact(issue.data), a.user);
            const QString held = issue.error.value(it.key()).toString();
            const qsizetype heldAt = typed.indexOf(held);
            if (heldAt >= 0 && heldAt < at)
                withOwnEdit = true;
            else if (held != registration({}, a)[it.key()].toString())
                return u"a conflict on project %1 field %2 with '%3', not an earlier edit of %4"_s
                    .arg(issue.entityId)
                    .arg(it.key(), held, a.user);
        }
        return withOwnEdit ? QString()
                           : u"a conflict on project %1 with no earlier edit of %2: %3"_s
                                 .arg(issue.entityId)
                                 .arg(a.user, compact(issue.error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"100"_s}),
                 qPrintable(m_server.lastOutput()));
        bool fromEnv = false;
        m_seed = qEnvironmentVariable("ETW_FAULT_SEED").toUInt(&fromEnv);
        if (!fromEnv)
            m_seed = QRandomGenerator::system()->generate();
        qInfo("seed %u (ETW_FAULT_SEED=%u replays it)", m_seed, m_seed);
        m_proxy = std::make_unique<FaultProxy>(m_server.url(), FaultRates{}, m_seed);
        m_proxy->setObserver([this](const QByteArray &method, const QByteArray &path,
                                    const QByteArray &body) { observe(method, path, body); });
        QVERIFY(m_proxy->start());
        Http http(m_server.url());
        const HttpResult de = http.signIn(u"teacher.de"_s, u"demo1234"_s);
        QCOMPARE(de.status, 200);
        m_deId = de.json[u"account"_s][u"id"_s].toInteger();
        QVERIFY(signIn(m_fr, u"teacher.fr"_s, m_proxy->url(), u"teacher.fr"_s));
        QVERIFY(signIn(m_it, u"teacher.it"_s, m_proxy->url(), u"teacher.it"_s));
        m_fr.fields = {u"summary"_s, u"description"_s};
        m_it.fields = {u"aims"_s, u"workProcess"_s};
        for (Actor *a : {&m_fr, &m_it})
            a->profileVersionBefore = serverView(*a).profile[u"version"_s].toInteger();
    }

    void editsThroughABadNetworkArriveOnceAndInOrder()
    {
        QElapsedTimer timer;
        timer.start();
        QRandomGenerator random(m_seed ^ 0x5eed);
        // The first sync goes through the bad network too.
        m_fr.session->setToken(m_fr.token);
        m_it.session->setToken(m_it.token);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return m_fr.session->myProfile() && m_it.session->myProfile(); }, 60000),
                 "no profile after a minute");

        int done = 0, rounds = 0;
        while (done < totalEdits) {
            const bool fr = random.bounded(2) == 0;
            Actor &a = fr ? m_fr : m_it;
            if (act(a, fr ? m_it : m_fr, random))
                ++done;
            // Sometimes a teacher waits for the sync it asked for (what follows builds on what
            // came back); otherwise the next edit comes while rounds are on their way.
            if (random.bounded(4) == 0) {
                askedRound(*a.session->sync(), 30000);
                ++rounds;
            } else {
                QCoreApplication::processEvents();
            }
            const QString lost = vanished(a);
            QVERIFY2(lost.isEmpty(), qPrintable(lost));
        }
        qInfo("%d edits and actions in %lld ms (%d waited rounds)", done, timer.elapsed(), rounds);
        for (const Actor *a : {&m_fr, &m_it}) {
            QStringList made;
            for (auto it = a->made.constBegin(); it != a->made.constEnd(); ++it)
                made.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
            qInfo("%s: %s", qPrintable(a->user), qPrintable(made.join(u", "_s)));
        }

        // The network heals: everything arrives.
        m_proxy->setFaults(false);
        const FaultCounts faults = m_proxy->counts();
        qInfo("%s", qPrintable(faults.toString()));
        // Every kind of fault happened, or the test proved less than it says.
        QVERIFY2(faults.droppedBefore && faults.cutRequests && faults.answered502 &&
                     faults.answered503 && faults.droppedAfter && faults.cutResponses &&
                     faults.delayed,
                 qPrintable(faults.toString()));
        QVERIFY2(bothUpToDate(), "not up to date a minute after the network came back");

        // The issues must be the ones the rules make; the teacher then keeps the last value
        // typed for each field where the server has an earlier one.
        int conflicts = 0;
        for (Actor *a : {&m_fr, &m_it}) {
            a->settled = a->session->issues();
            for (const me_store::Issue &issue : a->settled) {
                const QString why = unexpected(*a, issue);
                QVERIFY2(why.isEmpty(), qPrintable(a->user + u": "_s + why));
                ++conflicts;
                const auto held = a->session->project(issue.entityId, false);
                QVERIFY(held);
                QJsonObject keep;
                for (auto it = issue.data.constBegin(); it != issue.data.constEnd(); ++it)
                    if (it.value() == a->typed[issue.entityId][it.key()].last() &&
                        held->toJson().value(it.key()) != it.value())
                        keep.insert(it.key(), it.value());
                QVERIFY(a->session->resolveConflict(issue.id, keep));
            }
            noteQueued(*a);
        }
        qInfo("%d conflicts with the same teacher's previous edit, settled", conflicts);
        QVERIFY2(bothUpToDate(), "not up to date after the conflicts were settled");
        qInfo("up to date %lld ms after the start", timer.elapsed());

        for (Actor *a : {&m_fr, &m_it}) {
            QVERIFY2(a->session->pendingEdits().isEmpty(), qPrintable(a->user));
            QVERIFY2(a->session->issues().isEmpty(), qPrintable(a->user));
        }
        checkCachesHoldTheServersData();
        checkEachEditOnceAndInOrder(conflicts);
        checkActions();
        QVERIFY2(timer.elapsed() < 150000, "slower than it should be");
    }

    // Every answer cut on the way. Qt 6.4 sometimes ends a gzipped
    // answer cut early as if it were complete, with an empty body; a client that took that
    // for the sync listing would think it is in no project and purge them all from its cache.
    void aCutAnswerIsNeverTakenForACompleteOne()
    {
        FaultRates cut = FaultRates::none();
        cut.cutResponse = 1;
        FaultProxy cutter(m_server.url(), cut, m_seed + 1);
        cutter.setFaults(false);
        QVERIFY(cutter.start());
        Actor a;
        QVERIFY(signIn(a, u"teacher.fr"_s, cutter.url(), u"teacher.fr-cut"_s));
        a.session->setToken(a.token);
        // Enough projects that the listing is over 1 KiB, which the server sends gzipped.
        for (int i = 1; i <= 30; ++i) {
            const QString draft = a.session->saveDraft({}, registration(u"Cut %1"_s.arg(i), m_it));
            QVERIFY(!draft.isEmpty() && a.session->submitDraft(draft));
        }
        QVERIFY(upToDate(*a.session->sync(), 120000));
        const qsizetype projects = a.session->myProjects().size();
        QVERIFY(projects >= 30);

        cutter.setFaults(true);
        constexpr int rounds = 300;
        int completed = 0, lost = 0;
        for (int round = 0; round < rounds; ++round) {
            if (askedRound(*a.session->sync(), 30000).state == SyncStatus::State::UpToDate)
                ++completed;
            lost = std::max(lost, int(projects - a.session->myProjects().size()));
        }
        const QString what =
            u"%1 of %2 rounds with every answer cut ended up to date, and at worst %3 of %4 "
            u"projects were missing from the cache (%5)"_s.arg(completed)
                .arg(rounds)
                .arg(lost)
                .arg(projects)
                .arg(cutter.counts().toString());
        qInfo("%s", qPrintable(what));
        // A round may still end up to date when the cut fell after the last byte of the JSON
        // (in the gzip trailer): the answer read is then whole. What must never happen is an
        // empty or partial answer read as one, which shows as projects gone from the cache.
        QVERIFY2(lost == 0, qPrintable(what));
        QVERIFY2(completed < rounds / 10, qPrintable(what));
    }

private:
    void checkCachesHoldTheServersData()
    {
        for (Actor *a : {&m_fr, &m_it}) {
            const ServerView server = serverView(*a);
            const auto profile = a->session->myProfile();
            QVERIFY(profile);
            QCOMPARE(compact(profile->toJson()), compact(server.profile));
            QCOMPARE(profile->bio, a->bios.isEmpty() ? profile->bio : a->bios.last());
            QMap<qint64, QJsonObject> cached;
            for (const Project &p : a->session->myProjects())
                cached.insert(p.id, p.toJson());
            QCOMPARE(cached.keys(), server.projects.keys());
            for (auto it = server.projects.constBegin(); it != server.projects.constEnd(); ++it) {
                const auto parsed = Project::fromJson(it.value());
                QVERIFY(parsed);
                QCOMPARE(compact(cached.value(it.key())), compact(parsed.value().toJson()));
            }
            QSet<qint64> invitations;
            for (const auto &i : a->session->invitations())
                invitations.insert(i.projectId);
            QCOMPARE(invitations, server.invitations);
        }
    }

    void checkEachEditOnceAndInOrder(int conflicts)
    {
        const auto stored = storedResults();
        QHash<QString, Sent> sent;
        {
            QMutexLocker lock(&m_sentLock);
            sent = m_sent;
        }
        // Every row ever queued left its client at least once.
        for (const Actor *a : {&m_fr, &m_it})
            for (const QString &id : a->queued)
                QVERIFY2(sent.contains(id), qPrintable(u"never sent: "_s + id));
        // What left a client was applied (once: the id is the key), or was a conflict (those
        // are not stored, by design). Nothing refused.
        QStringList notStored;
        QHash<QString, QList<std::pair<qint64, QString>>> versions; // entity → (version, id)
        for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
            if (!stored.contains(it.key())) {
                notStored.append(it.key());
                continue;
            }
            const QJsonObject result = stored[it.key()].second;
            QVERIFY2(result[u"status"_s].toString() == u"applied",
                     qPrintable(compact(result) + u" for "_s + compact(it.value().data)));
            // A registration learns its project's id from the server; everything else names it.
            const bool registration = it.value().type == u"project" && it.value().op == u"create";
            const qint64 entity =
                registration ? result[u"entityId"_s].toInteger() : it.value().entityId;
            const QString key = (it.value().type == u"profile" ? u"profile:"_s : u"project:"_s) +
                                QString::number(entity);
            versions[key].append({result[u"version"_s].toInteger(), it.key()});
        }
        QCOMPARE(int(notStored.size()), conflicts);
        // A conflict is the rules' only when the edit that changed the field did not directly
        // follow the version the conflicting edit was made on (someone's action or edit came in
        // between, so the client could not rebase it). One made on version b that conflicts
        // with an edit that went from b to b + 1 should have been rebased: a spurious conflict.
        for (const QString &id : notStored) {
            const Sent &c = sent[id];
            QVERIFY2(c.type == u"project" && c.op == u"update",
                     qPrintable(u"not stored: %1/%2 %3"_s.arg(c.type, c.op, compact(c.data))));
            for (const auto &[version, other] : versions.value(u"project:%1"_s.arg(c.entityId))) {
                const Sent &e = sent[other];
                bool sameField = false;
                for (auto f = c.data.constBegin(); f != c.data.constEnd(); ++f)
                    sameField = sameField || e.data.contains(f.key());
                QVERIFY2(
                    !(sameField && e.op == u"update" && e.baseVersion == c.baseVersion &&
                      version == c.baseVersion + 1),
                    qPrintable(u"project %1: %2 (on version %3) conflicted with %4, which "
                               u"went from %3 to %5: it should have been rebased"_s.arg(c.entityId)
                                   .arg(compact(c.data))
                                   .arg(c.baseVersion)
                                   .arg(compact(e.data))
                                   .arg(version)));
            }
        }

        // Per entity, the versions the applied mutations made follow one another from where
        // the entity stood: none applied twice, none lost on the server.
        QHash<QString, qint64> current;
        for (const Actor *a : {&m_fr, &m_it}) {
            const ServerView view = serverView(*a);
            current.insert(u"profile:%1"_s.arg(a->id), view.profile[u"version"_s].toInteger());
            for (auto it = view.projects.constBegin(); it != view.projects.constEnd(); ++it)
                current.insert(u"project:%1"_s.arg(it.key()), it.value()[u"version"_s].toInteger());
        }
        for (auto it = versions.begin(); it != versions.end(); ++it) {
            std::sort(it->begin(), it->end());
            qint64 expected =
                it.key().startsWith(u"profile:")
                    ? (it.key() == u"profile:%1"_s.arg(m_fr.id) ? m_fr.profileVersionBefore
                                                                : m_it.profileVersionBefore)
                    : 0;
            for (const auto &[version, id] : *it)
                QVERIFY2(version == ++expected,
                         qPrintable(u"%1: version %2 where %3 was due (%4)"_s.arg(it.key())
                                        .arg(version)
                                        .arg(expected)
                                        .arg(id)));
            QVERIFY2(current.value(it.key()) == expected,
                     qPrintable(
                         u"%1 is at version %2 on the server, %3 mutations made it"_s.arg(it.key())
                             .arg(current.value(it.key()))
                             .arg(it->size())));
        }

        // In the order typed: the values the applied edits carry, by version, come in the
        // order the teacher typed them; each field ends with the last one.
        auto inOrder = [&](const QString &key, const QString &field, const QStringList &typed) {
            int last = -1;
            for (const auto &[version, id] : versions.value(key)) {
                if (!sent[id].data.contains(field) || sent[id].op == u"create")
                    continue;
                const int at = int(typed.indexOf(sent[id].data[field].toString()));
                if (at <= last)
                    return u"%1 %2: '%3' (version %4) arrived after a later edit"_s.arg(
                        key, field, sent[id].data[field].toString(), QString::number(version));
                last = at;
            }
            return QString();
        };
        for (const Actor *a : {&m_fr, &m_it}) {
            const QString why = inOrder(u"profile:%1"_s.arg(a->id), u"bio"_s, a->bios);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            const ServerView view = serverView(*a);
            for (auto p = a->typed.constBegin(); p != a->typed.constEnd(); ++p)
                for (auto f = p->constBegin(); f != p->constEnd(); ++f) {
                    const QString key = u"project:%1"_s.arg(p.key());
                    const QString order = inOrder(key, f.key(), f.value());
                    QVERIFY2(order.isEmpty(), qPrintable(order));
                    QCOMPARE(view.projects.value(p.key())[f.key()].toString(), f.value().last());
                }
        }
    }

    void checkActions()
    {
        QMap<qint64, QJsonObject> all;
        for (const Actor *a : {&m_fr, &m_it}) {
            const ServerView view = serverView(*a);
            for (auto it = view.projects.constBegin(); it != view.projects.constEnd(); ++it)
                all.insert(it.key(), it.value());
        }
        // Each registration once, and nothing else registered.
        QHash<QString, int> titles;
        QHash<QString, qint64> byTitle;
        for (const QJsonObject &p : all) {
            ++titles[p[u"title"_s].toString()];
            byTitle.insert(p[u"title"_s].toString(), p[u"id"_s].toInteger());
        }
        QCOMPARE(titles.size(), qsizetype(m_fr.titles.size() + m_it.titles.size()));
        for (const Actor *a : {&m_fr, &m_it})
            for (const QString &title : a->titles)
                QVERIFY2(
                    titles.value(title) == 1,
                    qPrintable(u"'%1' registered %2 times"_s.arg(title).arg(titles.value(title))));
        auto memberState = [&](qint64 project, qint64 account) {
            for (const QJsonValue m : all.value(project)[u"members"_s].toArray())
                if (m[u"accountId"_s].toInteger() == account)
                    return m[u"state"_s].toString();
            return QString();
        };
        // Each answer as given; the invitations not answered still open.
        for (const Actor *a : {&m_fr, &m_it}) {
            const Actor *other = a == &m_fr ? &m_it : &m_fr;
            for (const QString &title : other->titles) {
                const qint64 id = byTitle.value(title);
                const QString expected = !a->answers.contains(id) ? u"invited"_s
                                         : a->answers[id]         ? u"active"_s
                                                                  : u"declined"_s;
                QCOMPARE(memberState(id, a->id), expected);
            }
        }
        // teacher.de's partner invitations: open or withdrawn as last asked.
        for (auto it = m_partner.constBegin(); it != m_partner.constEnd(); ++it)
            QCOMPARE(memberState(it.key(), m_deId), it->open ? u"invited"_s : u"withdrawn"_s);
    }
};

namespace {

volatile std::sig_atomic_t stopProxy = 0;

// The proxy alone, for scripts/soak: it runs until SIGTERM or SIGINT, then prints what it did.
int runProxy(const QStringList &args)
{
    auto value = [&](const QString &name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    const QUrl upstream(value(u"--upstream"_s));
    if (!upstream.isValid() || upstream.port() <= 0) {
        std::fprintf(stderr,
                     "usage: %s --proxy --listen PORT --upstream http://HOST:PORT "
                     "[--seed N] [--no-faults]\n",
                     qPrintable(args.value(0)));
        return 2;
    }
    FaultProxy proxy(upstream, args.contains(u"--no-faults"_s) ? FaultRates::none() : FaultRates{},
                     value(u"--seed"_s).toUInt());
    if (!proxy.start(quint16(value(u"--listen"_s).toUInt()))) {
        std::fprintf(stderr, "cannot listen on port %s\n", qPrintable(value(u"--listen"_s)));
        return 1;
    }
    std::printf("fault proxy listening on %s, seed %u\n", qPrintable(proxy.url().toString()),
                proxy.seed());
    std::fflush(stdout);
    std::signal(SIGTERM, [](int) { stopProxy = 1; });
    std::signal(SIGINT, [](int) { stopProxy = 1; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (stopProxy)
            QCoreApplication::quit();
    });
    poll.start(50);
    QCoreApplication::exec();
    std::printf("%s\n", qPrintable(proxy.counts().toString()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(u"--proxy"_s))
        return runProxy(app.arguments());
    QTEST_SET_MAIN_SOURCE_PATH
    TestFaultyNetwork test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faulty_network.moc"
