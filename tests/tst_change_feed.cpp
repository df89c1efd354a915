// SPDX-License-Identifier: GPL-3.0-or-later
// Change-feed ordering: writers push edits concurrently while a reader pulls the directory;
// the reader must end with every entity's last version, never seeing one twice or going back.
// Also with two server instances on one database, writers and reader spread over both.
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
        constexpr int writersPerAccount = 2;
        constexpr int editsPerWriter = 40;
        const QStringList accounts{u"teacher.fr"_s, u"teacher.it"_s};

        std::atomic_int applied{0};
        std::atomic_int failures{0};
        QList<QThread *> writers;
        for (const QString &account : accounts) {
            for (int w = 0; w < writersPerAccount; ++w) {
                writers.append(QThread::create([&, account, w] {
                    // Each writer on its own instance when there are two.
                    Http http(urls.at(w % urls.size()));
                    const HttpResult in = http.signIn(account, u"demo1234"_s);
                    const qint64 me = in.json[u"account"_s][u"id"_s].toInteger();
                    qint64 base = 1; // the version this writer last saw its own field at
                    for (int i = 0; i < editsPerWriter; ++i) {
                        // Each writer edits its own field so that stale bases merge, not conflict.
                        const QString field = w == 0 ? u"bio"_s : u"ageMax"_s;
                        const QJsonValue value =
                            w == 0 ? QJsonValue(u"edit %1"_s.arg(i)) : QJsonValue(15 + i % 5);
                        const QJsonObject m{
                            {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"type"_s, u"profile"_s},
                            {u"op"_s, u"update"_s},
                            {u"entityId"_s, me},
                            {u"baseVersion"_s, base},
                            {u"data"_s, QJsonObject{{field, value}}}};
                        const HttpResult r = http.postJson(u"/api/v1/mutations"_s,
                                                           {{u"mutations"_s, QJsonArray{m}}});
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

        // The reader switches instance on every pull, with the token one of them issued.
        Http signIn(urls.last());
        QCOMPARE(signIn.signIn(u"correspondent.fr"_s, u"demo1234"_s).status, 200);
        QList<std::shared_ptr<Http>> readers;
        for (const QUrl &u : urls) {
            readers.append(std::make_shared<Http>(u));
            readers.last()->setToken(signIn.token());
        }
        // Initial state, then start writing while pulling in small pages.
        qint64 cursor = 0;
        QHash<QString, qint64> lastVersion;
        int duplicates = 0, regressions = 0, pulls = 0;
        auto pullOnce = [&] {
            Http &reader = *readers.at(pulls % readers.size());
            const HttpResult r =
                reader.get(u"/api/v1/sync/directory?since=%1&limit=7"_s.arg(cursor));
            if (r.status != 200) {
                ++failures;
                return false;
            }
            ++pulls;
            QSet<QString> inPage;
            for (const QJsonValue v : r.json[u"changes"_s].toArray()) {
                const QString key =
                    v[u"type"_s].toString() + QString::number(v[u"id"_s].toInteger());
                const qint64 version = v[u"version"_s].toInteger();
                if (inPage.contains(key))
                    ++duplicates;
                inPage.insert(key);
                if (lastVersion.contains(key) && version <= lastVersion.value(key))
                    ++regressions;
                lastVersion.insert(key, version);
            }
            const qint64 next = r.json[u"cursor"_s].toInteger();
            if (next < cursor)
                ++regressions;
            cursor = next;
            return r.json[u"more"_s].toBool();
        };
        while (pullOnce()) {
        }
        for (QThread *t : writers)
            t->start();
        while (std::any_of(writers.cbegin(), writers.cend(),
                           [](QThread *t) { return t->isRunning(); })) {
            pullOnce();
        }
        for (QThread *t : writers) {
            t->wait();
            delete t;
        }
        while (pullOnce()) {
        }

        QCOMPARE(failures.load(), 0);
        QCOMPARE(applied.load(), int(accounts.size()) * writersPerAccount * editsPerWriter);
        QCOMPARE(duplicates, 0);
        QCOMPARE(regressions, 0);
        QVERIFY(pulls > 10);
        // The reader holds the server's final version of each edited profile: nothing skipped.
        for (qint64 id : {1, 2}) {
            Http owner(urls.first());
            owner.signIn(id == 1 ? u"teacher.fr"_s : u"teacher.it"_s, u"demo1234"_s);
            const HttpResult me = owner.get(u"/api/v1/sync/me?since=0"_s);
            qint64 finalVersion = -1;
            for (const QJsonValue v : me.json[u"changes"_s].toArray())
                if (v[u"type"_s].toString() == u"teacher")
                    finalVersion = v[u"version"_s].toInteger();
            QCOMPARE(finalVersion, 1 + writersPerAccount * editsPerWriter);
            QCOMPARE(lastVersion.value(u"teacher"_s + QString::number(id)), finalVersion);
        }
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_change_feed.moc"
