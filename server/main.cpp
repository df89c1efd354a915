// SPDX-License-Identifier: GPL-3.0-or-later
// etwinning-server: parses the command line, migrates and seeds the database, serves the API.
#include "api_server.h"
#include "demo/demo_school_labels.h"
#include "demo/demo_seeder.h"
#include "demo/demo_twinspaces.h"
#include "feed_watermark.h"
#include "grid_store.h"
#include "password_hash.h"
#include "request_size_guard.h"
#include "school_label_store.h"
#include "server_options.h"
#include "shutdown_signals.h"
#include "tus_headers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <cstdio>

#include <sys/stat.h>

using namespace etw::server;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "etwinning-server: %s\n", qPrintable(message));
    return 2;
}

bool ensureEpoch(Database &database)
{
    QSqlQuery q(database.connection());
    return Database::run(q,
                         u"INSERT INTO server_meta (key, value) VALUES ('epoch', ?) "
                         u"ON CONFLICT (key) DO NOTHING"_s,
                         {QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

// An administrator's grid: checked whole, stored as a new version, told back in one line.
int importGrid(Database &database, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return fail(u"%1 is not a JSON object: %2 at offset %3"_s.arg(path, error.errorString())
                        .arg(error.offset));
    auto parsed = etw::grid::parse(doc.object());
    if (!parsed) {
        for (auto it = parsed.error().fields.cbegin(); it != parsed.error().fields.cend(); ++it)
            std::fprintf(stderr, "%s\n", qPrintable(it->message));
        return fail(u"%1: %2"_s.arg(path, parsed.error().message));
    }
    etw::AssessmentGrid g = parsed.value();
    WriteTransaction tx(database);
    if (!tx.isActive() ||
        !grid_store::add(tx.db(), g, QFileInfo(path).fileName(),
                         QDateTime::currentMSecsSinceEpoch()) ||
        !tx.commit())
        return fail(u"cannot store the grid: %1"_s.arg(tx.lastError()));
    std::printf("grid imported: %s %s version %d, %d criteria, %d points\n",
                g.country.isEmpty() ? "default" : qPrintable(g.country),
                g.schoolYear.isEmpty() ? "every year" : qPrintable(g.schoolYear), g.version,
                int(g.criteria.size()), g.maxTotal());
    return 0;
}

// An administrator's round of the eTwinning School label: checked, stored, and this year's
// schools counted again on it (their teachers see it with their next sync).
int setSchoolRound(Database &database, const ServerConfig &config)
{
    const QString year = config.schoolRound;
    const QDate cutoff = config.schoolRoundCutoff.isEmpty()
                             ? QDate(year.left(4).toInt(), 9, 1)
                             : QDate::fromString(config.schoolRoundCutoff, Qt::ISODate);
    const etw::SchoolRound round{year, config.schoolRoundRules, cutoff};
    if (const QString why = school_label_store::roundProblem(round); !why.isEmpty())
        return fail(u"cannot set the round: %1"_s.arg(why));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int changed = 0;
    WriteTransaction tx(database);
    if (!tx.isActive() || !school_label_store::setRound(tx.db(), round, now) ||
        (school_label_store::schoolYearOf(now) == year &&
         !school_label_store::publish(tx.db(), now, 0, &changed)) ||
        !tx.commit())
        return fail(u"cannot store the round: %1"_s.arg(tx.lastError()));
    std::printf("school round set: %s, rule set %s, cut off on %s; %d schools' eligibility "
                "changed\n",
                qPrintable(year), qPrintable(round.ruleSet),
                qPrintable(cutoff.toString(Qt::ISODate)), changed);
    return 0;
}

etw::Result<bool> ensureDefaultGrid(Database &database)
{
    WriteTransaction tx(database);
    if (!tx.isActive())
        return etw::Error{u"database"_s, u"cannot store the default grid: "_s + tx.lastError(), {}};
    auto added = grid_store::ensureDefault(tx.db(), QDateTime::currentMSecsSinceEpoch());
    if (added && !tx.commit())
        return etw::Error{u"database"_s, u"cannot store the default grid: "_s + tx.lastError(), {}};
    return added;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"etwinning-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ETW_VERSION));

    const auto parsed = parseServerOptions(app.arguments());
    if (!parsed)
        return fail(parsed.error().message);
    const ServerConfig config = parsed.value();

    if (!secrets::initialize())
        return fail(u"libsodium could not be initialised"_s);
    // The database holds password and token hashes: files for the server's user only.
    ::umask(0077);
    if (!QDir().mkpath(config.dataDir))
        return fail(u"cannot create the data folder %1"_s.arg(config.dataDir));
    QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    Database database(config.database);
    const auto migrated = database.migrate();
    if (!migrated)
        return fail(u"%1: %2"_s.arg(config.database.describe(), migrated.error().message));
    std::printf("database %s at schema version %d\n", qPrintable(config.database.describe()),
                migrated.value());
    if (config.migrateOnly)
        return 0;
    if (!ensureEpoch(database))
        return fail(u"cannot write the server epoch"_s);
    if (!config.importGrid.isEmpty())
        return importGrid(database, config.importGrid);
    if (!config.schoolRound.isEmpty())
        return setSchoolRound(database, config);
    if (const auto shipped = ensureDefaultGrid(database); !shipped)
        return fail(shipped.error().message);
    FeedWatermark watermark(QDir(config.dataDir).filePath(u"feed-watermark"_s), database);
    watermark.checkForRestore();
    watermark.flush();
    if (config.demo) {
        const auto seeded = demo::seedIfEmpty(database, config.demoSize, config.demoReviewQueue);
        if (!seeded)
            return fail(u"seeding failed: "_s + seeded.error().message);
        std::printf("demo data %s; accounts (password %s):", seeded.value() ? "seeded" : "reused",
                    demo::demoPassword);
        for (const auto &a : demo::demoAccounts())
            std::printf(" %s", a.username);
        // Seeded with the school label's demo, in an eligible school (only when there are labels).
        std::printf(" %s\n", demo::headTeacherUsername);
        if (config.demoProjects) {
            BlobStore blobs(QDir(config.dataDir).filePath(u"blobs"_s));
            const auto projects = demo::seedTwinSpacesIfNone(database, blobs);
            if (!projects)
                return fail(u"seeding projects failed: "_s + projects.error().message);
        }
    }

    // Kept at most a second behind; also written when the server stops.
    QTimer watermarkTimer;
    QObject::connect(&watermarkTimer, &QTimer::timeout, [&watermark] { watermark.flush(); });
    watermarkTimer.start(1000);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, [&watermark] { watermark.flush(); });

    quitOnTerminationSignals(&app);
    ApiServer server(database, config);
    auto tcp = std::make_unique<LimitedTcpServer>(LimitedTcpServer::Limits{
        config.maxBodyBytes, config.maxConnections, config.idleTimeoutSecs * 1000,
        QByteArray(tus::pathPrefix) + '/', std::max(tus::maxChunkBytes, config.maxBodyBytes),
        config.maxUploadConnections});
    if (!tcp->listen(config.address, config.port))
        return fail(u"cannot listen on %1:%2: %3"_s.arg(config.address.toString())
                        .arg(config.port)
                        .arg(tcp->errorString()));
    const quint16 actualPort = tcp->serverPort();
    server.bind(tcp.release());
    server.startBackgroundWork();
    // Tests and scripts read this line to learn the port when they asked for port 0.
    std::printf("listening on http://%s:%u\n", qPrintable(config.address.toString()), actualPort);
    std::fflush(stdout);
    return app.exec();
}
