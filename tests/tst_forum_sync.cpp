// SPDX-License-Identifier: GPL-3.0-or-later
// Two teachers write in their project's forum while the server is away — replies in a shared
// thread, new discussions with threads and replies to them, all made offline — and each then
// sees everything once, in the order each wrote it, under the server's ids; a reply to a
// thread deleted meanwhile comes back to its author with its text; a push whose answer is lost
// posts nothing twice; a client that writes more than the server takes in a minute waits as
// the server asks (saying so), sends nothing meanwhile, then delivers everything once, in order.
#include "client_sign_in.h"
#include "demo_partners.h"
#include "fault_proxy.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "net/api_client.h"
#include "session/account_session.h"
#include "session/forum.h"
#include "store/kinds/scope_kind.h"
#include "store/me_store.h"
#include "sync/sync_controller.h"
#include "sync_status_label.h"
#include "translations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestForumSync : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    DemoPartners m_demo;
    Translations m_translations;

    // A request the client sent whole through a proxy, and what came of it (FaultProxy's
    // answer observer: the server's status, 0 unanswered, -1 never reached it).
    struct Seen
    {
        qint64 at; // ms since the epoch, once its fate was known
        QByteArray method, path;
        int status;
    };
    struct RequestLog
    {
        QMutex lock;
        QList<Seen> seen;
        void watch(FaultProxy &proxy)
        {
            proxy.setAnswerObserver([this](const QByteArray &method, const QByteArray &path,
                                           const QByteArray &, qint64, int status) {
                QMutexLocker locked(&lock);
                seen.append({QDateTime::currentMSecsSinceEpoch(), method, path, status});
            });
        }
        // The requests after `since` (ms) whose method and path start so.
        QList<Seen> since(qint64 since, const QByteArray &method, const QByteArray &path)
        {
            QMutexLocker locked(&lock);
            QList<Seen> out;
            for (const Seen &s : std::as_const(seen))
                if (s.at > since && s.method == method && s.path.startsWith(path))
                    out.append(s);
            return out;
        }
    };
    static FaultRates offline()
    {
        // With faults on, every request dies before the server: a network that is down.
        FaultRates rates = FaultRates::none();
        rates.dropBefore = 1.0;
        return rates;
    }

    // The rate-limit test's own server, which takes 4 new forum messages a minute from an
    // account, and teacher.de's client behind a proxy that counts its requests. Its wait for the
    // limit runs while the other tests do.
    static constexpr int perMinute = 4;
    static constexpr int windowSecs = 20;
    ServerProcess m_limited;
    std::unique_ptr<FaultProxy> m_limitedProxy;
    RequestLog m_limitedLog;
    std::unique_ptr<AccountSession> m_de;
    std::unique_ptr<SyncStatusLabel> m_deStatus;
    QString m_deToken;
    qint64 m_limitedProject = 0, m_limitedThread = 0;
    QStringList m_deTexts;  // in the order written
    qint64 m_refusedAt = 0; // the 429, ms
    QDateTime m_sendsAgain; // when the client said it would try again

    // Until nothing waits on either side (a round takes a bounded batch).
    bool bothSettled()
    {
        for (int round = 0; round < 20; ++round) {
            if (!synced(*m_demo.fr) || !synced(*m_demo.it))
                return false;
            if (m_demo.fr->waitingEdits() == 0 && m_demo.it->waitingEdits() == 0)
                return synced(*m_demo.fr) && synced(*m_demo.it);
        }
        return false;
    }
    static std::optional<forum_cache::Discussion> discussion(AccountSession &s, qint64 project,
                                                             const QString &title)
    {
        for (const auto &d : s.forum()->discussions(project))
            if (d.discussion.title == title)
                return d;
        return std::nullopt;
    }
    static std::optional<forum_cache::Thread> thread(AccountSession &s, qint64 project,
                                                     const QString &title)
    {
        for (const auto &d : s.forum()->discussions(project))
            for (const auto &t : s.forum()->threads(project, d.discussion.id))
                if (t.thread.title == title)
                    return t;
        return std::nullopt;
    }
    static QStringList texts(AccountSession &s, qint64 project, qint64 thread)
    {
        QStringList out;
        for (const auto &p : s.forum()->posts(project, thread))
            out.append(p.post.text);
        return out;
    }
    // A thread of the demo's forum.
    static qint64 someThread(AccountSession &s, qint64 project)
    {
        for (const auto &d : s.forum()->discussions(project))
            for (const auto &t : s.forum()->threads(project, d.discussion.id))
                if (t.thread.id > 0)
                    return t.thread.id;
        return 0;
    }
    static qint64 projectNamed(AccountSession &s, const char *title)
    {
        for (const Project &p : s.myProjects())
            if (p.title == QString::fromUtf8(title))
                return p.id;
        return 0;
    }
    // The server's forum items of a project (type "forum_post"…) as a list ordered by id, read
    // over plain HTTP, not through any proxy.
    static QList<QJsonObject> serverItems(const QUrl &server, const QString &token, qint64 project,
                                          const QString &type)
    {
        Http http(server);
        http.setToken(token);
        QList<QJsonObject> out;
        const auto scope = http.pullScope(u"project:%1"_s.arg(project));
        for (auto it = scope.cbegin(); it != scope.cend(); ++it)
            if (it.key().startsWith(type + u'/'))
                out.append(it.value());
        std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a[u"id"_s].toInteger() < b[u"id"_s].toInteger();
        });
        return out;
    }
    static int countText(const QList<QJsonObject> &items, const QString &field, const QString &text)
    {
        return int(std::count_if(items.cbegin(), items.cend(), [&](const QJsonObject &o) {
            return o[field].toString() == text;
        }));
    }
    // The mutation ids of a push's body.
    static QStringList mutationIds(const QByteArray &body)
    {
        QStringList ids;
        for (const QJsonValue m : QJsonDocument::fromJson(body)[u"mutations"_s].toArray())
            ids.append(m[u"id"_s].toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.start(m_server, m_home.path()), qPrintable(m_demo.failure()));
        m_translations.setLanguage(u"en"_s);
    }

    // First, so that the minute it waits runs during the tests below (the last one checks
    // what came of it). teacher.de writes, offline, more replies than the server takes in a
    // minute, then comes online: the server takes what it can and answers the rest 429 with
    // Retry-After; the client says it waits and until when (in English and in French), keeps
    // everything queued, and sends nothing before that time, even when asked for a round.
    void aClientAskedToWaitSendsNothingMeanwhile()
    {
        QVERIFY2(m_limited.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s,
                                  u"--forum-creations-per-minute"_s, QString::number(perMinute),
                                  // A "minute" of 20 s: the wait's code is the same, the suite
                                  // 40 s shorter.
                                  u"--short-rate-window-secs"_s, QString::number(windowSecs)}),
                 qPrintable(m_limited.lastOutput()));
        m_limitedProxy = std::make_unique<FaultProxy>(m_limited.url(), offline());
        m_limitedProxy->setFaults(false);
        m_limitedLog.watch(*m_limitedProxy);
        QVERIFY(m_limitedProxy->start());
        const auto in = signInClient(m_limited.url(), u"teacher.de"_s);
        QVERIFY(in);
        m_deToken = in->token;
        m_de = std::make_unique<AccountSession>(m_limitedProxy->url(), in->account,
                                                m_home.path() + u"/limited-teacher.de.sqlite"_s,
                                                nullptr);
        QVERIFY(m_de->open().ok());
        m_de->setToken(in->token);
        QVERIFY(synced(*m_de));
        m_limitedProject = projectNamed(*m_de, DemoPartners::sharedProject);
        m_limitedThread = someThread(*m_de, m_limitedProject);
        QVERIFY(m_limitedThread > 0);
        m_deStatus = std::make_unique<SyncStatusLabel>();
        connect(m_de->sync(), &SyncController::statusChanged, m_deStatus.get(),
                &SyncStatusLabel::setStatus);

        m_limitedProxy->setFaults(true); // the network goes
        for (int i = 0; i < perMinute + 3; ++i) {
            m_deTexts << u"Nachricht %1 aus München"_s.arg(i);
            QVERIFY(m_de->forum()->reply(m_limitedProject, m_limitedThread, m_deTexts.last()));
        }
        QCOMPARE(syncRound(*m_de->sync()).state, SyncStatus::State::Offline);

        m_limitedProxy->setFaults(false); // and comes back
        const qint64 online = QDateTime::currentMSecsSinceEpoch();
        const SyncStatus waiting = syncRound(*m_de->sync());
        QCOMPARE(waiting.state, SyncStatus::State::AskedToWait);
        const auto refused = m_limitedLog.since(online, "POST", "/api/v1/mutations");
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().status, 429);
        m_refusedAt = refused.first().at;
        // The pull went on: the partners' writing still comes in while edits wait.
        QVERIFY(!m_limitedLog.since(m_refusedAt, "GET", "/api/v1/sync").isEmpty());
        QCOMPARE(waiting.waitingEdits, int(m_deTexts.size())); // all kept, none an issue
        QCOMPARE(waiting.issues, 0);
        // Not before the server has room again: what it answers now, asked directly, says when
        // (a creation past the limit is not written, so asking takes no place).
        Http direct(m_limited.url());
        direct.setToken(m_deToken);
        const HttpResult now = direct.postJson(
            u"/api/v1/mutations"_s,
            {{u"mutations"_s,
              QJsonArray{QJsonObject{{u"id"_s, u"0b6c3e9e-5f0a-4c51-9d7e-3a0d7c0f7a11"_s},
                                     {u"type"_s, u"forum_post"_s},
                                     {u"op"_s, u"create"_s},
                                     {u"entityId"_s, -77},
                                     {u"baseVersion"_s, 0},
                                     {u"data"_s, QJsonObject{{u"projectId"_s, m_limitedProject},
                                                             {u"threadId"_s, m_limitedThread},
                                                             {u"text"_s, u"Probe"_s}}}}}}});
        QCOMPARE(now.status, 429);
        const qint64 asked = now.header("Retry-After").toLongLong();
        QVERIFY2(asked >= 1 && asked <= windowSecs, now.header("Retry-After").constData());
        m_sendsAgain = waiting.retryAt;
        QVERIFY(m_sendsAgain.isValid());
        QVERIFY2(m_sendsAgain.toMSecsSinceEpoch() >=
                     QDateTime::currentMSecsSinceEpoch() + (asked - 1) * 1000,
                 qPrintable(m_sendsAgain.toString(Qt::ISODateWithMs)));
        QVERIFY(m_sendsAgain.toMSecsSinceEpoch() <= m_refusedAt + (windowSecs + 10) * 1000LL);
        // The server has the replies it had room for, each once; the rest never arrived.
        const auto taken =
            serverItems(m_limited.url(), m_deToken, m_limitedProject, u"forum_post"_s);
        for (int i = 0; i < m_deTexts.size(); ++i)
            QCOMPARE(countText(taken, u"text"_s, m_deTexts[i]), i < perMinute ? 1 : 0);

        // Said in the status bar, with the time it tries again, in the user's language.
        const QString seconds = QLocale().toString(m_sendsAgain.time(), u"mm:ss"_s);
        QVERIFY2(
            m_deStatus->text().startsWith(u"The server asked to wait"_s) &&
                m_deStatus->text().contains(seconds) &&
                m_deStatus->text().contains(u"%1 edits waiting to be sent"_s.arg(m_deTexts.size())),
            qPrintable(m_deStatus->text()));
        QVERIFY(m_translations.setLanguage(u"fr"_s)); // said to the widgets as an event
        QTRY_VERIFY2(m_deStatus->text().startsWith(u"Le serveur a demandé d'attendre"_s) &&
                         m_deStatus->text().contains(seconds),
                     qPrintable(m_deStatus->text()));
        QVERIFY(m_translations.setLanguage(u"en"_s));
        QTRY_VERIFY(m_deStatus->text().startsWith(u"The server asked to wait"_s));

        // Written meanwhile, and a round asked (as a save or F5 does): it pulls, and sends
        // nothing while the server's wait lasts.
        m_deTexts << u"Noch eine Nachricht, während wir warten"_s;
        QVERIFY(m_de->forum()->reply(m_limitedProject, m_limitedThread, m_deTexts.last()));
        const qint64 asking = QDateTime::currentMSecsSinceEpoch();
        const SyncStatus again = syncRound(*m_de->sync());
        QCOMPARE(again.state, SyncStatus::State::AskedToWait);
        QCOMPARE(again.waitingEdits, int(m_deTexts.size()));
        QVERIFY(!m_limitedLog.since(asking, "GET", "/api/v1/sync").isEmpty());
        QCOMPARE(m_limitedLog.since(m_refusedAt, "POST", "/api/v1/mutations").size(), 0);
        const auto shown = m_de->forum()->posts(m_limitedProject, m_limitedThread);
        QVERIFY(shown.last().waiting);
        QCOMPARE(shown.last().post.text, m_deTexts.last());
    }

    // The demo's forum is there at first sign-in, in both languages.
    void theDemoForumIsLivedIn()
    {
        const auto discussions = m_demo.it->forum()->discussions(m_demo.project);
        QVERIFY(discussions.size() >= 2);
        int replies = 0;
        for (const auto &d : discussions)
            for (const auto &t : m_demo.it->forum()->threads(m_demo.project, d.discussion.id)) {
                QVERIFY(!t.thread.authorName.isEmpty());
                replies += t.replies;
            }
        QVERIFY(replies >= 6);
    }

    void offlineWritingArrivesOnceInOrder()
    {
        // A thread both know, made online.
        const auto made = m_demo.fr->forum()->createDiscussion(
            m_demo.project, u"Échanges — Scambi"_s, u"Nos questions, vos réponses"_s);
        QVERIFY(made);
        QVERIFY(m_demo.fr->forum()->createThread(m_demo.project, made.value(), u"Questions"_s,
                                                 u"Posez vos questions ici."_s));
        QVERIFY(bothSettled());
        const auto shared = thread(*m_demo.it, m_demo.project, u"Questions"_s);
        QVERIFY(shared && shared->thread.id > 0);

        m_server.stop();
        QStringList mineFr, mineIt;
        for (int i = 0; i < 20; ++i) {
            mineFr << u"Réponse %1 de Lyon"_s.arg(i);
            mineIt << u"Risposta %1 da Torino"_s.arg(i);
            QVERIFY(m_demo.fr->forum()->reply(m_demo.project, shared->thread.id, mineFr.last()));
            QVERIFY(m_demo.it->forum()->reply(m_demo.project, shared->thread.id, mineIt.last()));
        }
        // Made offline from the top: a discussion, its thread, replies to that thread.
        const auto gite =
            m_demo.it->forum()->createDiscussion(m_demo.project, u"Gita sul Po"_s, {});
        QVERIFY(gite && gite.value() < 0);
        const auto plan = m_demo.it->forum()->createThread(m_demo.project, gite.value(),
                                                           u"Programma"_s, u"Partenza alle 8."_s);
        QVERIFY(plan && plan.value() < 0);
        QStringList planReplies;
        for (int i = 0; i < 5; ++i) {
            planReplies << u"Punto %1 del programma"_s.arg(i);
            QVERIFY(m_demo.it->forum()->reply(m_demo.project, plan.value(), planReplies.last()));
        }
        // Shown at once, waiting, before any server saw them.
        const auto waiting = m_demo.it->forum()->posts(m_demo.project, shared->thread.id);
        QCOMPARE(waiting.size(), 20);
        QVERIFY(waiting.last().waiting && waiting.last().post.id < 0);
        QCOMPARE(texts(*m_demo.it, m_demo.project, plan.value()), planReplies);

        QVERIFY(m_server.restart());
        QVERIFY(bothSettled());
        for (AccountSession *s : {m_demo.fr.get(), m_demo.it.get()}) {
            const auto posts = s->forum()->posts(m_demo.project, shared->thread.id);
            QCOMPARE(posts.size(), 40);
            QSet<qint64> ids;
            QStringList fr, it;
            for (const auto &p : posts) {
                QVERIFY(p.post.id > 0 && !p.waiting);
                ids.insert(p.post.id);
                (p.post.text.contains(u"Lyon"_s) ? fr : it).append(p.post.text);
            }
            QCOMPARE(ids.size(), 40); // nothing twice
            QCOMPARE(fr, mineFr);     // each teacher's in the order written
            QCOMPARE(it, mineIt);
            const auto po = thread(*s, m_demo.project, u"Programma"_s);
            QVERIFY(po && po->thread.id > 0);
            QVERIFY(discussion(*s, m_demo.project, u"Gita sul Po"_s));
            QCOMPARE(texts(*s, m_demo.project, po->thread.id), planReplies);
            QCOMPARE(s->issues().size(), 0);
        }
        // The local ids still lead to what they became (a window that showed them).
        QCOMPARE(m_demo.it->forum()->currentId(forum_cache::Kind::Thread, plan.value()),
                 thread(*m_demo.it, m_demo.project, u"Programma"_s)->thread.id);
    }

    void aReplyToADeletedThreadComesBackWithItsText()
    {
        const auto d = discussion(*m_demo.fr, m_demo.project, u"Échanges — Scambi"_s);
        QVERIFY(d);
        const auto made = m_demo.fr->forum()->createThread(m_demo.project, d->discussion.id,
                                                           u"Éphémère"_s, u"Bientôt supprimé."_s);
        QVERIFY(made);
        QVERIFY(bothSettled());
        const auto gone = thread(*m_demo.it, m_demo.project, u"Éphémère"_s);
        QVERIFY(gone);
        m_server.stop();
        const QString text = u"Un texte long et précieux que je ne veux pas perdre."_s;
        QVERIFY(m_demo.it->forum()->reply(m_demo.project, gone->thread.id, text));
        QVERIFY(
            m_demo.fr->forum()->remove(forum_cache::Kind::Thread, m_demo.project, gone->thread.id));
        // The Italian computer is shut meanwhile, so that the deletion is surely first.
        m_demo.it.reset();
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_demo.fr));
        m_demo.it = m_demo.session(u"teacher.it"_s);
        QVERIFY(m_demo.it);
        QVERIFY(synced(*m_demo.it));
        QVERIFY(synced(*m_demo.it));
        QVERIFY(!thread(*m_demo.it, m_demo.project, u"Éphémère"_s));
        const auto issues = m_demo.it->issues();
        QCOMPARE(issues.size(), 1);
        const EntityKind *kind = kinds::forMutation(issues.first().type);
        QVERIFY(kind);
        const QString explained =
            kind->explainIssue(issues.first().kind, issues.first().data, issues.first().error);
        QVERIFY2(explained.contains(text), qPrintable(explained));
        QCOMPARE(m_demo.it->waitingEdits(), 0);
        m_demo.it->dismissIssue(issues.first().id);
    }

    // The push carrying a reply, a thread and a reply to that thread (both written offline) is
    // applied by the server, but its answer is cut on the way back: the client sends the same
    // mutations again, and the server, this client and the partner each end with every one of
    // them once, under the server's ids.
    void aPostWhoseAnswerIsLostIsPostedOnce()
    {
        FaultProxy proxy(m_server.url(), offline());
        proxy.setFaults(false);
        QMutex lock;
        QList<QByteArray> pushes;
        proxy.setObserver(
            [&](const QByteArray &method, const QByteArray &path, const QByteArray &body) {
                if (method == "POST" && path.startsWith("/api/v1/mutations")) {
                    QMutexLocker locked(&lock);
                    pushes.append(body);
                }
            });
        RequestLog log;
        log.watch(proxy);
        QVERIFY(proxy.start());
        const auto in = signInClient(m_server.url(), u"teacher.de"_s);
        QVERIFY(in);
        AccountSession de(proxy.url(), in->account, m_home.path() + u"/teacher.de.sqlite"_s,
                          nullptr);
        QVERIFY(de.open().ok());
        de.setToken(in->token);
        QVERIFY(synced(de));
        const qint64 shared = someThread(de, m_demo.project);
        QVERIFY(shared > 0);
        const auto discussions = de.forum()->discussions(m_demo.project);
        QVERIFY(!discussions.isEmpty());
        const auto d = discussions.first();

        proxy.setFaults(true);
        const QString answer = u"Antwort aus München, bitte nur einmal"_s;
        const QString title = u"Ausflug an die Isar"_s;
        const QString first = u"Wer kommt mit? Nur einmal gefragt."_s;
        QVERIFY(de.forum()->reply(m_demo.project, shared, answer));
        const auto made = de.forum()->createThread(m_demo.project, d.discussion.id, title,
                                                   u"Wir fahren am Montag."_s);
        QVERIFY(made && made.value() < 0);
        QVERIFY(de.forum()->reply(m_demo.project, made.value(), first));
        QCOMPARE(syncRound(*de.sync()).state, SyncStatus::State::Offline);
        QCOMPARE(de.waitingEdits(), 3);

        proxy.setFaults(false);
        const qint64 online = QDateTime::currentMSecsSinceEpoch();
        {
            QMutexLocker locked(&lock);
            pushes.clear();
        }
        proxy.loseNextAnswer("POST", "/api/v1/mutations");
        QCOMPARE(syncRound(*de.sync()).state, SyncStatus::State::Offline);
        // The server did take them: its answer only was lost.
        const auto lost = log.since(online, "POST", "/api/v1/mutations");
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().status, 200);
        QCOMPARE(countText(serverItems(m_server.url(), in->token, m_demo.project, u"forum_post"_s),
                           u"text"_s, answer),
                 1);
        QCOMPARE(de.waitingEdits(), 3); // not known here as taken

        QVERIFY(synced(de));
        QCOMPARE(de.waitingEdits(), 0);
        QCOMPARE(de.issues().size(), 0);
        {
            // Sent again under the ids they had: the server answers from its record.
            QMutexLocker locked(&lock);
            QVERIFY(pushes.size() >= 2);
            const QStringList sentFirst = mutationIds(pushes.first());
            QCOMPARE(sentFirst.size(), 3);
            for (const QString &id : sentFirst)
                QVERIFY2(mutationIds(pushes[1]).contains(id), qPrintable(id));
        }
        const auto posts = serverItems(m_server.url(), in->token, m_demo.project, u"forum_post"_s);
        const auto threads =
            serverItems(m_server.url(), in->token, m_demo.project, u"forum_thread"_s);
        QCOMPARE(countText(posts, u"text"_s, answer), 1);
        QCOMPARE(countText(posts, u"text"_s, first), 1);
        QCOMPARE(countText(threads, u"title"_s, title), 1);
        QVERIFY(synced(*m_demo.it));
        for (AccountSession *s : {&de, m_demo.it.get()}) {
            QCOMPARE(texts(*s, m_demo.project, shared).count(answer), 1);
            const auto t = thread(*s, m_demo.project, title);
            QVERIFY(t && t->thread.id > 0);
            QCOMPARE(texts(*s, m_demo.project, t->thread.id), QStringList{first});
            for (const auto &p : s->forum()->posts(m_demo.project, t->thread.id))
                QVERIFY(p.post.id > 0 && !p.waiting);
        }
    }

    // Last: the wait the first test met is over by now, or nearly. The client's own retry (not
    // a round asked here) sent what waited, at or after the time it said and not before; the
    // server and the client have every reply once, in the order written.
    void whatWaitedLeavesOnceInOrderAfterTheWait()
    {
        QVERIFY(m_de && m_sendsAgain.isValid());
        QVERIFY(QTest::qWaitFor(
            [&] {
                const SyncStatus s = m_de->sync()->status();
                return s.state == SyncStatus::State::UpToDate && s.waitingEdits == 0;
            },
            120000));
        const auto pushes = m_limitedLog.since(m_refusedAt, "POST", "/api/v1/mutations");
        QVERIFY(!pushes.isEmpty());
        // None before the time said (each one's fate is noted after it left).
        QVERIFY2(
            pushes.first().at >= m_sendsAgain.toMSecsSinceEpoch(),
            qPrintable(u"%1 ms early"_s.arg(m_sendsAgain.toMSecsSinceEpoch() - pushes.first().at)));
        QVERIFY2(pushes.size() <= 3, qPrintable(QString::number(pushes.size())));
        QCOMPARE(pushes.last().status, 200);
        QCOMPARE(m_de->issues().size(), 0);
        QStringList onServer;
        for (const QJsonObject &p :
             serverItems(m_limited.url(), m_deToken, m_limitedProject, u"forum_post"_s))
            if (m_deTexts.contains(p[u"text"_s].toString()))
                onServer.append(p[u"text"_s].toString());
        QCOMPARE(onServer, m_deTexts); // each once, in the order written
        QStringList here;
        for (const auto &p : m_de->forum()->posts(m_limitedProject, m_limitedThread))
            if (m_deTexts.contains(p.post.text)) {
                QVERIFY(p.post.id > 0 && !p.waiting);
                here.append(p.post.text);
            }
        QCOMPARE(here, m_deTexts);
    }
};

QTEST_MAIN(TestForumSync)
#include "tst_forum_sync.moc"
