// SPDX-License-Identifier: GPL-3.0-or-later
// Two real clients of the demo's shared TwinSpace, one of them offline, write in its forum and
// its chat room at once; once both are online each sees everything exactly once, in the order
// written, under the server's ids. And a client whose network refuses WebSockets (a proxy
// that strips the upgrade) falls back to polling while its chat room is on screen.
#include "demo_partners.h"
#include "fault_proxy.h"
#include "net/live_channel.h"
#include "session/chat.h"
#include "session/forum.h"
#include "sync_wait.h"
#include "temp_home.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <atomic>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
// What a client shows of the project's forum: every reply's text (and each thread's title and
// opening text) with its id, across every discussion.
struct ForumView
{
    QStringList threads; // titles
    QStringList posts;   // texts, thread by thread
    QStringList ids;     // "kind:id" of everything above (each kind numbers its own)
    bool anyWaiting = false;
};

ForumView forumOf(AccountSession &s, qint64 project)
{
    ForumView v;
    for (const auto &d : s.forum()->discussions(project)) {
        v.ids.append(u"d:%1"_s.arg(d.discussion.id));
        v.anyWaiting = v.anyWaiting || d.waiting;
        for (const auto &t : s.forum()->threads(project, d.discussion.id)) {
            v.threads.append(t.thread.title);
            v.ids.append(u"t:%1"_s.arg(t.thread.id));
            v.anyWaiting = v.anyWaiting || t.waiting;
            for (const auto &p : s.forum()->posts(project, t.thread.id)) {
                v.posts.append(p.post.text);
                v.ids.append(u"p:%1"_s.arg(p.post.id));
                v.anyWaiting = v.anyWaiting || p.waiting;
            }
        }
    }
    return v;
}

QStringList only(const QStringList &all, const QString &prefix)
{
    QStringList out;
    for (const QString &s : all)
        if (s.startsWith(prefix))
            out.append(s);
    return out;
}
} // namespace

class TestChatSync : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    DemoPartners m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            m_demo.start(m_server, m_home.path(),
                         {u"--chat-messages-per-minute"_s, u"2000"_s, u"--chat-messages-per-hour"_s,
                          u"20000"_s, u"--forum-creations-per-minute"_s, u"2000"_s,
                          u"--forum-creations-per-hour"_s, u"20000"_s}),
            qPrintable(m_demo.failure()));
    }

    void twoClientsOneOfflineSeeEverythingOnceInOrder()
    {
        const qint64 project = m_demo.project;
        // teacher.fr works through a network that is not there yet (nothing listens on its
        // proxy's port), on its own cache.
        quint16 port = 0;
        {
            FaultProxy probe(m_server.url(), FaultRates::none());
            QVERIFY(probe.start());
            port = probe.port();
        }
        const SignInReply &in = m_demo.account(u"teacher.fr"_s);
        m_demo.fr.reset();
        QUrl offlineUrl = m_server.url();
        offlineUrl.setPort(port);
        auto fr = std::make_unique<AccountSession>(
            offlineUrl, in.account, m_home.path() + u"/teacher.fr.sqlite"_s, nullptr);
        QVERIFY(fr->open().ok());
        fr->setToken(in.token);
        AccountSession &it = *m_demo.it;

        const auto demoDiscussion = it.forum()->discussions(project).first().discussion.id;
        const auto demoThread = it.forum()->threads(project, demoDiscussion).first().thread.id;

        // teacher.fr, offline: a discussion with threads, replies to those threads (made here
        // too) and to a thread of the demo: 50 items; and 200 chat lines.
        QStringList frChat, itChat;
        auto d = fr->forum()->createDiscussion(project, u"Hors ligne"_s, u"Écrit dans le train."_s);
        QVERIFY(d);
        QList<qint64> frThreads;
        for (int i = 1; i <= 9; ++i) {
            auto t = fr->forum()->createThread(project, d.value(), u"fr thread %1"_s.arg(i),
                                               u"fr opening %1"_s.arg(i));
            QVERIFY(t);
            frThreads.append(t.value());
        }
        for (int i = 1; i <= 40; ++i) {
            const qint64 thread = i % 4 == 0 ? demoThread : frThreads[i % frThreads.size()];
            QVERIFY(fr->forum()->reply(project, thread, u"fr reply %1"_s.arg(i)));
        }
        // teacher.it, online meanwhile: 10 threads in the demo's discussion and 40 replies.
        QList<qint64> itThreads;
        for (int i = 1; i <= 10; ++i) {
            auto t = it.forum()->createThread(project, demoDiscussion, u"it thread %1"_s.arg(i),
                                              u"it opening %1"_s.arg(i));
            QVERIFY(t);
            itThreads.append(t.value());
        }
        for (int i = 1; i <= 40; ++i)
            QVERIFY(it.forum()->reply(project, itThreads[i % itThreads.size()],
                                      u"it reply %1"_s.arg(i)));
        for (int i = 1; i <= 200; ++i) {
            frChat.append(u"fr line %1"_s.arg(i));
            QVERIFY(fr->chat()->send(project, frChat.last()));
            itChat.append(u"it line %1"_s.arg(i));
            QVERIFY(it.chat()->send(project, itChat.last()));
        }
        QVERIFY(syncedUpToDate(*it.sync(), 120000));
        QCOMPARE(fr->chat()->waiting(project).size(), 200);

        // The network comes back.
        FaultProxy network(m_server.url(), FaultRates::none());
        QVERIFY(network.start(port));
        QVERIFY(syncedUpToDate(*fr->sync(), 180000));
        QVERIFY(syncedUpToDate(*it.sync(), 120000));

        const ForumView a = forumOf(*fr, project), b = forumOf(it, project);
        QVERIFY(!a.anyWaiting && !b.anyWaiting);
        QCOMPARE(a.ids, b.ids);
        for (const QString &id : a.ids)
            QVERIFY2(!id.contains(u'-'), "a local id is left");
        QCOMPARE(QSet<QString>(a.ids.cbegin(), a.ids.cend()).size(), a.ids.size());
        QCOMPARE(only(a.threads, u"fr thread"_s).size(), 9);
        QCOMPARE(only(a.threads, u"it thread"_s).size(), 10);
        QCOMPARE(only(a.posts, u"fr reply"_s).size(), 40);
        QCOMPARE(only(a.posts, u"it reply"_s).size(), 40);
        QCOMPARE(QSet<QString>(a.posts.cbegin(), a.posts.cend()).size(), a.posts.size());
        // Replies in one thread in the order written (the thread's replies are oldest first).
        QStringList inDemoThread;
        for (const auto &p : fr->forum()->posts(project, demoThread))
            if (p.post.text.startsWith(u"fr reply"))
                inDemoThread.append(p.post.text);
        QCOMPARE(inDemoThread,
                 (QStringList{u"fr reply 4"_s, u"fr reply 8"_s, u"fr reply 12"_s, u"fr reply 16"_s,
                              u"fr reply 20"_s, u"fr reply 24"_s, u"fr reply 28"_s,
                              u"fr reply 32"_s, u"fr reply 36"_s, u"fr reply 40"_s}));

        const auto roomA = fr->chat()->before(project, 0, 100000);
        const auto roomB = it.chat()->before(project, 0, 100000);
        QCOMPARE(roomA.size(), roomB.size());
        QStringList linesA, linesB;
        for (int i = 0; i < roomA.size(); ++i) {
            QCOMPARE(roomA[i].message.id, roomB[i].message.id);
            QVERIFY(roomA[i].message.id > 0 && !roomA[i].waiting);
            linesA.append(roomA[i].message.text);
            linesB.append(roomB[i].message.text);
        }
        QCOMPARE(linesA, linesB);
        QCOMPARE(only(linesA, u"fr line "_s), frChat);
        QCOMPARE(only(linesA, u"it line "_s), itChat);
        QVERIFY(fr->chat()->waiting(project).isEmpty());
        m_demo.fr = m_demo.session(u"teacher.fr"_s); // back on the direct network
        fr.reset();
    }

    void aNetworkRefusingWebSocketsIsPolled()
    {
        const qint64 project = m_demo.project;
        // A proxy that strips the upgrade, as some school proxies do: the server sees a plain
        // GET, and the live channel cannot open.
        FaultProxy proxy(m_server.url(), FaultRates::none());
        std::atomic_int syncs{0};
        proxy.setHeadRewriter([](const QByteArray &head) {
            QByteArray out = head;
            static const QRegularExpression upgrade(
                u"(?im)^(upgrade|connection):[^\\r\\n]*\\r\\n"_s);
            return QString::fromLatin1(out).remove(upgrade).toLatin1();
        });
        proxy.setObserver(
            [&syncs](const QByteArray &method, const QByteArray &path, const QByteArray &) {
                if (method == "GET" && path.startsWith("/api/v1/sync"))
                    ++syncs;
            });
        QVERIFY(proxy.start());
        const SignInReply &in = m_demo.account(u"teacher.fr"_s);
        m_demo.fr.reset();
        auto fr = std::make_unique<AccountSession>(
            proxy.url(), in.account, m_home.path() + u"/teacher.fr.sqlite"_s, nullptr);
        QVERIFY(fr->open().ok());
        fr->setToken(in.token);
        QVERIFY(syncedUpToDate(*fr->sync()));
        QVERIFY(QTest::qWaitFor(
            [&] { return fr->live()->state() == LiveChannel::State::Unavailable; }, 20000));
        fr->chat()->setRoomShown(true);
        QVERIFY(fr->chat()->polling());
        // A partner's message comes within a poll or two, not at sync's round a minute later.
        const int before = syncs;
        QVERIFY(m_demo.it->chat()->send(project, u"Polled, not pushed"_s));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &e : fr->chat()->before(project, 0, 10))
                    if (e.message.text == u"Polled, not pushed")
                        return true;
                return false;
            },
            3 * Chat::pollMs));
        QVERIFY(syncs > before);
        // The room off screen: no more polling.
        fr->chat()->setRoomShown(false);
        QVERIFY(!fr->chat()->polling());
    }

    // A server that takes connections and drops them at once (a proxy cutting WebSockets, a
    // server restarting): the channel says it cannot be had after two attempts, and tries
    // again later each time, never hammering — each wait longer than the one before.
    void aRefusedLiveChannelBacksOff()
    {
        QTcpServer refusing;
        QVERIFY(refusing.listen(QHostAddress::LocalHost));
        QList<qint64> attempts;
        QElapsedTimer clock;
        clock.start();
        connect(&refusing, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = refusing.nextPendingConnection()) {
                attempts.append(clock.elapsed());
                socket->abort();
                socket->deleteLater();
            }
        });
        LiveChannel live(QUrl(u"http://127.0.0.1:%1"_s.arg(refusing.serverPort())));
        live.setToken(m_demo.account(u"teacher.fr"_s).token);
        QVERIFY(QTest::qWaitFor([&] { return attempts.size() >= 3; }, 20000));
        QCOMPARE(live.state(), LiveChannel::State::Unavailable);
        const qint64 first = attempts[1] - attempts[0], second = attempts[2] - attempts[1];
        qInfo("attempts %lld ms, then %lld ms apart", first, second);
        QVERIFY2(first >= LiveChannel::minBackoffMs, qPrintable(QString::number(first)));
        QVERIFY2(second > first * 6 / 5, qPrintable(u"%1 then %2 ms"_s.arg(first).arg(second)));
    }
};

QTEST_MAIN(TestChatSync)
#include "tst_chat_sync.moc"
