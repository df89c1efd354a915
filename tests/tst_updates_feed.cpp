// SPDX-License-Identifier: GPL-3.0-or-later
// A project's updates feed as teacher.fr's client builds it from the shared TwinSpace's scope:
// what the partners did (pages, materials, threads, replies, members), newest first, each with
// its author, and one's own work never unread; a thread posted by a partner arrives as the
// newest, unread; the project's closing is news without an author.
#include "demo_partners.h"
#include "http.h"
#include "server_process.h"
#include "temp_home.h"

#include "session/account_session.h"
#include "store/feed.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include <memory>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUpdatesFeed : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    DemoPartners m_demo;

    std::unique_ptr<Http> as(const QString &user)
    {
        auto http = std::make_unique<Http>(m_server.url());
        http->setToken(m_demo.account(user).token);
        return http;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.start(m_server, m_home.path()), qPrintable(m_demo.failure()));
    }

    void theSeededTwinSpaceSaysWhatThePartnersDid()
    {
        const qint64 me = m_demo.account(u"teacher.fr"_s).account.id;
        const QList<FeedItem> items = m_demo.fr->updates(m_demo.project);
        QVERIFY(items.size() > 5);
        QSet<QString> kinds;
        int others = 0;
        for (int i = 0; i < items.size(); ++i) {
            const FeedItem &item = items.at(i);
            kinds.insert(item.what);
            if (i > 0)
                QVERIFY2(items.at(i - 1).at >= item.at, "newest first");
            QCOMPARE(item.projectId, m_demo.project);
            if (item.what.startsWith(u"project_"))
                continue; // the project's own news has no author
            // One's own work is in the feed too, never as unread.
            if (item.authorId == me)
                QVERIFY2(!item.unread, qPrintable(item.what + u' ' + item.title));
            else
                others += 1;
            QVERIFY2(!item.authorName.isEmpty(), qPrintable(item.what));
            QVERIFY2(!item.title.isEmpty(), qPrintable(item.what));
            if (item.what == u"post")
                QVERIFY(item.parentId > 0); // a reply names its thread
        }
        for (const QString &kind :
             {u"page"_s, u"material"_s, u"thread"_s, u"post"_s, u"project_approved"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
        QVERIFY(others > 5);
        QVERIFY(m_demo.fr->unreadUpdates(m_demo.project) > 0);
    }

    void aPartnersThreadIsTheNewestAndUnread()
    {
        m_demo.fr->markUpdatesRead(m_demo.project, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(m_demo.fr->unreadUpdates(m_demo.project), 0);
        const auto http = as(u"teacher.it"_s);
        Http &it = *http;
        qint64 discussion = 0;
        const auto scope = it.pullScope(u"project:%1"_s.arg(m_demo.project));
        for (auto e = scope.cbegin(); e != scope.cend(); ++e)
            if (e.key().startsWith(u"forum_discussion/"))
                discussion = e.value()[u"id"_s].toInteger();
        QVERIFY(discussion > 0);
        const QJsonObject r = it.mutate(u"forum_thread"_s, u"create"_s, -1,
                                        {{u"projectId"_s, m_demo.project},
                                         {u"discussionId"_s, discussion},
                                         {u"title"_s, u"La sortie de mai"_s},
                                         {u"text"_s, u"Qui vient au bord du Pô le 12 mai ?"_s}});
        QCOMPARE(r[u"status"_s].toString(), u"applied"_s);
        QVERIFY(synced(*m_demo.fr));
        const QList<FeedItem> items = m_demo.fr->updates(m_demo.project);
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().what, u"thread"_s);
        QCOMPARE(items.first().title, u"La sortie de mai"_s);
        QCOMPARE(items.first().authorId, m_demo.account(u"teacher.it"_s).account.id);
        QCOMPARE(items.first().authorName, m_demo.account(u"teacher.it"_s).account.displayName);
        QVERIFY(items.first().unread);
        QCOMPARE(m_demo.fr->unreadUpdates(m_demo.project), 1);
    }

    void theClosingIsNewsWithoutAnAuthor()
    {
        const auto http = as(u"teacher.it"_s);
        Http &it = *http;
        QCOMPARE(it.mutate(u"project_status"_s, u"update"_s, m_demo.project,
                           {{u"status"_s, u"archived"_s}})[u"status"_s]
                     .toString(),
                 u"applied"_s);
        QVERIFY(synced(*m_demo.fr));
        const QList<FeedItem> items = m_demo.fr->updates(m_demo.project);
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().what, u"project_closed"_s);
        QCOMPARE(items.first().authorId, 0);
        QVERIFY(items.first().unread);
        // What was there stays, read-only.
        QVERIFY(items.size() > 5);
    }
};

QTEST_GUILESS_MAIN(TestUpdatesFeed)
#include "tst_updates_feed.moc"
