// SPDX-License-Identifier: GPL-3.0-or-later
// Change-feed ordering: writers push edits concurrently while readers pull in small pages; each
// reader must end with every entity's last version, never seeing one twice or going back.
// Also with two server instances on one database, writers and readers spread over both.
//
// The feed keeps one row per entity (its latest version), so a change a reader skipped is
// hidden as soon as the same entity changes again: only the last change of each entity can
// reveal a skip. Two profiles edited eighty times would show two chances; so project writers
// also register many projects, each inviting one teacher, whose `me` scope thus holds one
// invitation per project, each written twice, while that teacher's reader follows it.
#include "http.h"
#include "server_process.h"

#include <QJsonArray>
#include <QMutex>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject mutation(const QString &type, const QString &op, qint64 entityId, qint64 baseVersion,
                     const QJsonObject &data)
{
    return {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"type"_s, type},
            {u"op"_s, op},
            {u"entityId"_s, entityId},
            {u"baseVersion"_s, baseVersion},
            {u"data"_s, data}};
}

// A registration that passes the domain's checks, inviting `invitee` as a partner.
QJsonObject registration(const QString &title, qint64 invitee)
{
    return {{u"kind"_s, u"european"_s},
            {u"title"_s, title},
            {u"summary"_s, u"Pupils compare the rivers of their towns."_s},
            {u"description"_s, u"Each school films its river and writes about it."_s},
            {u"subjects"_s, QJsonArray{u"geography"_s}},
            {u"languages"_s, QJsonArray{u"en"_s}},
            {u"ageMin"_s, 10},
            {u"ageMax"_s, 12},
            {u"durationMonths"_s, 6},
            {u"aims"_s, u"Know the water cycle."_s},
            {u"workProcess"_s, u"One video a month."_s},
            {u"expectedResults"_s, u"A common atlas of our rivers."_s},
            {u"invitations"_s,
             QJsonArray{QJsonObject{{u"accountId"_s, invitee}, {u"role"_s, u"partner"_s}}}}};
}

// A reader following one scope's cursor, one page of 7 at a time, switching instance on every
// pull. Checks each page as it comes and keeps what it holds: entity → last version seen.
struct FeedReader
{
    QString scope;
    QList<std::shared_ptr<Http>> http; // one per instance, all with the same token
    qint64 cursor = 0;
    QHash<QString, qint64> lastVersion; // every entity seen, tombstones too
    QHash<QString, qint64> live;        // without the deleted ones
    int duplicates = 0, regressions = 0, pulls = 0, failures = 0;

    // One page; returns whether the server said there is more.
    bool pullOnce(int limit = 7)
    {
        Http &reader = *http.at(pulls % http.size());
        const HttpResult r =
            reader.get(u"/api/v1/sync/%1?since=%2&limit=%3"_s.arg(scope).arg(cursor).arg(limit));
        if (r.status != 200) {
            ++failures;
            return false;
        }
        ++pulls;
        QSet<QString> inPage;
        for (const QJsonValue v : r.json[u"changes"_s].toArray()) {
            const QString key = v[u"type"_s].toString() + QString::number(v[u"id"_s].toInteger());
            const qint64 version = v[u"version"_s].toInteger();
            if (inPage.contains(key))
                ++duplicates;
            inPage.insert(key);
            if (lastVersion.contains(key) && version <= lastVersion.value(key))
                ++regressions;
            lastVersion.insert(key, version);
            if (v[u"deleted"_s].toBool())
                live.remove(key);
            else
                live.insert(key, version);
        }
        const qint64 next = r.json[u"cursor"_s].toInteger();
        if (next < cursor)
            ++regressions;
        cursor = next;
        return r.json[u"more"_s].toBool();
    }
    void pullToEnd(int limit = 7)
    {
        while (pullOnce(limit)) {
        }
    }
};

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentWritersWhileReading_data()
    {
        QTest::addColumn<int>("instances");
        QTest::newRow("one instance") << 1;
        QTest::newRow("two instances on one database") << 2;
    }

    void concurrentWritersWhileReading()
    {
        QFETCH(int, instances);
        ServerProcess first;
        QVERIFY2(first.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(first.lastOutput()));
        ServerProcess second;
        QList<QUrl> urls{first.url()};
        if (instances == 2) {
            second.shareDatabaseWith(first);
            QVERIFY2(second.start(), qPrintable(second.lastOutput()));
            urls.append(second.url());
        }
        // Profile writers: two per account, each on its own field, so that stale bases merge
        // (on PostgreSQL this is what catches a read-modify-write without a row lock).
        constexpr int writersPerAccount = 2;
        constexpr int editsPerWriter = 40;
        const QStringList accounts{u"teacher.fr"_s, u"teacher.it"_s};
        // Project writers: each registers projects inviting teacher.it, and renames each once.
        constexpr int projectWritersPerFounder = 2;
        constexpr int projectsPerWriter = 30;
        const QStringList founders{u"teacher2.fr"_s, u"teacher.de"_s};
        const QString invitee = u"teacher.it"_s;

        // The invitee's reader signs in first: the founders need its account id to invite it.
        Http inviteeSignIn(urls.last());
        const HttpResult inviteeIn = inviteeSignIn.signIn(invitee, u"demo1234"_s);
        QCOMPARE(inviteeIn.status, 200);
        const qint64 inviteeId = inviteeIn.json[u"account"_s][u"id"_s].toInteger();
        QVERIFY(inviteeId > 0);

        std::atomic_int applied{0};
        std::atomic_int failures{0};
        QMutex finalMutex;
        QHash<qint64, qint64> finalProjectVersion; // project id → version after its last write
        QList<QThread *> writers;
        int writerIndex = 0;
        for (const QString &account : accounts) {
            for (int w = 0; w < writersPerAccount; ++w, ++writerIndex) {
                writers.append(QThread::create([&, account, w, writerIndex] {
                    // Each writer on its own instance when there are two.
                    Http http(urls.at(writerIndex % urls.size()));
                    const HttpResult in = http.signIn(account, u"demo1234"_s);
                    const qint64 me = in.json[u"account"_s][u"id"_s].toInteger();
                    qint64 base = 1; // the version this writer last saw its own field at
                    for (int i = 0; i < editsPerWriter; ++i) {
                        const QString field = w == 0 ? u"bio"_s : u"ageMax"_s;
                        const QJsonValue value =
                            w == 0 ? QJsonValue(u"edit %1"_s.arg(i)) : QJsonValue(15 + i % 5);
                        const HttpResult r = http.postJson(
                            u"/api/v1/mutations"_s,
                            {{u"mutations"_s, QJsonArray{mutation(u"profile"_s, u"update"_s, me,
                                                                  base, {{field, value}})}}});
                        const QString status = r.json[u"results"_s][0][u"status"_s].toString();
                        if (status == u"applied") {
                            ++applied;
                            base = r.json[u"results"_s][0][u"version"_s].toInteger();
                        } else
                            ++failures;
                    }
                }));
            }
        }
        for (const QString &account : founders) {
            for (int w = 0; w < projectWritersPerFounder; ++w, ++writerIndex) {
                writers.append(QThread::create([&, account, w, writerIndex] {
                    Http http(urls.at(writerIndex % urls.size()));
                    if (http.signIn(account, u"demo1234"_s).status != 200) {
                        ++failures;
                        return;
                    }
                    const auto push = [&](const QJsonObject &m) {
                        const HttpResult r = http.postJson(u"/api/v1/mutations"_s,
                                                           {{u"mutations"_s, QJsonArray{m}}});
                        const QJsonObject result = r.json[u"results"_s][0].toObject();
                        if (result[u"status"_s].toString() != u"applied") {
                            qWarning("%s", r.body.constData());
                            ++failures;
                            return QJsonObject();
                        }
                        ++applied;
                        return result;
                    };
                    for (int i = 0; i < projectsPerWriter; ++i) {
                        const QString title = u"%1 %2 %3"_s.arg(account).arg(w).arg(i);
                        const QJsonObject created = push(mutation(u"project"_s, u"create"_s, 0, 0,
                                                                  registration(title, inviteeId)));
                        const qint64 id = created[u"entityId"_s].toInteger();
                        if (!id)
                            continue;
                        const QJsonObject renamed = push(mutation(
                            u"project"_s, u"update"_s, id, created[u"version"_s].toInteger(),
                            QJsonObject{{u"title"_s, QJsonValue(title + u" (renamed)"_s)}}));
                        QMutexLocker lock(&finalMutex);
                        finalProjectVersion.insert(id, renamed[u"version"_s].toInteger());
                    }
                }));
            }
        }

        // The readers switch instance on every pull, with the token one of them issued.
        const auto readerFor = [&](const QString &scope, const QString &token) {
            FeedReader r;
            r.scope = scope;
            for (const QUrl &u : urls) {
                r.http.append(std::make_shared<Http>(u));
                r.http.last()->setToken(token);
            }
            return r;
        };
        Http correspondent(urls.last());
        QCOMPARE(correspondent.signIn(u"correspondent.fr"_s, u"demo1234"_s).status, 200);
        FeedReader directory = readerFor(u"directory"_s, correspondent.token());
        FeedReader invitations = readerFor(u"me"_s, inviteeSignIn.token());
        // Initial state, then start writing while pulling both scopes in small pages.
        directory.pullToEnd();
        invitations.pullToEnd();
        for (QThread *t : writers)
            t->start();
        while (std::any_of(writers.cbegin(), writers.cend(),
                           [](QThread *t) { return t->isRunning(); })) {
            directory.pullOnce();
            invitations.pullOnce();
        }
        for (QThread *t : writers) {
            t->wait();
            delete t;
        }
        directory.pullToEnd();
        invitations.pullToEnd();

        const int projects = int(founders.size()) * projectWritersPerFounder * projectsPerWriter;
        QCOMPARE(failures.load(), 0);
        QCOMPARE(applied.load(),
                 int(accounts.size()) * writersPerAccount * editsPerWriter + 2 * projects);
        for (const FeedReader *r : {&directory, &invitations}) {
            QCOMPARE(r->failures, 0);
            QCOMPARE(r->duplicates, 0);
            QCOMPARE(r->regressions, 0);
            QVERIFY(r->pulls > 10);
        }
        // The reader holds the server's final version of each edited profile...
        for (qint64 id : {1, 2}) {
            Http owner(urls.first());
            owner.signIn(id == 1 ? u"teacher.fr"_s : u"teacher.it"_s, u"demo1234"_s);
            const HttpResult me = owner.get(u"/api/v1/sync/me?since=0"_s);
            qint64 finalVersion = -1;
            for (const QJsonValue v : me.json[u"changes"_s].toArray())
                if (v[u"type"_s].toString() == u"teacher")
                    finalVersion = v[u"version"_s].toInteger();
            QCOMPARE(finalVersion, 1 + writersPerAccount * editsPerWriter);
            QCOMPARE(directory.lastVersion.value(u"teacher"_s + QString::number(id)), finalVersion);
        }
        // ...and of every invitation, each of which only its own two writes ever touched: one
        // change skipped while the writers ran shows here.
        QCOMPARE(finalProjectVersion.size(), projects);
        int missed = 0;
        for (auto it = finalProjectVersion.cbegin(); it != finalProjectVersion.cend(); ++it) {
            const qint64 seen = invitations.live.value(u"invitation"_s + QString::number(it.key()));
            if (seen != it.value()) {
                ++missed;
                qWarning("invitation to project %lld: the reader holds version %lld of %lld",
                         it.key(), seen, it.value());
            }
        }
        QCOMPARE(missed, 0);
        // Whatever else the scopes hold, a reader that followed the cursor while the writers ran
        // holds exactly what a reader starting from zero now gets.
        for (const FeedReader *r : {&directory, &invitations}) {
            FeedReader fresh = readerFor(r->scope, r->http.first()->token());
            fresh.pullToEnd(500);
            QCOMPARE(fresh.failures, 0);
            int differ = 0;
            for (auto it = fresh.live.cbegin(); it != fresh.live.cend(); ++it)
                if (r->live.value(it.key(), -1) != it.value()) {
                    ++differ;
                    qWarning("%s: %s at version %lld, the reader holds %lld", qPrintable(r->scope),
                             qPrintable(it.key()), it.value(), r->live.value(it.key(), -1));
                }
            QCOMPARE(differ, 0);
            QCOMPARE(r->live.size(), fresh.live.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_change_feed.moc"
