// SPDX-License-Identifier: GPL-3.0-or-later
// Two teachers write in their project's forum while the server is away — replies in a shared
// thread, new discussions with threads and replies to them, all made offline — and each then
// sees everything once, in the order each wrote it, under the server's ids; a reply to a
// thread deleted meanwhile comes back to its author with its text.
#include "client_sign_in.h"
#include "demo_partners.h"
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
    DemoPartners m_demo;

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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.start(m_server, m_home.path()), qPrintable(m_demo.failure()));
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
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_demo.fr));
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
};

QTEST_GUILESS_MAIN(TestForumSync)
#include "tst_forum_sync.moc"
