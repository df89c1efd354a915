// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes of uploads in progress: one file per upload, <folder>/<id>.part.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace etw::server {

class UploadFiles
{
public:
    explicit UploadFiles(QString folder);

    // 32 lower-case hex digits, as create ids are made: a name this folder accepts.
    static bool isUploadId(const QString &id);
    static QString newId();

    QString folder() const { return m_folder; }
    QString path(const QString &id) const;
    // An empty file, its folder entry on the disk.
    bool create(const QString &id);
    // Writes `bytes` at `offset`, drops whatever the file held beyond them (bytes written by
    // an attempt whose offset was never acknowledged), and waits until it is all on the disk:
    // an offset acknowledged after this survives a power cut.
    bool write(const QString &id, qint64 offset, const QByteArray &bytes, QString *why = nullptr);
    // The first `length` bytes (fewer when the file is shorter).
    QByteArray head(const QString &id, qint64 length) const;
    bool exists(const QString &id) const;
    bool remove(const QString &id);

    struct Entry
    {
        QString id; // empty for a file that is no upload's (a stranger, left as it is)
        QString fileName;
        qint64 modifiedMs = 0;
    };
    QList<Entry> list() const;

private:
    QString m_folder;
};

} // namespace etw::server
