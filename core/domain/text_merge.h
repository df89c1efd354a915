// SPDX-License-Identifier: GPL-3.0-or-later
// Three-way merge of page texts (one block per line) for edits published on an older revision.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace etw::text_merge {

struct Hunk
{
    bool conflict = false;
    QStringList lines;              // when !conflict: the merged lines of this hunk
    QStringList base, ours, theirs; // when conflict: each side's version of the region

    bool operator==(const Hunk &) const = default;
};

struct Result
{
    QList<Hunk> hunks; // in document order; consecutive clean hunks are joined
    bool clean() const;
    // With conflicts, each conflict region is taken from `ours`: what the page shows now stays
    // until someone resolves it.
    QStringList merged() const;
    int conflictCount() const;
};

// base: the revision the incoming edit was made on; ours: the page as it is now; theirs: the
// incoming edit. Changes to distinct lines, even adjacent ones, are both applied; changes to the
// same lines, or two insertions at the same place, conflict unless they are identical.
Result merge3(const QStringList &base, const QStringList &ours, const QStringList &theirs);

// Lines of a text split on '\n' (a trailing newline gives no empty last line), and back: join
// ends every line with '\n', so lines(join(l)) == l for any l.
QStringList lines(const QString &text);
QString join(const QStringList &lines);

// A two-way diff for the side-by-side view, one entry per row: Same (a == b), Removed (only a),
// Added (only b), Changed (a was replaced by b).
struct DiffLine
{
    enum Kind { Same, Removed, Added, Changed } kind;
    QString a, b;

    bool operator==(const DiffLine &) const = default;
};
QList<DiffLine> sideBySide(const QStringList &a, const QStringList &b);

} // namespace etw::text_merge
