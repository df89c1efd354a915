// SPDX-License-Identifier: GPL-3.0-or-later
// Three-way merge of page texts: the diff3 cases one by one, then random documents (disjoint
// edits merge cleanly and exactly; overlapping ones lose nothing typed), and the two-way diff's
// minimality against a plain LCS on small inputs.
#include "domain/text_merge.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace etw;
using namespace Qt::StringLiterals;
using text_merge::DiffLine;
using text_merge::Hunk;

namespace {

// Tables write a page as space-separated tokens: "_" is a blank paragraph, as the editor saves
// an empty line, and any other token is a paragraph holding that word.
QStringList page(const QString &tokens)
{
    QStringList out;
    for (const QString &t : tokens.split(u' ', Qt::SkipEmptyParts))
        out.append(t == u"_"_s ? u"<p><br></p>"_s : QString(u"<p>"_s + t + u"</p>"_s));
    return out;
}

QString show(const QStringList &lines)
{
    return u"["_s + lines.join(u" | "_s) + u"]"_s;
}

quint32 seed()
{
    static const quint32 value = qEnvironmentVariableIsSet("ETW_MERGE_SEED")
                                     ? quint32(qEnvironmentVariable("ETW_MERGE_SEED").toUInt())
                                     : 20240611u;
    return value;
}

// One teacher's edit: base lines [start, end) replaced by `lines`.
struct Edit
{
    int start = 0, end = 0;
    QStringList lines;
};

QStringList applied(QStringList doc, QList<Edit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return a.start > b.start || (a.start == b.start && a.end > b.end);
    });
    for (const Edit &e : edits) {
        doc.remove(e.start, e.end - e.start);
        for (qsizetype i = 0; i < e.lines.size(); ++i)
            doc.insert(e.start + i, e.lines.at(i));
    }
    return doc;
}

// Unique blocks with blank paragraphs between some of them, as pages are written: a blank line
// repeats all over the page, but never twice in a row.
QStringList randomPage(QRandomGenerator &rng, int blocks)
{
    static const QStringList kinds{u"<p>Paragraph %1 about water</p>"_s, u"<h2>Heading %1</h2>"_s,
                                   u"<li>Item %1</li>"_s, u"<tr><td>Row %1</td></tr>"_s};
    QStringList out;
    for (int i = 0; i < blocks; ++i) {
        out.append(kinds.at(rng.bounded(int(kinds.size()))).arg(i));
        if (rng.bounded(10) < 4)
            out.append(u"<p><br></p>"_s);
    }
    return out;
}

// A page full of repeats: blank runs, the same words again and again, few unique lines.
QStringList repetitivePage(QRandomGenerator &rng, int size)
{
    static const QStringList common{u"<p><br></p>"_s,  u"<p><br></p>"_s,  u"<p><br></p>"_s,
                                    u"<p>Lorem</p>"_s, u"<p>Ipsum</p>"_s, u"<li>item</li>"_s};
    QStringList out;
    for (int i = 0; i < size; ++i)
        out.append(rng.bounded(5) == 0 ? u"<p>unique %1</p>"_s.arg(i)
                                       : common.at(rng.bounded(int(common.size()))));
    return out;
}

// What a teacher types is unique, so that the property tests can look for it afterwards.
QStringList typed(const QString &who, int count, int &serial)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(u"<p>%1 typed %2</p>"_s.arg(who).arg(serial++));
    return out;
}

Edit randomEdit(QRandomGenerator &rng, int size, const QString &who, int &serial)
{
    Edit e;
    for (;;) {
        e.start = rng.bounded(size + 1);
        e.end = std::min(size, e.start + rng.bounded(4));
        const int count = rng.bounded(4);
        if (e.end == e.start && count == 0)
            continue; // not an edit
        e.lines = typed(who, count, serial);
        return e;
    }
}

// Plain dynamic-programming LCS length: the oracle the diff must match on small inputs.
int lcsLength(const QStringList &a, const QStringList &b)
{
    QList<QList<int>> t(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            t[i][j] = a.at(i) == b.at(j) ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    return t[0][0];
}

QString kindName(DiffLine::Kind k)
{
    switch (k) {
    case DiffLine::Same:
        return u"="_s;
    case DiffLine::Removed:
        return u"-"_s;
    case DiffLine::Added:
        return u"+"_s;
    case DiffLine::Changed:
        return u"~"_s;
    }
    return QString();
}

// "=a -b +c d>e": Same a, Removed b, Added c, d Changed into e.
QString showDiff(const QList<DiffLine> &rows)
{
    QStringList out;
    for (const DiffLine &r : rows) {
        if (r.kind == DiffLine::Changed)
            out.append(r.a + u">"_s + r.b);
        else
            out.append(kindName(r.kind) + (r.kind == DiffLine::Added ? r.b : r.a));
    }
    return out.join(u' ');
}

} // namespace

class TestTextMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qInfo("random cases use seed %u (ETW_MERGE_SEED=N replays N)", seed()); }

    // Each row: the three versions, the merged page (conflict regions as ours has them), the
    // number of conflicts and the first conflict's three versions.
    void merge3_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<QString>("conflictBase");
        QTest::addColumn<QString>("conflictOurs");
        QTest::addColumn<QString>("conflictTheirs");

        const auto clean = [](const char *name, const QString &base, const QString &ours,
                              const QString &theirs, const QString &merged) {
            QTest::newRow(name) << base << ours << theirs << merged << 0 << QString() << QString()
                                << QString();
        };
        const auto conflict = [](const char *name, const QString &base, const QString &ours,
                                 const QString &theirs, const QString &merged, int count,
                                 const QString &cBase, const QString &cOurs,
                                 const QString &cTheirs) {
            QTest::newRow(name) << base << ours << theirs << merged << count << cBase << cOurs
                                << cTheirs;
        };

        clean("no change", u"a b c"_s, u"a b c"_s, u"a b c"_s, u"a b c"_s);
        clean("all empty", u""_s, u""_s, u""_s, u""_s);
        clean("only ours", u"a b c d"_s, u"a B c d"_s, u"a b c d"_s, u"a B c d"_s);
        clean("only theirs", u"a b c d"_s, u"a b c d"_s, u"a b c D"_s, u"a b c D"_s);
        clean("both identical", u"a b c d"_s, u"a B x c d"_s, u"a B x c d"_s, u"a B x c d"_s);
        clean("disjoint start and end", u"a b c d e f"_s, u"A b c d e f"_s, u"a b c d e F"_s,
              u"A b c d e F"_s);
        clean("disjoint middle", u"a b c d e f g"_s, u"a B c d e f g"_s, u"a b c d E f g"_s,
              u"a B c d E f g"_s);
        clean("disjoint start and middle", u"a b c d e f g"_s, u"A b c d e f g"_s,
              u"a b c D e f g"_s, u"A b c D e f g"_s);
        clean("disjoint middle and end", u"a b c d e f g"_s, u"a b c D1 D2 e f g"_s,
              u"a b c d e f G"_s, u"a b c D1 D2 e f G"_s);
        clean("adjacent lines", u"a b c d e f"_s, u"a b c D e f"_s, u"a b c d E f"_s,
              u"a b c D E f"_s);
        clean("adjacent lines, theirs first", u"a b c d e f"_s, u"a b c d E f"_s, u"a b c D e f"_s,
              u"a b c D E f"_s);
        clean("delete next to an edit", u"a b c d e f"_s, u"a b c e f"_s, u"a b c d E f"_s,
              u"a b c E f"_s);
        clean("insert before an edited line", u"a b c"_s, u"a x b c"_s, u"a B c"_s, u"a x B c"_s);
        clean("insert after an edited line", u"a b c"_s, u"a b x c"_s, u"a B c"_s, u"a B x c"_s);
        clean("insertions at different points", u"a b c"_s, u"a x b c"_s, u"a b y c"_s,
              u"a x b y c"_s);
        clean("same insertion at the same point", u"a b c"_s, u"a x b c"_s, u"a x b c"_s,
              u"a x b c"_s);
        conflict("different insertions at the same point", u"a b c"_s, u"a x b c"_s, u"a y b c"_s,
                 u"a x b c"_s, 1, u""_s, u"x"_s, u"y"_s);
        conflict("different insertions at the start", u"a b"_s, u"x a b"_s, u"y a b"_s, u"x a b"_s,
                 1, u""_s, u"x"_s, u"y"_s);
        clean("delete vs unchanged", u"a b c d"_s, u"a c d"_s, u"a b c d"_s, u"a c d"_s);
        clean("unchanged vs delete", u"a b c d"_s, u"a b c d"_s, u"a b d"_s, u"a b d"_s);
        clean("both delete the same", u"a b c d"_s, u"a c d"_s, u"a c d"_s, u"a c d"_s);
        clean("delete vs edit elsewhere", u"a b c d e"_s, u"a c d e"_s, u"a b c d E"_s,
              u"a c d E"_s);
        conflict("delete vs edit", u"a b c d"_s, u"a c d"_s, u"a B c d"_s, u"a c d"_s, 1, u"b"_s,
                 u""_s, u"B"_s);
        conflict("edit vs delete", u"a b c d"_s, u"a B c d"_s, u"a c d"_s, u"a B c d"_s, 1, u"b"_s,
                 u"B"_s, u""_s);
        conflict("different edits of a line", u"a b c"_s, u"a B c"_s, u"a b2 c"_s, u"a B c"_s, 1,
                 u"b"_s, u"B"_s, u"b2"_s);
        conflict("overlapping ranges take the union", u"a b c d e"_s, u"a X Y d e"_s,
                 u"a b Z W e"_s, u"a X Y d e"_s, 1, u"b c d"_s, u"X Y d"_s, u"b Z W"_s);
        conflict("both append different endings", u"a b"_s, u"a b x"_s, u"a b y z"_s, u"a b x"_s, 1,
                 u""_s, u"x"_s, u"y z"_s);
        clean("both append the same ending", u"a b"_s, u"a b x"_s, u"a b x"_s, u"a b x"_s);
        clean("one appends, one edits the start", u"a b c"_s, u"a b c x"_s, u"A b c"_s,
              u"A b c x"_s);
        conflict("empty base, both created", u""_s, u"a b"_s, u"c d"_s, u"a b"_s, 1, u""_s,
                 u"a b"_s, u"c d"_s);
        clean("empty base, both created the same", u""_s, u"a b"_s, u"a b"_s, u"a b"_s);
        clean("empty base, only theirs created", u""_s, u""_s, u"a b"_s, u"a b"_s);
        clean("whole text replaced by ours", u"a b c"_s, u"x y z"_s, u"a b c"_s, u"x y z"_s);
        clean("whole text replaced by theirs", u"a b c"_s, u"a b c"_s, u"x y"_s, u"x y"_s);
        conflict("whole text replaced vs an edit", u"a b c"_s, u"x y z"_s, u"a B c"_s, u"x y z"_s,
                 1, u"a b c"_s, u"x y z"_s, u"a B c"_s);
        conflict("whole text replaced twice", u"a b c"_s, u"x y"_s, u"u v w"_s, u"x y"_s, 1,
                 u"a b c"_s, u"x y"_s, u"u v w"_s);
        clean("everything deleted vs unchanged", u"a b c"_s, u""_s, u"a b c"_s, u""_s);
        conflict("everything deleted vs an edit", u"a b c"_s, u""_s, u"a b C"_s, u""_s, 1,
                 u"a b c"_s, u""_s, u"a b C"_s);
        conflict("two conflicts, clean in between", u"a b c d e f g"_s, u"a B c d e F g"_s,
                 u"a b2 c D e f2 g"_s, u"a B c D e F g"_s, 2, u"b"_s, u"B"_s, u"b2"_s);
        // Theirs changed e and f together: one region, which ours' change of f overlaps.
        conflict("a side's adjacent edits are one region", u"a b c d e f g"_s, u"a b c d e F g"_s,
                 u"a b c d E f2 g"_s, u"a b c d e F g"_s, 1, u"e f"_s, u"e F"_s, u"E f2"_s);

        // Blank paragraphs repeat all over a page; edits must still land where they were made.
        clean("blanks: edits in two paragraphs", u"h _ p1 _ _ p2 _ p3 _ _ p4 _"_s,
              u"h _ P1 _ _ p2 _ p3 _ _ p4 _"_s, u"h _ p1 _ _ p2 _ p3 _ _ P4 _"_s,
              u"h _ P1 _ _ p2 _ p3 _ _ P4 _"_s);
        clean("blanks: typing into two different blanks", u"p _ _ q"_s, u"p X _ q"_s, u"p _ Y q"_s,
              u"p X Y q"_s);
        clean("blanks: typing into a blank of a run", u"a _ _ _ _ b"_s, u"a _ X _ _ b"_s,
              u"a _ _ _ _ B"_s, u"a _ X _ _ B"_s);
        clean("blanks: a new paragraph and its blank", u"p1 _ p2 _ p3 _ p4"_s,
              u"p1 _ p2 _ new _ p3 _ p4"_s, u"p1 _ p2 _ p3 _ P4"_s, u"p1 _ p2 _ new _ p3 _ P4"_s);
        clean("blanks: paragraph and blank deleted", u"p1 _ p2 _ p3 _ p4 _ p5"_s,
              u"p1 _ p3 _ p4 _ p5"_s, u"p1 _ p2 _ p3 _ p4 _ P5"_s, u"p1 _ p3 _ p4 _ P5"_s);
        clean("blanks: both add blanks far apart", u"a _ b _ c _ d _ e"_s, u"a _ _ b _ c _ d _ e"_s,
              u"a _ b _ c _ d _ _ e"_s, u"a _ _ b _ c _ d _ _ e"_s);
        clean("repeated words: the right copy is edited", u"x y x y x y"_s, u"x y X y x y"_s,
              u"x y x y x Y"_s, u"x y X y x Y"_s);
        conflict("blanks: two paragraphs typed into one blank", u"p _ q"_s, u"p A q"_s, u"p B q"_s,
                 u"p A q"_s, 1, u"_"_s, u"A"_s, u"B"_s);
    }

    void merge3()
    {
        QFETCH(QString, base);
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(int, conflicts);
        QFETCH(QString, conflictBase);
        QFETCH(QString, conflictOurs);
        QFETCH(QString, conflictTheirs);

        const auto r = text_merge::merge3(page(base), page(ours), page(theirs));
        QCOMPARE(r.merged(), page(merged));
        QCOMPARE(r.conflictCount(), conflicts);
        QCOMPARE(r.clean(), conflicts == 0);
        for (qsizetype i = 1; i < r.hunks.size(); ++i)
            QVERIFY2(r.hunks.at(i - 1).conflict || r.hunks.at(i).conflict,
                     "consecutive clean hunks are joined");
        if (conflicts == 0)
            return;
        const auto first =
            std::find_if(r.hunks.begin(), r.hunks.end(), [](const Hunk &h) { return h.conflict; });
        QCOMPARE(first->base, page(conflictBase));
        QCOMPARE(first->ours, page(conflictOurs));
        QCOMPARE(first->theirs, page(conflictTheirs));
        QVERIFY(first->lines.isEmpty());
    }

    // The hunks themselves, in document order, as a conflict view would show them.
    void hunksInDocumentOrder()
    {
        const auto r = text_merge::merge3(page(u"a b c d e f g"_s), page(u"a B c d e F g"_s),
                                          page(u"a b2 c d x e f g"_s));
        QList<Hunk> expected(3);
        expected[0].lines = page(u"a"_s);
        expected[1].conflict = true;
        expected[1].base = page(u"b"_s);
        expected[1].ours = page(u"B"_s);
        expected[1].theirs = page(u"b2"_s);
        expected[2].lines = page(u"c d x e F g"_s);
        QCOMPARE(r.hunks.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(r.hunks.at(i), expected.at(i));
        QCOMPARE(r.conflictCount(), 1);
        QVERIFY(!r.clean());
    }

    void cleanMergeIsOneHunk()
    {
        const auto r =
            text_merge::merge3(page(u"a b c d"_s), page(u"A b c d"_s), page(u"a b c D"_s));
        QCOMPARE(r.hunks.size(), 1);
        QVERIFY(!r.hunks.first().conflict);
        QCOMPARE(r.hunks.first().lines, page(u"A b c D"_s));
        QVERIFY(text_merge::merge3({}, {}, {}).hunks.isEmpty());
    }

    void linesAndJoin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("joined");
        QTest::newRow("empty") << u""_s << QStringList() << u""_s;
        QTest::newRow("one line") << u"a\n"_s << QStringList{u"a"_s} << u"a\n"_s;
        QTest::newRow("no final newline")
            << u"a\nb"_s << QStringList{u"a"_s, u"b"_s} << u"a\nb\n"_s;
        QTest::newRow("empty line inside")
            << u"a\n\nb\n"_s << QStringList{u"a"_s, u""_s, u"b"_s} << u"a\n\nb\n"_s;
        QTest::newRow("only a newline") << u"\n"_s << QStringList{u""_s} << u"\n"_s;
        QTest::newRow("two newlines") << u"\n\n"_s << QStringList{u""_s, u""_s} << u"\n\n"_s;
        QTest::newRow("carriage returns stay")
            << u"a\r\nb\r\n"_s << QStringList{u"a\r"_s, u"b\r"_s} << u"a\r\nb\r\n"_s;
    }

    void linesAndJoin()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QFETCH(QString, joined);
        QCOMPARE(text_merge::lines(text), lines);
        QCOMPARE(text_merge::join(lines), joined);
        QCOMPARE(text_merge::lines(text_merge::join(lines)), lines);
    }

    void sideBySide_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("rows");
        QTest::newRow("both empty") << u""_s << u""_s << u""_s;
        QTest::newRow("same") << u"a b"_s << u"a b"_s << u"=a =b"_s;
        QTest::newRow("all added") << u""_s << u"a b"_s << u"+a +b"_s;
        QTest::newRow("all removed") << u"a b"_s << u""_s << u"-a -b"_s;
        QTest::newRow("one line replaced") << u"a b c"_s << u"a B c"_s << u"=a b>B =c"_s;
        QTest::newRow("two replaced by one") << u"a b c d"_s << u"a X d"_s << u"=a b>X -c =d"_s;
        QTest::newRow("one replaced by two") << u"a b d"_s << u"a X Y d"_s << u"=a b>X +Y =d"_s;
        QTest::newRow("removed and added apart")
            << u"a b c d"_s << u"a c d e"_s << u"=a -b =c =d +e"_s;
        QTest::newRow("blank typed into") << u"p _ _ q"_s << u"p X _ q"_s << u"=p _>X =_ =q"_s;
    }

    void sideBySide()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, rows);
        const auto words = [](const QString &s) { return s.split(u' ', Qt::SkipEmptyParts); };
        QCOMPARE(showDiff(text_merge::sideBySide(words(a), words(b))), rows);
    }

    // The diff must be minimal (as many Same rows as the longest common subsequence) and its
    // columns must give back both texts; small alphabets make many equally short answers.
    void sideBySideIsMinimal()
    {
        QRandomGenerator rng(seed());
        const QStringList alphabet{u"a"_s, u"b"_s, u"c"_s, u"_"_s};
        for (int round = 0; round < 2000; ++round) {
            const int letters = 2 + rng.bounded(3);
            QStringList a, b;
            const int na = rng.bounded(25), nb = rng.bounded(25);
            for (int i = 0; i < na; ++i)
                a.append(alphabet.at(rng.bounded(letters)));
            for (int i = 0; i < nb; ++i)
                b.append(alphabet.at(rng.bounded(letters)));
            const auto rows = text_merge::sideBySide(a, b);
            QStringList backA, backB;
            int same = 0;
            for (const DiffLine &r : rows) {
                if (r.kind != DiffLine::Added)
                    backA.append(r.a);
                if (r.kind != DiffLine::Removed)
                    backB.append(r.b);
                same += r.kind == DiffLine::Same ? 1 : 0;
                if (r.kind == DiffLine::Same)
                    QCOMPARE(r.a, r.b);
            }
            const QString where =
                u"round %1: %2 -> %3: %4"_s.arg(round).arg(show(a), show(b), showDiff(rows));
            QVERIFY2(backA == a && backB == b, qPrintable(where));
            QVERIFY2(same == lcsLength(a, b), qPrintable(where));
        }
    }

    // Long texts with little in common but the same few lines over and over make the search
    // stop early and split where it got furthest; the answer must still be a diff of the two.
    void longDissimilarTextsStillDiff()
    {
        QRandomGenerator rng(seed() + 3);
        const QStringList alphabet{u"<p><br></p>"_s, u"<p>a</p>"_s, u"<li>x</li>"_s, u"<p>b</p>"_s};
        QStringList a, b, c;
        for (int i = 0; i < 3000; ++i) {
            a.append(alphabet.at(rng.bounded(4)));
            b.append(alphabet.at(rng.bounded(4)));
            c.append(alphabet.at(rng.bounded(4)));
        }
        QStringList backA, backB;
        int same = 0;
        for (const DiffLine &r : text_merge::sideBySide(a, b)) {
            if (r.kind != DiffLine::Added)
                backA.append(r.a);
            if (r.kind != DiffLine::Removed)
                backB.append(r.b);
            same += r.kind == DiffLine::Same ? 1 : 0;
        }
        QVERIFY(backA == a);
        QVERIFY(backB == b);
        QVERIFY2(same > 1500, qPrintable(QString::number(same))); // random texts share ~2/3
        const auto r = text_merge::merge3(a, b, a);
        QVERIFY(r.clean());
        QVERIFY(r.merged() == b);
        const auto both = text_merge::merge3(a, b, c);
        QStringList oursView, theirsView;
        for (const Hunk &h : both.hunks) {
            oursView += h.conflict ? h.ours : h.lines;
            theirsView += h.conflict ? h.theirs : h.lines;
        }
        QVERIFY(oursView == both.merged());
        QVERIFY(!both.clean());
    }

    // Edits to disjoint, non-adjacent ranges always merge cleanly, into exactly the page both
    // edits give when applied by hand, whichever side is ours.
    void disjointEditsMergeExactly()
    {
        QRandomGenerator rng(seed() + 1);
        for (int round = 0; round < 1500; ++round) {
            const QStringList base = randomPage(rng, 3 + rng.bounded(40));
            const int n = int(base.size());
            int serial = 0;
            Edit o, t;
            do {
                o = randomEdit(rng, n, u"ours"_s, serial);
                t = randomEdit(rng, n, u"theirs"_s, serial);
            } while (!(o.end + 1 <= t.start || t.end + 1 <= o.start));
            const QStringList ours = applied(base, {o});
            const QStringList theirs = applied(base, {t});
            const QStringList expected = applied(base, {o, t});
            const auto where = [&] {
                return u"seed %1 round %2\nbase %3\nours [%4,%5) %6\ntheirs [%7,%8) %9"_s
                    .arg(seed())
                    .arg(round)
                    .arg(show(base))
                    .arg(o.start)
                    .arg(o.end)
                    .arg(show(o.lines))
                    .arg(t.start)
                    .arg(t.end)
                    .arg(show(t.lines));
            };
            for (const bool swapped : {false, true}) {
                const auto r = swapped ? text_merge::merge3(base, theirs, ours)
                                       : text_merge::merge3(base, ours, theirs);
                QVERIFY2(r.clean(), qPrintable(where()));
                QVERIFY2(r.merged() == expected,
                         qPrintable(where() + u"\nmerged "_s + show(r.merged())));
            }
        }
    }

    // Overlapping edits on pages full of repeats may conflict, but whatever a teacher typed is
    // in the merged page or in that teacher's side of a conflict. One side unchanged, or both
    // the same, always merges to the other.
    void overlappingEditsLoseNothing()
    {
        QRandomGenerator rng(seed() + 2);
        int conflicted = 0;
        for (int round = 0; round < 1500; ++round) {
            const QStringList base = repetitivePage(rng, rng.bounded(30));
            const int n = int(base.size());
            int serial = 0;
            QList<Edit> oursEdits, theirsEdits;
            for (int i = 1 + rng.bounded(3); i > 0; --i)
                oursEdits.append(randomEdit(rng, n, u"ours"_s, serial));
            // Theirs edits near ours: the same, overlapping or touching ranges.
            for (const Edit &o : oursEdits) {
                Edit t;
                t.start = std::clamp(o.start + rng.bounded(5) - 2, 0, n);
                t.end = std::clamp(t.start + rng.bounded(4), t.start, n);
                t.lines = typed(u"theirs"_s, rng.bounded(3), serial);
                if (rng.bounded(4) == 0) // sometimes a common line typed again
                    t.lines.append(u"<p><br></p>"_s);
                theirsEdits.append(t);
            }
            // Edits of one side apply to the same base, so they must not overlap each other.
            const auto disjoint = [](QList<Edit> edits) {
                std::sort(edits.begin(), edits.end(),
                          [](const Edit &a, const Edit &b) { return a.start < b.start; });
                QList<Edit> out;
                for (const Edit &e : edits)
                    if (out.isEmpty() || out.last().end < e.start)
                        out.append(e);
                return out;
            };
            oursEdits = disjoint(oursEdits);
            theirsEdits = disjoint(theirsEdits);
            const QStringList ours = applied(base, oursEdits);
            const QStringList theirs = applied(base, theirsEdits);
            const QString where =
                u"seed %1 round %2\nbase %3\nours %4\ntheirs %5"_s.arg(seed()).arg(round).arg(
                    show(base), show(ours), show(theirs));

            const auto r = text_merge::merge3(base, ours, theirs);
            const QStringList merged = r.merged();
            QSet<QString> kept(merged.begin(), merged.end());
            QSet<QString> keptOurs = kept, keptTheirs = kept;
            for (const Hunk &h : r.hunks) {
                if (!h.conflict)
                    continue;
                ++conflicted;
                QVERIFY2(h.ours != h.theirs, qPrintable(where));
                QVERIFY2(h.lines.isEmpty(), qPrintable(where));
                keptOurs.unite(QSet<QString>(h.ours.begin(), h.ours.end()));
                keptTheirs.unite(QSet<QString>(h.theirs.begin(), h.theirs.end()));
            }
            for (const Edit &e : oursEdits)
                for (const QString &line : e.lines)
                    QVERIFY2(keptOurs.contains(line), qPrintable(where + u"\nlost "_s + line));
            for (const Edit &e : theirsEdits)
                for (const QString &line : e.lines)
                    if (line.contains(u" typed "_s)) // a common line may be taken for another copy
                        QVERIFY2(keptTheirs.contains(line),
                                 qPrintable(where + u"\nlost "_s + line));

            const auto oursOnly = text_merge::merge3(base, ours, base);
            QVERIFY2(oursOnly.clean() && oursOnly.merged() == ours, qPrintable(where));
            const auto theirsOnly = text_merge::merge3(base, base, theirs);
            QVERIFY2(theirsOnly.clean() && theirsOnly.merged() == theirs, qPrintable(where));
            const auto same = text_merge::merge3(base, theirs, theirs);
            QVERIFY2(same.clean() && same.merged() == theirs, qPrintable(where));
        }
        QVERIFY2(conflicted > 100, "the generator must make conflicts to test them");
        qInfo("%d conflict hunks checked", conflicted);
    }
};

QTEST_GUILESS_MAIN(TestTextMerge)
#include "tst_text_merge.moc"
