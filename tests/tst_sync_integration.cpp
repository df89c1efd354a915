// SPDX-License-Identifier: GPL-3.0-or-later
// The client core against the real server: sync 20,000 profiles, search them with the server
// gone, queue profile edits offline, and see them arrive exactly once after the server returns.
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "net/api_client.h"
#include "search/search_service.h"
#include "session/account_session.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "sync/sync_controller.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestSyncIntegration : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    QString m_cacheFile;
    Account m_account;
    QString m_token;

    SignInReply signIn()
    {
        ApiClient api;
        api.setServer(m_server.url());
        std::optional<Result<SignInReply>> result;
        api.signIn(u"teacher.fr"_s, u"demo1234"_s,
                   [&](const Result<SignInReply> &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        if (!result || !result->ok())
            return {};
        return result->value();
    }

    static bool waitFor(AccountSession &session, SyncStatus::State state, int timeoutMs)
    {
        return waitForState(*session.sync(), state, timeoutMs);
    }

    // Teachers the server's directory holds, counted with a plain pull.
    int serverDirectoryCount()
    {
        Http http(m_server.url());
        http.signIn(u"teacher.it"_s, u"demo1234"_s);
        QSet<qint64> teachers;
        qint64 since = 0;
        for (;;) {
            const HttpResult r =
                http.get(u"/api/v1/sync/directory?since=%1&limit=2000"_s.arg(since));
            for (const QJsonValue v : r.json[u"changes"_s].toArray())
                if (v[u"type"_s].toString() == u"teacher")
                    teachers.insert(v[u"id"_s].toInteger());
            since = r.json[u"cursor"_s].toInteger();
            if (!r.json[u"more"_s].toBool())
                return int(teachers.size());
        }
    }

    QJsonObject serverProfile()
    {
        Http http(m_server.url());
        http.signIn(u"teacher.fr"_s, u"demo1234"_s);
        const HttpResult r = http.get(u"/api/v1/sync/me?since=0"_s);
        for (const QJsonValue v : r.json[u"changes"_s].toArray())
            if (v[u"type"_s].toString() == u"teacher")
                return v[u"data"_s].toObject();
        return {};
    }

    static PartnerQuery textQuery(const QString &text)
    {
        PartnerQuery q;
        q.text = text;
        return q;
    }

    QList<PartnerRow> search(AccountSession &session, const PartnerQuery &query)
    {
        QSqlDatabase db = session.store().connection();
        return directory_store::search(db, query, std::nullopt, 500);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"20000"_s}, 300000),
                 qPrintable(m_server.lastOutput()));
        m_cacheFile = m_home.path() + u"/cache/teacher.fr.sqlite"_s;
    }

    void syncTwentyThousandProfiles()
    {
        const SignInReply reply = signIn();
        QVERIFY(!reply.token.isEmpty());
        m_account = reply.account;
        m_token = reply.token;
        AccountSession session(m_server.url(), m_account, m_cacheFile, nullptr);
        QVERIFY(session.open().ok());
        QSignalSpy progress(session.sync(), &SyncController::statusChanged);
        session.setToken(m_token);
        QVERIFY(waitFor(session, SyncStatus::State::UpToDate, 600000));
        // Pages were applied one by one, with progress on the way.
        QVERIFY(progress.count() > 5);
        // "n of m" ends at m: the server told the client exactly how much was coming.
        qint64 lastDone = 0, lastTotal = 0;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const auto status = args.at(0).value<SyncStatus>();
            if (status.state == SyncStatus::State::Syncing) {
                lastDone = status.done;
                lastTotal = status.total;
            }
        }
        QVERIFY(lastTotal > 15000);
        QCOMPARE(lastDone, lastTotal);
        const int expected = serverDirectoryCount();
        QVERIFY(expected > 15000);
        QSqlDatabase db = session.store().connection();
        QCOMPARE(directory_store::count(db, {}), expected);
        QVERIFY(session.myProfile().has_value());
    }

    // The server dies half way through a first sync: the client keeps the pages it has,
    // says it is offline, retries by itself with backoff, and ends with every profile once.
    void firstSyncResumesAfterTheServerDies()
    {
        QTemporaryDir dir;
        AccountSession session(m_server.url(), m_account, dir.filePath(u"resume.sqlite"_s),
                               nullptr);
        QVERIFY(session.open().ok());
        bool killed = false;
        connect(session.sync(), &SyncController::statusChanged, this,
                [&](const SyncStatus &status) {
                    if (!killed && status.state == SyncStatus::State::Syncing &&
                        status.done >= 14000) { // the 8,000 schools come first
                        killed = true;
                        m_server.stop();
                    }
                });
        session.setToken(m_token);
        QVERIFY(waitFor(session, SyncStatus::State::Offline, 120000));
        QVERIFY(killed);
        QSqlDatabase db = session.store().connection();
        const int kept = directory_store::count(db, {});
        QVERIFY2(kept >= 5000 && kept < 20000, qPrintable(QString::number(kept)));

        QVERIFY(m_server.restart());
        // No syncNow(): the retry timer brings it back.
        QVERIFY(waitFor(session, SyncStatus::State::UpToDate, 120000));
        QCOMPARE(directory_store::count(db, {}), serverDirectoryCount());
    }

    void searchOfflineAfterServerStops()
    {
        m_server.stop();
        AccountSession session(m_server.url(), m_account, m_cacheFile, nullptr);
        QVERIFY(session.open().ok());
        session.setToken(m_token);
        QVERIFY(waitFor(session, SyncStatus::State::Offline, 60000));

        const auto emilie = search(session, textQuery(u"emilie durand"_s));
        QVERIFY(!emilie.isEmpty());
        QCOMPARE(emilie.first().displayName, u"Émilie Durand"_s);

        const auto lukasz = search(session, textQuery(u"lukasz"_s));
        QVERIFY(!lukasz.isEmpty());
        for (const PartnerRow &r : lukasz)
            QVERIFY2(r.displayName.contains(u"Łukasz"_s) || r.schoolName.contains(u"Łukasz"_s),
                     qPrintable(r.displayName));

        PartnerQuery greek;
        greek.text = u"αθήνα"_s;
        const auto athens = search(session, greek);
        QVERIFY(!athens.isEmpty());
        for (const PartnerRow &r : athens)
            QVERIFY(r.country == u"GR"_s || r.country == u"CY"_s);

        PartnerQuery filtered;
        filtered.country = u"IT"_s;
        filtered.subject = u"maths"_s;
        filtered.ageFrom = 8;
        filtered.ageTo = 10;
        const auto rows = search(session, filtered);
        QVERIFY(!rows.isEmpty());
        for (const PartnerRow &r : rows) {
            QCOMPARE(r.country, u"IT"_s);
            QVERIFY(r.subjects.contains(u"maths"_s));
            QVERIFY(r.ageMin <= 10 && r.ageMax >= 8);
        }
    }

    void offlineEditsArriveExactlyOnce()
    {
        qint64 startVersion = 0;
        {
            AccountSession session(m_server.url(), m_account, m_cacheFile, nullptr);
            QVERIFY(session.open().ok());
            startVersion = session.myProfile()->version;
            QVERIFY(session.editProfile({{u"bio"_s, u"Hors ligne, première version"_s}}).ok());
            QVERIFY(session.editProfile({{u"ageMax"_s, 12}, {u"ageMin"_s, 8}}).ok());
            QVERIFY(session.editProfile({{u"bio"_s, u"Hors ligne, version finale"_s}}).ok());
            const auto invalid = session.editProfile({{u"ageMin"_s, 14}});
            QVERIFY(!invalid.ok()); // 14 > 12: refused at the field, nothing queued
            QVERIFY(invalid.error().fields.contains(u"ageMax"_s));
            QCOMPARE(session.myProfile()->bio, u"Hors ligne, version finale"_s);
            session.setToken(m_token);
            QVERIFY(waitFor(session, SyncStatus::State::Offline, 60000));
            QVERIFY(session.sync()->status().waitingEdits > 0);
        } // the program closes with the edits still queued

        QVERIFY(m_server.restart());
        AccountSession session(m_server.url(), m_account, m_cacheFile, nullptr);
        QVERIFY(session.open().ok());
        session.setToken(m_token);
        QVERIFY(waitFor(session, SyncStatus::State::UpToDate, 120000));
        QCOMPARE(session.sync()->status().waitingEdits, 0);

        const QJsonObject profile = serverProfile();
        QCOMPARE(profile.value(u"bio"_s).toString(), u"Hors ligne, version finale"_s);
        QCOMPARE(profile.value(u"ageMin"_s).toInt(), 8);
        QCOMPARE(profile.value(u"ageMax"_s).toInt(), 12);
        // The edits made before any was sent travel as one mutation: one new version, once.
        QCOMPARE(profile.value(u"version"_s).toInteger(), startVersion + 1);

        // Syncing again sends nothing more.
        QCOMPARE(syncRound(*session.sync()).state, SyncStatus::State::UpToDate);
        QCOMPARE(serverProfile().value(u"version"_s).toInteger(), startVersion + 1);
        QSqlDatabase db = session.store().connection();
        QCOMPARE(outbox::count(db), 0);
        QCOMPARE(session.myProfile()->version, startVersion + 1);
    }

    // The server is restored from a backup older than what the client pulled: the client must
    // notice (its cursor is ahead of the server's) and pull again, keeping its unsent edits.
    void serverRestoredFromOlderBackup()
    {
        m_server.stop();
        QVERIFY(m_server.backupDatabase());
        QVERIFY(m_server.restart());

        // After the backup: an Italian teacher changes her profile, the client pulls it.
        Http italy(m_server.url());
        const HttpResult in = italy.signIn(u"teacher.it"_s, u"demo1234"_s);
        const qint64 it = in.json[u"account"_s][u"id"_s].toInteger();
        const HttpResult me = italy.get(u"/api/v1/sync/me?since=0"_s);
        qint64 version = 0;
        for (const QJsonValue v : me.json[u"changes"_s].toArray())
            if (v[u"type"_s].toString() == u"teacher")
                version = v[u"version"_s].toInteger();
        const HttpResult pushed = italy.postJson(
            u"/api/v1/mutations"_s,
            {{u"mutations"_s,
              QJsonArray{QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"type"_s, u"profile"_s},
                                     {u"op"_s, u"update"_s},
                                     {u"entityId"_s, it},
                                     {u"baseVersion"_s, version},
                                     {u"data"_s, QJsonObject{{u"bio"_s, u"Dopo il backup"_s}}}}}}});
        QCOMPARE(pushed.json[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
        const qint64 restoredVersion = serverProfile().value(u"version"_s).toInteger();
        {
            // The teacher's own profile moves on too: after the restore, her cache is a
            // version ahead of the server.
            AccountSession session(m_server.url(), m_account, m_cacheFile, nullptr);
            QVERIFY(session.open().ok());
            QVERIFY(session.editProfile({{u"bio"_s, u"Écrit après la sauvegarde"_s}}).ok());
            session.setToken(m_token);
            QVERIFY(waitFor(session, SyncStatus::State::UpToDate, 60000));
            QCOMPARE(session.sync()->status().waitingEdits, 0);
            QCOMPARE(session.myProfile()->version, restoredVersion + 1);
            QSqlDatabase cache = session.store().connection();
            const auto detail = directory_store::detail(cache, it);
            QVERIFY(detail.has_value());
            QCOMPARE(detail->teacher.bio, u"Dopo il backup"_s);
        }

        // The operator restores the backup.
        m_server.stop();
        QVERIFY(m_server.restoreDatabase());
        QVERIFY(m_server.restart());

        AccountSession session(m_server.url(), m_account, m_cacheFile, nullptr);
        QVERIFY(session.open().ok());
        // Made on a version the restored server does not have: put on its version, it
        // arrives once, instead of ending among the issues.
        QCOMPARE(session.myProfile()->version, restoredVersion + 1);
        QVERIFY(session.editProfile({{u"bio"_s, u"Écrit pendant la restauration"_s}}).ok());
        session.setToken(m_token);
        QVERIFY(waitFor(session, SyncStatus::State::UpToDate, 120000));
        QTRY_COMPARE_WITH_TIMEOUT(session.sync()->status().waitingEdits, 0, 60000);
        QVERIFY(session.issues().isEmpty());
        const QJsonObject restored = serverProfile();
        QCOMPARE(restored.value(u"bio"_s).toString(), u"Écrit pendant la restauration"_s);
        QCOMPARE(restored.value(u"version"_s).toInteger(), restoredVersion + 1);
        QCOMPARE(session.myProfile()->bio, u"Écrit pendant la restauration"_s);
        QSqlDatabase cache = session.store().connection();
        const auto detail = directory_store::detail(cache, it);
        QVERIFY(detail.has_value());
        QVERIFY(detail->teacher.bio != u"Dopo il backup"_s); // the server's truth again
        QCOMPARE(directory_store::count(cache, {}), serverDirectoryCount());
    }
};

QTEST_MAIN(TestSyncIntegration)
#include "tst_sync_integration.moc"
