// SPDX-License-Identifier: GPL-3.0-or-later
// p50/p95 of a fixed mix of 100 realistic partner searches (text, prefixes, filters) over a
// synced cache, each timed as the search screen runs it: first page plus the result count.
// Also the resident memory with the search screen open.
//   bench_partner_search CACHE_FILE   (made by: bench_sync_directory N --keep DIR)
#include "bench_support.h"

#include "domain/account.h"
#include "partner_search_view.h"
#include "search/search_service.h"
#include "store/directory_store.h"
#include "store/local_store.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {
QList<PartnerQuery> queryMix()
{
    const QStringList texts{u"maria"_s,  u"emilie"_s, u"lukasz"_s,   u"αθήνα"_s,  u"jean"_s,
                            u"mül"_s,    u"kowal"_s,  u"projet"_s,   u"water"_s,  u"lycee"_s,
                            u"rossi"_s,  u"anna k"_s, u"warszawa"_s, u"київ"_s,   u"istanbul"_s,
                            u"school"_s, u"ma"_s,     u"garcia"_s,   u"escola"_s, u"climat"_s};
    const QStringList countries{QString(), u"FR"_s, u"IT"_s, u"PL"_s, u"TR"_s, u"ES"_s, u"GR"_s};
    const QStringList subjects{QString(), u"maths"_s, u"history"_s, u"foreign_languages"_s,
                               u"arts"_s, u"ict"_s};
    QList<PartnerQuery> mix;
    for (int i = 0; i < 100; ++i) {
        PartnerQuery q;
        if (i % 5 != 4) // one query in five is filters only
            q.text = texts.at(i % texts.size());
        q.country = countries.at((i * 3) % countries.size());
        q.subject = subjects.at((i * 7) % subjects.size());
        if (i % 4 == 0)
            q.language = u"en"_s;
        if (i % 6 == 0) {
            q.ageFrom = 8;
            q.ageTo = 12;
        }
        if (i % 9 == 0)
            q.schoolType = u"lower_secondary"_s;
        mix.append(q);
    }
    return mix;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CACHE_FILE\n", argv[0]);
        return 2;
    }
    LocalStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.open().ok())
        return 1;
    QSqlDatabase db = store.connection();
    const int total = directory_store::count(db, {});
    std::printf("bench_partner_search: %d teachers in the cache\n", total);

    QList<double> times, firstPage;
    QList<QPair<double, QString>> slowest;
    int found = 0;
    const auto mix = queryMix();
    for (int round = 0; round < 3; ++round) { // the first round warms the page cache
        for (const PartnerQuery &q : mix) {
            QElapsedTimer t;
            t.start();
            const auto rows = directory_store::search(db, q, std::nullopt, 100);
            if (round > 0)
                firstPage.append(t.nsecsElapsed() / 1e6);
            const double pageMs = t.nsecsElapsed() / 1e6;
            const int count = directory_store::count(db, q, SearchService::countLimit);
            const double ms = t.nsecsElapsed() / 1e6;
            if (round > 0)
                times.append(ms);
            if (round == 2)
                slowest.append({ms, u"(page %9 ms) '%1' country=%2 subject=%3 lang=%4 ages=%5-%6 "
                                    u"type=%7 -> %8"_s.arg(q.text, q.country, q.subject, q.language)
                                        .arg(q.ageFrom)
                                        .arg(q.ageTo)
                                        .arg(q.schoolType)
                                        .arg(count)
                                        .arg(pageMs, 0, 'f', 1)});
            found += round == 2 && count > 0 ? 1 : 0;
            Q_UNUSED(rows);
        }
    }
    std::printf("%d of %d queries found teachers\n", found, int(mix.size()));
    std::sort(slowest.begin(), slowest.end(), [](auto &a, auto &b) { return a.first > b.first; });
    for (int i = 0; i < 8 && i < slowest.size(); ++i)
        std::printf("  slow: %6.1f ms  %s\n", slowest.at(i).first,
                    qPrintable(slowest.at(i).second));
    bench::report(u"search p50 (first page)"_s, bench::percentile(firstPage, 0.50), u"ms"_s, 30,
                  false);
    bench::report(u"search p95 (first page)"_s, bench::percentile(firstPage, 0.95), u"ms"_s, 30,
                  false);
    bench::report(u"search p50 (page + count)"_s, bench::percentile(times, 0.50), u"ms"_s, 30,
                  false);
    bench::report(u"search p95 (page + count)"_s, bench::percentile(times, 0.95), u"ms"_s, 30,
                  false);

    SearchService search(store);
    PartnerSearchView view(&search);
    view.resize(1000, 700);
    view.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        app.processEvents(QEventLoop::AllEvents, 50);
    bench::report(u"resident memory, search screen open"_s, bench::residentKiB() / 1024.0, u"MiB"_s,
                  250, false);
    return 0;
}
