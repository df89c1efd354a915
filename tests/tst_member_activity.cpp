// SPDX-License-Identifier: GPL-3.0-or-later
// When each member of a project was last active, on the real server: a sign-in marks the day,
// the first request of a new day publishes the member's projects again (once, whatever the
// requests arriving together), and every other request writes nothing.
#include "demo_project.h"
#include "http.h"
#include "server_process.h"

#include "database.h"
#include "domain/project.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace etw;
using namespace etw::server;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestMemberActivity : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    DemoAccounts m_demo;
    qint64 m_project = 0;
    std::unique_ptr<Database> m_db;

    static qint64 startOfTodayUtc()
    {
        return QDateTime::currentDateTimeUtc().date().startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }
    qint64 storedLastActive(const QString &user)
    {
        QSqlQuery q(m_db->connection());
        if (!Database::run(q, u"SELECT last_active_at FROM accounts WHERE username = ?"_s,
                           {user}) ||
            !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    bool setStoredLastActive(const QString &user, qint64 at)
    {
        QSqlQuery q(m_db->connection());
        return Database::run(q, u"UPDATE accounts SET last_active_at = ? WHERE username = ?"_s,
                             {at, user});
    }
    qint64 feedCounter()
    {
        QSqlQuery q(m_db->connection());
        if (!Database::run(q, u"SELECT value FROM feed_counter WHERE id = 1"_s) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    // One page of the project's scope after `since`, as teacher.fr's client asks for it.
    HttpResult projectChanges(qint64 since)
    {
        return m_demo.as(u"teacher.fr"_s)
            .get(u"/api/v1/sync/project:%1?since=%2&limit=2000"_s.arg(m_project).arg(since));
    }
    static QJsonObject memberIn(const QJsonObject &project, qint64 accountId)
    {
        for (const QJsonValue m : project[u"members"_s].toArray())
            if (m[u"accountId"_s].toInteger() == accountId)
                return m.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        // The server's first count of the statistics publishes records: done before the tests
        // that count what the feed publishes (the next one is minutes away).
        QVERIFY2(m_server.waitForOutput(u"statistics: "_s), qPrintable(m_server.lastOutput()));
        auto settings = DatabaseSettings::fromUrl(m_server.databaseUrl());
        QVERIFY(settings.ok());
        DatabaseSettings s = settings.value();
        s.password = qEnvironmentVariable("ETW_DATABASE_PASSWORD");
        m_db = std::make_unique<Database>(s);
    }

    // Never signed in since the server keeps it: not known (0). Signing in marks the day, and
    // a project's members carry it, with when each joined.
    void signingInMarksTheDay()
    {
        QCOMPARE(storedLastActive(u"teacher.de"_s), 0);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(m_demo.signIn(m_server.url(), {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
                                               u"correspondent.fr"_s, u"correspondent.it"_s}));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const qint64 stored = storedLastActive(u"teacher.de"_s);
        QVERIFY2(stored >= before && stored <= after, qPrintable(QString::number(stored)));

        m_project = m_demo.activeProject(u"Rivers and their people"_s);
        QVERIFY(m_project > 0);
        const QJsonObject project = m_demo.as(u"teacher.fr"_s)
                                        .pullScope(u"project:%1"_s.arg(m_project))
                                        .value(u"project/%1"_s.arg(m_project));
        QVERIFY(!project.isEmpty());
        for (const QString &user : {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s}) {
            const QJsonObject m = memberIn(project, m_demo.id(user));
            QCOMPARE(m[u"state"_s].toString(), u"active"_s);
            const qint64 last = m[u"lastActiveAt"_s].toInteger();
            QVERIFY2(last >= before && last <= after, qPrintable(user));
            const qint64 since = m[u"since"_s].toInteger();
            QVERIFY2(since >= before && since <= QDateTime::currentMSecsSinceEpoch(),
                     qPrintable(user));
        }
    }

    // The first request of a new day publishes the project again, with the same version
    // (nothing a founder could edit changed) and the new day; the following ones, a sign-in
    // too, neither write the account nor publish anything.
    void aNewDayIsPublishedOnce()
    {
        QVERIFY(m_project > 0);
        const qint64 yesterday = startOfTodayUtc() - 3600 * 1000;
        QVERIFY(setStoredLastActive(u"teacher.de"_s, yesterday));
        const HttpResult start = projectChanges(0);
        QCOMPARE(start.status, 200);
        const qint64 cursor = start.json[u"cursor"_s].toInteger();
        const QJsonArray all = start.json[u"changes"_s].toArray();
        QCOMPARE(all.size(), 1);
        const qint64 version = all[0][u"version"_s].toInteger();

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(m_demo.as(u"teacher.de"_s).get(u"/api/v1/sync"_s).status, 200);
        const qint64 stored = storedLastActive(u"teacher.de"_s);
        QVERIFY2(stored >= before, qPrintable(QString::number(stored)));

        const HttpResult next = projectChanges(cursor);
        QCOMPARE(next.status, 200);
        const QJsonArray changes = next.json[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][u"type"_s].toString(), u"project"_s);
        QCOMPARE(changes[0][u"version"_s].toInteger(), version);
        const QJsonObject de =
            memberIn(changes[0][u"data"_s].toObject(), m_demo.id(u"teacher.de"_s));
        QCOMPARE(de[u"lastActiveAt"_s].toInteger(), stored);
        // The partner's client reads it as the domain does.
        const auto parsed = Project::fromJson(changes[0][u"data"_s].toObject());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().member(m_demo.id(u"teacher.de"_s))->lastActiveAt, stored);

        // The rest of the day: reads only.
        const qint64 counter = feedCounter();
        const qint64 cursorAfter = next.json[u"cursor"_s].toInteger();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_demo.as(u"teacher.de"_s).get(u"/api/v1/sync"_s).status, 200);
            QCOMPARE(
                m_demo.as(u"teacher.de"_s).get(u"/api/v1/sync/project:%1"_s.arg(m_project)).status,
                200);
        }
        Http again(m_server.url());
        QCOMPARE(again.signIn(u"teacher.de"_s, u"demo1234"_s).status, 200);
        QCOMPARE(again.get(u"/api/v1/sync"_s).status, 200);
        QCOMPARE(storedLastActive(u"teacher.de"_s), stored);
        QCOMPARE(feedCounter(), counter);
        const HttpResult quiet = projectChanges(cursorAfter);
        QCOMPARE(quiet.status, 200);
        QCOMPARE(quiet.json[u"changes"_s].toArray().size(), 0);
        QCOMPARE(projectChanges(0).json[u"changes"_s][0][u"version"_s].toInteger(), version);
    }

    // A client's requests arriving together on a new day: one of them writes and publishes.
    void requestsArrivingTogetherPublishOnce()
    {
        QVERIFY(m_project > 0);
        QVERIFY(setStoredLastActive(u"teacher.it"_s, startOfTodayUtc() - 3600 * 1000));
        const qint64 counter = feedCounter();
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest request(m_server.url().resolved(QUrl(u"/api/v1/sync"_s)));
            request.setRawHeader("Authorization",
                                 "Bearer " + m_demo.as(u"teacher.it"_s).token().toLatin1());
            replies.append(network.get(request));
        }
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished()) {
                QSignalSpy finished(reply, &QNetworkReply::finished);
                QVERIFY(finished.wait(30000));
            }
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QVERIFY(storedLastActive(u"teacher.it"_s) >= startOfTodayUtc());
        // One publication: the project's scope, its two founder countries' review scopes and
        // the regional review scopes of its founders' schools.
        const QJsonObject project = m_demo.as(u"teacher.fr"_s)
                                        .pullScope(u"project:%1"_s.arg(m_project))
                                        .value(u"project/%1"_s.arg(m_project));
        QSet<QString> regions;
        for (const QJsonValue m : project[u"members"_s].toArray())
            if (m[u"role"_s] == u"founder"_s && m[u"state"_s] == u"active"_s &&
                !m[u"region"_s].toString().isEmpty())
                regions.insert(m[u"region"_s].toString());
        QCOMPARE(feedCounter() - counter, 3 + regions.size());
    }

    // A payload of a server that did not keep them yet still reads, as not known.
    void olderPayloadsStillRead()
    {
        const QJsonObject older{{u"accountId"_s, 7},      {u"displayName"_s, u"Anna Schmidt"_s},
                                {u"schoolId"_s, 3},       {u"schoolName"_s, u"Isar-Schule"_s},
                                {u"country"_s, u"DE"_s},  {u"role"_s, u"partner"_s},
                                {u"state"_s, u"active"_s}};
        const auto m = ProjectMember::fromJson(older);
        QVERIFY(m.ok());
        QCOMPARE(m.value().lastActiveAt, 0);
        QCOMPARE(m.value().since, 0);
        QJsonObject wrong = older;
        wrong.insert(u"lastActiveAt"_s, u"yesterday"_s);
        QVERIFY(!ProjectMember::fromJson(wrong).ok());
        ProjectMember now = m.value();
        now.lastActiveAt = 1'700'000'000'000;
        now.since = 1'690'000'000'000;
        QCOMPARE(ProjectMember::fromJson(now.toJson()).value(), now);
    }
};

QTEST_GUILESS_MAIN(TestMemberActivity)
#include "tst_member_activity.moc"
