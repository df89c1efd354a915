// SPDX-License-Identifier: GPL-3.0-or-later
// A client that uploads one file to a project through TransferController, resuming what its
// cache holds: tst_transfers kills it with SIGKILL mid-upload and starts it again.
//   etw_transfer_worker SERVER CACHE FILES_FOLDER TOKEN PROJECT FILE
// The first run queues FILE; a later one only goes on with what the cache holds. It prints
// "queued <id>", then "progress <state> <done> <sent>" as the transfer moves (each line flushed
// at once), and ends with "uploaded <material id>" (exit 0) or "failed <code> <message>" (2).
#include "store/local_store.h"
#include "transfers/transfer_controller.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {
void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7) {
        std::fprintf(stderr, "usage: etw_transfer_worker SERVER CACHE FILES TOKEN PROJECT FILE\n");
        return 1;
    }
    LocalStore store(args[2]);
    if (!store.open().ok()) {
        say(u"failed cache_unavailable cannot open the cache"_s);
        return 2;
    }
    int exitCode = -1;
    {
        TransferController transfers(store, args[3], QUrl(args[1]), 1);
        // Back quickly when the network or the server returns: the test waits for it.
        transfers.setRetryDelays(200, 1000);
        const auto report = [&](const Transfer &t) {
            say(u"progress %1 %2 %3"_s.arg(int(t.state)).arg(t.done).arg(t.sent));
            if (t.state == Transfer::State::Done) {
                say(u"uploaded %1"_s.arg(t.materialId));
                exitCode = 0;
            } else if (t.state == Transfer::State::Failed) {
                say(u"failed %1 %2"_s.arg(t.errorCode, t.error));
                exitCode = 2;
            }
            if (exitCode >= 0)
                QMetaObject::invokeMethod(
                    &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        };
        QObject::connect(&transfers, &TransferController::transferChanged, &app, report);
        const QList<Transfer> existing = transfers.transfers();
        if (existing.isEmpty()) {
            const auto queued = transfers.upload(args[5].toLongLong(), args[6]);
            if (!queued) {
                say(u"failed %1 %2"_s.arg(queued.error().code, queued.error().message));
                return 2;
            }
            say(u"queued %1"_s.arg(queued.value()));
        } else if (existing.first().finished() ||
                   existing.first().state == Transfer::State::Failed) {
            report(existing.first());
        }
        transfers.setToken(args[4]);
        if (exitCode < 0)
            app.exec();
    }
    store.releaseThreadConnection();
    return exitCode;
}
