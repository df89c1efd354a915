// SPDX-License-Identifier: GPL-3.0-or-later
// A first sync takes the server's directory snapshot (one file) and then the pages that came
// after it; the server gives it only to whom may pull the directory; a file that is not
// exactly a directory file is refused and the client pulls pages instead.
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "gzip.h"
#include "zstd_file.h"

#include "net/api_client.h"
#include "search/search_service.h"
#include "session/account_session.h"
#include "store/directory_schema.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestDirectorySnapshot : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    QJsonObject m_snapshot; // as the sync listing describes it

    SignInReply signIn(const QString &username)
    {
        ApiClient api;
        api.setServer(m_server.url());
        std::optional<Result<SignInReply>> result;
        api.signIn(username, u"demo1234"_s, [&](const Result<SignInReply> &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result && result->ok() ? result->value() : SignInReply{};
    }

    QJsonObject directoryListing(Http &http)
    {
        const HttpResult r = http.get(u"/api/v1/sync"_s);
        for (const QJsonValue v : r.json[u"scopes"_s].toArray())
            if (v[u"name"_s].toString() == u"directory")
                return v.toObject();
        return {};
    }

    // Teachers and schools the server's directory holds, pulled page by page.
    QSet<QString> serverDirectory(QHash<qint64, QString> *bios = nullptr)
    {
        Http http(m_server.url());
        http.signIn(u"correspondent.it"_s, u"demo1234"_s);
        QSet<QString> records;
        qint64 since = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            const HttpResult r =
                http.get(u"/api/v1/sync/directory?since=%1&limit=2000"_s.arg(since));
            for (const QJsonValue v : r.json[u"changes"_s].toArray()) {
                const QString key =
                    v[u"type"_s].toString() + u':' + QString::number(v[u"id"_s].toInteger());
                if (v[u"deleted"_s].toBool())
                    records.remove(key);
                else
                    records.insert(key);
                if (bios && v[u"type"_s].toString() == u"teacher")
                    bios->insert(v[u"id"_s].toInteger(), v[u"data"_s][u"bio"_s].toString());
            }
            since = r.json[u"cursor"_s].toInteger();
            if (!r.json[u"more"_s].toBool())
                break;
        }
        return records;
    }

    // Edits one's own profile (version 1) through the API; the result's status.
    static QString editProfile(Http &http, qint64 accountId, const QJsonObject &data)
    {
        const QJsonObject m{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"type"_s, u"profile"_s},
                            {u"op"_s, u"update"_s},
                            {u"entityId"_s, accountId},
                            {u"baseVersion"_s, 1},
                            {u"data"_s, data}};
        const HttpResult r =
            http.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, QJsonArray{m}}});
        return r.json[u"results"_s][0][u"status"_s].toString();
    }

    // Edits a profile on the version the server has now; the result's status.
    static QString editProfileAt(Http &http, qint64 accountId, const QJsonObject &data)
    {
        qint64 version = 1;
        for (const QJsonValue v :
             http.get(u"/api/v1/sync/me?since=0"_s).json[u"changes"_s].toArray())
            if (v[u"type"_s].toString() == u"teacher")
                version = v[u"version"_s].toInteger();
        const QJsonObject m{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"type"_s, u"profile"_s},
                            {u"op"_s, u"update"_s},
                            {u"entityId"_s, accountId},
                            {u"baseVersion"_s, version},
                            {u"data"_s, data}};
        const HttpResult r =
            http.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, QJsonArray{m}}});
        return r.json[u"results"_s][0][u"status"_s].toString();
    }

    static QSet<QString> cachedDirectory(AccountSession &session)
    {
        QSet<QString> records;
        QSqlQuery q(session.store().connection());
        q.exec(u"SELECT 'teacher:' || id FROM teachers UNION ALL SELECT 'school:' || id FROM "
               u"schools"_s);
        while (q.next())
            records.insert(q.value(0).toString());
        return records;
    }

    bool syncFirstTime(AccountSession &session, const QString &token,
                       QList<SyncStatus> *statuses = nullptr)
    {
        if (!session.open().ok())
            return false;
        QSignalSpy spy(session.sync(), &SyncController::statusChanged);
        session.setToken(token);
        waitForState(*session.sync(), SyncStatus::State::UpToDate, 120000);
        if (statuses)
            for (const QList<QVariant> &args : std::as_const(spy))
                statuses->append(args.at(0).value<SyncStatus>());
        return session.sync()->status().state == SyncStatus::State::UpToDate;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"4000"_s,
                                 u"--snapshot-min-records"_s, u"0"_s}),
                 qPrintable(m_server.lastOutput()));
        // Built in the background after the start: the listing offers it once it is ready.
        m_snapshot = m_server.waitForDirectorySnapshot(60000);
        QVERIFY(!m_snapshot.isEmpty());
    }

    void serverGivesItOnlyToWhoMayPullTheDirectory()
    {
        Http http(m_server.url());
        QCOMPARE(http.get(u"/api/v1/sync/directory/snapshot"_s).status, 401);
        // Pupils never see the teachers' directory, whole or in pages.
        QCOMPARE(http.signIn(u"pupil.fr"_s, u"demo1234"_s).status, 200);
        QVERIFY(!directoryListing(http).contains(u"snapshot"_s));
        const HttpResult pupil = http.get(u"/api/v1/sync/directory/snapshot"_s);
        QCOMPARE(pupil.status, 403);
        QCOMPARE(pupil.errorCode(), u"forbidden"_s);

        QCOMPARE(http.signIn(u"correspondent.fr"_s, u"demo1234"_s).status, 200);
        const QJsonObject listed = directoryListing(http);
        QCOMPARE(m_snapshot.value(u"format"_s).toInt(), directory_schema::formatVersion);
        QVERIFY(m_snapshot.value(u"cursor"_s).toInteger() > 0);
        QVERIFY(m_snapshot.value(u"cursor"_s).toInteger() <= listed[u"cursor"_s].toInteger());
        const HttpResult r = http.get(u"/api/v1/sync/directory/snapshot"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/vnd.sqlite3"));
        QVERIFY(r.body.startsWith(QByteArray("SQLite format 3\0", 16)));
        QCOMPARE(r.header("Etw-Snapshot-Cursor").toLongLong(),
                 m_snapshot.value(u"cursor"_s).toInteger());

        // The file is a directory as the client builds it, with every record the listing says.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"snapshot.sqlite"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.body);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QString why;
            QVERIFY2(directory_schema::matches(db, &why), qPrintable(why));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT (SELECT COUNT(*) FROM teachers) + "
                           u"(SELECT COUNT(*) FROM schools), "
                           u"(SELECT cursor FROM sync_state WHERE scope = 'directory')"_s) &&
                    q.next());
            QCOMPARE(q.value(0).toLongLong(), m_snapshot.value(u"records"_s).toInteger());
            QCOMPARE(q.value(1).toLongLong(), m_snapshot.value(u"cursor"_s).toInteger());
            // Found by text like a directory synced page by page.
            PartnerQuery query;
            query.country = u"FR"_s;
            QVERIFY(directory_store::count(db, query) > 100);
        }
        QSqlDatabase::removeDatabase(u"check"_s);

        // A whole directory is heavy: the same account again at once is told to wait.
        const HttpResult again = http.get(u"/api/v1/sync/directory/snapshot"_s);
        QCOMPARE(again.status, 429);
        QCOMPARE(again.errorCode(), u"too_many_requests"_s);
        QVERIFY(again.header("Retry-After").toInt() > 0);
    }

    // The snapshot, then the pages written after it: the cache ends equal to the server.
    void firstSyncTakesTheSnapshotThenThePages()
    {
        // An edit the snapshot cannot hold: it was made after it was built.
        Http it(m_server.url());
        const HttpResult in = it.signIn(u"teacher.it"_s, u"demo1234"_s);
        const qint64 itId = in.json[u"account"_s][u"id"_s].toInteger();
        const QString bio = u"Scritto dopo lo snapshot %1"_s.arg(QUuid::createUuid().toString());
        QCOMPARE(editProfile(it, itId, {{u"bio"_s, bio}}), u"applied"_s);
        // And a teacher who leaves the directory after it: gone from the cache too.
        Http de(m_server.url());
        const qint64 deId =
            de.signIn(u"teacher.de"_s, u"demo1234"_s).json[u"account"_s][u"id"_s].toInteger();
        QCOMPARE(editProfile(de, deId, {{u"lookingForPartners"_s, false}}), u"applied"_s);

        const SignInReply fr = signIn(u"teacher.fr"_s);
        QVERIFY(!fr.token.isEmpty());
        QTemporaryDir dir;
        AccountSession session(m_server.url(), fr.account, dir.filePath(u"fr.sqlite"_s), nullptr);
        QList<SyncStatus> statuses;
        QVERIFY(syncFirstTime(session, fr.token, &statuses));
        QCOMPARE(session.store().directoryGeneration(), 1); // the snapshot is in place
        // Nothing but the cache and its directory is left in the folder.
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        for (const QString &file : files)
            QVERIFY2(file.startsWith(u"fr.sqlite"_s) || file.startsWith(u"fr.directory-1.sqlite"_s),
                     qPrintable(file));

        QHash<qint64, QString> bios;
        const QSet<QString> expected = serverDirectory(&bios);
        QCOMPARE(bios.value(itId), bio);
        const QSet<QString> cached = cachedDirectory(session);
        QCOMPARE(cached.size(), expected.size());
        QCOMPARE(cached, expected);
        QSqlDatabase db = session.store().connection();
        const auto detail = directory_store::detail(db, itId);
        QVERIFY(detail.has_value());
        QCOMPARE(detail->teacher.bio, bio); // came with the pages after the snapshot
        QVERIFY(!cached.contains(u"teacher:%1"_s.arg(deId)));
        PartnerQuery byText;
        byText.text = u"scritto dopo"_s;
        QCOMPARE(directory_store::count(db, byText), 1);
        // Progress went up while the file came, and ended at the total announced.
        qint64 lastDone = 0, lastTotal = 0;
        bool monotonic = true;
        for (const SyncStatus &s : std::as_const(statuses))
            if (s.state == SyncStatus::State::Syncing) {
                monotonic = monotonic && s.done >= lastDone;
                lastDone = s.done;
                lastTotal = s.total;
            }
        QVERIFY(monotonic);
        QVERIFY(lastTotal >= expected.size());
        QCOMPARE(lastDone, lastTotal);
    }

    // A directory damaged after it was installed (its name index) refuses the next pages:
    // the client finds it damaged, replaces it with an empty one and pulls it again, by pages,
    // and ends equal to the server's directory. The account's cache is not touched.
    void aDamagedDirectoryIsPulledAgain()
    {
        const SignInReply it = signIn(u"teacher.it"_s);
        QVERIFY(!it.token.isEmpty());
        QTemporaryDir dir;
        AccountSession session(m_server.url(), it.account, dir.filePath(u"it.sqlite"_s), nullptr);
        QVERIFY(syncFirstTime(session, it.token));
        QCOMPARE(session.store().directoryGeneration(), 1); // its snapshot
        {
            // The file damaged under the running session: the name index now points at the
            // schools' pages. Written through SQLite (a new schema version), so that every
            // connection sees it at once, whatever it has cached.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(session.store().directoryFile(1));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA schema_version"_s) && q.next());
            const int version = q.value(0).toInt();
            q.finish();
            QVERIFY(q.exec(u"PRAGMA writable_schema = ON"_s));
            QVERIFY(
                q.exec(u"UPDATE sqlite_schema SET rootpage = (SELECT rootpage FROM "
                       u"sqlite_schema WHERE name = 'schools') WHERE name = 'teachers_sort'"_s));
            QVERIFY(q.exec(u"PRAGMA schema_version = %1"_s.arg(version + 1)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        // Every teacher's profile changes on the server's side: a page for each sync.
        Http fr(m_server.url());
        const qint64 frId =
            fr.signIn(u"teacher.fr"_s, u"demo1234"_s).json[u"account"_s][u"id"_s].toInteger();
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(editProfileAt(fr, frId, {{u"bio"_s, u"Round %1"_s.arg(round)}}), u"applied"_s);
            QVERIFY(syncRound(*session.sync(), 30000).state != SyncStatus::State::Syncing);
        }
        session.sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(session.sync()->status().state == SyncStatus::State::UpToDate &&
                                     cachedDirectory(session) == serverDirectory(),
                                 60000);
        QVERIFY(session.store().directoryGeneration() >= 2); // an empty one, pulled again
        QSqlDatabase db = session.store().connection();
        QCOMPARE(directory_store::detail(db, frId)->teacher.bio, u"Round 2"_s);
        QVERIFY(session.myProfile().has_value()); // the account's own cache stayed
    }

    // Pages never read the text index, so a damaged one is found by searching: the search
    // comes back empty, reports it, and the sync thread checks the file, replaces it and pulls
    // the directory again; then the same search finds teachers again.
    void aDamagedTextIndexIsFoundBySearching()
    {
        const SignInReply fr = signIn(u"teacher.fr"_s);
        QVERIFY(!fr.token.isEmpty());
        QTemporaryDir dir;
        AccountSession session(m_server.url(), fr.account, dir.filePath(u"fr2.sqlite"_s), nullptr);
        QVERIFY(syncFirstTime(session, fr.token));
        const int before = session.store().directoryGeneration();
        PartnerQuery maria;
        maria.text = u"maria"_s;
        const int found = [&] {
            QSqlDatabase db = session.store().connection();
            return directory_store::count(db, maria);
        }();
        QVERIFY(found > 0);
        {
            // Segments of the text index lost; the tables themselves are sound.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage-fts"_s);
            db.setDatabaseName(session.store().directoryFile(before));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DELETE FROM teacher_fts_data WHERE id > 10"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage-fts"_s);

        QSignalSpy damaged(session.search(), &SearchService::directoryDamaged);
        QSignalSpy rows(session.search(), &SearchService::rowsReady);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"exec failed: .*malformed"_s));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"the directory file is damaged; pulling it again"_s));
        session.search()->fetchRows(maria, std::nullopt, 50);
        QTRY_COMPARE_WITH_TIMEOUT(rows.count(), 1, 10000);
        QVERIFY(rows.at(0).at(1).value<QList<PartnerRow>>().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(damaged.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.store().directoryGeneration() > before &&
                                     session.sync()->status().state ==
                                         SyncStatus::State::UpToDate &&
                                     cachedDirectory(session) == serverDirectory(),
                                 60000);
        QSqlDatabase db = session.store().connection();
        QCOMPARE(directory_store::count(db, maria), found);
    }

    // Any HTTP client gets the plain file when it asks for no compression, sent from the file as
    // the socket drains; and a restarted server offers the snapshot it had, without a rebuild.
    void plainDownloadAndRestart()
    {
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"correspondent.it"_s, u"demo1234"_s).status, 200);
        const HttpResult plain = http.request("GET", u"/api/v1/sync/directory/snapshot"_s, {},
                                              {{"Accept-Encoding", "identity"}});
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        QDir snapshots(m_server.dataDir() + u"/snapshots"_s);
        const QStringList files = snapshots.entryList({u"directory-*.sqlite"_s}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(snapshots.filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(plain.body.size(), file.size());
        QVERIFY(plain.body == file.readAll());

        QVERIFY(m_server.restart({u"--snapshot-min-records"_s, u"0"_s}));
        QCOMPARE(http.signIn(u"correspondent.it"_s, u"demo1234"_s).status, 200);
        const QJsonObject again = directoryListing(http).value(u"snapshot"_s).toObject();
        QCOMPARE(again.value(u"cursor"_s).toInteger(), m_snapshot.value(u"cursor"_s).toInteger());
        QCOMPARE(again.value(u"records"_s).toInteger(), m_snapshot.value(u"records"_s).toInteger());
    }

    // The server's file replaced by one with a trigger in it: the client refuses it, pulls
    // the directory page by page, and ends with the same directory and no trigger.
    void aTamperedSnapshotIsRefused()
    {
        QDir snapshots(m_server.dataDir() + u"/snapshots"_s);
        const QStringList gz = snapshots.entryList({u"directory-*.sqlite.gz"_s}, QDir::Files);
        QCOMPARE(gz.size(), 1);
        const QString gzFile = snapshots.filePath(gz.first());
        const QString plain = gzFile.chopped(3);
        QTemporaryDir work;
        const QString tampered = work.filePath(u"tampered.sqlite"_s);
        QVERIFY(QFile::copy(plain, tampered));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(tampered);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TRIGGER spy AFTER UPDATE ON teachers BEGIN "
                           u"DELETE FROM schools; END"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        // In every form the server serves: zstd (this program), gzip, and plain.
        QVERIFY(server::zstdFile(tampered, plain + u".zst"_s));
        QVERIFY(server::gzipFile(tampered, gzFile));
        QVERIFY(QFile::remove(plain) && QFile::copy(tampered, plain));

        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"directory snapshot refused: \"unexpected tables"_s));
        const SignInReply other = signIn(u"teacher2.fr"_s);
        QVERIFY(!other.token.isEmpty());
        QTemporaryDir dir;
        AccountSession session(m_server.url(), other.account, dir.filePath(u"t2.sqlite"_s),
                               nullptr);
        QVERIFY(syncFirstTime(session, other.token));
        QCOMPARE(session.store().directoryGeneration(), 0); // refused: still its own file
        QCOMPARE(cachedDirectory(session), serverDirectory());
        QSqlQuery q(session.store().connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM directory.sqlite_schema WHERE type = 'trigger'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(QDir(dir.path()).entryList({u"*.download"_s}).isEmpty()); // nothing left over
    }

    // A download cut short (here: the server's file itself is cut) is not taken for a whole
    // directory: the zstd frame is incomplete, the client says why and pulls pages.
    void aCutDownloadIsRefused()
    {
        QDir snapshots(m_server.dataDir() + u"/snapshots"_s);
        const QStringList zst = snapshots.entryList({u"directory-*.sqlite.zst"_s}, QDir::Files);
        QCOMPARE(zst.size(), 1);
        QFile file(snapshots.filePath(zst.first()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();

        const SignInReply de = signIn(u"teacher.de"_s);
        QVERIFY(!de.token.isEmpty());
        QTemporaryDir dir;
        AccountSession session(m_server.url(), de.account, dir.filePath(u"de.sqlite"_s), nullptr);
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(u"no directory snapshot: \"bad_download\""_s));
        QVERIFY(syncFirstTime(session, de.token));
        QCOMPARE(session.store().directoryGeneration(), 0);
        QCOMPARE(cachedDirectory(session), serverDirectory());
        QVERIFY(QDir(dir.path()).entryList({u"*.download*"_s}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDirectorySnapshot)
#include "tst_directory_snapshot.moc"
