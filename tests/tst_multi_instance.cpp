// SPDX-License-Identifier: GPL-3.0-or-later
// Two server instances on one database, as behind a load balancer: a token from one works on
// the other, throttling counts across both, and a client that switches instance on every
// request ends with exactly the server's data.
#include "http.h"
#include "raw_sign_ins.h"
#include "server_process.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
// Rows in the table of a server's database (sqlite:<file> or postgresql://…).
qint64 countRows(const QString &databaseUrl, const QString &sql)
{
    const QString name = u"etw-test-count"_s;
    qint64 count = -1;
    {
        QSqlDatabase db;
        if (databaseUrl.startsWith(u"sqlite:")) {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(databaseUrl.mid(7));
        } else {
            const QUrl url(databaseUrl);
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            db.setPassword(qEnvironmentVariable("ETW_DATABASE_PASSWORD"));
        }
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            count = q.value(0).toLongLong();
        else
            qWarning("%s: %s", qPrintable(sql),
                     qPrintable(db.isOpen() ? q.lastError().text() : db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

// Lines of a server's output that say something failed without saying why.
QStringList failuresWithoutReason(const QString &output)
{
    static const QRegularExpression bare(u"failed:?\\s*(\"\"\\s*)?$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList lines;
    for (const QString &line : output.split(u'\n'))
        if (bare.match(line.trimmed()).hasMatch())
            lines.append(line);
    return lines;
}
} // namespace

class TestMultiInstance : public QObject
{
    Q_OBJECT

    ServerProcess m_first;
    ServerProcess m_second;

    // What a client holds after pulling a scope: each entity's version and data, by type/id.
    using Snapshot = QHash<QString, QPair<qint64, QJsonObject>>;

    static QString key(const QJsonValue &change)
    {
        return change[u"type"_s].toString() + u'/' + QString::number(change[u"id"_s].toInteger());
    }

    // Applies one page to `held` like the client core does (tombstones remove).
    static void apply(Snapshot &held, const HttpResult &page)
    {
        for (const QJsonValue c : page.json[u"changes"_s].toArray()) {
            if (c[u"deleted"_s].toBool())
                held.remove(key(c));
            else
                held.insert(key(c), {c[u"version"_s].toInteger(), c[u"data"_s].toObject()});
        }
    }

    static QJsonObject profileEdit(qint64 accountId, qint64 baseVersion, const QJsonObject &data)
    {
        return {{u"mutations"_s, QJsonArray{QJsonObject{
                                     {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"type"_s, u"profile"_s},
                                     {u"op"_s, u"update"_s},
                                     {u"entityId"_s, accountId},
                                     {u"baseVersion"_s, baseVersion},
                                     {u"data"_s, data}}}}};
    }

    // A full pull from zero on one instance: the server's truth to compare with.
    static Snapshot fullPull(Http &http, const QString &scope)
    {
        Snapshot all;
        qint64 since = 0;
        for (;;) {
            const HttpResult r =
                http.get(u"/api/v1/sync/%1?since=%2&limit=2000"_s.arg(scope).arg(since));
            if (r.status != 200)
                return {};
            apply(all, r);
            since = r.json[u"cursor"_s].toInteger();
            if (!r.json[u"more"_s].toBool())
                return all;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_first.start({u"--demo"_s, u"--demo-size"_s, u"2000"_s}),
                 qPrintable(m_first.lastOutput()));
        m_second.shareDatabaseWith(m_first);
        QVERIFY2(m_second.start(), qPrintable(m_second.lastOutput()));
        QVERIFY(m_first.port() != m_second.port());
    }

    void tokenFromOneInstanceWorksOnTheOther()
    {
        Http a(m_first.url());
        QCOMPARE(a.signIn(u"teacher.it"_s, u"demo1234"_s).status, 200);
        Http b(m_second.url());
        b.setToken(a.token());
        QCOMPARE(b.get(u"/api/v1/sync"_s).status, 200);
        // Signed out through the second: the first refuses the token too.
        QCOMPARE(b.request("DELETE", u"/api/v1/session"_s).status, 204);
        const HttpResult after = a.get(u"/api/v1/sync"_s);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), u"invalid_token"_s);
    }

    void throttlingIsNotBypassedBySwitchingInstance()
    {
        Http a(m_first.url());
        Http b(m_second.url());
        // Five wrong passwords, alternating: the account's limit is five in 15 minutes.
        for (int i = 0; i < 5; ++i) {
            Http &http = i % 2 ? b : a;
            QCOMPARE(http.signIn(u"pupil.fr"_s, u"wrong %1"_s.arg(i)).status, 401);
        }
        for (Http *http : {&a, &b}) {
            const HttpResult r = http->signIn(u"pupil.fr"_s, u"demo1234"_s);
            QCOMPARE(r.status, 429);
            QCOMPARE(r.errorCode(), u"too_many_attempts"_s);
            QVERIFY(r.header("Retry-After").toInt() > 0);
        }
        // Twenty guesses at once, half through each instance: each attempt is counted in the
        // database before its password is checked, so only five reach the check in all.
        QStringList passwords;
        for (int i = 0; i < 20; ++i)
            passwords.append(u"guess %1"_s.arg(i));
        const QList<RawAnswer> answers = signInsFrom(
            {m_first.port(), m_second.port()}, u"127.0.0.8"_s, u"correspondent.it"_s, passwords);
        QCOMPARE(answers.size(), 20);
        QCOMPARE(countStatus(answers, 401), 5);
        QCOMPARE(countStatus(answers, 429), 15);
    }

    // Two servers started together with --demo on one empty database: one seeds, the other
    // waits for it under the migration lock and reuses its data; both serve.
    void demoServersStartingTogetherSeedOnce()
    {
        ServerProcess first;
        ServerProcess second;
        second.shareDatabaseWith(first);
        // Snapshots too: one being built when the server stops must not be logged as a bare
        // failure.
        const QStringList args{u"--demo"_s, u"--demo-size"_s,
                               u"3000"_s,   u"--demo-review-queue"_s,
                               u"0"_s,      u"--snapshot-min-records"_s,
                               u"0"_s};
        QVERIFY(first.launch(args));
        QVERIFY(second.launch(args));
        QVERIFY2(first.waitUntilListening(), qPrintable(first.lastOutput()));
        QVERIFY2(second.waitUntilListening(), qPrintable(second.lastOutput()));
        const QString outputs = first.lastOutput() + second.lastOutput();
        QCOMPARE(outputs.count(u"demo data seeded"_s), 1);
        QCOMPARE(outputs.count(u"demo data reused"_s), 1);
        QCOMPARE(countRows(first.databaseUrl(),
                           u"SELECT COUNT(*) FROM accounts WHERE username = 'teacher.fr'"_s),
                 1);
        // The directory's teachers and the named demo accounts the seeding instance listed, once.
        const QString listed =
            outputs.section(u"accounts (password demo1234):"_s, 1).section(u'\n', 0, 0);
        const int named = int(listed.split(u' ', Qt::SkipEmptyParts).size());
        QVERIFY(named >= 8);
        QCOMPARE(countRows(first.databaseUrl(), u"SELECT COUNT(*) FROM accounts"_s), 3000 + named);
        qint64 id = 0;
        for (ServerProcess *server : {&first, &second}) {
            Http http(server->url());
            const HttpResult r = http.signIn(u"teacher.fr"_s, u"demo1234"_s);
            QCOMPARE(r.status, 200);
            const qint64 mine = r.json[u"account"_s][u"id"_s].toInteger();
            QVERIFY(id == 0 || mine == id);
            id = mine;
        }
        QVERIFY(!first.waitForDirectorySnapshot().isEmpty());
        first.stop();
        second.stop(); // perhaps while its snapshot is still being built
        for (const ServerProcess *server : {&first, &second})
            QVERIFY2(failuresWithoutReason(server->lastOutput()).isEmpty(),
                     qPrintable(server->lastOutput()));
    }

    void alternatingClientEndsWithServerData()
    {
        Http a(m_first.url());
        Http b(m_second.url());
        // Sign-in on the first; everything after on the other one, then back, request by request.
        const HttpResult in = a.signIn(u"teacher.fr"_s, u"demo1234"_s);
        QCOMPARE(in.status, 200);
        const qint64 me = in.json[u"account"_s][u"id"_s].toInteger();
        b.setToken(a.token());
        QList<Http *> instances{&b, &a};
        int requests = 0;
        auto next = [&]() -> Http & { return *instances.at(requests++ % 2); };

        // Someone else edits through either instance while this client syncs.
        Http other(m_second.url());
        const HttpResult otherIn = other.signIn(u"teacher.it"_s, u"demo1234"_s);
        QCOMPARE(otherIn.status, 200);
        const qint64 itId = otherIn.json[u"account"_s][u"id"_s].toInteger();
        const QString itKey = u"teacher/"_s + QString::number(itId);
        Http otherOnFirst(m_first.url());
        otherOnFirst.setToken(other.token());
        qint64 itVersion = fullPull(other, u"me"_s).value(itKey).first;
        QVERIFY(itVersion > 0);

        Snapshot directory, mine;
        qint64 directoryCursor = 0, meCursor = 0;
        qint64 myVersion = 0;
        auto pull = [&](const QString &scope, Snapshot &held, qint64 &cursor) {
            for (;;) {
                const HttpResult r =
                    next().get(u"/api/v1/sync/%1?since=%2&limit=100"_s.arg(scope).arg(cursor));
                if (r.status != 200)
                    return false;
                apply(held, r);
                cursor = r.json[u"cursor"_s].toInteger();
                if (!r.json[u"more"_s].toBool())
                    return true;
            }
        };
        QVERIFY(pull(u"me"_s, mine, meCursor));
        myVersion = mine.value(u"teacher/"_s + QString::number(me)).first;
        QVERIFY(myVersion > 0);

        for (int round = 0; round < 6; ++round) {
            // A page or two of the directory, an edit of one's own profile, another teacher's edit.
            const HttpResult page =
                next().get(u"/api/v1/sync/directory?since=%1&limit=100"_s.arg(directoryCursor));
            QCOMPARE(page.status, 200);
            apply(directory, page);
            directoryCursor = page.json[u"cursor"_s].toInteger();

            const HttpResult pushed = next().postJson(
                u"/api/v1/mutations"_s,
                profileEdit(me, myVersion,
                            {{u"bio"_s, u"Round %1, via either instance"_s.arg(round)}}));
            QCOMPARE(pushed.status, 200);
            QCOMPARE(pushed.json[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
            myVersion = pushed.json[u"results"_s][0][u"version"_s].toInteger();

            Http &writer = round % 2 ? other : otherOnFirst;
            const HttpResult theirs = writer.postJson(
                u"/api/v1/mutations"_s,
                profileEdit(itId, itVersion, {{u"bio"_s, u"Modifica %1"_s.arg(round)}}));
            QCOMPARE(theirs.json[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
            itVersion = theirs.json[u"results"_s][0][u"version"_s].toInteger();
        }
        QVERIFY(pull(u"directory"_s, directory, directoryCursor));
        QVERIFY(pull(u"me"_s, mine, meCursor));
        QVERIFY(requests > 20);

        // Exactly the server's data, as a fresh full pull from either instance sees it.
        Http fresh(m_first.url());
        QCOMPARE(fresh.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
        const Snapshot serverDirectory = fullPull(fresh, u"directory"_s);
        QVERIFY(serverDirectory.size() > 1000);
        QCOMPARE(directory.size(), serverDirectory.size());
        QVERIFY(directory == serverDirectory);
        QVERIFY(mine == fullPull(fresh, u"me"_s));
        QCOMPARE(mine.value(u"teacher/"_s + QString::number(me)).first, myVersion);
        QCOMPARE(directory.value(itKey).first, itVersion);
        QCOMPARE(directory.value(u"teacher/"_s + QString::number(me)).second[u"bio"_s].toString(),
                 u"Round 5, via either instance"_s);
    }
};

QTEST_GUILESS_MAIN(TestMultiInstance)
#include "tst_multi_instance.moc"
