// SPDX-License-Identifier: GPL-3.0-or-later
// Two teachers write in their project's forum while the server is away — replies in a shared
// thread, new discussions with threads and replies to them, all made offline — and each then
// sees everything once, in the order each wrote it, under the server's ids; a reply to a
// thread deleted meanwhile comes back to its author with its text.
#include "client_sign_in.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "net/api_client.h"
#include "session/account_session.h"
#include "session/forum.h"
#include "store/kinds/scope_kind.h"
#include "store/me_store.h"
#include "sync/sync_controller.h"

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
    QHash<QString, SignInReply> m_accounts;
    std::unique_ptr<AccountSession> m_fr, m_it;
    qint64 m_project = 0;

    std::unique_ptr<AccountSession> session(const QString &user)
    {
        const SignInReply &in = m_accounts[user];
        auto s = std::make_unique<AccountSession>(
            m_server.url(), in.account, m_home.path() + u"/"_s + user + u".sqlite"_s, nullptr);
        if (!s->open().ok())
            return nullptr;
        s->setToken(in.token);
        return s;
    }
    static bool synced(AccountSession &s) { return syncedUpToDate(*s.sync(), 120000); }
    // Until nothing waits on either side (a round takes a bounded batch).
    bool bothSettled()
    {
        for (int round = 0; round < 20; ++round) {
            if (!synced(*m_fr) || !synced(*m_it))
                return false;
            if (m_fr->waitingEdits() == 0 && m_it->waitingEdits() == 0)
                return synced(*m_fr) && synced(*m_it);
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        for (const QString &user : {u"teacher.fr"_s, u"teacher.it"_s}) {
            const auto in = signInClient(m_server.url(), user);
            QVERIFY(in);
            m_accounts.insert(user, *in);
        }
        m_fr = session(u"teacher.fr"_s);
        m_it = session(u"teacher.it"_s);
        QVERIFY(m_fr && m_it);
        QVERIFY(synced(*m_fr));
        QVERIFY(synced(*m_it));
        for (const Project &p : m_fr->myProjects())
            if (p.title == u"Nos rivières, i nostri fiumi")
                m_project = p.id;
        QVERIFY(m_project > 0);
    }

    // The demo's forum is there at first sign-in, in both languages.
    void theDemoForumIsLivedIn()
    {
        const auto discussions = m_it->forum()->discussions(m_project);
        QVERIFY(discussions.size() >= 2);
        int replies = 0;
        for (const auto &d : discussions)
            for (const auto &t : m_it->forum()->threads(m_project, d.discussion.id)) {
                QVERIFY(!t.thread.authorName.isEmpty());
                replies += t.replies;
            }
        QVERIFY(replies >= 6);
    }

    void offlineWritingArrivesOnceInOrder()
    {
        // A thread both know, made online.
        const auto made = m_fr->forum()->createDiscussion(m_project, u"Échanges — Scambi"_s,
                                                          u"Nos questions, vos réponses"_s);
        QVERIFY(made);
        QVERIFY(m_fr->forum()->createThread(m_project, made.value(), u"Questions"_s,
                                            u"Posez vos questions ici."_s));
        QVERIFY(bothSettled());
        const auto shared = thread(*m_it, m_project, u"Questions"_s);
        QVERIFY(shared && shared->thread.id > 0);

        m_server.stop();
        QStringList mineFr, mineIt;
        for (int i = 0; i < 20; ++i) {
            mineFr << u"Réponse %1 de Lyon"_s.arg(i);
            mineIt << u"Risposta %1 da Torino"_s.arg(i);
            QVERIFY(m_fr->forum()->reply(m_project, shared->thread.id, mineFr.last()));
            QVERIFY(m_it->forum()->reply(m_project, shared->thread.id, mineIt.last()));
        }
        // Made offline from the top: a discussion, its thread, replies to that thread.
        const auto gite = m_it->forum()->createDiscussion(m_project, u"Gita sul Po"_s, {});
        QVERIFY(gite && gite.value() < 0);
        const auto plan = m_it->forum()->createThread(m_project, gite.value(), u"Programma"_s,
                                                      u"Partenza alle 8."_s);
        QVERIFY(plan && plan.value() < 0);
        QStringList planReplies;
        for (int i = 0; i < 5; ++i) {
            planReplies << u"Punto %1 del programma"_s.arg(i);
            QVERIFY(m_it->forum()->reply(m_project, plan.value(), planReplies.last()));
        }
        // Shown at once, waiting, before any server saw them.
        const auto waiting = m_it->forum()->posts(m_project, shared->thread.id);
        QCOMPARE(waiting.size(), 20);
        QVERIFY(waiting.last().waiting && waiting.last().post.id < 0);
        QCOMPARE(texts(*m_it, m_project, plan.value()), planReplies);

        QVERIFY(m_server.restart());
        QVERIFY(bothSettled());
        for (AccountSession *s : {m_fr.get(), m_it.get()}) {
            const auto posts = s->forum()->posts(m_project, shared->thread.id);
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
            const auto po = thread(*s, m_project, u"Programma"_s);
            QVERIFY(po && po->thread.id > 0);
            QVERIFY(discussion(*s, m_project, u"Gita sul Po"_s));
            QCOMPARE(texts(*s, m_project, po->thread.id), planReplies);
            QCOMPARE(s->issues().size(), 0);
        }
        // The local ids still lead to what they became (a window that showed them).
        QCOMPARE(m_it->forum()->currentId(forum_cache::Kind::Thread, plan.value()),
                 thread(*m_it, m_project, u"Programma"_s)->thread.id);
    }

    void aReplyToADeletedThreadComesBackWithItsText()
    {
        const auto d = discussion(*m_fr, m_project, u"Échanges — Scambi"_s);
        QVERIFY(d);
        const auto made = m_fr->forum()->createThread(m_project, d->discussion.id, u"Éphémère"_s,
                                                      u"Bientôt supprimé."_s);
        QVERIFY(made);
        QVERIFY(bothSettled());
        const auto gone = thread(*m_it, m_project, u"Éphémère"_s);
        QVERIFY(gone);
        m_server.stop();
        const QString text = u"Un texte long et précieux que je ne veux pas perdre."_s;
        QVERIFY(m_it->forum()->reply(m_project, gone->thread.id, text));
        QVERIFY(m_fr->forum()->remove(forum_cache::Kind::Thread, m_project, gone->thread.id));
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_fr));
        QVERIFY(synced(*m_it));
        QVERIFY(synced(*m_it));
        QVERIFY(!thread(*m_it, m_project, u"Éphémère"_s));
        const auto issues = m_it->issues();
        QCOMPARE(issues.size(), 1);
        const EntityKind *kind = kinds::forMutation(issues.first().type);
        QVERIFY(kind);
        const QString explained =
            kind->explainIssue(issues.first().kind, issues.first().data, issues.first().error);
        QVERIFY2(explained.contains(text), qPrintable(explained));
        QCOMPARE(m_it->waitingEdits(), 0);
        m_it->dismissIssue(issues.first().id);
    }
};

QTEST_GUILESS_MAIN(TestForumSync)
#include "tst_forum_sync.moc"
