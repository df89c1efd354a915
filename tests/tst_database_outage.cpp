// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL restarts while a client syncs: meanwhile the server answers 503 in JSON and stays
// alive; then it reconnects by itself, the client's sync resumes, and nothing is lost.
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "net/api_client.h"
#include "session/account_session.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "sync/sync_controller.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>

#include <QTest>
#include <unistd.h>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestDatabaseOutage : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;

    // pg_ctl on the test cluster, as its owner (PostgreSQL does not run as root).
    static bool pgCtl(const QStringList &args)
    {
        // The cluster's own configuration holds its port (scripts/lib/postgres.sh).
        const QString data = qEnvironmentVariable("ETW_TEST_POSTGRES_DATA");
        QStringList command{qEnvironmentVariable("ETW_TEST_POSTGRES_CTL"),
                            u"-D"_s,
                            data,
                            u"-l"_s,
                            data + u"/../server.log"_s,
                            u"-w"_s};
        command += args;
        const QString owner = qEnvironmentVariable("ETW_TEST_POSTGRES_OWNER");
        if (!owner.isEmpty() && owner != qEnvironmentVariable("USER") && geteuid() == 0)
            command = QStringList{u"runuser"_s, u"-u"_s, owner, u"--"_s} + command;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(command.takeFirst(), command);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("pg_ctl %s: %s", qPrintable(args.join(u' ')), p.readAll().constData());
            return false;
        }
        return true;
    }

    QPair<int, qint64> serverDirectory()
    {
        Http http(m_server.url());
        http.signIn(u"teacher.it"_s, u"demo1234"_s);
        int teachers = 0;
        qint64 since = 0;
        for (;;) {
            const HttpResult r =
                http.get(u"/api/v1/sync/directory?since=%1&limit=2000"_s.arg(since));
            for (const QJsonValue v : r.json[u"changes"_s].toArray())
                teachers += v[u"type"_s].toString() == u"teacher";
            since = r.json[u"cursor"_s].toInteger();
            if (!r.json[u"more"_s].toBool())
                return {teachers, since};
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(ServerProcess::usesPostgresql(), "runs on the PostgreSQL test cluster only");
        QVERIFY(!qEnvironmentVariableIsEmpty("ETW_TEST_POSTGRES_CTL"));
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"20000"_s}, 300000),
                 qPrintable(m_server.lastOutput()));
    }

    // Whatever happened, the cluster runs again for the tests after this one.
    void cleanup()
    {
        if (!pgCtl({u"status"_s}))
            pgCtl({u"start"_s});
    }

    void restartWhileSyncing()
    {
        ApiClient api;
        api.setServer(m_server.url());
        std::optional<Result<SignInReply>> signedIn;
        api.signIn(u"teacher.fr"_s, u"demo1234"_s,
                   [&](const Result<SignInReply> &r) { signedIn = r; });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 30000);
        QVERIFY(signedIn->ok());

        // One client is up to date and will edit during the outage; another is in the middle
        // of its first sync when the database goes down.
        AccountSession editor(m_server.url(), signedIn->value().account,
                              m_home.path() + u"/editor.sqlite"_s, nullptr);
        QVERIFY(editor.open().ok());
        editor.setToken(signedIn->value().token);
        QVERIFY(waitForUpToDate(*editor.sync(), 120000));
        const qint64 startVersion = editor.myProfile()->version;

        AccountSession session(m_server.url(), signedIn->value().account,
                               m_home.path() + u"/outage.sqlite"_s, nullptr);
        QVERIFY(session.open().ok());
        session.setToken(signedIn->value().token);
        QTRY_VERIFY_WITH_TIMEOUT(session.sync()->status().done > 0, 60000);
        QVERIFY(pgCtl({u"stop"_s, u"-m"_s, u"fast"_s}));
        QVERIFY(session.sync()->status().state != SyncStatus::State::UpToDate);

        // The server stays up and says, in JSON, that it cannot reach its database.
        Http http(m_server.url());
        http.setToken(signedIn->value().token);
        QCOMPARE(http.get(u"/healthz"_s).status, 200);
        const HttpResult ready = http.get(u"/readyz"_s);
        QCOMPARE(ready.status, 503);
        QCOMPARE(ready.errorCode(), u"database_error"_s);
        const HttpResult page = http.get(u"/api/v1/sync/directory?since=0&limit=10"_s);
        QCOMPARE(page.status, 503);
        QCOMPARE(page.errorCode(), u"database_error"_s);
        QCOMPARE(page.header("Retry-After"), QByteArray("1"));
        QVERIFY(!page.json[u"error"_s][u"message"_s].toString().contains(u"QPSQL"_s));
        QCOMPARE(http.signIn(u"teacher.it"_s, u"demo1234"_s).status, 503);

        // An edit made meanwhile waits in the outbox.
        QVERIFY(editor.editProfile({{u"bio"_s, u"Écrit pendant la panne"_s}}).ok());
        QCOMPARE(syncRound(*editor.sync(), 30000).state, SyncStatus::State::Offline);
        QCOMPARE(editor.sync()->status().waitingEdits, 1);

        QVERIFY(pgCtl({u"start"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/readyz"_s).status, 200, 30000);
        // The clients resume on their own (backoff, no restart) and end with everything.
        for (AccountSession *client : {&session, &editor})
            QVERIFY(waitForUpToDate(*client->sync(), 180000));
        const auto [teachers, cursor] = serverDirectory();
        for (AccountSession *client : {&session, &editor}) {
            QSqlDatabase cache = client->store().connection();
            QCOMPARE(directory_store::count(cache, {}), teachers);
            QCOMPARE(outbox::count(cache), 0);
        }
        // The edit arrived, once.
        Http me(m_server.url());
        me.signIn(u"teacher.fr"_s, u"demo1234"_s);
        QJsonObject profile;
        for (const QJsonValue v : me.get(u"/api/v1/sync/me?since=0"_s).json[u"changes"_s].toArray())
            if (v[u"type"_s].toString() == u"teacher")
                profile = v[u"data"_s].toObject();
        QCOMPARE(profile[u"bio"_s].toString(), u"Écrit pendant la panne"_s);
        QCOMPARE(profile[u"version"_s].toInteger(), startVersion + 1);
        Q_UNUSED(cursor);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOutage)
#include "tst_database_outage.moc"
