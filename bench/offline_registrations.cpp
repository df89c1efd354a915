// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's registrations reaching the server, as tst_crash_safety's worker makes them:
// - N registrations queued offline, then the token comes: time until the server has them all
//   and their projects are in the cache;
// - the sync listing (GET /api/v1/sync with the client's cursors) of an account in N projects;
// - N registrations made while syncing, one every 60 ms (the worker's pace, each submission
//   asking for a round): time from the first to the cache up to date, and after the last one.
//   bench_offline_registrations [N=200]   (ETW_TEST_BACKEND=postgresql for PostgreSQL)
#include "bench_support.h"
#include "http.h"
#include "server_process.h"

#include "session/account_session.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <memory>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {

QJsonObject registration(const QString &title)
{
    return {{u"kind"_s, u"european"_s},
            {u"title"_s, title},
            {u"summary"_s, u"Made for a benchmark."_s},
            {u"subjects"_s, QJsonArray{u"ict"_s}},
            {u"languages"_s, QJsonArray{u"en"_s}},
            {u"ageMin"_s, 12},
            {u"ageMax"_s, 14},
            {u"durationMonths"_s, 3},
            {u"aims"_s, u"Never lose an edit."_s}};
}

bool register_(AccountSession &session, const QString &title)
{
    const QString draft = session.saveDraft({}, registration(title));
    return !draft.isEmpty() && session.submitDraft(draft).ok();
}

// Until nothing waits, the round says up to date and the cache holds `projects` projects and no
// draft; false after `timeoutMs`.
bool waitUntilSynced(AccountSession &session, int projects, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    bool synced = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const SyncStatus st = session.sync()->status();
        if (st.state == SyncStatus::State::UpToDate && st.waitingEdits == 0 &&
            session.pendingEdits().isEmpty() && session.drafts().isEmpty() &&
            session.myProjects().size() == projects) {
            synced = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(20);
    loop.exec();
    return synced;
}

struct SignedIn
{
    QString token;
    Account account;
};

std::optional<SignedIn> signIn(const QUrl &server, const QString &user)
{
    test::Http http(server);
    const test::HttpResult in = http.signIn(user, u"demo1234"_s);
    if (in.status != 200)
        return std::nullopt;
    auto account = Account::fromJson(in.json[u"account"_s].toObject());
    if (!account)
        return std::nullopt;
    return SignedIn{in.json[u"token"_s].toString(), account.value()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    test::ServerProcess server;
    if (!server.start({u"--demo"_s, u"--demo-size"_s, u"100"_s})) {
        std::fprintf(stderr, "server failed: %s\n", qPrintable(server.lastOutput()));
        return 1;
    }
    QTemporaryDir dir;
    const int timeoutMs = 600 * 1000;

    // 1. Queued offline, then sent.
    const auto fr = signIn(server.url(), u"teacher.fr"_s);
    if (!fr)
        return 1;
    double offlineSeconds = 0;
    {
        AccountSession session(server.url(), fr->account, dir.filePath(u"fr.sqlite"_s), {});
        if (!session.open().ok())
            return 1;
        for (int i = 1; i <= n; ++i)
            if (!register_(session, u"Offline %1"_s.arg(i)))
                return 1;
        QElapsedTimer timer;
        timer.start();
        session.setToken(fr->token);
        if (!waitUntilSynced(session, n, timeoutMs)) {
            std::fprintf(stderr, "the queued registrations did not all arrive\n");
            return 1;
        }
        offlineSeconds = timer.nsecsElapsed() / 1e9;
    }

    // 2. The listing of an account in N projects, with the client's cursors.
    QList<double> listingMs;
    {
        test::Http http(server.url());
        http.setToken(fr->token);
        QUrlQuery cursors;
        for (const QJsonValue s : http.get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray())
            cursors.addQueryItem(s[u"name"_s].toString(),
                                 QString::number(s[u"cursor"_s].toInteger()));
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer t;
            t.start();
            const test::HttpResult r = http.get(u"/api/v1/sync?"_s + cursors.toString());
            if (r.status != 200 || r.json[u"scopes"_s].toArray().size() < n + 2)
                return 1;
            if (i > 0) // the first one warms up
                listingMs.append(t.nsecsElapsed() / 1e6);
        }
    }

    // 3. Made while syncing, at the worker's pace.
    const auto it = signIn(server.url(), u"teacher.it"_s);
    if (!it)
        return 1;
    double onlineSeconds = 0, afterLastSeconds = 0;
    {
        AccountSession session(server.url(), it->account, dir.filePath(u"it.sqlite"_s), {});
        if (!session.open().ok())
            return 1;
        session.setToken(it->token);
        if (!waitUntilSynced(session, 0, timeoutMs))
            return 1;
        QElapsedTimer timer;
        timer.start();
        int made = 0;
        QEventLoop editing;
        QTimer editor;
        QObject::connect(&editor, &QTimer::timeout, &editing, [&] {
            if (!register_(session, u"Online %1"_s.arg(++made)) || made == n)
                editing.quit();
        });
        editor.start(60);
        editing.exec();
        editor.stop();
        if (made != n)
            return 1;
        QElapsedTimer afterLast;
        afterLast.start();
        if (!waitUntilSynced(session, n, timeoutMs)) {
            std::fprintf(stderr, "the registrations made online did not all arrive\n");
            return 1;
        }
        onlineSeconds = timer.nsecsElapsed() / 1e9;
        afterLastSeconds = afterLast.nsecsElapsed() / 1e9;
    }

    std::printf("\nbench_offline_registrations: %d registrations, server on %s\n", n,
                test::ServerProcess::usesPostgresql() ? "PostgreSQL" : "SQLite");
    bench::report(u"queued offline, then all synced"_s, offlineSeconds, u"s"_s, 10.0, false);
    bench::report(u"sync listing in %1 projects, median"_s.arg(n),
                  bench::percentile(listingMs, 0.5), u"ms"_s, 50.0, false);
    bench::report(u"sync listing, slowest of 20"_s, bench::percentile(listingMs, 1.0), u"ms"_s,
                  50.0, false);
    bench::report(u"made one per 60 ms while syncing: all"_s, onlineSeconds, u"s"_s, n * 0.06 + 5.0,
                  false);
    bench::report(u"... up to date after the last one"_s, afterLastSeconds, u"s"_s, 5.0, false);
    return 0;
}
