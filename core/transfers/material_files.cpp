// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/material_files.h"

#include "store/local_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace etw {

using namespace Qt::StringLiterals;

MaterialFiles::MaterialFiles(QString folder)
    : m_folder(std::move(folder))
{}

bool MaterialFiles::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString MaterialFiles::path(const QString &sha256) const
{
    return m_folder + u'/' + sha256.left(2) + u'/' + sha256;
}

QString MaterialFiles::partialPath(const QString &sha256) const
{
    return path(sha256) + u".partial"_s;
}

QString MaterialFiles::incomingPath(qint64 transferId) const
{
    return m_folder + u"/incoming/"_s + QString::number(transferId);
}

bool MaterialFiles::makeFolderFor(const QString &sha256) const
{
    return QDir().mkpath(m_folder + u'/' + sha256.left(2));
}

bool MaterialFiles::makeIncomingFolder() const
{
    return QDir().mkpath(m_folder + u"/incoming"_s);
}

bool MaterialFiles::sync(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

bool MaterialFiles::record(QSqlDatabase &db, const QString &sha256, qint64 size, qint64 now)
{
    QSqlQuery q(db);
    return LocalStore::run(q,
                           u"INSERT INTO material_files (sha256, size, last_used) VALUES (?, ?, ?) "
                           u"ON CONFLICT (sha256) DO UPDATE SET size = excluded.size, "
                           u"last_used = excluded.last_used"_s,
                           {sha256, size, now});
}

bool MaterialFiles::touch(QSqlDatabase &db, const QString &sha256, qint64 now)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"UPDATE material_files SET last_used = ? WHERE sha256 = ?"_s,
                           {now, sha256});
}

bool MaterialFiles::has(QSqlDatabase &db, const QString &sha256) const
{
    if (!isSha256(sha256))
        return false;
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT size FROM material_files WHERE sha256 = ?"_s, {sha256}) ||
        !q.next())
        return false;
    const QFileInfo file(path(sha256));
    return file.isFile() && file.size() == q.value(0).toLongLong();
}

QSet<QString> MaterialFiles::present(QSqlDatabase &db) const
{
    QSet<QString> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!LocalStore::run(q, u"SELECT sha256, size FROM material_files"_s))
        return out;
    while (q.next()) {
        const QString sha256 = q.value(0).toString();
        const QFileInfo file(path(sha256));
        if (file.isFile() && file.size() == q.value(1).toLongLong())
            out.insert(sha256);
    }
    return out;
}

qint64 MaterialFiles::totalBytes(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT COALESCE(SUM(size), 0) FROM material_files"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool MaterialFiles::remove(QSqlDatabase &db, const QString &sha256)
{
    // The row first: a kill before the file goes leaves a file the next sweep removes, never a
    // row promising a copy that is not there.
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"DELETE FROM material_files WHERE sha256 = ?"_s, {sha256}))
        return false;
    QFile::remove(path(sha256));
    return true;
}

QStringList MaterialFiles::evict(QSqlDatabase &db, qint64 budget, const QSet<QString> &pinned)
{
    QStringList removed;
    qint64 total = totalBytes(db);
    if (total <= budget)
        return removed;
    QSqlQuery q(db);
    if (!LocalStore::run(q,
                         u"SELECT sha256, size FROM material_files ORDER BY last_used, sha256"_s))
        return removed;
    QList<QPair<QString, qint64>> candidates;
    while (q.next())
        candidates.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    for (const auto &[sha256, size] : candidates) {
        if (total <= budget)
            break;
        if (pinned.contains(sha256))
            continue;
        if (!remove(db, sha256))
            break;
        total -= size;
        removed.append(sha256);
    }
    return removed;
}

void MaterialFiles::sweep(QSqlDatabase &db, const QSet<qint64> &preparing,
                          const QSet<QString> &downloading)
{
    QSet<QString> rows;
    {
        QSqlQuery q(db);
        if (!LocalStore::run(q, u"SELECT sha256 FROM material_files"_s))
            return;
        while (q.next())
            rows.insert(q.value(0).toString());
    }
    const QDir root(m_folder);
    QSet<QString> present;
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (sub == u"incoming") {
            const QDir incoming(root.filePath(sub));
            for (const QString &name : incoming.entryList(QDir::Files))
                if (!preparing.contains(name.toLongLong()))
                    QFile::remove(incoming.filePath(name));
            continue;
        }
        const QDir dir(root.filePath(sub));
        for (const QString &name : dir.entryList(QDir::Files)) {
            const bool partial = name.endsWith(u".partial");
            const QString sha256 = partial ? name.chopped(8) : name;
            if (!isSha256(sha256) || sha256.left(2) != sub)
                continue; // not ours: left alone
            // A copy of a download in progress without its row is checked by that download.
            if (!downloading.contains(sha256) && (partial || !rows.contains(sha256)))
                QFile::remove(dir.filePath(name));
            else if (!partial)
                present.insert(sha256);
        }
    }
    for (const QString &sha256 : rows - present) {
        QSqlQuery q(db);
        LocalStore::run(q, u"DELETE FROM material_files WHERE sha256 = ?"_s, {sha256});
    }
}

} // namespace etw
