// SPDX-License-Identifier: GPL-3.0-or-later
// The local copies of materials' contents: <folder>/<first 2 hex>/<sha256> (a download in
// progress beside it as <sha256>.partial, an upload being prepared in <folder>/incoming/), one
// material_files row per copy, and the least-recently-used ones removed past a budget.
#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QFile;

namespace etw {

class MaterialFiles
{
public:
    explicit MaterialFiles(QString folder);

    const QString &folder() const { return m_folder; }
    // 64 lower-case hex digits: the only names this store makes paths of.
    static bool isSha256(const QString &text);
    QString path(const QString &sha256) const;
    QString partialPath(const QString &sha256) const;
    QString incomingPath(qint64 transferId) const;
    // Makes the folder a copy of this content goes in (and `incoming`).
    bool makeFolderFor(const QString &sha256) const;
    bool makeIncomingFolder() const;
    // fsync: what was written is on the disk before a row says so.
    static bool sync(QFile &file);

    // A row for a copy that is in place (or its use now, if there was one).
    static bool record(QSqlDatabase &db, const QString &sha256, qint64 size, qint64 now);
    static bool touch(QSqlDatabase &db, const QString &sha256, qint64 now);
    // A row, and its file of that size.
    bool has(QSqlDatabase &db, const QString &sha256) const;
    // The same for many at once (a list of materials): those here.
    QSet<QString> present(QSqlDatabase &db) const;
    static qint64 totalBytes(QSqlDatabase &db);
    // Removes the copies least recently used first, but not those in `pinned`, until they hold
    // at most `budget` bytes; what was removed.
    QStringList evict(QSqlDatabase &db, qint64 budget, const QSet<QString> &pinned);
    // Forgets a copy and removes its file.
    bool remove(QSqlDatabase &db, const QString &sha256);
    // What a kill can leave behind: copies without a row (killed between the file's rename and
    // its row; a download in progress checks its own), rows without a copy, files in `incoming`
    // of no upload being prepared, partial files of no download in progress.
    void sweep(QSqlDatabase &db, const QSet<qint64> &preparing, const QSet<QString> &downloading);

private:
    QString m_folder;
};

} // namespace etw
