// SPDX-License-Identifier: GPL-3.0-or-later
// What synchronous=FULL costs (issue 10): each commit waits for the WAL to reach the disk, so
// that an edit shown as saved, or a mutation the server acknowledged, survives a power cut.
// The client's profile save, and a server-like one-row mutation commit, with FULL (what the
// programs use) and with NORMAL (what they used before), on this machine's disk.
//   bench_durability [N=300]
#include "bench_support.h"

#include "domain/profile.h"
#include "store/local_store.h"
#include "store/me_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {

double mean(const QList<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.isEmpty() ? 0 : sum / double(v.size());
}

void print(const char *what, const char *mode, const QList<double> &ms)
{
    std::printf("%-44s %-6s mean %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", what, mode, mean(ms),
                bench::percentile(ms, 0.95), *std::max_element(ms.cbegin(), ms.cend()));
}

QList<double> profileSaves(QSqlDatabase &db, int n)
{
    QList<double> ms;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        if (!me_store::editProfile(db, 10, {{u"bio"_s, u"Edit %1"_s.arg(i)}}))
            std::printf("save failed\n");
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return ms;
}

QList<double> mutationCommits(QSqlDatabase &db, int n, int offset)
{
    QList<double> ms;
    QSqlQuery q(db);
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        q.exec(u"BEGIN IMMEDIATE"_s);
        q.prepare(u"INSERT INTO mutations (id, result, created_at) VALUES (?, ?, ?)"_s);
        q.addBindValue(u"m-%1"_s.arg(offset + i));
        q.addBindValue(u"{\"status\":\"applied\",\"version\":2}"_s);
        q.addBindValue(i);
        q.exec();
        q.exec(u"UPDATE counters SET value = value + 1"_s);
        q.exec(u"COMMIT"_s);
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;
    QTemporaryDir dir(QDir::currentPath() + u"/durability-XXXXXX"_s); // on the disk, not tmpfs
    std::printf("%d commits each, in %s\n", n, qPrintable(dir.path()));

    LocalStore store(dir.filePath(u"cache.sqlite"_s));
    if (!store.open().ok())
        return 1;
    QSqlDatabase db = store.connection();
    TeacherProfile p;
    p.id = 10;
    p.displayName = u"Émilie Durand"_s;
    p.schoolId = 1;
    p.country = u"FR"_s;
    p.subjects = {u"history"_s};
    p.languages = {u"fr"_s};
    p.ageMin = 11;
    p.ageMax = 15;
    p.status = u"validated"_s;
    p.version = 1;
    if (!me_store::apply(db, {{u"teacher"_s, 10, 1, false, p.toJson()}}))
        return 1;
    QSqlQuery q(db);
    const QList<double> clientFull = profileSaves(db, n);
    q.exec(u"PRAGMA main.synchronous=NORMAL"_s);
    const QList<double> clientNormal = profileSaves(db, n);
    print("client: a profile save (outbox row, commit)", "FULL", clientFull);
    print("client: a profile save (outbox row, commit)", "NORMAL", clientNormal);

    {
        QSqlDatabase server = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"server"_s);
        server.setDatabaseName(dir.filePath(u"server.sqlite"_s));
        server.open();
        QSqlQuery s(server);
        s.exec(u"PRAGMA journal_mode=WAL"_s);
        s.exec(u"CREATE TABLE mutations (id TEXT PRIMARY KEY, result TEXT, created_at INTEGER)"_s);
        s.exec(u"CREATE TABLE counters (value INTEGER)"_s);
        s.exec(u"INSERT INTO counters VALUES (0)"_s);
        s.exec(u"PRAGMA synchronous=FULL"_s);
        const QList<double> serverFull = mutationCommits(server, n, 0);
        s.exec(u"PRAGMA synchronous=NORMAL"_s);
        const QList<double> serverNormal = mutationCommits(server, n, n);
        print("server (SQLite): a one-row mutation commit", "FULL", serverFull);
        print("server (SQLite): a one-row mutation commit", "NORMAL", serverNormal);
        bench::report(u"client profile save with FULL (p95)"_s, bench::percentile(clientFull, 0.95),
                      u"ms"_s, 16, false);
        s.finish();
        server.close();
    }
    QSqlDatabase::removeDatabase(u"server"_s);
    return 0;
}
