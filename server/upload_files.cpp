// SPDX-License-Identifier: GPL-3.0-or-later
#include "upload_files.h"

#include "durable_files.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
const QString partSuffix = u".part"_s;
}

UploadFiles::UploadFiles(QString folder)
    : m_folder(std::move(folder))
{}

bool UploadFiles::isUploadId(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (const QChar c : id)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString UploadFiles::newId()
{
    // 122 random bits: an upload's address is as hard to guess as a token.
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString UploadFiles::path(const QString &id) const
{
    return m_folder + u'/' + id + partSuffix;
}

bool UploadFiles::create(const QString &id)
{
    if (!isUploadId(id) || !QDir().mkpath(m_folder))
        return false;
    QFile file(path(id));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !durable::syncFile(file))
        return false;
    file.close();
    return durable::syncFolder(m_folder);
}

bool UploadFiles::write(const QString &id, qint64 offset, const QByteArray &bytes, QString *why)
{
    QFile file(path(id));
    auto failed = [&] {
        if (why)
            *why = u"%1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    };
    // Never created here: a part file that is gone (removed by hand, another instance's
    // collector) must not come back holding only the tail of an upload.
    if (!isUploadId(id) || !file.exists())
        return failed();
    if (!file.open(QIODevice::ReadWrite))
        return failed();
    // Shorter than the acknowledged offset: bytes the client was told are safe are missing.
    if (file.size() < offset) {
        if (why)
            *why = u"%1 holds %2 bytes, fewer than the offset %3"_s.arg(file.fileName())
                       .arg(file.size())
                       .arg(offset);
        return false;
    }
    if (!file.seek(offset) || file.write(bytes) != bytes.size() ||
        !file.resize(offset + bytes.size()) || !durable::syncFile(file))
        return failed();
    return true;
}

QByteArray UploadFiles::head(const QString &id, qint64 length) const
{
    QFile file(path(id));
    if (!isUploadId(id) || !file.open(QIODevice::ReadOnly))
        return {};
    return file.read(length);
}

bool UploadFiles::exists(const QString &id) const
{
    return isUploadId(id) && QFileInfo(path(id)).isFile();
}

bool UploadFiles::remove(const QString &id)
{
    if (!isUploadId(id))
        return false;
    if (QFileInfo::exists(path(id)) && !QFile::remove(path(id)))
        return false;
    return true;
}

QList<UploadFiles::Entry> UploadFiles::list() const
{
    QList<Entry> out;
    for (const QFileInfo &info : QDir(m_folder).entryInfoList(QDir::Files)) {
        QString id = info.fileName();
        if (id.endsWith(partSuffix))
            id.chop(partSuffix.size());
        out.append({isUploadId(id) && info.fileName().endsWith(partSuffix) ? id : QString(),
                    info.fileName(), info.lastModified().toMSecsSinceEpoch()});
    }
    return out;
}

} // namespace etw::server
