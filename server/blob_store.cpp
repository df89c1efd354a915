// SPDX-License-Identifier: GPL-3.0-or-later
#include "blob_store.h"

#include "durable_files.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
const QString thumbnailSuffix = u".thumb"_s;
}

BlobStore::BlobStore(QString folder)
    : m_folder(std::move(folder))
{}

bool BlobStore::isSha256(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString BlobStore::path(const QString &sha256) const
{
    // 256 sub-folders keep each folder small enough to list, even with a million contents.
    return m_folder + u'/' + sha256.left(2) + u'/' + sha256;
}

QString BlobStore::thumbnailPath(const QString &sha256) const
{
    return path(sha256) + thumbnailSuffix;
}

bool BlobStore::has(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo(path(sha256)).isFile();
}

bool BlobStore::hasThumbnail(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo(thumbnailPath(sha256)).isFile();
}

bool BlobStore::adopt(const QString &file, const QString &sha256, QString *why)
{
    if (!isSha256(sha256)) {
        if (why)
            *why = u"not a sha256: %1"_s.arg(sha256);
        return false;
    }
    const QString target = path(sha256);
    if (QFileInfo(target).isFile()) {
        // The same bytes are stored already: keep one copy.
        QFile::remove(file);
        return true;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        if (why)
            *why = u"cannot create %1"_s.arg(QFileInfo(target).absolutePath());
        return false;
    }
    if (!durable::renameReplacing(file, target, why))
        return false;
    durable::syncFolder(QFileInfo(file).absolutePath());
    return true;
}

bool BlobStore::putThumbnail(const QString &sha256, const QByteArray &image)
{
    if (!isSha256(sha256))
        return false;
    const QString target = thumbnailPath(sha256);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return false;
    // Unique per writer: two instances making the same thumbnail do not write into one file.
    QFile temporary(target + u".tmp-"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (!temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        temporary.write(image) != image.size() || !durable::syncFile(temporary)) {
        temporary.remove();
        return false;
    }
    temporary.close();
    if (!durable::renameReplacing(temporary.fileName(), target)) {
        temporary.remove();
        return false;
    }
    return true;
}

std::unique_ptr<QFile> BlobStore::open(const QString &sha256) const
{
    if (!isSha256(sha256))
        return nullptr;
    auto file = std::make_unique<QFile>(path(sha256));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

bool BlobStore::remove(const QString &sha256)
{
    if (!isSha256(sha256))
        return false;
    // The thumbnail goes first: a content whose file is gone has nothing left beside it (a
    // reader that sees the file gone must not then find its thumbnail).
    for (const QString &file : {thumbnailPath(sha256), path(sha256)})
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return false;
    durable::syncFolder(QFileInfo(path(sha256)).absolutePath());
    return true;
}

QList<BlobStore::Entry> BlobStore::list() const
{
    QHash<QString, Entry> found;
    const QDir root(m_folder);
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(sub));
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
            QString name = info.fileName();
            const bool thumbnail = name.endsWith(thumbnailSuffix);
            if (thumbnail)
                name.chop(thumbnailSuffix.size());
            // Temporary thumbnails and strangers are not contents.
            if (!isSha256(name) || name.left(2) != sub)
                continue;
            Entry &e = found[name];
            e.sha256 = name;
            (thumbnail ? e.thumbnail : e.blob) = true;
            e.modifiedMs = std::max(e.modifiedMs, info.lastModified().toMSecsSinceEpoch());
        }
    }
    return found.values();
}

} // namespace etw::server
