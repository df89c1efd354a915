// SPDX-License-Identifier: GPL-3.0-or-later
// Time to merge two offline edits of a 5,000-line TwinSpace page, 200 changes on each side
// (scattered replacements, insertions and deletions), as the server does on publish; also the
// side-by-side diff, a page rewritten from scratch, edits that collide, and (no target: no page
// looks like it) three random mixes of four lines, which run the diff up to its cost limit.
//   bench_text_merge [LINES=5000] [CHANGES=200]
#include "bench_support.h"

#include "domain/text_merge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <functional>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {

// Headings, paragraphs, list items and table rows, with blank paragraphs between many of them:
// the repeats a real page has.
QStringList makePage(QRandomGenerator &rng, int lines)
{
    QStringList out;
    while (out.size() < lines) {
        const int i = int(out.size());
        switch (rng.bounded(6)) {
        case 0:
            out.append(u"<h2>Week %1: what we found out</h2>"_s.arg(i));
            break;
        case 1:
            out.append(u"<li>Pupils from school %1 measured the river</li>"_s.arg(i));
            break;
        case 2:
            out.append(u"<tr><td>%1</td><td>12.5 °C</td><td>clear</td></tr>"_s.arg(i));
            break;
        default:
            out.append(
                u"<p>Paragraph %1 of the shared diary, written by both classes.</p>"_s.arg(i));
        }
        if (rng.bounded(3) == 0)
            out.append(u"<p><br></p>"_s);
    }
    out.resize(lines);
    return out;
}

// `changes` edits at distinct lines whose index modulo 4 is `lane`: two sides on different lanes
// never touch the same or adjacent lines, so their merge is clean.
QStringList edited(const QStringList &base, QRandomGenerator &rng, int changes, int lane,
                   const QString &who)
{
    QList<int> at;
    while (at.size() < changes) {
        const int line = rng.bounded(int(base.size()) / 4) * 4 + lane;
        if (!at.contains(line))
            at.append(line);
    }
    std::sort(at.begin(), at.end(), std::greater<int>());
    QStringList out = base;
    for (int k = 0; k < int(at.size()); ++k) {
        const int line = at.at(k);
        switch (k % 3) {
        case 0: // replaced
            out[line] = u"<p>%1 rewrote this, change %2</p>"_s.arg(who).arg(k);
            break;
        case 1: // a new block after it
            out.insert(line + 1, u"<p>%1 added this, change %2</p>"_s.arg(who).arg(k));
            break;
        default: // deleted
            out.removeAt(line);
        }
    }
    return out;
}

// Milliseconds per run: the median and the slowest of `runs`, after one warm-up.
QPair<double, double> timed(int runs, const std::function<void()> &work)
{
    work();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return {bench::percentile(ms, 0.5), bench::percentile(ms, 1.0)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int lines = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    const int changes = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;
    if (lines < 16 || changes < 1 || changes * 4 > lines) {
        std::fprintf(stderr, "usage: %s [LINES>=16] [CHANGES<=LINES/4]\n", argv[0]);
        return 2;
    }
    QRandomGenerator rng(5000);
    const QStringList base = makePage(rng, lines);
    const QStringList ours = edited(base, rng, changes, 0, u"ours"_s);
    const QStringList theirs = edited(base, rng, changes, 2, u"theirs"_s);
    const QStringList theirsColliding = edited(base, rng, changes, 0, u"theirs"_s);
    QStringList rewritten = makePage(rng, lines);
    for (QString &line : rewritten)
        line.replace(u"Paragraph"_s, u"Section"_s);

    text_merge::Result result;
    const auto merge = timed(20, [&] { result = text_merge::merge3(base, ours, theirs); });
    std::printf("bench_text_merge: %d lines, %d changes per side: %s, %d hunks, %d lines merged\n",
                lines, changes, result.clean() ? "clean" : "CONFLICTS", int(result.hunks.size()),
                int(result.merged().size()));
    std::printf("  merge3            median %7.2f ms  slowest %7.2f ms\n", merge.first,
                merge.second);
    const auto diff = timed(20, [&] { (void)text_merge::sideBySide(base, ours); });
    std::printf("  sideBySide        median %7.2f ms  slowest %7.2f ms\n", diff.first, diff.second);
    const auto colliding =
        timed(20, [&] { result = text_merge::merge3(base, ours, theirsColliding); });
    std::printf("  colliding edits   median %7.2f ms  slowest %7.2f ms  (%d conflicts)\n",
                colliding.first, colliding.second, result.conflictCount());
    const auto replaced = timed(20, [&] { result = text_merge::merge3(base, rewritten, theirs); });
    std::printf("  page rewritten    median %7.2f ms  slowest %7.2f ms  (%d conflicts)\n",
                replaced.first, replaced.second, result.conflictCount());
    // Not a page anyone writes: four distinct lines in random order on all three sides, where
    // the diff searches until its cost limit.
    const QStringList few{u"<p><br></p>"_s, u"<p>a</p>"_s, u"<li>x</li>"_s, u"<p>b</p>"_s};
    QStringList noise[3];
    for (QStringList &side : noise)
        for (int i = 0; i < lines; ++i)
            side.append(few.at(rng.bounded(int(few.size()))));
    const auto worst = timed(5, [&] { result = text_merge::merge3(noise[0], noise[1], noise[2]); });
    std::printf("  random 4-line mix median %7.2f ms  slowest %7.2f ms  (%d conflicts)\n",
                worst.first, worst.second, result.conflictCount());
    bench::report(u"merge3, slowest of 20"_s, merge.second, u"ms"_s, 100, false);
    bench::report(u"merge3 colliding, slowest of 20"_s, colliding.second, u"ms"_s, 100, false);
    bench::report(u"merge3 rewritten, slowest of 20"_s, replaced.second, u"ms"_s, 100, false);
    return 0;
}
