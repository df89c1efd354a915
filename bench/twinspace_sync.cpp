// SPDX-License-Identifier: GPL-3.0-or-later
// A large TwinSpace (500 pages, each with two revisions, and 2,000 materials in 20 folders)
// synced into an empty cache, and its page tree and materials list opened: targets ≤ 5 s and
// ≤ 100 ms (issue 11).
//   bench_twinspace_sync [pages=500] [materials=2000]
#include "bench_support.h"
#include "http.h"
#include "server_process.h"
#include "tus_client.h"

#include "session/account_session.h"
#include "session/twin_space.h"
#include "sync/sync_controller.h"
#include "twinspace/materials_panel.h"
#include "twinspace/page_tree_model.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <limits>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {
QJsonObject mutation(const QString &type, const QString &op, qint64 entity, qint64 base,
                     const QJsonObject &data)
{
    return {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"type"_s, type},
            {u"op"_s, op},
            {u"entityId"_s, entity},
            {u"baseVersion"_s, base},
            {u"data"_s, data}};
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int pages = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 500;
    const int materials = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 2000;
    test::ServerProcess server;
    if (!server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s})) {
        std::fprintf(stderr, "server failed: %s\n", qPrintable(server.lastOutput()));
        return 1;
    }
    test::Http http(server.url());
    const test::HttpResult in = http.signIn(u"teacher.fr"_s, u"demo1234"_s);
    if (in.status != 200)
        return 1;
    // The demo's first project is active (the last one still waits for its approvals).
    qint64 project = std::numeric_limits<qint64>::max();
    for (const QJsonValue s : http.get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray())
        if (s[u"name"_s].toString().startsWith(u"project:"))
            project = std::min(project, s[u"name"_s].toString().mid(8).toLongLong());
    // 50 top-level pages, the others under them; each page created then published twice.
    std::printf("creating %d pages with two revisions each (not timed)…\n", pages);
    std::fflush(stdout);
    const QString paragraph = u"<p>Les élèves ont mesuré la température de l'eau chaque matin "
                              u"et comparé leurs relevés avec ceux de la classe partenaire.</p>"_s;
    for (int first = 0; first < pages; first += 30) {
        QJsonArray batch;
        for (int i = first; i < std::min(pages, first + 30); ++i) {
            const qint64 local = -1 - i;
            const qint64 parent = i < 50 ? 0 : -1 - (i % 50);
            batch.append(mutation(u"page"_s, u"create"_s, local, 0,
                                  {{u"projectId"_s, project},
                                   {u"parentId"_s, parent},
                                   {u"position"_s, double(i)},
                                   {u"title"_s, u"Page %1"_s.arg(i)}}));
            batch.append(mutation(u"page_revision"_s, u"create"_s, local, 0,
                                  {{u"projectId"_s, project}, {u"body"_s, paragraph.repeated(8)}}));
            batch.append(
                mutation(u"page_revision"_s, u"create"_s, local, 1,
                         {{u"projectId"_s, project}, {u"body"_s, paragraph.repeated(10)}}));
        }
        const test::HttpResult r = http.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, batch}});
        bool applied = r.status == 200;
        for (const QJsonValue v : r.json[u"results"_s].toArray())
            applied = applied && v[u"status"_s].toString() == u"applied";
        if (!applied) {
            std::fprintf(stderr, "seeding failed: %d %s\n", r.status, r.body.left(400).constData());
            return 1;
        }
    }

    // Small pictures, each its own content, uploaded as a teacher would (tus), in 20 folders.
    std::printf("uploading %d materials (not timed)…\n", materials);
    std::fflush(stdout);
    test::TusClient tus(http, server.url());
    for (int i = 0; i < materials; ++i) {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(QColor::fromRgb(quint32(0xff000000u | quint32(i * 2654435761u))));
        image.setPixel(0, 0, quint32(i));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const auto created =
            tus.create(png.size(), test::TusClient::metadata(u"Photo %1.png"_s.arg(i), project,
                                                             test::TusClient::sha256Hex(png),
                                                             u"Sortie %1"_s.arg(i % 20)));
        if (created.status != 201 ||
            tus.upload(test::TusClient::location(created), png, png.size()).materialId == 0) {
            std::fprintf(stderr, "upload %d failed: %d %s\n", i, created.status,
                         created.body.left(300).constData());
            return 1;
        }
    }

    QTemporaryDir dir;
    auto account = Account::fromJson(in.json[u"account"_s].toObject());
    AccountSession session(server.url(), account.value(), dir.filePath(u"cache.sqlite"_s), nullptr);
    if (!session.open().ok())
        return 1;
    QElapsedTimer timer;
    timer.start();
    QEventLoop wait;
    QObject::connect(session.sync(), &SyncController::statusChanged, &wait,
                     [&wait](const SyncStatus &status) {
                         if (status.state != SyncStatus::State::Syncing &&
                             status.state != SyncStatus::State::Idle)
                             wait.quit();
                     });
    session.setToken(in.json[u"token"_s].toString());
    wait.exec();
    const double syncSeconds = timer.nsecsElapsed() / 1e9;
    if (session.sync()->status().state != SyncStatus::State::UpToDate)
        return 1;

    QList<double> openMs;
    PageTreeModel model;
    qsizetype shown = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        const auto tree = session.twinSpace()->pages(project);
        model.setPages(tree);
        openMs.append(t.nsecsElapsed() / 1e6);
        shown = tree.size();
    }
    // The materials tab as the window shows it: the list, each one's copy and keep, the model.
    QList<double> materialsMs;
    MaterialsPanel panel(session.twinSpace(), session.transfers());
    panel.showProject(project, false);
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        panel.reload();
        materialsMs.append(t.nsecsElapsed() / 1e6);
    }
    const qsizetype listed = session.twinSpace()->materials(project).size();
    std::printf("\nbench_twinspace_sync: %lld pages in the tree, %d revisions, %lld materials\n",
                qlonglong(shown), 2 * pages, qlonglong(listed));
    bench::report(u"first sync of the account (directory of 300, the TwinSpace)"_s, syncSeconds,
                  u"s"_s, 5.0, false);
    bench::report(u"page tree opened (read + model), median of 20"_s,
                  bench::percentile(openMs, 0.5), u"ms"_s, 100.0, false);
    bench::report(u"page tree opened, slowest of 20"_s, bench::percentile(openMs, 1.0), u"ms"_s,
                  100.0, false);
    bench::report(u"materials tab opened (read, copies, keeps, model, view), median of 20"_s,
                  bench::percentile(materialsMs, 0.5), u"ms"_s, 100.0, false);
    return 0;
}
