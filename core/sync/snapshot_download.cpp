// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot job: a first directory sync downloads the server's file instead of its pages.
#include "sync/sync_engine.h"

#include "net/api_client.h"
#include "store/directory_schema.h"
#include "store/local_store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStorageInfo>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace etw {

using namespace Qt::StringLiterals;

bool SyncEngine::snapshotUsable(const QJsonObject &snapshot, const QString &epoch)
{
    // Of this program's format, and of the feed the server has now (not of before a reset).
    return !snapshot.isEmpty() &&
           snapshot.value(u"format"_s).toInt() == directory_schema::formatVersion &&
           snapshot.value(u"epoch"_s).toString() == epoch;
}

SyncEngine::Outcome SyncEngine::fetchSnapshot(const QJsonObject &snapshot, const QString &epoch,
                                              qint64 target)
{
    const QString path = m_store.directoryDownloadFile();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Outcome::Failed;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // Never more than the disk can spare (edits must still find room in the cache), and never
    // absurdly large whatever the server says.
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    qint64 limit = qint64(16) << 30;
    if (disk.isValid() && disk.bytesAvailable() > 0)
        limit = std::min(limit, disk.bytesAvailable() - (qint64(256) << 20));
    const qint64 records = snapshot.value(u"records"_s).toInteger();
    const qint64 doneBefore = m_status.done;
    QElapsedTimer timer, shown;
    timer.start();
    shown.start();
    const ApiReply reply = m_api->downloadBlocking(
        u"/api/v1/sync/directory/snapshot"_s, file, limit, [&](qint64 received, qint64 total) {
            if (total <= 0 || shown.elapsed() < 100)
                return;
            shown.restart();
            m_status.done = doneBefore + records * received / total;
            publish(SyncStatus::State::Syncing);
        });
    const bool flushed = file.flush();
    file.close();
    const Outcome outcome = outcomeOf(reply);
    if (outcome != Outcome::Done || !flushed) {
        QFile::remove(path);
        qCInfo(lcSync) << "no directory snapshot:" << reply.error.code << reply.error.message
                       << (flushed ? QString() : file.errorString()) << "; pulling pages instead";
        return flushed ? outcome : Outcome::Failed;
    }
    QString why;
    if (!m_store.installDirectory(path, epoch, target, &why)) {
        qCWarning(lcSync) << "directory snapshot refused:" << why << "; pulling pages instead";
        m_snapshotRefused = true; // not downloaded again by this session
        return Outcome::Failed;
    }
    m_status.done = doneBefore + records;
    // The total counted the pages when the listing was read before a reset of the directory.
    m_status.total =
        std::max(m_status.total, m_status.done + snapshot.value(u"pending"_s).toInteger());
    qCInfo(lcSync) << "directory snapshot of" << records << "records installed in"
                   << timer.elapsed() << "ms";
    Q_EMIT directoryChanged();
    publish(SyncStatus::State::Syncing);
    return Outcome::Done;
}

} // namespace etw
