// SPDX-License-Identifier: GPL-3.0-or-later
#include "server_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
Error optionError(const QString &message)
{
    return {u"bad_option"_s, message, {}};
}

// A value from the command line, else from the config file, else the default.
class Options
{
public:
    Options(const QCommandLineParser &parser, const QSettings *file)
        : m_parser(parser)
        , m_file(file)
    {}
    bool isSet(const QCommandLineOption &o) const
    {
        return m_parser.isSet(o) || (m_file && m_file->contains(o.names().first()));
    }
    QString value(const QCommandLineOption &o) const
    {
        if (m_parser.isSet(o) || !m_file || !m_file->contains(o.names().first()))
            return m_parser.value(o);
        return m_file->value(o.names().first()).toString();
    }
    bool flag(const QCommandLineOption &o) const
    {
        if (m_parser.isSet(o))
            return true;
        return m_file && m_file->value(o.names().first(), false).toBool();
    }

private:
    const QCommandLineParser &m_parser;
    const QSettings *m_file;
};

Result<int> positive(const Options &options, const QCommandLineOption &o, int min, int max)
{
    bool ok = false;
    const int value = options.value(o).toInt(&ok);
    if (!ok || value < min || value > max)
        return optionError(u"--%1 must be a number between %2 and %3 (got '%4')"_s.arg(
            o.names().first(), QString::number(min), QString::number(max), options.value(o)));
    return value;
}
Result<qint64> positive64(const Options &options, const QCommandLineOption &o, qint64 min,
                          qint64 max)
{
    bool ok = false;
    const qint64 value = options.value(o).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return optionError(u"--%1 must be a number between %2 and %3 (got '%4')"_s.arg(
            o.names().first(), QString::number(min), QString::number(max), options.value(o)));
    return value;
}
} // namespace

Result<ServerConfig> parseServerOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The eTwinning Desktop server API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
        u"config"_s,
        u"INI file with any of the options below (name = value); the command line "
        u"wins."_s,
        u"FILE"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on."_s,
                                    u"ADDR:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, u"Folder of the SQLite database and of the feed watermark."_s, u"DIR"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"postgresql://user@host:port/dbname for PostgreSQL; SQLite in --data-dir when not "
        u"given. The password comes from --database-password-file or ETW_DATABASE_PASSWORD."_s,
        u"URL"_s);
    const QCommandLineOption passwordFile(u"database-password-file"_s,
                                          u"File holding the database password."_s, u"FILE"_s);
    const QCommandLineOption threads(u"threads"_s, u"Threads that handle requests."_s, u"N"_s,
                                     QString::number(std::max(4, 2 * QThread::idealThreadCount())));
    const QCommandLineOption migrateOnly(
        u"migrate-only"_s, u"Apply the database migrations, then exit (for upgrades)."_s);
    const QCommandLineOption importGrid(
        u"import-grid"_s,
        u"Check a National Quality Label assessment grid (JSON, docs/labels.md), store it as the "
        u"next version of its country and school year, then exit."_s,
        u"FILE"_s);
    const QCommandLineOption schoolRound(
        u"set-school-round"_s,
        u"Set the eTwinning School label's round of a school year (2026-2027): the rule set "
        u"it applies (--rule-set) and the day its prerequisites are counted on (--cutoff), "
        u"count the schools again if it is this year's, then exit."_s,
        u"YEAR"_s);
    const QCommandLineOption ruleSet(
        u"rule-set"_s, u"With --set-school-round: the rule set's key (docs/labels.md)."_s, u"KEY"_s,
        u"current"_s);
    const QCommandLineOption cutoff(
        u"cutoff"_s,
        u"With --set-school-round: the cut-off day, YYYY-MM-DD (default: 1 September)."_s,
        u"DATE"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed demo data into an empty database."_s);
    const QCommandLineOption demoProjects(
        u"demo-projects"_s,
        u"With --demo: also seed demo projects with lived-in TwinSpaces, when there are none."_s);
    const QCommandLineOption demoSize(u"demo-size"_s, u"Teachers seeded by --demo."_s, u"N"_s,
                                      u"20000"_s);
    const QCommandLineOption demoReviewQueue(
        u"demo-review-queue"_s,
        u"Items (registrations and projects) France's national service finds to review in the "
        u"demo (Italy's: a tenth); by default a tenth of --demo-size, at most 2000."_s,
        u"N"_s);
    const QCommandLineOption tokenLifetime(
        u"token-lifetime"_s, u"Seconds a session token stays valid."_s, u"SECONDS"_s, u"2592000"_s);
    const QCommandLineOption perAddress(
        u"login-failures-per-address"_s,
        u"Failed sign-ins from one address in 15 minutes before it must wait (a school behind "
        u"one address needs room)."_s,
        u"N"_s, u"100"_s);
    const QCommandLineOption perAccount(
        u"login-failures-per-account"_s,
        u"Failed sign-ins for one user name from all addresses in 15 minutes before only "
        u"addresses it signed in from before may still try (5 per address and user name "
        u"always)."_s,
        u"N"_s, u"50"_s);
    const QCommandLineOption maxConnections(
        u"max-connections"_s,
        u"Open client connections at most; one more is answered 503 and closed."_s, u"N"_s,
        u"512"_s);
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s,
        u"Seconds a connection may take to send a whole request, or stay idle between "
        u"requests, before it is closed."_s,
        u"SECONDS"_s, u"30"_s);
    const QCommandLineOption snapshotMin(
        u"snapshot-min-records"_s,
        u"Build a directory snapshot for first syncs once the directory holds this many "
        u"records (0: always)."_s,
        u"N"_s, u"5000"_s);
    const QCommandLineOption snapshotRefresh(
        u"snapshot-refresh"_s,
        u"Seconds before a directory snapshot is built again when the directory changed."_s,
        u"SECONDS"_s, u"600"_s);
    const QCommandLineOption maxBody(u"max-body-bytes"_s,
                                     u"Largest request body accepted (larger ones get 413)."_s,
                                     u"BYTES"_s, u"1048576"_s);
    const QCommandLineOption projectQuota(
        u"project-quota-bytes"_s,
        u"Bytes a project's TwinSpace may hold: its materials and its uploads in progress."_s,
        u"BYTES"_s, u"2000000000"_s);
    const QCommandLineOption uploadExpiry(
        u"upload-expiry"_s,
        u"Seconds an upload in progress may go untouched before it is removed."_s, u"SECONDS"_s,
        u"86400"_s);
    const QCommandLineOption uploadsPerAccount(
        u"uploads-per-account"_s, u"Uploads in progress one account may have."_s, u"N"_s, u"20"_s);
    const QCommandLineOption uploadBytesPerAccount(
        u"upload-bytes-per-account"_s,
        u"Bytes one account's uploads in progress may announce together."_s, u"BYTES"_s,
        u"1000000000"_s);
    const QCommandLineOption maxUploadConnections(
        u"max-upload-connections"_s,
        u"Upload chunks larger than --max-body-bytes arriving at once; one more is answered "
        u"503."_s,
        u"N"_s, u"32"_s);
    const QCommandLineOption storageCollection(
        u"storage-collection-interval"_s,
        u"Seconds between removals of expired uploads and of files no material needs."_s,
        u"SECONDS"_s, u"600"_s);
    const QCommandLineOption forumPerMinute(
        u"forum-creations-per-minute"_s,
        u"Forum discussions, threads and replies one account may post in a minute; beyond, "
        u"its client is asked to send them again later."_s,
        u"N"_s, u"30"_s);
    const QCommandLineOption forumPerHour(u"forum-creations-per-hour"_s,
                                          u"Forum discussions, threads and replies one "
                                          u"account may post in an hour."_s,
                                          u"N"_s, u"300"_s);
    const QCommandLineOption chatPerMinute(
        u"chat-messages-per-minute"_s,
        u"Chat messages one account may send in a minute; beyond, its client is asked to send "
        u"them again later (others are not slowed)."_s,
        u"N"_s, u"60"_s);
    const QCommandLineOption chatPerHour(u"chat-messages-per-hour"_s,
                                         u"Chat messages one account may send in an hour."_s,
                                         u"N"_s, u"1200"_s);
    const QCommandLineOption shortRateWindow(
        u"short-rate-window-secs"_s,
        u"Seconds the per-minute forum and chat limits count over (60: a minute; a test server "
        u"shortens it)."_s,
        u"SECONDS"_s, u"60"_s);
    const QCommandLineOption accountCreations(
        u"account-creations-per-hour"_s,
        u"Accounts that may be created from one client address in an hour (attempts that pass "
        u"the form's checks count); beyond, 429 with Retry-After."_s,
        u"N"_s, u"10"_s);
    const QCommandLineOption schoolLookups(
        u"school-lookups-per-minute"_s,
        u"School lookups of the sign-up form from one client address in a minute."_s, u"N"_s,
        u"120"_s);
    const QCommandLineOption statisticsEvery(
        u"statistics-every-secs"_s,
        u"Seconds between two countings of the territories' statistics (also counted once at "
        u"start); only the figures that changed are sent to the correspondents."_s,
        u"SECONDS"_s, u"600"_s);
    parser.addOptions({config,
                       listen,
                       dataDir,
                       database,
                       passwordFile,
                       threads,
                       migrateOnly,
                       importGrid,
                       schoolRound,
                       ruleSet,
                       cutoff,
                       demo,
                       demoProjects,
                       demoSize,
                       demoReviewQueue,
                       tokenLifetime,
                       perAddress,
                       perAccount,
                       snapshotMin,
                       snapshotRefresh,
                       maxBody,
                       maxConnections,
                       idleTimeout,
                       projectQuota,
                       uploadExpiry,
                       uploadsPerAccount,
                       uploadBytesPerAccount,
                       maxUploadConnections,
                       storageCollection,
                       forumPerMinute,
                       forumPerHour,
                       chatPerMinute,
                       chatPerHour,
                       shortRateWindow,
                       accountCreations,
                       schoolLookups,
                       statisticsEvery});
    parser.process(arguments);

    std::unique_ptr<QSettings> file;
    if (parser.isSet(config)) {
        const QString path = parser.value(config);
        if (!QFileInfo(path).isReadable())
            return optionError(u"--config: cannot read %1"_s.arg(path));
        file = std::make_unique<QSettings>(path, QSettings::IniFormat);
        if (file->status() != QSettings::NoError)
            return optionError(u"--config: %1 is not a valid INI file"_s.arg(path));
    }
    const Options options(parser, file.get());

    ServerConfig c;
    const QString listenValue = options.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listenValue.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || !portOk || port > 65535 ||
        !c.address.setAddress(listenValue.left(colon).remove(u'[').remove(u']')))
        return optionError(
            u"--listen must be ADDR:PORT, e.g. 127.0.0.1:8080 (got '%1')"_s.arg(listenValue));
    c.port = quint16(port);
    c.dataDir = options.isSet(dataDir)
                    ? options.value(dataDir)
                    : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    if (options.isSet(database)) {
        auto settings = DatabaseSettings::fromUrl(options.value(database));
        if (!settings)
            return settings.error();
        c.database = settings.value();
    } else {
        c.database.sqliteFile = QDir(c.dataDir).filePath(u"etwinning.sqlite"_s);
    }
    if (c.database.engine == SqlDialect::Engine::Postgresql) {
        if (options.isSet(passwordFile)) {
            QFile f(options.value(passwordFile));
            if (!f.open(QIODevice::ReadOnly))
                return optionError(u"--database-password-file: cannot read %1"_s.arg(f.fileName()));
            if (f.permissions() & (QFile::ReadOther | QFile::ReadGroup))
                std::fprintf(stderr,
                             "etwinning-server: warning: %s is readable by other users; "
                             "chmod 600 it\n",
                             qPrintable(f.fileName()));
            c.database.password = QString::fromUtf8(f.readAll()).trimmed();
        } else {
            c.database.password = qEnvironmentVariable("ETW_DATABASE_PASSWORD");
        }
    }

    auto threadCount = positive(options, threads, 1, 256);
    auto size = positive(options, demoSize, 0, 5'000'000);
    // Small demos (the tests') get small queues: their servers start in a moment.
    auto reviewQueue = options.isSet(demoReviewQueue)
                           ? positive(options, demoReviewQueue, 0, 1'000'000)
                           : Result<int>(std::min(2000, size ? size.value() / 10 : 0));
    auto lifetime = positive(options, tokenLifetime, 1, std::numeric_limits<int>::max());
    auto failures = positive(options, perAddress, 1, 1'000'000);
    auto minRecords = positive(options, snapshotMin, 0, std::numeric_limits<int>::max());
    auto refresh = positive(options, snapshotRefresh, 1, 7 * 24 * 3600);
    auto bodyLimit = positive(options, maxBody, 1024, 64 << 20);
    auto accountFailures = positive(options, perAccount, 1, 1'000'000);
    auto connections = positive(options, maxConnections, 1, 1'000'000);
    auto idle = positive(options, idleTimeout, 1, 24 * 3600);
    auto expiry = positive(options, uploadExpiry, 1, 365 * 24 * 3600);
    auto uploadCount = positive(options, uploadsPerAccount, 1, 100'000);
    auto uploadConnections = positive(options, maxUploadConnections, 1, 100'000);
    auto collection = positive(options, storageCollection, 1, 7 * 24 * 3600);
    auto forumMinute = positive(options, forumPerMinute, 1, 1'000'000);
    auto forumHour = positive(options, forumPerHour, 1, 1'000'000);
    auto chatMinute = positive(options, chatPerMinute, 1, 1'000'000);
    auto chatHour = positive(options, chatPerHour, 1, 1'000'000);
    auto rateWindow = positive(options, shortRateWindow, 1, 3600);
    auto creations = positive(options, accountCreations, 1, 1'000'000);
    auto lookups = positive(options, schoolLookups, 1, 1'000'000);
    auto statisticsSecs = positive(options, statisticsEvery, 1, 7 * 24 * 3600);
    for (const auto *r :
         {&threadCount, &size,      &reviewQueue,   &lifetime,          &failures,
          &minRecords,  &refresh,   &bodyLimit,     &accountFailures,   &connections,
          &idle,        &expiry,    &uploadCount,   &uploadConnections, &collection,
          &forumMinute, &forumHour, &chatMinute,    &chatHour,          &rateWindow,
          &creations,   &lookups,   &statisticsSecs})
        if (!*r)
            return r->error();
    constexpr qint64 maxBytes = qint64(1) << 50;
    auto quota = positive64(options, projectQuota, 0, maxBytes);
    auto uploadBytes = positive64(options, uploadBytesPerAccount, 0, maxBytes);
    for (const auto *r : {&quota, &uploadBytes})
        if (!*r)
            return r->error();
    c.projectQuotaBytes = quota.value();
    c.uploadBytesPerAccount = uploadBytes.value();
    c.uploadExpirySecs = expiry.value();
    c.uploadsPerAccount = uploadCount.value();
    c.maxUploadConnections = uploadConnections.value();
    c.storageCollectionSecs = collection.value();
    c.forumCreationsPerMinute = forumMinute.value();
    c.forumCreationsPerHour = forumHour.value();
    c.chatMessagesPerMinute = chatMinute.value();
    c.chatMessagesPerHour = chatHour.value();
    c.shortRateWindowSecs = rateWindow.value();
    c.accountCreationsPerHour = creations.value();
    c.schoolLookupsPerMinute = lookups.value();
    c.statisticsEverySecs = statisticsSecs.value();
    c.threads = threadCount.value();
    c.demoSize = size.value();
    c.demoReviewQueue = reviewQueue.value();
    c.tokenLifetimeSecs = lifetime.value();
    c.loginFailuresPerAddress = failures.value();
    c.snapshotMinRecords = minRecords.value();
    c.snapshotRefreshSecs = refresh.value();
    c.maxBodyBytes = bodyLimit.value();
    c.loginFailuresPerAccount = accountFailures.value();
    c.maxConnections = connections.value();
    c.idleTimeoutSecs = idle.value();
    c.demo = options.flag(demo);
    c.demoProjects = options.flag(demoProjects);
    c.migrateOnly = options.flag(migrateOnly);
    c.importGrid = parser.value(importGrid);
    c.schoolRound = parser.value(schoolRound);
    c.schoolRoundRules = parser.value(ruleSet);
    c.schoolRoundCutoff = parser.value(cutoff);
    return c;
}

} // namespace etw::server
