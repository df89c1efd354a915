// SPDX-License-Identifier: GPL-3.0-or-later
// Server schema migrations on the real database: from an empty one, from the previous schema
// version with data in it (and from the one before the last activity), and with two instances
// starting on one empty database at once.
#include "http.h"
#include "server_process.h"

#include "database.h"
#include "migrations.h"
#include "password_hash.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace etw;
using namespace etw::server;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

    static DatabaseSettings settingsOf(const ServerProcess &server)
    {
        auto settings = DatabaseSettings::fromUrl(server.databaseUrl());
        if (!settings)
            return {};
        DatabaseSettings s = settings.value();
        s.password = qEnvironmentVariable("ETW_DATABASE_PASSWORD");
        return s;
    }

    static QList<int> appliedVersions(Database &db)
    {
        QList<int> versions;
        QSqlQuery q(db.connection());
        if (q.exec(u"SELECT version FROM schema_migrations ORDER BY version"_s))
            while (q.next())
                versions.append(q.value(0).toInt());
        return versions;
    }

    static QList<int> allVersions()
    {
        QList<int> all;
        for (int v = 1; v <= int(migrations().size()); ++v)
            all.append(v);
        return all;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(secrets::initialize()); }

    void fromAnEmptyDatabase()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastOutput()));
        QVERIFY(server.lastOutput().contains(u"at schema version %1"_s.arg(migrations().size())));
        Http http(server.url());
        const HttpResult ready = http.get(u"/readyz"_s);
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json[u"status"_s].toString(), u"ready"_s);
        QCOMPARE(ready.json[u"database"_s].toString(),
                 ServerProcess::usesPostgresql() ? u"postgresql"_s : u"sqlite"_s);
        // Password and token hashes: nobody but the server's user reads its data.
        if (!ServerProcess::usesPostgresql()) {
            const QFileInfo file(server.dataDir() + u"/etwinning.sqlite"_s);
            QVERIFY(file.exists());
            QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                           QFile::WriteOther),
                     QFile::Permissions());
        }
        Database db(settingsOf(server));
        QCOMPARE(appliedVersions(db), allVersions());
        if (!ServerProcess::usesPostgresql()) {
            // A mutation answered "applied" survives a power cut: FULL (2), not NORMAL.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        // Started again: nothing to apply, nothing applied twice.
        QVERIFY(server.restart());
        QCOMPARE(appliedVersions(db), allVersions());
    }

    // A database left at version 1 by the previous release, with accounts in it: the server
    // upgrades it at start, keeps the data, and the new rule (user names without case) holds.
    void fromThePreviousVersion()
    {
        ServerProcess server;
        QVERIFY(server.hasDatabase());
        {
            Database db(settingsOf(server));
            const auto migrated = db.migrate(1);
            QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
            QCOMPARE(migrated.value(), 1);
            QCOMPARE(appliedVersions(db), QList<int>{1});
            QSqlQuery q(db.connection());
            QVERIFY(q.prepare(u"INSERT INTO accounts (username, password_hash, role, country, "
                              u"display_name, created_at) VALUES (?, ?, 'correspondent', 'FR', "
                              u"'Anne Dupré', 0)"_s));
            q.addBindValue(u"Anne.Dupré"_s);
            q.addBindValue(secrets::hashPassword(u"old release"_s));
            QVERIFY(q.exec());
            QVERIFY(q.exec(u"INSERT INTO server_meta (key, value) VALUES ('epoch', 'e-old')"_s));
        }
        QVERIFY2(server.start(), qPrintable(server.lastOutput()));
        QVERIFY(server.lastOutput().contains(u"applied migration 2"_s));

        Http http(server.url());
        const HttpResult in = http.signIn(u"ANNE.DUPRÉ"_s, u"old release"_s);
        QCOMPARE(in.status, 200);
        QCOMPARE(in.json[u"account"_s][u"username"_s].toString(), u"Anne.Dupré"_s);
        QCOMPARE(in.json[u"account"_s][u"role"_s].toString(), u"correspondent"_s);
        QCOMPARE(http.signIn(u"anne.dupré"_s, u"old release"_s).status, 200);
        // The epoch survives: clients of the previous release keep their caches.
        QCOMPARE(http.get(u"/api/v1/sync"_s).json[u"epoch"_s].toString(), u"e-old"_s);

        Database db(settingsOf(server));
        QCOMPARE(appliedVersions(db), allVersions());
        // Two accounts may no longer differ by case alone.
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(u"INSERT INTO accounts (username, username_key, role, display_name, "
                          u"created_at) VALUES (?, ?, 'teacher', 'X', 0)"_s));
        q.addBindValue(u"anne.DUPRÉ"_s);
        q.addBindValue(u"anne.dupré"_s);
        QVERIFY(!q.exec());
    }

    // Migration 8 on a database of the previous release: its accounts' last activity is not
    // known (0) until they come back, then it is the day they did.
    void lastActivityFromVersion7()
    {
        ServerProcess server;
        QVERIFY(server.hasDatabase());
        {
            Database db(settingsOf(server));
            const auto migrated = db.migrate(7);
            QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
            QSqlQuery q(db.connection());
            QVERIFY(q.prepare(u"INSERT INTO accounts (username, username_key, password_hash, "
                              u"role, country, display_name, created_at) VALUES ('paolo.it', "
                              u"'paolo.it', ?, 'teacher', 'IT', 'Paolo Verdi', 0)"_s));
            q.addBindValue(secrets::hashPassword(u"old release"_s));
            QVERIFY(q.exec());
        }
        QVERIFY2(server.start(), qPrintable(server.lastOutput()));
        QVERIFY(server.lastOutput().contains(u"applied migration 9"_s));
        Database db(settingsOf(server));
        auto lastActive = [&db] {
            QSqlQuery q(db.connection());
            return q.exec(u"SELECT last_active_at FROM accounts WHERE username = 'paolo.it'"_s) &&
                           q.next()
                       ? q.value(0).toLongLong()
                       : -1;
        };
        QCOMPARE(lastActive(), 0);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(Http(server.url()).signIn(u"paolo.it"_s, u"old release"_s).status, 200);
        QVERIFY(lastActive() >= before);
    }

    void twoInstancesStartingAtOnce()
    {
        ServerProcess first;
        ServerProcess second;
        second.shareDatabaseWith(first);
        QVERIFY(first.launch());
        QVERIFY(second.launch());
        QVERIFY2(first.waitUntilListening(), qPrintable(first.lastOutput()));
        QVERIFY2(second.waitUntilListening(), qPrintable(second.lastOutput()));
        // Exactly one of them applied the migrations; the other found them done.
        // (migration 1, not 10 and later)
        const QRegularExpression firstStep(u"applied migration 1\\b"_s);
        const int applied =
            int(first.lastOutput().count(firstStep) + second.lastOutput().count(firstStep));
        QCOMPARE(applied, 1);
        Database db(settingsOf(first));
        QCOMPARE(appliedVersions(db), allVersions());
        for (ServerProcess *server : {&first, &second}) {
            Http http(server->url());
            QCOMPARE(http.get(u"/readyz"_s).status, 200);
            QCOMPARE(http.signIn(u"nobody"_s, u"x"_s).status, 401);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
