// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/text_merge.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <vector>

namespace etw::text_merge {
namespace {

using Ids = std::vector<int>;
using Marks = std::vector<char>;

// Comparing ints instead of strings keeps the diff's inner loop cheap; one table serves all the
// texts of a merge so that ours and theirs can be compared with each other too.
class LineIds
{
public:
    Ids of(const QStringList &lines)
    {
        Ids out;
        out.reserve(size_t(lines.size()));
        for (const QString &line : lines) {
            auto it = m_ids.constFind(line);
            if (it == m_ids.constEnd())
                it = m_ids.insert(line, int(m_ids.size()));
            out.push_back(it.value());
        }
        return out;
    }
    int count() const { return int(m_ids.size()); }

private:
    QHash<QString, int> m_ids;
};

// Myers' O(ND) diff in linear space: the middle snake splits the problem in two, recursively.
// Marks the lines of xs that are not kept (removed) and the lines of ys that are new (added).
class Myers
{
public:
    Myers(const Ids &xs, const Ids &ys, Marks &removed, Marks &added)
        : m_xs(xs)
        , m_ys(ys)
        , m_removed(removed)
        , m_added(added)
        , m_offset(int(ys.size()) + 1)
        , m_forward(xs.size() + ys.size() + 3)
        , m_backward(xs.size() + ys.size() + 3)
    {}

    void run() { compare(0, int(m_xs.size()), 0, int(m_ys.size())); }

private:
    static constexpr int unreachedForward = INT_MIN / 2;
    static constexpr int unreachedBackward = INT_MAX / 2;
    static constexpr int costLimit = 1024;

    void compare(int xLo, int xHi, int yLo, int yHi)
    {
        while (xLo < xHi && yLo < yHi && m_xs[size_t(xLo)] == m_ys[size_t(yLo)]) {
            ++xLo;
            ++yLo;
        }
        while (xLo < xHi && yLo < yHi && m_xs[size_t(xHi - 1)] == m_ys[size_t(yHi - 1)]) {
            --xHi;
            --yHi;
        }
        if (xLo == xHi || yLo == yHi) {
            std::fill(m_removed.begin() + xLo, m_removed.begin() + xHi, 1);
            std::fill(m_added.begin() + yLo, m_added.begin() + yHi, 1);
            return;
        }
        const auto [x, y] = middle(xLo, xHi, yLo, yHi);
        // A split at a corner would recurse on the same problem forever; marking the whole box
        // as changed is still a correct (if not minimal) answer.
        if ((x == xLo && y == yLo) || (x == xHi && y == yHi)) {
            std::fill(m_removed.begin() + xLo, m_removed.begin() + xHi, 1);
            std::fill(m_added.begin() + yLo, m_added.begin() + yHi, 1);
            return;
        }
        compare(xLo, x, yLo, y);
        compare(x, xHi, y, yHi);
    }

    int &forward(int k) { return m_forward[size_t(m_offset + k)]; }
    int &backward(int k) { return m_backward[size_t(m_offset + k)]; }

    // A point on an optimal path, found where the paths searched from both corners meet.
    // Coordinates inside the box are relative to (xLo, yLo); diagonal k holds the points with
    // x - y == k. Each array keeps, per diagonal, the furthest point reached so far.
    std::pair<int, int> middle(int xLo, int xHi, int yLo, int yHi)
    {
        const int n = xHi - xLo, m = yHi - yLo, delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int *xs = m_xs.data() + xLo;
        const int *ys = m_ys.data() + yLo;
        for (int k = -m - 1; k <= n + 1; ++k) {
            forward(k) = unreachedForward;
            backward(k) = unreachedBackward;
        }
        {
            int x = 0;
            while (x < n && x < m && xs[x] == ys[x])
                ++x;
            forward(0) = x;
            int bx = n, by = m;
            while (bx > 0 && by > 0 && xs[bx - 1] == ys[by - 1]) {
                --bx;
                --by;
            }
            backward(delta) = bx;
        }
        for (int d = 1; d <= n + m; ++d) {
            int kLo = std::max(-d, -m), kHi = std::min(d, n);
            if ((kLo - d) & 1)
                ++kLo;
            if ((kHi - d) & 1)
                --kHi;
            for (int k = kLo; k <= kHi; k += 2) {
                int x = forward(k);
                if (k + 1 <= n) {
                    const int p = forward(k + 1);
                    if (p != unreachedForward && p - (k + 1) < m) // one line added: down
                        x = std::max(x, p);
                }
                if (k - 1 >= -m) {
                    const int p = forward(k - 1);
                    if (p != unreachedForward && p < n) // one line removed: right
                        x = std::max(x, p + 1);
                }
                if (x == unreachedForward)
                    continue;
                int y = x - k;
                while (x < n && y < m && xs[x] == ys[y]) {
                    ++x;
                    ++y;
                }
                forward(k) = x;
                if (odd && backward(k) != unreachedBackward && backward(k) <= x)
                    return {xLo + x, yLo + y};
            }
            kLo = std::max(delta - d, -m);
            kHi = std::min(delta + d, n);
            if ((kLo - delta - d) & 1)
                ++kLo;
            if ((kHi - delta - d) & 1)
                --kHi;
            for (int k = kLo; k <= kHi; k += 2) {
                int x = backward(k);
                if (k - 1 >= -m) {
                    const int p = backward(k - 1);
                    if (p != unreachedBackward && p - (k - 1) > 0) // up
                        x = std::min(x, p);
                }
                if (k + 1 <= n) {
                    const int p = backward(k + 1);
                    if (p != unreachedBackward && p > 0) // left
                        x = std::min(x, p - 1);
                }
                if (x == unreachedBackward)
                    continue;
                int y = x - k;
                while (x > 0 && y > 0 && xs[x - 1] == ys[y - 1]) {
                    --x;
                    --y;
                }
                backward(k) = x;
                if (!odd && forward(k) != unreachedForward && x <= forward(k))
                    return {xLo + x, yLo + y};
            }
            if (d >= costLimit)
                return furthest(xLo, yLo, n, m);
        }
        return {xLo, yLo};
    }

    // When the texts have little in common and many repeated lines (a page rewritten with the
    // same blank paragraphs all over), the search would cost O(N·D) with D in the thousands.
    // Past the limit it splits where either search got furthest: the diff stays correct, only
    // perhaps longer than the shortest. Real edits of a page stay far below the limit.
    std::pair<int, int> furthest(int xLo, int yLo, int n, int m)
    {
        int bestForward = -1, forwardK = 0, bestBackward = -1, backwardK = 0;
        for (int k = -m; k <= n; ++k) {
            if (forward(k) != unreachedForward && 2 * forward(k) - k > bestForward) {
                bestForward = 2 * forward(k) - k;
                forwardK = k;
            }
            if (backward(k) != unreachedBackward && n + m - (2 * backward(k) - k) > bestBackward) {
                bestBackward = n + m - (2 * backward(k) - k);
                backwardK = k;
            }
        }
        if (bestForward >= bestBackward)
            return {xLo + forward(forwardK), yLo + forward(forwardK) - forwardK};
        return {xLo + backward(backwardK), yLo + backward(backwardK) - backwardK};
    }

    const Ids &m_xs, &m_ys;
    Marks &m_removed, &m_added;
    const int m_offset;
    std::vector<int> m_forward, m_backward;
};

// Groups of changed lines, as git's diff compaction walks them: every gap between two kept
// lines is a group (most are empty), so the n-th group of one file faces the n-th of the other.
struct Group
{
    int start = 0, end = 0;
};

Group firstGroup(const Marks &marks)
{
    Group g;
    while (g.end < int(marks.size()) && marks[size_t(g.end)])
        ++g.end;
    return g;
}

bool nextGroup(const Marks &marks, Group &g)
{
    if (g.end == int(marks.size()))
        return false;
    g.start = g.end + 1;
    g.end = g.start;
    while (g.end < int(marks.size()) && marks[size_t(g.end)])
        ++g.end;
    return true;
}

bool previousGroup(const Marks &marks, Group &g)
{
    if (g.start == 0)
        return false;
    g.end = g.start - 1;
    g.start = g.end;
    while (g.start > 0 && marks[size_t(g.start - 1)])
        --g.start;
    return true;
}

bool slideUp(const Ids &lines, Marks &marks, Group &g)
{
    if (g.start == 0 || lines[size_t(g.start - 1)] != lines[size_t(g.end - 1)])
        return false;
    marks[size_t(--g.start)] = 1;
    marks[size_t(--g.end)] = 0;
    while (g.start > 0 && marks[size_t(g.start - 1)])
        --g.start;
    return true;
}

bool slideDown(const Ids &lines, Marks &marks, Group &g)
{
    if (g.end == int(lines.size()) || lines[size_t(g.start)] != lines[size_t(g.end)])
        return false;
    marks[size_t(g.start++)] = 0;
    marks[size_t(g.end++)] = 1;
    while (g.end < int(marks.size()) && marks[size_t(g.end)])
        ++g.end;
    return true;
}

// A minimal diff may put a change on any of several equal lines (a run of blank paragraphs):
// "insert X before blank 1, delete blank 2" is as short as "replace blank 1 by X". Sliding each
// group over equal lines, first to join neighbouring groups, then to face a group of the other
// file, gives one region per edit, so that a merge does not see two edits where there is one.
void compact(const Ids &lines, Marks &marks, Marks &otherMarks)
{
    Group g = firstGroup(marks);
    Group other = firstGroup(otherMarks);
    for (;;) {
        if (g.end > g.start) {
            int size = 0, earliestEnd = 0, endFacingOther = -1;
            do {
                size = g.end - g.start;
                endFacingOther = -1;
                while (slideUp(lines, marks, g))
                    previousGroup(otherMarks, other);
                earliestEnd = g.end;
                if (other.end > other.start)
                    endFacingOther = g.end;
                while (slideDown(lines, marks, g)) {
                    nextGroup(otherMarks, other);
                    if (other.end > other.start)
                        endFacingOther = g.end;
                }
            } while (size != g.end - g.start);
            if (g.end != earliestEnd && endFacingOther != -1) {
                while (other.end == other.start) {
                    slideUp(lines, marks, g);
                    previousGroup(otherMarks, other);
                }
            }
        }
        if (!nextGroup(marks, g))
            break;
        nextGroup(otherMarks, other);
    }
}

struct Diff
{
    Marks removed; // per line of a
    Marks added;   // per line of b
};

Diff diff(const Ids &a, const Ids &b, int idCount)
{
    Diff out{Marks(a.size(), 0), Marks(b.size(), 0)};
    // A line found nowhere in the other text cannot be kept, so it is marked before the search
    // and left out of it: a page rewritten from scratch then costs nothing to diff.
    std::vector<char> inA(size_t(idCount), 0), inB(size_t(idCount), 0);
    for (const int id : a)
        inA[size_t(id)] = 1;
    for (const int id : b)
        inB[size_t(id)] = 1;
    Ids xs, ys;
    std::vector<int> xAt, yAt;
    for (size_t i = 0; i < a.size(); ++i) {
        if (inB[size_t(a[i])]) {
            xs.push_back(a[i]);
            xAt.push_back(int(i));
        } else {
            out.removed[i] = 1;
        }
    }
    for (size_t j = 0; j < b.size(); ++j) {
        if (inA[size_t(b[j])]) {
            ys.push_back(b[j]);
            yAt.push_back(int(j));
        } else {
            out.added[j] = 1;
        }
    }
    Marks xRemoved(xs.size(), 0), yAdded(ys.size(), 0);
    Myers(xs, ys, xRemoved, yAdded).run();
    for (size_t i = 0; i < xs.size(); ++i)
        out.removed[size_t(xAt[i])] = xRemoved[i];
    for (size_t j = 0; j < ys.size(); ++j)
        out.added[size_t(yAt[j])] = yAdded[j];
    compact(a, out.removed, out.added);
    compact(b, out.added, out.removed);
    return out;
}

// One edit of a side: base lines [baseStart, baseEnd) became side lines [sideStart, sideEnd).
// Between two changes the texts are equal, line for line.
struct Change
{
    int baseStart, baseEnd, sideStart, sideEnd;
};

std::vector<Change> changes(const Diff &d)
{
    std::vector<Change> out;
    const int n = int(d.removed.size()), m = int(d.added.size());
    int i = 0, j = 0;
    while (i < n || j < m) {
        if ((i < n && d.removed[size_t(i)]) || (j < m && d.added[size_t(j)])) {
            Change c{i, i, j, j};
            while (c.baseEnd < n && d.removed[size_t(c.baseEnd)])
                ++c.baseEnd;
            while (c.sideEnd < m && d.added[size_t(c.sideEnd)])
                ++c.sideEnd;
            out.push_back(c);
            i = c.baseEnd;
            j = c.sideEnd;
        } else {
            ++i;
            ++j;
        }
    }
    return out;
}

// Whether a change touches the same base lines as [lo, hi): an overlap, or two insertions at
// the same place. Changes that merely border each other are applied both.
bool collides(const Change &c, int lo, int hi)
{
    if (c.baseStart < hi && lo < c.baseEnd)
        return true;
    return c.baseStart == c.baseEnd && lo == hi && c.baseStart == lo;
}

void appendClean(QList<Hunk> &hunks, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    if (!hunks.isEmpty() && !hunks.last().conflict) {
        hunks.last().lines += lines;
        return;
    }
    Hunk h;
    h.lines = lines;
    hunks.append(h);
}

// The side's lines for base region [lo, hi), given the side's changes in it, first to last:
// outside them the side has the base lines unchanged.
std::pair<int, int> sideRange(const std::vector<Change> &cs, size_t first, size_t last, int lo,
                              int hi)
{
    return {cs[first].sideStart - (cs[first].baseStart - lo),
            cs[last - 1].sideEnd + (hi - cs[last - 1].baseEnd)};
}

} // namespace

bool Result::clean() const
{
    return conflictCount() == 0;
}

QStringList Result::merged() const
{
    QStringList out;
    for (const Hunk &h : hunks)
        out += h.conflict ? h.ours : h.lines;
    return out;
}

int Result::conflictCount() const
{
    return int(std::count_if(hunks.begin(), hunks.end(), [](const Hunk &h) { return h.conflict; }));
}

Result merge3(const QStringList &base, const QStringList &ours, const QStringList &theirs)
{
    LineIds table;
    const Ids b = table.of(base), o = table.of(ours), t = table.of(theirs);
    const auto oc = changes(diff(b, o, table.count()));
    const auto tc = changes(diff(b, t, table.count()));

    Result result;
    size_t oi = 0, ti = 0;
    int done = 0; // base lines before this are in the result
    while (oi < oc.size() || ti < tc.size()) {
        // The group starts with the earlier change, then takes in every change of either side
        // that collides with what it covers so far.
        const bool oursFirst =
            ti == tc.size() || (oi < oc.size() && std::pair(oc[oi].baseStart, oc[oi].baseEnd) <=
                                                      std::pair(tc[ti].baseStart, tc[ti].baseEnd));
        const size_t oFirst = oi, tFirst = ti;
        const Change &first = oursFirst ? oc[oi++] : tc[ti++];
        const int lo = first.baseStart;
        int hi = first.baseEnd;
        for (bool grew = true; grew;) {
            grew = false;
            if (oi < oc.size() && collides(oc[oi], lo, hi)) {
                hi = std::max(hi, oc[oi++].baseEnd);
                grew = true;
            }
            if (ti < tc.size() && collides(tc[ti], lo, hi)) {
                hi = std::max(hi, tc[ti++].baseEnd);
                grew = true;
            }
        }
        appendClean(result.hunks, base.mid(done, lo - done));
        done = hi;
        if (oi == oFirst) {
            const auto [s, e] = sideRange(tc, tFirst, ti, lo, hi);
            appendClean(result.hunks, theirs.mid(s, e - s));
            continue;
        }
        if (ti == tFirst) {
            const auto [s, e] = sideRange(oc, oFirst, oi, lo, hi);
            appendClean(result.hunks, ours.mid(s, e - s));
            continue;
        }
        const auto [os, oe] = sideRange(oc, oFirst, oi, lo, hi);
        const auto [ts, te] = sideRange(tc, tFirst, ti, lo, hi);
        if (std::equal(o.begin() + os, o.begin() + oe, t.begin() + ts, t.begin() + te)) {
            appendClean(result.hunks, ours.mid(os, oe - os));
            continue;
        }
        Hunk h;
        h.conflict = true;
        h.base = base.mid(lo, hi - lo);
        h.ours = ours.mid(os, oe - os);
        h.theirs = theirs.mid(ts, te - ts);
        result.hunks.append(h);
    }
    appendClean(result.hunks, base.mid(done));
    return result;
}

QStringList lines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList out = text.split(u'\n');
    if (text.endsWith(u'\n'))
        out.removeLast();
    return out;
}

QString join(const QStringList &lines)
{
    QString out;
    qsizetype size = 0;
    for (const QString &line : lines)
        size += line.size() + 1;
    out.reserve(size);
    for (const QString &line : lines) {
        out += line;
        out += u'\n';
    }
    return out;
}

QList<DiffLine> sideBySide(const QStringList &a, const QStringList &b)
{
    LineIds table;
    const Ids ai = table.of(a), bi = table.of(b);
    const auto cs = changes(diff(ai, bi, table.count()));
    QList<DiffLine> out;
    out.reserve(std::max(a.size(), b.size()));
    int i = 0, j = 0;
    const auto same = [&](int until) {
        for (; i < until; ++i, ++j)
            out.append({DiffLine::Same, a.at(i), b.at(j)});
    };
    for (const Change &c : cs) {
        same(c.baseStart);
        // Replaced lines face their replacements row by row; the longer side goes on alone.
        for (; i < c.baseEnd && j < c.sideEnd; ++i, ++j)
            out.append({DiffLine::Changed, a.at(i), b.at(j)});
        for (; i < c.baseEnd; ++i)
            out.append({DiffLine::Removed, a.at(i), QString()});
        for (; j < c.sideEnd; ++j)
            out.append({DiffLine::Added, QString(), b.at(j)});
    }
    same(int(a.size()));
    return out;
}

} // namespace etw::text_merge
