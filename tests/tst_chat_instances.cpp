// SPDX-License-Identifier: GPL-3.0-or-later
// Live chat between two real clients working through two server instances on one PostgreSQL
// database, as behind a load balancer: a message sent through one instance shows on the other
// client within moments (sync's own round is a minute away: only the live hint, carried
// between instances by LISTEN/NOTIFY, can bring it that soon), in both directions; and an
// instance restarted in the middle of an exchange loses nothing and doubles nothing.
#include "demo_partners.h"
#include "session/chat.h"
#include "sync_wait.h"
#include "temp_home.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
// Far below sync's own minute between rounds.
constexpr int liveWithinMs = 10000;

QStringList texts(Chat &chat, qint64 project)
{
    QStringList out;
    for (const chat_cache::Entry &e : chat.before(project, 0, 100000))
        out.append(e.message.text);
    return out;
}

bool shows(AccountSession &session, qint64 project, const QString &text, int timeoutMs)
{
    return QTest::qWaitFor([&] { return texts(*session.chat(), project).contains(text); },
                           timeoutMs);
}
} // namespace

class TestChatInstances : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_first;
    ServerProcess m_second;
    DemoPartners m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.start(m_first, m_home.path(), {u"--chat-messages-per-minute"_s, u"1000"_s},
                              &m_second),
                 qPrintable(m_demo.failure()));
        for (AccountSession *s : {m_demo.fr.get(), m_demo.it.get()})
            QVERIFY(QTest::qWaitFor([s] { return s->live()->state() == LiveChannel::State::Live; },
                                    10000));
    }

    void messagesGoLiveBothWays()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_demo.fr->chat()->send(m_demo.project, u"Bonjour de Lyon !"_s));
        QVERIFY2(shows(*m_demo.it, m_demo.project, u"Bonjour de Lyon !"_s, liveWithinMs),
                 qPrintable(u"not live; the second instance said: "_s + m_second.lastOutput()));
        qInfo("first instance to second: %lld ms", clock.elapsed());
        clock.restart();
        QVERIFY(m_demo.it->chat()->send(m_demo.project, u"Ciao da Torino!"_s));
        QVERIFY2(shows(*m_demo.fr, m_demo.project, u"Ciao da Torino!"_s, liveWithinMs),
                 "the answer did not arrive live");
        qInfo("second instance to first: %lld ms", clock.elapsed());
    }

    void anInstanceRestartedMidExchangeLosesNothing()
    {
        // Each writes every 40 ms; the second instance stops and starts again meanwhile.
        QStringList sentFr, sentIt;
        int tick = 0;
        QTimer writer;
        writer.setInterval(40);
        connect(&writer, &QTimer::timeout, this, [&] {
            ++tick;
            if (tick <= 60) {
                sentFr.append(u"fr %1"_s.arg(tick));
                QVERIFY(m_demo.fr->chat()->send(m_demo.project, sentFr.last()));
            }
            if (tick <= 60 && tick % 2 == 0) {
                sentIt.append(u"it %1"_s.arg(tick));
                QVERIFY(m_demo.it->chat()->send(m_demo.project, sentIt.last()));
            }
        });
        writer.start();
        QVERIFY(QTest::qWaitFor([&] { return tick >= 20; }, 10000));
        m_second.stop();
        QVERIFY(QTest::qWaitFor([&] { return tick >= 40; }, 10000));
        QVERIFY2(m_second.restart(), qPrintable(m_second.lastOutput()));
        QVERIFY(QTest::qWaitFor([&] { return tick > 60; }, 20000));
        writer.stop();

        // Both end with every message once, each writer's in the order written, under the
        // server's ids, and the same room on both computers.
        for (AccountSession *s : {m_demo.fr.get(), m_demo.it.get()}) {
            QVERIFY(syncedUpToDate(*s->sync(), 60000));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const QStringList all = texts(*s->chat(), m_demo.project);
                    return all.contains(sentFr.last()) && all.contains(sentIt.last());
                },
                30000));
        }
        const auto fr = m_demo.fr->chat()->before(m_demo.project, 0, 100000);
        const auto it = m_demo.it->chat()->before(m_demo.project, 0, 100000);
        QCOMPARE(fr.size(), it.size());
        QStringList seenFr, seenIt;
        for (int i = 0; i < fr.size(); ++i) {
            QCOMPARE(fr[i].message.id, it[i].message.id);
            QVERIFY(fr[i].message.id > 0);
            QVERIFY(!fr[i].waiting);
            if (fr[i].message.text.startsWith(u"fr "))
                seenFr.append(fr[i].message.text);
            if (fr[i].message.text.startsWith(u"it "))
                seenIt.append(fr[i].message.text);
        }
        QCOMPARE(seenFr, sentFr);
        QCOMPARE(seenIt, sentIt);
        QVERIFY(m_demo.fr->chat()->waiting(m_demo.project).isEmpty());
        QVERIFY(m_demo.it->chat()->waiting(m_demo.project).isEmpty());
        // Live again through the restarted instance.
        QVERIFY(QTest::qWaitFor(
            [&] { return m_demo.it->live()->state() == LiveChannel::State::Live; }, 30000));
        QVERIFY(m_demo.fr->chat()->send(m_demo.project, u"Still there?"_s));
        QVERIFY(shows(*m_demo.it, m_demo.project, u"Still there?"_s, liveWithinMs));
    }
};

QTEST_MAIN(TestChatInstances)
#include "tst_chat_instances.moc"
