// SPDX-License-Identifier: GPL-3.0-or-later
// The territories' statistics on the demo (N teachers, 20,000 by default):
// - a recomputation with nothing changed (the periodic pass: count, compare, write nothing);
// - a recomputation that writes every record again (each record's figures changed);
// - a correspondent's first sync of France's review scope (its statistics records with it), and
//   the sync round that brings every statistics record changed.
//   bench_statistics [N=20000]   (ETW_TEST_BACKEND=postgresql for PostgreSQL)
#include "bench_support.h"
#include "database.h"
#include "http.h"
#include "server_process.h"
#include "statistics_store.h"
#include "sync_wait.h"

#include "net/api_client.h"
#include "session/account_session.h"
#include "session/territory_statistics.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace etw;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int teachers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    const bool postgres = test::ServerProcess::usesPostgresql();
    std::printf("statistics on %s, demo of %d teachers\n", postgres ? "PostgreSQL" : "SQLite",
                teachers);
    test::ServerProcess server;
    if (!server.start({u"--demo"_s, u"--demo-size"_s, QString::number(teachers),
                       u"--statistics-every-secs"_s, u"86400"_s},
                      600000)) {
        std::fprintf(stderr, "server did not start\n%s\n", qPrintable(server.lastOutput()));
        return 1;
    }
    auto settings = server::DatabaseSettings::fromUrl(server.databaseUrl());
    server::DatabaseSettings s = settings.value();
    s.password = qEnvironmentVariable("ETW_DATABASE_PASSWORD");
    server::Database database(s);

    // The server counted once at its start; wait until that pass committed.
    QElapsedTimer wait;
    wait.start();
    for (;;) {
        QSqlQuery q(database.connection());
        if (q.exec(u"SELECT COUNT(*) FROM statistics"_s) && q.next() && q.value(0).toInt() > 0)
            break;
        if (wait.elapsed() > 120000) {
            std::fprintf(stderr, "no statistics after two minutes\n");
            return 1;
        }
        QThread::msleep(50);
    }

    // The server's pass writes in chunks: this one, beside it, takes what is left (the two
    // take turns) until a pass finds nothing to change.
    for (;;) {
        const auto r =
            server::statistics_store::recompute(database, QDateTime::currentMSecsSinceEpoch());
        if (!r)
            return 1;
        if (r.value().changed == 0)
            break;
    }
    QList<double> unchanged;
    int records = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r =
            server::statistics_store::recompute(database, QDateTime::currentMSecsSinceEpoch());
        unchanged.append(double(t.elapsed()));
        if (!r || r.value().changed != 0) {
            std::fprintf(stderr, "an unchanged database changed %d records\n",
                         r ? r.value().changed : -1);
            return 1;
        }
        records = r.value().records;
    }
    std::printf("%d records (territory-months)\n", records);
    bench::report(u"recomputation, nothing changed (p50)"_s, bench::percentile(unchanged, 50),
                  u"ms"_s, 2000, false);

    // A correspondent's first sync, then every statistics record changed and synced again.
    QTemporaryDir home;
    test::Http http(server.url());
    const auto in = http.signIn(u"correspondent.fr"_s, u"demo1234"_s);
    const auto account = Account::fromJson(in.json[u"account"_s].toObject());
    if (in.status != 200 || !account) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    AccountSession session(server.url(), account.value(), home.path() + u"/fr.sqlite"_s, nullptr);
    if (!session.open())
        return 1;
    QElapsedTimer first;
    first.start();
    session.setToken(in.json[u"token"_s].toString());
    if (!test::syncedUpToDate(*session.sync(), 300000))
        return 1;
    bench::report(u"correspondent's first sync (directory, review:FR)"_s, double(first.elapsed()),
                  u"ms"_s, 10000, false);

    {
        QSqlQuery q(database.connection());
        q.exec(u"UPDATE statistics SET figures = '{}'"_s);
    }
    // A round asked for after the recomputation brings them (a correspondent's client asks
    // every minute, or at F5).
    int told = 0;
    QObject::connect(session.statistics(), &TerritoryStatistics::changed, [&] { ++told; });
    QElapsedTimer all;
    all.start();
    const auto rewritten =
        server::statistics_store::recompute(database, QDateTime::currentMSecsSinceEpoch());
    if (!rewritten)
        return 1;
    const qint64 recomputed = all.elapsed();
    std::printf("%d records written again (count %lld ms, write %lld ms)\n",
                rewritten.value().changed, rewritten.value().countMs, rewritten.value().writeMs);
    bench::report(u"recomputation, every record written"_s, double(recomputed), u"ms"_s, 10000,
                  false);
    // What matters to everyone else: how long one of its transactions holds the writers.
    bench::report(u"its longest write transaction"_s, double(rewritten.value().longestChunkMs),
                  u"ms"_s, 500, false);
    QElapsedTimer round;
    round.start();
    const SyncStatus st = test::syncRound(*session.sync(), 120000);
    const qint64 synced = round.elapsed();
    if (st.state != SyncStatus::State::UpToDate || told == 0)
        return 1;
    QSqlQuery inCache(session.store().connection());
    inCache.exec(u"SELECT COUNT(*), MIN(version) FROM statistics"_s);
    inCache.next();
    std::printf("%d statistics records in the correspondent's cache, each at version %d or more\n",
                inCache.value(0).toInt(), inCache.value(1).toInt());
    bench::report(u"the round bringing every record of review:FR"_s, double(synced), u"ms"_s, 2000,
                  false);
    return 0;
}
