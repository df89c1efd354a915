// SPDX-License-Identifier: GPL-3.0-or-later
// The UI thread never waits on the sync (issue 10), measured:
//   bench_ui_responsiveness stall [N=50000]
//     a first sync by pages of N teachers from a local server while the user saves the
//     profile ten times on the UI thread: the longest save, and the longest gap of the UI
//     thread's event loop (target 16 ms each).
//   bench_ui_responsiveness project-stall [PAGES=3000]
//     the same saves while a TwinSpace grown by PAGES published pages (two changes each) is
//     pulled, written under the cache's own lock, the one the saves take.
//   bench_ui_responsiveness cold-start [N=1000000] [--keep DIR]
//     a directory of N teachers (about 1 GB at a million; made once, kept in DIR), then the
//     program started five times: from the process start to a shown window (target 1 s).
#include "bench_support.h"
#include "http.h"
#include "server_process.h"

#include "domain/catalogue.h"
#include "domain/school.h"
#include "main_window.h"
#include "net/api_client.h"
#include "session/account_session.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <limits>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {

Account benchAccount()
{
    Account a;
    a.id = 1;
    a.username = u"teacher.fr"_s;
    a.role = Role::Teacher;
    a.country = u"FR"_s;
    return a;
}

// A directory of n teachers in 40 countries, with schools, as pages of 2,000 would bring it.
bool makeDirectory(const QString &cacheFile, int n)
{
    static const QStringList first{u"Émilie"_s, u"Łukasz"_s, u"Giulia"_s, u"Anna"_s, u"Σοφία"_s,
                                   u"Jean"_s,   u"Marta"_s,  u"Pieter"_s, u"Ines"_s, u"Олена"_s};
    static const QStringList last{u"Durand"_s, u"Nowak"_s,  u"Rossi"_s,  u"Schmidt"_s,
                                  u"Παππάς"_s, u"García"_s, u"Jansen"_s, u"Horvat"_s};
    static const QStringList subjects{u"history"_s, u"geography"_s,   u"science"_s,
                                      u"english"_s, u"mathematics"_s, u"art"_s};
    LocalStore store(cacheFile);
    if (!store.open().ok())
        return false;
    QSqlDatabase db = store.connection();
    const int schools = std::max(1, n / 4);
    QList<Change> page;
    auto flush = [&] {
        CacheTransaction tx(db, CacheTransaction::Lock::Directory);
        const bool ok = tx.isActive() && directory_store::apply(db, page) && tx.commit();
        page.clear();
        return ok;
    };
    for (int s = 1; s <= schools; ++s) {
        page.append({u"school"_s, s, 1, false,
                     School{s, u"École %1"_s.arg(s), u"Ville %1"_s.arg(s % 997),
                            catalogue::countryCodes().at(s % 40), u"primary"_s, 1}
                         .toJson()});
        if (page.size() == 2000 && !flush())
            return false;
    }
    for (int i = 1; i <= n; ++i) {
        TeacherProfile p;
        p.id = i;
        p.displayName = first.at(i % first.size()) + u' ' + last.at((i / 10) % last.size()) + u' ' +
                        QString::number(i);
        p.schoolId = 1 + i % schools;
        p.country = catalogue::countryCodes().at(p.schoolId % 40);
        p.subjects = {subjects.at(i % subjects.size())};
        p.languages = {u"en"_s, u"fr"_s};
        p.ageMin = 8 + i % 6;
        p.ageMax = p.ageMin + 3;
        p.bio = u"Projects about rivers, history and languages, with pupils who like to "
                u"write to partners abroad."_s;
        p.lookingForPartners = true;
        p.status = u"validated"_s;
        p.version = 1;
        page.append({u"teacher"_s, i, 1, false, p.toJson()});
        if ((page.size() == 2000 && !flush()))
            return false;
        if (i % 100000 == 0) {
            std::printf("  %d teachers…\n", i);
            std::fflush(stdout);
        }
    }
    return page.isEmpty() || flush();
}

// The program's start, in a process of its own: returns when the window is shown.
int childStart(const QString &cacheFile, qint64 startedAtMs)
{
    Translations translations;
    AccountSession session(QUrl(u"http://127.0.0.1:9"_s), benchAccount(), cacheFile, nullptr);
    if (!session.open().ok())
        return 2;
    MainWindow window(&session, &translations);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    std::printf("shown %lld\n", QDateTime::currentMSecsSinceEpoch() - startedAtMs);
    std::fflush(stdout);
    return 0;
}

int coldStart(int n, const QString &dir)
{
    QDir().mkpath(dir);
    const QString cacheFile = dir + u"/cold-start.sqlite"_s;
    const QString marker = cacheFile + u".made-"_s + QString::number(n);
    if (!QFile::exists(marker)) {
        std::printf("making a directory of %d teachers (not timed)…\n", n);
        std::fflush(stdout);
        LocalStore::removeFiles(cacheFile);
        if (!makeDirectory(cacheFile, n))
            return 1;
        QFile(marker).open(QIODevice::WriteOnly);
    }
    qint64 bytes = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList({u"cold-start.directory-*.sqlite"_s}))
        bytes += f.size();
    std::printf("directory file: %.0f MB\n", bytes / 1e6);
    QList<double> shown;
    for (int run = 0; run < 5; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(
            QCoreApplication::applicationFilePath(),
            {u"child-start"_s, cacheFile, QString::number(QDateTime::currentMSecsSinceEpoch())});
        if (!child.waitForFinished(120000) || child.exitCode() != 0)
            return 1;
        const QByteArray out = child.readAllStandardOutput();
        const qsizetype at = out.indexOf("shown ");
        if (at < 0)
            return 1;
        shown.append(out.mid(at + 6).trimmed().toDouble());
    }
    std::printf("start to shown window, five runs: %s ms\n", qPrintable([&] {
                    QStringList s;
                    for (double v : shown)
                        s.append(QString::number(v, 'f', 0));
                    return s.join(u", "_s);
                }()));
    bench::report(u"cold start to a shown window, %L1 teachers (median)"_s.arg(n),
                  bench::percentile(shown, 0.5), u"ms"_s, 1000, false);
    bench::report(u"cold start to a shown window (worst of five)"_s,
                  *std::max_element(shown.cbegin(), shown.cend()), u"ms"_s, 1000, false);
    return 0;
}

// Saves the profile ten times on the UI thread while the session syncs (it was just given its
// token), then prints the longest save and the longest gap of the event loop against 16 ms.
int measureSaves(AccountSession &session, const QString &what)
{
    QElapsedTimer loop;
    double longestGap = 0;
    QTimer tick;
    tick.setInterval(5);
    loop.start();
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, loop.nsecsElapsed() / 1e6 - 5);
        loop.restart();
    });
    QList<double> saves;
    QTimer edit;
    edit.setInterval(100);
    QObject::connect(&edit, &QTimer::timeout, [&] {
        if (session.sync()->status().state != SyncStatus::State::Syncing || saves.size() >= 10)
            return;
        QElapsedTimer t;
        t.start();
        const auto saved =
            session.editProfile({{u"bio"_s, u"Saved while syncing, %1"_s.arg(saves.size())}});
        saves.append(t.nsecsElapsed() / 1e6);
        if (!saved)
            std::printf("a save failed: %s\n", qPrintable(saved.error().message));
    });
    QElapsedTimer synced;
    synced.start();
    tick.start();
    edit.start();
    if (!QTest::qWaitFor(
            [&] {
                return session.sync()->status().state == SyncStatus::State::UpToDate &&
                       session.sync()->status().waitingEdits == 0 && !saves.isEmpty();
            },
            3600 * 1000))
        return 1;
    tick.stop();
    if (saves.size() < 10)
        std::printf("the sync ended after %lld saves: use a larger N\n", qint64(saves.size()));
    std::printf("%s with ten saves: %.1f s; saves: %s ms\n", qPrintable(what),
                synced.nsecsElapsed() / 1e9, qPrintable([&] {
                    QStringList s;
                    for (double v : saves)
                        s.append(QString::number(v, 'f', 1));
                    return s.join(u", "_s);
                }()));
    bench::report(u"longest profile save on the UI thread during the sync"_s,
                  *std::max_element(saves.cbegin(), saves.cend()), u"ms"_s, 16, false);
    bench::report(u"longest UI event-loop gap during the sync"_s, longestGap, u"ms"_s, 16, false);
    return 0;
}

std::optional<SignInReply> signIn(const test::ServerProcess &server)
{
    ApiClient api;
    api.setServer(server.url());
    std::optional<Result<SignInReply>> in;
    api.signIn(u"teacher.fr"_s, u"demo1234"_s, [&](const Result<SignInReply> &r) { in = r; });
    while (!in)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!in->ok())
        return std::nullopt;
    return in->value();
}

// One whole sync of the account into `cacheFile`, the session closed after.
bool syncOnce(const test::ServerProcess &server, const SignInReply &in, const QString &cacheFile)
{
    AccountSession first(server.url(), in.account, cacheFile, nullptr);
    if (!first.open().ok())
        return false;
    first.setToken(in.token);
    return QTest::qWaitFor(
        [&] { return first.sync()->status().state == SyncStatus::State::UpToDate; }, 3600 * 1000);
}

// Signs in, syncs once into a new cache, runs `meanwhile` (the client closed), then starts
// the client again and measures the saves while it syncs what `meanwhile` left to pull.
int savesOnNextStart(const test::ServerProcess &server, const QString &what,
                     const std::function<bool(const SignInReply &, const QDir &)> &meanwhile)
{
    const auto in = signIn(server);
    if (!in)
        return 1;
    QTemporaryDir dir;
    const QString cacheFile = dir.filePath(u"c.sqlite"_s);
    if (!syncOnce(server, *in, cacheFile) || !meanwhile(*in, QDir(dir.path())))
        return 1;
    AccountSession session(server.url(), in->account, cacheFile, nullptr);
    if (!session.open().ok() || !session.myProfile())
        return 1;
    session.setToken(in->token);
    return measureSaves(session, what);
}

int stall(int n)
{
    std::printf("seeding a server with %d teachers (not timed)…\n", n);
    std::fflush(stdout);
    test::ServerProcess server;
    if (!server.start({u"--demo"_s, u"--demo-size"_s, QString::number(n)}, 3600 * 1000)) {
        std::fprintf(stderr, "server failed: %s\n", qPrintable(server.lastOutput()));
        return 1;
    }
    // The first sync brought the profile to edit; then the directory goes, so that the next
    // start pulls it again, by pages, while the profile is there to be edited.
    return savesOnNextStart(server, u"first sync by pages of %1 teachers"_s.arg(n),
                            [](const SignInReply &, const QDir &dir) {
                                for (const QString &file : dir.entryList({u"c.directory-*"_s}))
                                    QFile::remove(dir.filePath(file));
                                return true;
                            });
}

// The same saves while a TwinSpace that grew by `pages` published pages is pulled: those
// pages are written under the cache's lock, the one the saves take.
bool publishPages(const test::ServerProcess &server, const SignInReply &in, int pages)
{
    test::Http http(server.url());
    http.setToken(in.token);
    qint64 project = std::numeric_limits<qint64>::max();
    for (const QJsonValue scope : http.get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray())
        if (scope[u"name"_s].toString().startsWith(u"project:"))
            project = std::min(project, scope[u"name"_s].toString().mid(8).toLongLong());
    std::printf("publishing %d pages while the client is closed (not timed)…\n", pages);
    std::fflush(stdout);
    const QString body =
        u"<p>Les élèves ont mesuré la température de l'eau chaque matin et "
        u"comparé leurs relevés avec ceux de la classe partenaire.</p>"_s.repeated(6);
    for (int first = 0; first < pages; first += 30) {
        QJsonArray batch;
        auto add = [&](const QString &type, qint64 entity, const QJsonObject &data) {
            batch.append(QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"type"_s, type},
                                     {u"op"_s, u"create"_s},
                                     {u"entityId"_s, entity},
                                     {u"baseVersion"_s, 0},
                                     {u"data"_s, data}});
        };
        for (int i = first; i < std::min(pages, first + 30); ++i) {
            add(u"page"_s, -1 - i,
                {{u"projectId"_s, project},
                 {u"parentId"_s, 0},
                 {u"position"_s, 100.0 + i},
                 {u"title"_s, u"Relevé %1"_s.arg(i)}});
            add(u"page_revision"_s, -1 - i, {{u"projectId"_s, project}, {u"body"_s, body}});
        }
        if (http.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, batch}}).status != 200)
            return false;
    }
    return true;
}

int projectStall(int pages)
{
    test::ServerProcess server;
    if (!server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s})) {
        std::fprintf(stderr, "server failed: %s\n", qPrintable(server.lastOutput()));
        return 1;
    }
    return savesOnNextStart(
        server, u"a TwinSpace grown by %1 pages pulled"_s.arg(pages),
        [&](const SignInReply &in, const QDir &) { return publishPages(server, in, pages); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"child-start")
        return childStart(args.value(2), args.value(3).toLongLong());
    const int n = args.size() > 2 && !args.at(2).startsWith(u"--") ? args.at(2).toInt() : 0;
    if (mode == u"stall")
        return stall(n > 0 ? n : 50000);
    if (mode == u"project-stall")
        return projectStall(n > 0 ? n : 3000);
    if (mode == u"cold-start") {
        const qsizetype keepAt = args.indexOf(u"--keep"_s);
        QTemporaryDir temp;
        return coldStart(n > 0 ? n : 1000000, keepAt > 0 ? args.value(keepAt + 1) : temp.path());
    }
    std::fprintf(
        stderr, "usage: bench_ui_responsiveness stall [N] | project-stall [PAGES] | cold-start [N] "
                "[--keep DIR]\n");
    return 2;
}
