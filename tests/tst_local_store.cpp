// SPDX-License-Identifier: GPL-3.0-or-later
// The cache file: private to the OS user, checked at start, never opened by an older program,
// and the directory search over it (accents, scripts, filters, keyset paging).
#include "domain/profile.h"
#include "domain/school.h"
#include "session/account_session.h"
#include "store/cache_migrations.h"
#include "store/directory_schema.h"
#include "store/directory_store.h"
#include "store/kinds/scope_kind.h"
#include "store/local_store.h"
#include "store/me_store.h"
#include "store/outbox.h"
#include "store/project_cache.h"
#include "store/review_cache.h"
#include "sync/sync_controller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace etw;
using namespace Qt::StringLiterals;

class TestLocalStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Change teacher(qint64 id, const QString &name, const QString &country,
                          const QStringList &subjects, int ageMin, int ageMax, qint64 schoolId,
                          const QString &bio = {})
    {
        TeacherProfile p;
        p.id = id;
        p.displayName = name;
        p.schoolId = schoolId;
        p.country = country;
        p.subjects = subjects;
        p.languages = {u"en"_s};
        p.ageMin = ageMin;
        p.ageMax = ageMax;
        p.bio = bio;
        p.lookingForPartners = true;
        p.status = u"validated"_s;
        p.version = 1;
        return {u"teacher"_s, id, 1, false, p.toJson()};
    }
    static Change school(qint64 id, const QString &name, const QString &city,
                         const QString &country, const QString &type)
    {
        return {u"school"_s, id, 1, false, School{id, name, city, country, type, 1}.toJson()};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray fileBytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Overwrites the first page of a table or index of a closed SQLite file.
    static bool damagePage(const QString &file, const QString &object)
    {
        int page = 0, pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(file);
            QSqlQuery q(db);
            if (db.open() && q.exec(u"PRAGMA page_size"_s) && q.next())
                pageSize = q.value(0).toInt();
            if (q.prepare(u"SELECT rootpage FROM sqlite_master WHERE name = ?"_s)) {
                q.addBindValue(object);
                if (q.exec() && q.next())
                    page = q.value(0).toInt();
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        QFile f(file);
        if (page < 2 || pageSize <= 0 || !f.open(QIODevice::ReadWrite) ||
            !f.seek(qint64(page - 1) * pageSize))
            return false;
        return f.write(QByteArray(pageSize, '\x5a')) == pageSize;
    }

private Q_SLOTS:
    void fileIsPrivateAndMigrated()
    {
        LocalStore store(path(u"a/private.sqlite"_s));
        const auto opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value(), cache_migrations::latestVersion());
        const auto perms = QFileInfo(store.filePath()).permissions();
        QVERIFY(perms & QFile::ReadOwner);
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther)));
        const auto dirPerms = QFileInfo(path(u"a"_s)).permissions();
        QVERIFY(!(dirPerms & (QFile::ReadOther | QFile::ExeOther)));
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        // An edit shown as saved survives a power cut (FULL = 2); the directory, which the
        // server sends again, need not (NORMAL = 1).
        QVERIFY(q.exec(u"PRAGMA main.synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(u"PRAGMA directory.synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void damagedCacheIsSetAside()
    {
        const QString file = path(u"damaged.sqlite"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
        }
        LocalStore store(file);
        const auto opened = store.open();
        QVERIFY(opened.ok());
        QVERIFY(!store.setAsideFile().isEmpty());
        QVERIFY(QFile::exists(store.setAsideFile())); // kept, not deleted
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(u"PRAGMA quick_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }

    // A damaged cache is set aside; the edits still waiting in it come over to the new one.
    void unsentEditsSurviveADamagedCache()
    {
        const QString file = path(u"damaged-with-edits.sqlite"_s);
        QStringList ids;
        {
            LocalStore store(file);
            QVERIFY(store.open().ok());
            QSqlDatabase db = store.connection();
            QVERIFY(me_store::apply(
                db, {teacher(10, u"Émilie Durand"_s, u"FR"_s, {u"history"_s}, 15, 18, 1)}));
            QVERIFY(me_store::editProfile(db, 10, {{u"bio"_s, u"Première"_s}}).ok());
            QVERIFY(outbox::markAttempt(db, outbox::all(db))); // sent once, no answer
            QVERIFY(me_store::editProfile(db, 10, {{u"ageMax"_s, 17}}).ok());
            for (const auto &e : outbox::all(db))
                ids.append(e.mutation.id);
            // Fill the file so that the damage below lands in the drafts, not the outbox.
            for (int i = 0; i < 3000; ++i)
                QVERIFY(!project_cache::saveDraft(db, {},
                                                  {{u"title"_s, u"Draft %1"_s.arg(i)},
                                                   {u"description"_s, QString(300, u'x')}})
                             .isEmpty());
        }
        QCOMPARE(ids.size(), 2);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2 / 4096 * 4096);
            f.write(QByteArray(4096 * 4, '\x5a'));
        }
        LocalStore store(file);
        const auto opened = store.open();
        QVERIFY(opened.ok());
        QVERIFY(!store.setAsideFile().isEmpty());
        QCOMPARE(store.recoveredEdits(), 2);
        QSqlDatabase db = store.connection();
        const auto entries = outbox::all(db);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).mutation.id, ids.at(0));
        QCOMPARE(entries.at(0).mutation.data.value(u"bio"_s).toString(), u"Première"_s);
        QCOMPARE(entries.at(0).attempts, 1); // its content stays as sent
        QCOMPARE(entries.at(1).mutation.data.value(u"ageMax"_s).toInt(), 17);
    }

    // A cache of version 4 (before order keys were stored): its queued edits keep their order.
    void queuedEditsKeepTheirOrderThroughMigration5()
    {
        const QString file = path(u"version4.sqlite"_s);
        {
            LocalStore store(file);
            QVERIFY(store.open().ok());
            QSqlDatabase db = store.connection();
            QVERIFY(!outbox::enqueueAction(db, u"project_status"_s, u"update"_s, 7,
                                           {{u"status"_s, u"archived"_s}})
                         .isEmpty());
            QVERIFY(outbox::enqueue(db, u"project"_s, 7, 3, {{u"title"_s, u"Après"_s}}));
            QVERIFY(outbox::enqueue(db, u"profile"_s, 10, 2, {{u"bio"_s, u"x"_s}}));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP INDEX outbox_order"_s));
            QVERIFY(q.exec(u"ALTER TABLE outbox DROP COLUMN order_key"_s));
            // What the steps after 4 made goes too.
            const QStringList version4{u"sync_state"_s,  u"me_entities"_s, u"outbox"_s,
                                       u"sync_issues"_s, u"projects"_s,    u"project_drafts"_s,
                                       u"cache_meta"_s,  u"form_drafts"_s};
            QStringList later;
            QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                           u"LIKE 'sqlite_%'"_s));
            while (q.next())
                if (!version4.contains(q.value(0).toString()))
                    later.append(q.value(0).toString());
            QVERIFY(later.contains(u"pages"_s));
            for (const QString &table : later)
                QVERIFY(q.exec(u"DROP TABLE "_s + table));
            QVERIFY(q.exec(u"PRAGMA user_version = 4"_s));
        }
        LocalStore store(file);
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        // The closing and the edit after it are one project's: one per round, the closing first.
        const auto round = outbox::nextRound(db, 50, 1 << 20);
        QCOMPARE(round.size(), 2);
        QCOMPARE(round.at(0).mutation.type, u"project_status"_s);
        QCOMPARE(round.at(1).mutation.type, u"profile"_s);
    }

    // Damage that SQLite finds (an index page overwritten) while the rows themselves can still
    // be read: the drafts, the unsent edits and the issues the user has not read all come over.
    void aDamagedCacheKeepsEverythingTyped()
    {
        const QString file = path(u"damaged-typed.sqlite"_s);
        QString draft, queued;
        {
            LocalStore store(file);
            QVERIFY(store.open().ok());
            QSqlDatabase db = store.connection();
            draft = project_cache::saveDraft(db, {}, {{u"title"_s, u"Nos rivières"_s}});
            QVERIFY(!draft.isEmpty());
            queued = outbox::enqueueAction(db, u"project_invitation"_s, u"update"_s, 4,
                                           {{u"response"_s, u"accept"_s}});
            Mutation refused;
            refused.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            refused.type = u"project"_s;
            refused.op = u"update"_s;
            refused.entityId = 4;
            refused.data = {{u"title"_s, u"Refusé"_s}};
            QVERIFY(me_store::recordIssue(db, refused, u"rejected"_s, {{u"code"_s, u"x"_s}}));
        }
        QVERIFY(damagePage(file, u"sqlite_autoindex_outbox_1"_s));
        LocalStore store(file);
        const auto opened = store.open();
        QVERIFY(opened.ok());
        QVERIFY(QFile::exists(store.setAsideFile()));
        QCOMPARE(store.recoveredEdits(), 1);
        QCOMPARE(store.recoveredDrafts(), 1);
        QCOMPARE(store.recoveredIssues(), 1);
        QSqlDatabase db = store.connection();
        QCOMPARE(outbox::all(db).first().mutation.id, queued);
        // It travels with the project's other edits, in order (its order key is back).
        QSqlQuery keys(db);
        QVERIFY(keys.exec(u"SELECT order_key FROM outbox"_s) && keys.next());
        QCOMPARE(keys.value(0).toString(), u"project:4"_s);
        keys.finish();
        const auto drafts = project_cache::drafts(db);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().localId, draft);
        QCOMPARE(drafts.first().form[u"title"_s].toString(), u"Nos rivières"_s);
        const auto issues = me_store::issues(db);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().data[u"title"_s].toString(), u"Refusé"_s);

        // A copy set aside is read once; one a crash left unread is read at the next start,
        // and what is already here is not copied twice.
        QVERIFY(QFile::copy(store.setAsideFile(), file + u".damaged-1"_s));
        LocalStore again(file);
        QVERIFY(again.open().ok());
        QCOMPARE(again.recoveredEdits() + again.recoveredDrafts() + again.recoveredIssues(), 0);
        QSqlDatabase db2 = again.connection();
        QCOMPARE(outbox::count(db2), 1);
        QCOMPARE(project_cache::drafts(db2).size(), 1);
        QCOMPARE(me_store::issues(db2).size(), 1);
    }

    // A cache that another program holds locked is not damage: it is reported and left
    // exactly as it is, and opens normally once the other program lets go.
    void aLockedCacheIsReportedNotReplaced()
    {
        const QString file = path(u"held.sqlite"_s);
        {
            LocalStore store(file);
            QVERIFY(store.open().ok());
            QSqlDatabase db = store.connection();
            QVERIFY(!project_cache::saveDraft(db, {}, {{u"title"_s, u"Gardé"_s}}).isEmpty());
        }
        const QByteArray before = fileBytes(file);
        {
            // Another program holds the file with an exclusive lock.
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
            QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(q.exec(u"UPDATE project_drafts SET updated_at = updated_at"_s));
            {
                LocalStore store(file);
                const auto opened = store.open();
                QVERIFY(!opened.ok());
                QCOMPARE(opened.error().code, u"cache_busy"_s);
                QVERIFY(store.setAsideFile().isEmpty());
            }
            QCOMPARE(fileBytes(file), before);
            QVERIFY(q.exec(u"ROLLBACK"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY(QDir(m_dir.path()).entryList({u"held.sqlite.damaged*"_s}).isEmpty());
        LocalStore store(file);
        QVERIFY(store.open().ok());
        QVERIFY(store.setAsideFile().isEmpty());
        QSqlDatabase db = store.connection();
        QCOMPARE(project_cache::drafts(db).size(), 1);
    }

    // A cache that cannot be written (read-only here through the file's immutable flag, which
    // binds root too; elsewhere a file of another user or a read-only disk) is not damage
    // either: reported, naming the file, and left as it is.
    void aReadOnlyCacheIsReportedNotReplaced()
    {
        const QString file = path(u"read-only.sqlite"_s);
        {
            LocalStore store(file);
            QVERIFY(store.open().ok());
            QSqlDatabase db = store.connection();
            QVERIFY(!project_cache::saveDraft(db, {}, {{u"title"_s, u"Lu seulement"_s}}).isEmpty());
        }
        const QByteArray before = fileBytes(file);
        auto immutable = [&](bool on) {
            return QProcess::execute(u"chattr"_s, {on ? u"+i"_s : u"-i"_s, file}) == 0;
        };
        QVERIFY2(immutable(true), "chattr +i failed: the test needs a file system with it");
        {
            LocalStore store(file);
            const auto opened = store.open();
            QVERIFY(immutable(false));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, u"cache_unavailable"_s);
            QVERIFY2(opened.error().message.contains(file), qPrintable(opened.error().message));
            QVERIFY(store.setAsideFile().isEmpty());
        }
        QCOMPARE(fileBytes(file), before);
        QVERIFY(QDir(m_dir.path()).entryList({u"read-only.sqlite.damaged*"_s}).isEmpty());
        LocalStore store(file);
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        QCOMPARE(project_cache::drafts(db).size(), 1);
    }

    // The directory is a file of its own: damaged, it is made again (empty, pulled again)
    // while the cache and the edits waiting in it stay as they were.
    void damagedDirectoryIsMadeAgain()
    {
        const QString file = path(u"dir-damaged.sqlite"_s);
        QString directory;
        {
            LocalStore store(file);
            QVERIFY(store.open().ok());
            QSqlDatabase db = store.connection();
            QVERIFY(me_store::apply(db, {teacher(10, u"Émilie"_s, u"FR"_s, {}, 11, 15, 1)}));
            QVERIFY(me_store::editProfile(db, 10, {{u"bio"_s, u"Gardée"_s}}).ok());
            QVERIFY(directory_store::apply(
                db, {school(1, u"Lycée"_s, u"Lyon"_s, u"FR"_s, u"upper_secondary"_s),
                     teacher(11, u"Paul"_s, u"FR"_s, {}, 11, 15, 1)}));
            directory = store.directoryFile(store.directoryGeneration());
            const auto perms = QFileInfo(directory).permissions();
            QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther)));
        }
        {
            QFile f(directory);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(4096 * 3, '\x5a'));
        }
        // The start does not read the whole file (it may be a gigabyte): the sync thread does,
        // right after, saying so, and makes a damaged one again.
        Account account;
        account.id = 10;
        account.username = u"teacher.fr"_s;
        account.role = Role::Teacher;
        AccountSession session(QUrl(u"http://127.0.0.1:9"_s), account, file, nullptr);
        QVERIFY(session.open().ok());
        // Statuses cross to this thread queued: none is missed by a spy made now.
        QSignalSpy statuses(session.sync(), &SyncController::statusChanged);
        QVERIFY(session.store().setAsideFile().isEmpty()); // the cache itself was fine
        QTRY_VERIFY_WITH_TIMEOUT(session.store().directoryGeneration() == 1, 10000);
        // Waited for, not only looked at: on a busy machine the sync thread may have made the
        // file again before this thread handled a single status.
        QTRY_VERIFY(
            std::any_of(statuses.cbegin(), statuses.cend(), [](const QList<QVariant> &args) {
                return args.at(0).value<SyncStatus>().checkingDirectory;
            }));
        QTRY_VERIFY(!session.sync()->status().checkingDirectory);
        QSqlDatabase db = session.store().connection();
        QCOMPARE(directory_store::count(db, {}), 0);
        QCOMPARE(outbox::all(db).size(), 1);
        QVERIFY(directory_store::apply(db, {teacher(12, u"Anna"_s, u"FR"_s, {}, 11, 15, 1)}));
        QCOMPARE(directory_store::count(db, {}), 1);
    }

    // While the sync thread writes a page of the directory (its own file, its own lock), a
    // save on the UI thread goes through at once instead of waiting for the page to end.
    void aSaveNeverWaitsForADirectoryPage()
    {
        LocalStore store(path(u"no-wait.sqlite"_s));
        QVERIFY(store.open().ok());
        {
            QSqlDatabase db = store.connection();
            QVERIFY(me_store::apply(db, {teacher(10, u"Émilie"_s, u"FR"_s, {}, 11, 15, 1)}));
        }
        QSemaphore pageOpen, pageMayEnd;
        std::atomic_bool pageWritten{false};
        std::unique_ptr<QThread> sync(QThread::create([&] {
            {
                QSqlDatabase db = store.connection();
                CacheTransaction tx(db, CacheTransaction::Lock::Directory);
                pageWritten =
                    tx.isActive() &&
                    directory_store::apply(db, {teacher(11, u"Paul"_s, u"FR"_s, {}, 11, 15, 1)});
                pageOpen.release();
                pageMayEnd.acquire();
                pageWritten = pageWritten && tx.commit();
            }
            store.releaseThreadConnection();
        }));
        sync->start();
        pageOpen.acquire();
        QElapsedTimer saving;
        saving.start();
        QSqlDatabase db = store.connection();
        const auto saved = me_store::editProfile(db, 10, {{u"bio"_s, u"Pendant la page"_s}});
        const qint64 ms = saving.elapsed();
        pageMayEnd.release();
        sync->wait();
        QVERIFY(saved.ok());
        QVERIFY2(ms < 1000, qPrintable(u"the save waited %1 ms"_s.arg(ms)));
        QVERIFY(pageWritten);
        QCOMPARE(directory_store::count(db, {}), 1);
    }

    // A directory file from elsewhere (the server's snapshot) replaces the directory only when
    // it is exactly a directory file of this format; other threads move to it on their own.
    void directorySnapshotIsCheckedThenInstalled()
    {
        LocalStore store(path(u"dir-install.sqlite"_s));
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        QVERIFY(directory_store::apply(db, {teacher(1, u"Old"_s, u"FR"_s, {}, 11, 15, 1)}));

        // Another thread reads the directory before and after the swap.
        QThread reader;
        QObject worker;
        worker.moveToThread(&reader);
        reader.start();
        auto countThere = [&] {
            int n = -1;
            QMetaObject::invokeMethod(
                &worker,
                [&] {
                    QSqlDatabase mine = store.connection();
                    n = directory_store::count(mine, {});
                },
                Qt::BlockingQueuedConnection);
            return n;
        };
        QCOMPARE(countThere(), 1);

        auto makeFile = [&](const QString &name, const QStringList &extra, int teachers) {
            const QString file = path(name);
            QFile::remove(file);
            const QString connection = u"make-"_s + name;
            bool ok = false;
            {
                QSqlDatabase out = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                out.setDatabaseName(file);
                QList<Change> rows{school(1, u"Lycée"_s, u"Lyon"_s, u"FR"_s, u"upper_secondary"_s)};
                for (int i = 0; i < teachers; ++i)
                    rows.append(teacher(100 + i, u"New %1"_s.arg(i), u"FR"_s, {}, 11, 15, 1));
                QSqlQuery q(out);
                ok = out.open() && directory_schema::create(out) &&
                     directory_store::apply(out, rows) &&
                     q.exec(u"INSERT INTO sync_state VALUES ('directory', 42, 'e', 0)"_s);
                for (const QString &sql : extra)
                    ok = ok && q.exec(sql);
                q.finish();
                out.close();
            }
            QSqlDatabase::removeDatabase(connection);
            return ok ? file : QString();
        };
        QString why;
        // The file made like the server makes one is at cursor 42 of epoch "e".
        auto refused = [&](const QString &file, const QString &epoch, qint64 maxCursor) {
            why.clear();
            return !file.isEmpty() && QFile::exists(file) &&
                   !store.installDirectory(file, epoch, maxCursor, &why) && !why.isEmpty() &&
                   !QFile::exists(file); // removed, not kept
        };
        // A trigger would run this program's writes through someone else's SQL.
        QVERIFY(refused(
            makeFile(
                u"with-trigger.sqlite"_s,
                {u"CREATE TRIGGER t AFTER INSERT ON teachers BEGIN DELETE FROM schools; END"_s}, 3),
            u"e"_s, 100));
        QVERIFY(refused(makeFile(u"other-format.sqlite"_s, {u"PRAGMA user_version = 7"_s}, 3),
                        u"e"_s, 100));
        QVERIFY2(why.contains(u"format 7"_s), qPrintable(why));
        // Of another epoch (the server was reset meanwhile), or past the feed the server has.
        QVERIFY(refused(makeFile(u"other-epoch.sqlite"_s, {}, 3), u"f"_s, 100));
        QVERIFY(refused(makeFile(u"ahead.sqlite"_s, {}, 3), u"e"_s, 41));
        QVERIFY(refused(makeFile(u"no-cursor.sqlite"_s, {u"DELETE FROM sync_state"_s}, 3), u"e"_s,
                        100));
        QCOMPARE(directory_store::count(db, {}), 1);
        QCOMPARE(countThere(), 1);

        const int before = store.directoryGeneration();
        const QString good = makeFile(u"good.sqlite"_s, {}, 250);
        QVERIFY(!good.isEmpty());
        QVERIFY2(store.installDirectory(good, u"e"_s, 42, &why), qPrintable(why));
        QCOMPARE(store.directoryGeneration(), before + 1);
        db = store.connection();
        QCOMPARE(directory_store::count(db, {}), 250);
        QCOMPARE(countThere(), 250);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT cursor FROM directory.sync_state"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 42);
        q.finish();
        QMetaObject::invokeMethod(
            &worker, [&] { store.releaseThreadConnection(); }, Qt::BlockingQueuedConnection);
        reader.quit();
        reader.wait();

        // The next start uses the installed file and removes any other generation (one the
        // system could not remove while open, or a download a crash left).
        const QString old = store.directoryFile(before);
        const QString file = store.filePath();
        QVERIFY(QFile::exists(store.directoryFile(before + 1)));
        for (const QString &stray :
             QStringList{old, store.directoryFile(before + 2) + u".download"_s}) {
            QFile f(stray);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        LocalStore again(file);
        QVERIFY(again.open().ok());
        QCOMPARE(again.directoryGeneration(), before + 1);
        QSqlDatabase againDb = again.connection();
        QCOMPARE(directory_store::count(againDb, {}), 250);
        QVERIFY(!QFile::exists(old));
        QVERIFY(!QFile::exists(store.directoryFile(before + 2) + u".download"_s));
    }

    // "Sign out and remove my data": nothing of the account stays, another account's cache does.
    void removingAnAccountsFilesLeavesNothing()
    {
        const QString mine = path(u"remove/mine.sqlite"_s), other = path(u"remove/other.sqlite"_s);
        for (const QString &file : {mine, other}) {
            LocalStore store(file);
            QVERIFY(store.open().ok());
            QSqlDatabase db = store.connection();
            QVERIFY(directory_store::apply(db, {teacher(1, u"Anna"_s, u"FR"_s, {}, 11, 15, 1)}));
            QVERIFY(store.resetDirectory()); // a second generation, as after a snapshot
        }
        QFile damaged(mine + u".damaged-1700000000"_s);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.close();
        QCOMPARE(LocalStore::removeFiles(mine), 0);
        const QStringList left = QDir(path(u"remove"_s)).entryList(QDir::Files);
        QVERIFY(!left.isEmpty());
        for (const QString &file : left)
            QVERIFY2(file.startsWith(u"other."_s), qPrintable(file));
        LocalStore again(other);
        QVERIFY(again.open().ok());
        QSqlDatabase db = again.connection();
        QCOMPARE(directory_store::count(db, {}), 0); // the reset one, empty, still in place
    }

    void newerCacheIsRefused()
    {
        const QString file = path(u"newer.sqlite"_s);
        {
            LocalStore store(file);
            QVERIFY(store.open().ok());
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        LocalStore store(file);
        const auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, u"cache_too_new"_s);
        QVERIFY(opened.error().message.contains(u"99"_s));
    }

    void searchFoldsAndFilters()
    {
        LocalStore store(path(u"search.sqlite"_s));
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        const QList<Change> changes{
            school(1, u"Lycée Victor Hugo"_s, u"Besançon"_s, u"FR"_s, u"upper_secondary"_s),
            school(2, u"Szkoła Podstawowa nr 3"_s, u"Łódź"_s, u"PL"_s, u"primary"_s),
            school(3, u"Γυμνάσιο Αθηνών"_s, u"Αθήνα"_s, u"GR"_s, u"lower_secondary"_s),
            teacher(10, u"Émilie Durand"_s, u"FR"_s, {u"history"_s}, 15, 18, 1,
                    u"Projet sur l'eau et le climat"_s),
            teacher(11, u"Łukasz Nowak"_s, u"PL"_s, {u"maths"_s, u"ict"_s}, 7, 10, 2),
            teacher(12, u"Γιάννης Παπαδόπουλος"_s, u"GR"_s, {u"history"_s}, 12, 15, 3),
            teacher(13, u"Emil Weber"_s, u"FR"_s, {u"maths"_s}, 11, 14, 1),
        };
        QVERIFY(directory_store::apply(db, changes));

        auto names = [&](const PartnerQuery &q) {
            QStringList out;
            for (const PartnerRow &r : directory_store::search(db, q, std::nullopt, 50))
                out.append(r.displayName);
            return out;
        };
        QCOMPARE(names({u"emilie"_s}), QStringList{u"Émilie Durand"_s});
        QCOMPARE(names({u"EMIL"_s}), (QStringList{u"Emil Weber"_s, u"Émilie Durand"_s}));
        QCOMPARE(names({u"lukasz"_s}), QStringList{u"Łukasz Nowak"_s});
        QCOMPARE(names({u"lodz"_s}), QStringList{u"Łukasz Nowak"_s});
        QCOMPARE(names({u"αθήνα"_s}), QStringList{u"Γιάννης Παπαδόπουλος"_s});
        QCOMPARE(names({u"besancon victor"_s}), (QStringList{u"Emil Weber"_s, u"Émilie Durand"_s}));
        QCOMPARE(names({u"climat"_s}), QStringList{u"Émilie Durand"_s});
        // Two letters are the start of a name, school or town, not of any word of a profile.
        QCOMPARE(names({u"pr"_s}), QStringList{});
        QCOMPARE(names({u"proj"_s}), QStringList{u"Émilie Durand"_s});
        QCOMPARE(names({u"γυ"_s}), QStringList{u"Γιάννης Παπαδόπουλος"_s});
        QCOMPARE(names({u"\"*) OR ("_s}), QStringList{}); // FTS syntax is not injected

        PartnerQuery history;
        history.subject = u"history"_s;
        QCOMPARE(names(history).size(), 2);
        history.country = u"GR"_s;
        QCOMPARE(names(history), QStringList{u"Γιάννης Παπαδόπουλος"_s});
        PartnerQuery young;
        young.ageFrom = 6;
        young.ageTo = 9;
        QCOMPARE(names(young), QStringList{u"Łukasz Nowak"_s});
        PartnerQuery primary;
        primary.schoolType = u"primary"_s;
        QCOMPARE(directory_store::count(db, primary), 1);
        QCOMPARE(directory_store::count(db, {}), 4);

        // Whichever way the rows are found (from the text index, walking the name order, the
        // planner's choice), the count agrees with the list, filter by filter.
        auto query = [](const QString &text, const QString &country, const QString &subject,
                        const QString &language, int ageFrom) {
            PartnerQuery q;
            q.text = text;
            q.country = country;
            q.subject = subject;
            q.language = language;
            q.ageFrom = ageFrom;
            return q;
        };
        const QList<PartnerQuery> mix{
            query(u"emil"_s, {}, {}, {}, 0),
            query(u"emil"_s, {}, u"maths"_s, {}, 0),
            query(u"em"_s, {}, u"history"_s, {}, 0),
            query(u"e"_s, {}, {}, u"en"_s, 0),
            query(u"projet"_s, u"FR"_s, {}, {}, 0),
            query(u"emil"_s, {}, {}, u"fr"_s, 0),
            query({}, {}, u"history"_s, u"en"_s, 0),
            query({}, u"PL"_s, {}, {}, 6),
            query(u"γυ"_s, u"GR"_s, u"history"_s, {}, 0),
            query(u"climat"_s, {}, u"maths"_s, {}, 0),
        };
        const QList<int> expected{2, 1, 1, 2, 1, 0, 2, 1, 1, 0};
        for (qsizetype i = 0; i < mix.size(); ++i) {
            QCOMPARE(names(mix.at(i)).size(), expected.at(i));
            QCOMPARE(directory_store::count(db, mix.at(i)), expected.at(i));
            QCOMPARE(directory_store::count(db, mix.at(i), 10), expected.at(i));
        }

        // Keyset paging walks every row once, in name order.
        QStringList paged;
        std::optional<PartnerRow> after;
        for (;;) {
            const auto page = directory_store::search(db, {}, after, 3);
            for (const auto &r : page)
                paged.append(r.displayName);
            if (page.size() < 3)
                break;
            after = page.last();
        }
        QCOMPARE(paged.size(), 4);

        // A tombstone removes the teacher from every index.
        QVERIFY(directory_store::apply(db, {Change{u"teacher"_s, 11, 2, true, {}}}));
        QCOMPARE(names({u"lukasz"_s}), QStringList{});
        PartnerQuery maths;
        maths.subject = u"maths"_s;
        QCOMPARE(names(maths), QStringList{u"Emil Weber"_s});

        // A school renamed or moved: its teachers are found under the new name and town.
        QVERIFY(directory_store::apply(
            db, {school(1, u"Lycée Louis Pergaud"_s, u"Dijon"_s, u"FR"_s, u"upper_secondary"_s)}));
        QCOMPARE(names({u"pergaud dijon"_s}), (QStringList{u"Emil Weber"_s, u"Émilie Durand"_s}));
        QCOMPARE(names({u"besancon"_s}), QStringList{});

        const auto detail = directory_store::detail(db, 10);
        QVERIFY(detail.has_value());
        QCOMPARE(detail->school.city, u"Dijon"_s);
        QCOMPARE(detail->teacher.bio, u"Projet sur l'eau et le climat"_s);

        // eTwinning Schools: the label valid today counts, an expired one does not; a label
        // awarded later reaches the teachers already listed.
        auto labelled = [](Change c, const QDate &until) {
            c.data.insert(u"labelUntil"_s, until.toString(Qt::ISODate));
            c.version = 2;
            c.data[u"version"_s] = 2;
            return c;
        };
        const QDate today = QDate::currentDate();
        QVERIFY(directory_store::apply(
            db,
            {labelled(school(3, u"Γυμνάσιο Αθηνών"_s, u"Αθήνα"_s, u"GR"_s, u"lower_secondary"_s),
                      today.addYears(1)),
             labelled(school(2, u"Szkoła Podstawowa nr 3"_s, u"Łódź"_s, u"PL"_s, u"primary"_s),
                      today.addDays(-1)),
             teacher(14, u"Ανna Κωστα"_s, u"GR"_s, {u"maths"_s}, 12, 15, 3)}));
        PartnerQuery schools;
        schools.eTwinningSchools = true;
        QCOMPARE(names(schools), (QStringList{u"Ανna Κωστα"_s, u"Γιάννης Παπαδόπουλος"_s}));
        QCOMPARE(directory_store::count(db, schools), 2);
        schools.subject = u"history"_s;
        QCOMPARE(names(schools), QStringList{u"Γιάννης Παπαδόπουλος"_s});
        schools.subject.clear();
        schools.text = u"emil"_s;
        QCOMPARE(directory_store::count(db, schools), 0);
        const auto rows = directory_store::search(db, {u"γιαννης"_s}, std::nullopt, 5);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().schoolLabelUntil, today.addYears(1).toString(Qt::ISODate));
        QVERIFY(directory_store::detail(db, 12)->school.labelledOn(today));
        QVERIFY(!directory_store::detail(db, 10)->school.labelledOn(today));
        QVERIFY(directory_store::apply(db, {labelled(school(1, u"Lycée Louis Pergaud"_s, u"Dijon"_s,
                                                            u"FR"_s, u"upper_secondary"_s),
                                                     today)}));
        QCOMPARE(names({u"emil"_s, {}, {}, {}, {}, 0, 0, true}),
                 (QStringList{u"Emil Weber"_s, u"Émilie Durand"_s}));

        // Teachers holding Quality Labels: found with the filter, counted on their row, listed
        // on their profile; a profile published again without them leaves the filter.
        Change awarded = teacher(14, u"Ανna Κωστα"_s, u"GR"_s, {u"maths"_s}, 12, 15, 3);
        awarded.data.insert(
            u"labels"_s,
            QJsonArray{TeacherLabel{u"national"_s, u"2025-2026"_s, u"GR"_s, 7, u"Maths"_s}.toJson(),
                       TeacherLabel{u"european"_s, u"2025-2026"_s, {}, 7, u"Maths"_s}.toJson()});
        QVERIFY(directory_store::apply(db, {awarded}));
        PartnerQuery holders;
        holders.qualityLabels = true;
        QCOMPARE(names(holders), QStringList{u"Ανna Κωστα"_s});
        QCOMPARE(directory_store::count(db, holders), 1);
        holders.country = u"FR"_s;
        QCOMPARE(directory_store::count(db, holders), 0);
        const auto labelledRows = directory_store::search(db, {u"κωστα"_s}, std::nullopt, 5);
        QCOMPARE(labelledRows.size(), 1);
        QCOMPARE(labelledRows.first().qualityLabels, 2);
        const auto withLabels = directory_store::detail(db, 14);
        QVERIFY(withLabels.has_value());
        QCOMPARE(withLabels->teacher.labels.size(), 2);
        QCOMPARE(withLabels->teacher.labels.at(1).kind, u"european"_s);
        QCOMPARE(withLabels->teacher.labels.at(0).projectTitle, u"Maths"_s);
        QVERIFY(directory_store::apply(
            db, {teacher(14, u"Ανna Κωστα"_s, u"GR"_s, {u"maths"_s}, 12, 15, 3)}));
        holders.country.clear();
        QCOMPARE(directory_store::count(db, holders), 0);
    }

    void profileEditsQueueAndMerge()
    {
        LocalStore store(path(u"me.sqlite"_s));
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        QVERIFY(me_store::apply(
            db, {teacher(10, u"Émilie Durand"_s, u"FR"_s, {u"history"_s}, 15, 18, 1)}));
        auto edited = me_store::editProfile(db, 10, {{u"bio"_s, u"Bonjour"_s}});
        QVERIFY(edited.ok());
        QCOMPARE(edited.value().bio, u"Bonjour"_s);
        // Invalid: nothing saved, and the error names the field.
        edited = me_store::editProfile(db, 10, {{u"ageMax"_s, 2}});
        QVERIFY(!edited.ok());
        QVERIFY(edited.error().fields.contains(u"ageMax"_s));
        QVERIFY(me_store::editProfile(db, 10, {{u"ageMax"_s, 17}}).ok());
        // Never sent yet: the two edits travel as one mutation.
        QCOMPARE(outbox::count(db), 1);
        const auto entries = outbox::all(db);
        QCOMPARE(entries.first().mutation.baseVersion, 1);
        QCOMPARE(entries.first().mutation.data.value(u"bio"_s).toString(), u"Bonjour"_s);
        QCOMPARE(entries.first().mutation.data.value(u"ageMax"_s).toInt(), 17);
        // Once sent, a new edit becomes a mutation of its own.
        QVERIFY(outbox::markAttempt(db, entries));
        QVERIFY(me_store::editProfile(db, 10, {{u"bio"_s, u"Bonsoir"_s}}).ok());
        QCOMPARE(outbox::count(db), 2);
        const auto shown = me_store::myProfile(db, 10);
        QCOMPARE(shown->bio, u"Bonsoir"_s);
        QCOMPARE(shown->ageMax, 17);
        QCOMPARE(me_store::serverProfile(db, 10)->bio, QString());
    }

    // Edits and actions on one project leave one at a time, in the order made; two
    // registrations are two entities; other entities travel alongside.
    void projectActionsLeaveInTheOrderMade()
    {
        LocalStore store(path(u"order.sqlite"_s));
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        const QString first =
            outbox::enqueueAction(db, u"project_invitation"_s, u"create"_s, 5, {{u"a"_s, 1}});
        outbox::enqueueAction(db, u"project_invitation"_s, u"create"_s, 5, {{u"a"_s, 2}});
        outbox::enqueueAction(db, u"project_status"_s, u"update"_s, 5,
                              {{u"status"_s, u"archived"_s}});
        const QString createA = outbox::enqueueAction(db, u"project"_s, u"create"_s, 0, {});
        const QString createB = outbox::enqueueAction(db, u"project"_s, u"create"_s, 0, {});
        QVERIFY(outbox::enqueue(db, u"profile"_s, 10, 1, {{u"bio"_s, u"x"_s}}));
        QStringList ids;
        for (const auto &e : outbox::nextRound(db, 50, 1 << 20))
            ids.append(e.mutation.id);
        QCOMPARE(ids.size(), 4);
        QCOMPARE(ids.at(0), first);
        QCOMPARE(ids.at(1), createA);
        QCOMPARE(ids.at(2), createB);
        QVERIFY(outbox::remove(db, first));
        const auto next = outbox::nextRound(db, 50, 1 << 20);
        QCOMPARE(next.first().mutation.data.value(u"a"_s).toInt(), 2); // not the closing
    }

    // An edit made after an action on the same project queues behind the action instead of
    // being merged into the edit before it (which would make it overtake the action).
    void anEditAfterAnActionStaysAfterIt()
    {
        LocalStore store(path(u"behind.sqlite"_s));
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        QVERIFY(outbox::enqueue(db, u"project"_s, 7, 3, {{u"title"_s, u"Before"_s}}));
        QVERIFY(outbox::enqueue(db, u"project"_s, 7, 3, {{u"summary"_s, u"Merged"_s}}));
        QVERIFY(!outbox::enqueueAction(db, u"project_status"_s, u"update"_s, 7,
                                       {{u"status"_s, u"archived"_s}})
                     .isEmpty());
        QVERIFY(outbox::enqueue(db, u"project"_s, 7, 3, {{u"title"_s, u"After"_s}}));
        // Another project's edit is not in the way.
        QVERIFY(outbox::enqueue(db, u"project"_s, 8, 1, {{u"title"_s, u"Other"_s}}));
        QVERIFY(outbox::enqueue(db, u"project"_s, 8, 1, {{u"summary"_s, u"Other too"_s}}));
        const auto entries = outbox::all(db);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).mutation.data,
                 QJsonObject({{u"title"_s, u"Before"_s}, {u"summary"_s, u"Merged"_s}}));
        QCOMPARE(entries.at(1).mutation.type, u"project_status"_s);
        QCOMPARE(entries.at(2).mutation.data, QJsonObject({{u"title"_s, u"After"_s}}));
        QCOMPARE(entries.at(3).mutation.entityId, 8);
        QCOMPARE(entries.at(3).mutation.data.size(), 2);
    }

    // Between the server's answer and the pull that brings the change back, a service's setting
    // and its templates show what the server took, not what the cache held before (the settings
    // dialog reloads on that answer, and its check box flipped back).
    void whatTheServerTookShowsBeforeThePull()
    {
        LocalStore store(path(u"taken.sqlite"_s));
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        const QString scope = u"review:FR"_s;
        const ScopeKind *review = kinds::scopeFor(scope);
        QVERIFY(review);
        QVERIFY(review->apply(db, scope,
                              {{u"review_setting"_s,
                                1,
                                3,
                                false,
                                {{u"id"_s, 1},
                                 {u"country"_s, u"FR"_s},
                                 {u"regionalDecisions"_s, true},
                                 {u"version"_s, 3}}},
                               {u"reason_template"_s,
                                5,
                                1,
                                false,
                                {{u"id"_s, 5},
                                 {u"kind"_s, u"registration"_s},
                                 {u"title"_s, u"Old"_s},
                                 {u"text"_s, u"Old text"_s},
                                 {u"version"_s, 1}}}}));
        QVERIFY(review_cache::setting(db, u"FR"_s).regionalDecisions);
        QVERIFY(outbox::enqueue(db, u"review_setting"_s, 1, 3, {{u"regionalDecisions"_s, false}}));
        QVERIFY(!outbox::enqueueAction(db, u"reason_template"_s, u"update"_s, 5,
                                       {{u"title"_s, u"New"_s}})
                     .isEmpty());
        QVERIFY(!outbox::enqueueAction(db, u"reason_template"_s, u"create"_s, 0,
                                       {{u"kind"_s, u"registration"_s},
                                        {u"title"_s, u"Created"_s},
                                        {u"text"_s, u"Created text"_s}})
                     .isEmpty());
        QVERIFY(!review_cache::setting(db, u"FR"_s).regionalDecisions);
        QCOMPARE(review_cache::templates(db, u"registration"_s).size(), 2);
        // The push's answers, as sync_push takes them: the kind, then the row leaves the outbox.
        qint64 newId = 40;
        for (const outbox::Entry &e : outbox::all(db)) {
            MutationResult r;
            r.id = e.mutation.id;
            r.version = 4;
            r.entityId = e.mutation.op == u"create" ? ++newId : e.mutation.entityId;
            const EntityKind *kind = kinds::forMutation(e.mutation.type);
            QVERIFY(kind);
            QVERIFY(kind->applied(db, e.mutation, r));
            QVERIFY(outbox::remove(db, e.mutation.id));
        }
        QCOMPARE(outbox::count(db), 0);
        QVERIFY(!review_cache::setting(db, u"FR"_s).regionalDecisions);
        QStringList titles;
        for (const ReasonTemplate &t : review_cache::templates(db, u"registration"_s))
            titles << t.title;
        QCOMPARE(titles, QStringList({u"Created"_s, u"New"_s}));
    }

    // A round stays within a byte budget, but always carries at least one edit.
    void aRoundHoldsInItsByteBudget()
    {
        LocalStore store(path(u"budget.sqlite"_s));
        QVERIFY(store.open().ok());
        QSqlDatabase db = store.connection();
        const QString text(3000, QChar(0x3b1)); // Greek alpha: two bytes in UTF-8
        for (int i = 0; i < 10; ++i)
            QVERIFY(!outbox::enqueueAction(db, u"project"_s, u"create"_s, 0, {{u"aims"_s, text}})
                         .isEmpty());
        const auto all = outbox::nextRound(db, 50, 1 << 20);
        QCOMPARE(all.size(), 10);
        const qint64 one = outbox::encodedSize(all.first());
        QVERIFY(one > 6000);
        QCOMPARE(outbox::nextRound(db, 50, one * 3 + 10).size(), 3);
        QCOMPARE(outbox::nextRound(db, 50, 10).size(), 1);
        QCOMPARE(outbox::nextRound(db, 4, 1 << 20).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_local_store.moc"
