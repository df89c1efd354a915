// SPDX-License-Identifier: GPL-3.0-or-later
// Initial directory sync of N profiles from a local server into a fresh client cache, compared
// in the same run with a plain prepared-statement SQLite insert of the same rows (the ceiling).
// As the product does it: the server's directory snapshot (built once by the server after its
// start, not timed, its build time printed), then the pages written after it. --pages: the
// server offers no snapshot, and the client pulls every page (the figures before snapshots).
//   bench_sync_directory [N=200000] [--keep DIR] [--pages]
//   (DIR keeps the cache for bench_partner_search)
#include "bench_support.h"
#include "server_process.h"

#include "net/api_client.h"
#include "session/account_session.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <limits>

using namespace etw;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 && !args.at(1).startsWith(u"--") ? args.at(1).toInt() : 200000;
    const qsizetype keepAt = args.indexOf(u"--keep"_s);
    QTemporaryDir temp;
    const QString dir = keepAt > 0 ? args.value(keepAt + 1) : temp.path();
    QDir().mkpath(dir);
    const QString cacheFile = dir + u"/bench-cache.sqlite"_s;
    QFile::remove(cacheFile);
    QFile::remove(cacheFile + u"-wal"_s);

    const bool pagesOnly = args.contains(u"--pages"_s);

    std::printf("seeding a server with %d teachers (not timed)…\n", n);
    std::fflush(stdout);
    test::ServerProcess server;
    if (!server.start({u"--demo"_s, u"--demo-size"_s, QString::number(n),
                       u"--snapshot-min-records"_s,
                       pagesOnly ? QString::number(std::numeric_limits<int>::max()) : u"0"_s},
                      3600 * 1000)) {
        std::fprintf(stderr, "server failed: %s\n", qPrintable(server.lastOutput()));
        return 1;
    }
    ApiClient api;
    api.setServer(server.url());
    std::optional<Result<SignInReply>> signedIn;
    api.signIn(u"teacher.fr"_s, u"demo1234"_s, [&](const Result<SignInReply> &r) { signedIn = r; });
    while (!signedIn)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!signedIn->ok())
        return 1;
    if (!pagesOnly) {
        // The server builds its snapshot in the background once it listens: wait for it.
        QElapsedTimer built;
        built.start();
        if (server.waitForDirectorySnapshot(3600 * 1000).isEmpty()) {
            std::fprintf(stderr, "no directory snapshot: %s\n", qPrintable(server.lastOutput()));
            return 1;
        }
        std::printf("server snapshot ready %.1f s after the server listened (not timed)\n",
                    built.nsecsElapsed() / 1e9);
    }

    AccountSession session(server.url(), signedIn->value().account, cacheFile, nullptr);
    if (!session.open().ok())
        return 1;
    QElapsedTimer timer;
    timer.start();
    // Wait without polling: a busy main thread would steal a core from the sync thread.
    QEventLoop wait;
    QObject::connect(session.sync(), &SyncController::statusChanged, &wait,
                     [&wait](const SyncStatus &status) {
                         if (status.state != SyncStatus::State::Syncing &&
                             status.state != SyncStatus::State::Idle)
                             wait.quit();
                     });
    session.setToken(signedIn->value().token);
    wait.exec();
    if (session.sync()->status().state != SyncStatus::State::UpToDate) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(session.sync()->status().message));
        return 1;
    }
    const double syncSeconds = timer.nsecsElapsed() / 1e9;
    QSqlDatabase db = session.store().connection();
    QSqlQuery q(db);
    q.exec(u"SELECT (SELECT COUNT(*) FROM teachers) + (SELECT COUNT(*) FROM schools)"_s);
    q.next();
    const qint64 records = q.value(0).toLongLong();
    const qint64 rss = bench::residentKiB();

    // The ceiling: the same rows, inserted with one prepared statement in one transaction.
    QList<QPair<qint64, QString>> rows;
    q.exec(u"SELECT id, data FROM teachers UNION ALL SELECT id, name FROM schools"_s);
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    const QString rawFile = dir + u"/bench-raw.sqlite"_s;
    QFile::remove(rawFile);
    double rawSeconds = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(rawFile);
        raw.open();
        QSqlQuery r(raw);
        r.exec(u"PRAGMA journal_mode=WAL"_s);
        r.exec(u"PRAGMA synchronous=NORMAL"_s);
        r.exec(u"CREATE TABLE raw (id INTEGER, data TEXT)"_s);
        QElapsedTimer rawTimer;
        rawTimer.start();
        raw.transaction();
        r.prepare(u"INSERT INTO raw (id, data) VALUES (?, ?)"_s);
        for (const auto &[id, data] : std::as_const(rows)) {
            r.addBindValue(id);
            r.addBindValue(data);
            r.exec();
        }
        raw.commit();
        rawSeconds = rawTimer.nsecsElapsed() / 1e9;
        r.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    QFile::remove(rawFile);

    const double rate = records / syncSeconds;
    const double rawRate = records / rawSeconds;
    std::printf("\nbench_sync_directory: %d teachers seeded, %lld records synced (%s)\n", n,
                records, pagesOnly ? "every page" : "snapshot, then the pages after it");
    bench::report(u"initial sync time (scaled to 200k)"_s, syncSeconds * 200000.0 / n, u"s"_s, 20,
                  false);
    bench::report(u"sync rate"_s, rate, u"records/s"_s, 200000.0 / 20, true);
    bench::report(u"raw prepared insert rate (ceiling)"_s, rawRate, u"records/s"_s, rawRate, true);
    bench::report(u"sync rate / raw insert rate"_s, 100.0 * rate / rawRate, u"%"_s, 25, true);
    bench::report(u"client resident memory after sync"_s, rss / 1024.0, u"MiB"_s, 250, false);
    return 0;
}
