// SPDX-License-Identifier: GPL-3.0-or-later
// A national service's day offline, on the real server and the real client cache: the demo's
// 2,000-item queue is synced, the server stops, 50 items are decided (validations, approvals,
// refusals with their reasons) and noted; meanwhile a colleague decides one of them on the
// server. When it returns, the 50 land exactly once, and the overtaken decision comes back as
// an issue that says who decided, what and when, the item showing the decision that stands.
#include "client_sign_in.h"
#include "fault_proxy.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "session/account_session.h"
#include "session/review_desk.h"
#include "store/kinds/scope_kind.h"
#include "sync/sync_controller.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QTest>
#include <QUuid>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestReviewOffline : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"2000"_s, u"--demo-review-queue"_s,
                                 u"2000"_s}),
                 qPrintable(m_server.lastOutput()));
    }

    void fiftyDecisionsOfflineLandOnceAndTheOvertakenOneIsExplained()
    {
        // The client reaches the server through a proxy: taking the proxy away is the train's
        // tunnel, while the colleague at the office still reaches the server.
        auto network = std::make_unique<FaultProxy>(m_server.url(), FaultRates::none());
        QVERIFY(network->start());
        const quint16 port = network->port();
        const auto in = signInClient(network->url(), u"correspondent.fr"_s);
        QVERIFY(in);
        AccountSession session(network->url(), in->account, m_home.path() + u"/fr.sqlite"_s,
                               nullptr);
        QVERIFY(session.open().ok());
        session.setToken(in->token);
        ReviewDesk *desk = session.review();
        QVERIFY(desk);
        QElapsedTimer took;
        took.start();
        QVERIFY(syncedUpToDate(*session.sync(), 180000));
        const int registrations = desk->count(ReviewDesk::Queue::Registrations);
        const int projects = desk->count(ReviewDesk::Queue::Projects);
        const int decided = desk->count(ReviewDesk::Queue::Decided);
        qInfo("synced %d items (%d registrations and %d projects to decide, %d decided) in %lld ms",
              registrations + projects + decided, registrations, projects, decided, took.elapsed());
        QVERIFY(registrations + projects + decided >= 2000);

        // A colleague (the regional correspondent) will decide this one while we are offline.
        const auto queue = desk->items({ReviewDesk::Queue::Registrations, u"FR-IDF"_s, {}, {}, {}});
        QVERIFY(!queue.isEmpty());
        const qint64 overtaken = queue.first().id;

        network.reset();
        m_server.stop();
        QList<std::tuple<QString, qint64, bool, QString>> made;
        auto regs = desk->items({ReviewDesk::Queue::Registrations, {}, {}, {}, {}});
        // The overtaken one first, so that it is not merely the last.
        std::stable_partition(regs.begin(), regs.end(),
                              [&](const auto &i) { return i.id == overtaken; });
        const auto projs = desk->items({ReviewDesk::Queue::Projects, {}, {}, {}, {}});
        for (int n = 0; n < 50; ++n) {
            const bool project = n % 5 == 4;
            const review_cache::Item &i = project ? projs.at(n / 5) : regs.at(n - n / 5);
            const bool approve = n % 3 != 1;
            const QString reason = approve ? QString() : u"Reason number %1."_s.arg(n);
            if (n % 7 == 0)
                QVERIFY(desk->addNote(i.type, i.id, u"Note on %1"_s.arg(i.title)).ok());
            const auto queued = desk->decide(i.type, i.id, approve, reason);
            QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().message));
            made.append({i.type, i.id, approve, reason});
        }
        // Each shows at once as decided here, and a second decision is refused on this PC.
        QCOMPARE(desk->decide(std::get<0>(made[3]), std::get<1>(made[3]), true, {}).error().code,
                 u"already_decided"_s);
        QCOMPARE(session.waitingEdits(), 50 + 8);

        // The colleague, on the server.
        const qint64 colleagueFrom = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(m_server.restart());
        {
            Http colleague(m_server.url());
            QCOMPARE(colleague.signIn(u"correspondent.fr.idf"_s, u"demo1234"_s).status, 200);
            const HttpResult r = colleague.postJson(
                u"/api/v1/mutations"_s,
                {{u"mutations"_s,
                  QJsonArray{QJsonObject{
                      {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {u"type"_s, u"registration_decision"_s},
                      {u"op"_s, u"create"_s},
                      {u"entityId"_s, overtaken},
                      {u"baseVersion"_s, 0},
                      {u"data"_s, QJsonObject{{u"decision"_s, u"reject"_s},
                                              {u"reason"_s, u"Not a teacher of this school."_s},
                                              {u"request"_s, 1}}}}}}});
            QCOMPARE(r.json[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
        }
        network = std::make_unique<FaultProxy>(m_server.url(), FaultRates::none());
        QVERIFY(network->start(port));
        session.sync()->syncNow();
        QVERIFY(syncedUpToDate(*session.sync(), 120000));
        QCOMPARE(session.waitingEdits(), 0);

        // Exactly once: each decision is on the server as made, the notes once each.
        Http http(m_server.url());
        http.setToken(in->token);
        const auto scope = http.pullScope(u"review:FR"_s);
        int notes = 0;
        for (auto it = scope.cbegin(); it != scope.cend(); ++it)
            notes += it.key().startsWith(u"review_note/");
        QCOMPARE(notes, 8);
        for (const auto &[type, id, approve, reason] : made) {
            const QJsonObject o = scope.value(type + u'/' + QString::number(id));
            QVERIFY(!o.isEmpty());
            if (type == u"registration") {
                if (id == overtaken) {
                    QCOMPARE(o[u"status"_s].toString(), u"rejected"_s);
                    QCOMPARE(o[u"decision"_s][u"decidedByName"_s].toString(), u"Camille Bernard"_s);
                    continue;
                }
                QCOMPARE(o[u"status"_s].toString(), approve ? u"validated"_s : u"rejected"_s);
                QCOMPARE(o[u"decision"_s][u"reason"_s].toString(), reason);
                QCOMPARE(o[u"decision"_s][u"decidedByName"_s].toString(), u"Nathalie Lefèvre"_s);
            } else {
                int ours = 0;
                for (const QJsonValue d : o[u"decisions"_s].toArray())
                    if (d[u"country"_s] == u"FR"_s) {
                        ++ours;
                        QCOMPARE(d[u"decision"_s].toString(),
                                 approve ? u"approved"_s : u"rejected"_s);
                        QCOMPARE(d[u"reason"_s].toString(), reason);
                    }
                QCOMPARE(ours, 1);
            }
        }

        // The overtaken decision: an issue saying who decided what, when; the item shows theirs.
        const auto issues = session.issues();
        QCOMPARE(issues.size(), 1);
        const EntityKind *kind = kinds::forMutation(issues.first().type);
        QVERIFY(kind);
        const QString explained =
            kind->explainIssue(issues.first().kind, issues.first().data, issues.first().error);
        QVERIFY2(explained.contains(u"Camille Bernard"_s) && explained.contains(u"refused"_s),
                 qPrintable(explained));
        QVERIFY(explained.contains(u"Not a teacher of this school."_s));
        const auto history = desk->items({ReviewDesk::Queue::Decided, {}, {}, {}, {}});
        const auto it = std::find_if(history.cbegin(), history.cend(),
                                     [&](const auto &i) { return i.id == overtaken; });
        QVERIFY(it != history.cend());
        QCOMPARE(it->decision, u"rejected"_s);
        QCOMPARE(it->decidedByName, u"Camille Bernard"_s);
        QVERIFY(it->queuedDecision.isEmpty());
        // ... and when: the colleague's decision, made during this test, named in the words.
        QVERIFY(it->decidedAt >= colleagueFrom &&
                it->decidedAt <= QDateTime::currentMSecsSinceEpoch());
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(it->decidedAt).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(explained.contains(when), qPrintable(explained + u" / "_s + when));
    }
};

QTEST_GUILESS_MAIN(TestReviewOffline)
#include "tst_review_offline.moc"
