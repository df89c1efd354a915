// SPDX-License-Identifier: GPL-3.0-or-later
// etwinning-server: parses the command line, migrates and seeds the database, serves the API.
#include "api_server.h"
#include "demo/demo_seeder.h"
#include "feed_watermark.h"
#include "password_hash.h"
#include "request_size_guard.h"
#include "shutdown_signals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"etwinning-server"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The eTwinning Desktop server API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on."_s,
                                    u"ADDR:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Folder of the SQLite database."_s, u"DIR"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed demo data into an empty database."_s);
    const QCommandLineOption demoSize(u"demo-size"_s, u"Teachers seeded by --demo."_s, u"N"_s,
                                      u"20000"_s);
    const QCommandLineOption tokenLifetime(
        u"token-lifetime"_s, u"Seconds a session token stays valid."_s, u"SECONDS"_s, u"2592000"_s);
    const QCommandLineOption perAddress(
        u"login-failures-per-address"_s,
        u"Failed sign-ins from one address in 15 minutes before it must wait (a school behind "
        u"one address needs room)."_s,
        u"N"_s, u"100"_s);
    parser.addOptions({listen, dataDir, demo, demoSize, tokenLifetime, perAddress});
    parser.process(app);

    ServerConfig config;
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listenValue.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || !portOk || port > 65535 ||
        !config.address.setAddress(listenValue.left(colon).remove(u'[').remove(u']')))
        return fail(
            u"--listen must be ADDR:PORT, e.g. 127.0.0.1:8080 (got '%1')"_s.arg(listenValue));
    config.port = quint16(port);
    config.dataDir = parser.isSet(dataDir)
                         ? parser.value(dataDir)
                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.demo = parser.isSet(demo);
    bool sizeOk = false;
    config.demoSize = parser.value(demoSize).toInt(&sizeOk);
    if (!sizeOk || config.demoSize < 0 || config.demoSize > 5'000'000)
        return fail(u"--demo-size must be a number between 0 and 5000000"_s);
    bool lifetimeOk = false;
    config.tokenLifetimeSecs = parser.value(tokenLifetime).toInt(&lifetimeOk);
    if (!lifetimeOk || config.tokenLifetimeSecs < 1)
        return fail(u"--token-lifetime must be a positive number of seconds"_s);

    bool perAddressOk = false;
    config.loginFailuresPerAddress = parser.value(perAddress).toInt(&perAddressOk);
    if (!perAddressOk || config.loginFailuresPerAddress < 1)
        return fail(u"--login-failures-per-address must be a positive number"_s);

    if (!secrets::initialize())
        return fail(u"libsodium could not be initialised"_s);
    if (!QDir().mkpath(config.dataDir))
        return fail(u"cannot create the data folder %1"_s.arg(config.dataDir));

    Database database(SqlDialect(SqlDialect::Engine::Sqlite),
                      QDir(config.dataDir).filePath(u"etwinning.sqlite"_s));
    const auto migrated = database.migrate();
    if (!migrated)
        return fail(migrated.error().message);
    if (!ensureEpoch(database))
        return fail(u"cannot write the server epoch"_s);
    FeedWatermark watermark(QDir(config.dataDir).filePath(u"feed-watermark"_s), database);
    watermark.checkForRestore();
    watermark.flush();
    if (config.demo) {
        const auto seeded = demo::seedIfEmpty(database, config.demoSize);
        if (!seeded)
            return fail(u"seeding failed: "_s + seeded.error().message);
        std::printf("demo data %s; accounts (password %s):", seeded.value() ? "seeded" : "reused",
                    demo::demoPassword);
        for (const auto &a : demo::demoAccounts())
            std::printf(" %s", a.username);
        std::printf("\n");
    }

    // Kept at most a second behind; also written when the server stops.
    QTimer watermarkTimer;
    QObject::connect(&watermarkTimer, &QTimer::timeout, [&watermark] { watermark.flush(); });
    watermarkTimer.start(1000);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, [&watermark] { watermark.flush(); });

    quitOnTerminationSignals(&app);
    ApiServer server(database, config);
    auto tcp = std::make_unique<LimitedTcpServer>(config.maxBodyBytes);
    if (!tcp->listen(config.address, config.port))
        return fail(u"cannot listen on %1: %2"_s.arg(listenValue, tcp->errorString()));
    const quint16 actualPort = tcp->serverPort();
    server.bind(tcp.release());
    // Tests and scripts read this line to learn the port when they asked for port 0.
    std::printf("listening on http://%s:%u\n", qPrintable(config.address.toString()), actualPort);
    std::fflush(stdout);
    return app.exec();
}
