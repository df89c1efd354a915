// SPDX-License-Identifier: GPL-3.0-or-later
// Chat latency between two real clients on two server instances of one PostgreSQL database:
// from client A's send (the message saved and queued, as Enter does) to the message in client
// B's copy of the room, pulled after the live hint that crossed instances by LISTEN/NOTIFY.
// One message at a time, each way. Target (issue 12): p95 ≤ 300 ms on loopback.
//   bench/run-chat-latency [messages=200]
#include "bench_support.h"
#include "demo_partners.h"
#include "session/chat.h"
#include "temp_home.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
// Milliseconds from each send on `from` until `to` holds the message, one after the other.
QList<double> exchange(AccountSession &from, AccountSession &to, qint64 project, int count,
                       const QString &tag)
{
    QList<double> out;
    for (int i = 0; i < count; ++i) {
        const QString text = u"%1 %2"_s.arg(tag).arg(i);
        QElapsedTimer clock;
        clock.start();
        if (!from.chat()->send(project, text))
            qFatal("the message could not be saved");
        bool arrived = false;
        // Looked for each time the room changes (the window's own signal), not on a timer.
        QMetaObject::Connection c = QObject::connect(to.chat(), &Chat::changed, [&] {
            for (const auto &e : to.chat()->from(project, 0, 1'000'000))
                if (e.message.text == text)
                    arrived = true;
        });
        if (!QTest::qWaitFor([&] { return arrived; }, 10000))
            qFatal("%s did not arrive within 10 s", qPrintable(text));
        QObject::disconnect(c);
        out.append(double(clock.nsecsElapsed()) / 1e6);
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    if (!ServerProcess::usesPostgresql())
        qFatal("run through bench/run-chat-latency: two instances need PostgreSQL");
    TempHome home;
    ServerProcess first, second;
    DemoPartners demo;
    if (!demo.start(first, home.path(),
                    {u"--chat-messages-per-minute"_s, u"100000"_s, u"--chat-messages-per-hour"_s,
                     u"1000000"_s},
                    &second))
        qFatal("%s", qPrintable(demo.failure()));
    for (AccountSession *s : {demo.fr.get(), demo.it.get()})
        if (!QTest::qWaitFor([s] { return s->live()->state() == LiveChannel::State::Live; }, 10000))
            qFatal("no live connection");
    // A few to warm up (connections, prepared statements), not counted.
    exchange(*demo.fr, *demo.it, demo.project, 5, u"warm"_s);
    QList<double> all = exchange(*demo.fr, *demo.it, demo.project, count, u"fr→it"_s);
    all += exchange(*demo.it, *demo.fr, demo.project, count, u"it→fr"_s);
    std::printf("chat messages across two instances: %lld, each way %d\n", qint64(all.size()),
                count);
    bench::report(u"chat latency p50"_s, bench::percentile(all, 0.50), u"ms"_s, 300, false);
    bench::report(u"chat latency p95"_s, bench::percentile(all, 0.95), u"ms"_s, 300, false);
    bench::report(u"chat latency max"_s, bench::percentile(all, 1.0), u"ms"_s, 300, false);
    return 0;
}
