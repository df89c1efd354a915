// SPDX-License-Identifier: GPL-3.0-or-later
// The content-addressed store of material files: <folder>/<aa>/<sha256>, each content once.
#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <memory>

namespace etw::server {

// Files are named by the sha256 of their bytes, so a content is stored once however many
// materials share it, and a name says what the bytes are. Several instances may share the
// folder (a common volume): every change is a rename or a removal, which the file system makes
// atomic. Who may remove what (no material refers to it any more) is the caller's to decide.
class BlobStore
{
public:
    explicit BlobStore(QString folder);

    // 64 lower-case hex digits: a name this store accepts.
    static bool isSha256(const QString &sha256);

    // What a transaction locks (SqlDialect::lockKey) while it decides about a content: making
    // a material of it, or removing it. Its first 60 bits spread contents over keys well.
    static qint64 lockKey(const QString &sha256)
    {
        return qint64(sha256.left(15).toULongLong(nullptr, 16));
    }

    QString folder() const { return m_folder; }
    bool has(const QString &sha256) const;
    QString path(const QString &sha256) const;
    // A small picture of the content (JPEG or PNG), next to it: <path>.thumb.
    QString thumbnailPath(const QString &sha256) const;
    bool hasThumbnail(const QString &sha256) const;

    // Takes `file` in as the content `sha256` (checked by the caller): renamed into place, so
    // it must be on the same file system (the data folder). When the content is there already,
    // `file` is removed instead and the stored one is kept.
    bool adopt(const QString &file, const QString &sha256, QString *why = nullptr);
    // Writes a thumbnail whole or not at all (a temporary file renamed into place).
    bool putThumbnail(const QString &sha256, const QByteArray &image);
    // Opened for reading; nullptr when the content is not here.
    std::unique_ptr<QFile> open(const QString &sha256) const;
    // The content and its thumbnail; true when neither is left (also when there was none).
    bool remove(const QString &sha256);

    struct Entry
    {
        QString sha256;
        bool blob = false;      // the content itself
        bool thumbnail = false; // its thumbnail (also when the content is gone)
        qint64 modifiedMs = 0;  // the latest of the two
    };
    // Everything stored, for the collector of orphans.
    QList<Entry> list() const;

private:
    QString m_folder;
};

} // namespace etw::server
