// SPDX-License-Identifier: GPL-3.0-or-later
// What the server was told on its command line or in its config file.
#pragma once

#include "database_settings.h"

#include <QHostAddress>
#include <QString>

namespace etw::server {

struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString dataDir;
    DatabaseSettings database;
    int threads = 4; // request handlers; each has its own database connection
    bool migrateOnly = false;
    QString importGrid; // a grid file to import before exiting (--import-grid)
    // An eTwinning School label round to set before exiting (--set-school-round): its school
    // year, rule set and cut-off day (ISO; empty: 1 September of its first year).
    QString schoolRound;
    QString schoolRoundRules = QStringLiteral("current");
    QString schoolRoundCutoff;
    bool demo = false;
    int demoSize = 20000;       // teachers seeded by --demo
    int demoReviewQueue = 2000; // France's review queue in the demo (demo_reviews.h)
    bool demoProjects = false;  // with --demo: projects with TwinSpaces (scripts/run-demo)
    int tokenLifetimeSecs = 30 * 24 * 3600;
    qint64 maxBodyBytes = 1 << 20; // JSON bodies; upload chunks have their own (tus_headers.h)
    // Each open connection may hold up to maxBodyBytes while its request arrives: the cap
    // bounds that memory (512 × 1 MiB), the timeout frees the slots of slow or idle clients.
    int maxConnections = 512;
    int idleTimeoutSecs = 30;
    // Sign-in attempts in a window of loginWindowSecs, counted before the password is checked.
    // Per user name from one address: that pair waits, nobody else does.
    int loginFailuresPerPair = 5;
    // Per user name from all addresses together: beyond it, only addresses the account has
    // signed in from before (loginKnownAddressDays) may still try, each within its pair's
    // limit; so strangers cannot lock a teacher out, yet cannot guess on from new addresses.
    int loginFailuresPerAccount = 50;
    int loginFailuresPerAddress = 100; // a whole school may share one address
    int loginWindowSecs = 15 * 60;
    int loginKnownAddressDays = 90;
    int snapshotMinRecords = 5000; // directory snapshots for first syncs from this size
    int snapshotRefreshSecs = 600; // how old one may get when the directory changed
    // TwinSpace materials: what a project may hold, its materials and its uploads in progress
    // together (decimal bytes, like material_type::maxBytes).
    qint64 projectQuotaBytes = 2'000'000'000;
    // An upload not touched for this long is gone (its bytes too).
    int uploadExpirySecs = 24 * 3600;
    // Uploads in progress per account, and their announced bytes together: what one account
    // can make the server keep on its disk before anything became a material.
    int uploadsPerAccount = 20;
    qint64 uploadBytesPerAccount = 1'000'000'000;
    // Upload chunks arriving at once past --max-body-bytes (each held in memory, twice).
    int maxUploadConnections = 32;
    // How often expired uploads and files no material needs any more are removed.
    int storageCollectionSecs = 600;
    // Forum discussions, threads and replies one account may create together, per minute and
    // per hour: beyond, its pushes are answered 429 and its client sends them again later.
    int forumCreationsPerMinute = 30;
    int forumCreationsPerHour = 300;
    // Chat messages one account may send, per minute and per hour: a flooding client waits as
    // above; the others in the room are not slowed.
    int chatMessagesPerMinute = 60;
    int chatMessagesPerHour = 1200;
    // The window the per-minute forum and chat limits count over: a minute, shorter on a test
    // server so that a flooding client's wait is seconds.
    int shortRateWindowSecs = 60;
    // Accounts teachers create themselves, per client address and hour (a school's teachers
    // may share one address); each attempt that passes the form's checks counts, so that the
    // limit also bounds probing which e-mail addresses have an account.
    int accountCreationsPerHour = 10;
    // The sign-up form's school lookups per client address and minute (it asks as one types).
    int schoolLookupsPerMinute = 120;
    // How often the territories' statistics are counted again (and once at start).
    int statisticsEverySecs = 600;
};

} // namespace etw::server
