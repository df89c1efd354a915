// SPDX-License-Identifier: GPL-3.0-or-later
// The directory file's checks: at start, and when its pages are refused.
#include "sync/sync_engine.h"

#include "store/local_store.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace etw {

using namespace Qt::StringLiterals;

void SyncEngine::checkDirectoryAtStart()
{
    // Reading the whole directory file (about a second per GB) is done here, before the first
    // round, not while the window waits to open; search works meanwhile. A damaged file holds
    // only what the server sends: it is made again, empty, and pulled again.
    m_status.checkingDirectory = true;
    publish(SyncStatus::State::Idle);
    QSqlDatabase db = m_store.connection();
    QSqlQuery q(db);
    const bool sound =
        q.exec(u"PRAGMA directory.quick_check"_s) && q.next() && q.value(0).toString() == u"ok";
    q.finish();
    if (!sound && !m_stop) {
        qCWarning(lcSync) << "the directory file failed its check; pulling it again";
        m_store.resetDirectory();
        Q_EMIT directoryChanged();
    }
    m_status.checkingDirectory = false;
    publish(SyncStatus::State::Idle);
}

bool SyncEngine::replaceDirectoryIfDamaged(QSqlDatabase &db)
{
    if (directoryIsSound(db))
        return false;
    qCWarning(lcSync) << "the directory file is damaged; pulling it again";
    m_snapshotRefused = true;
    m_store.resetDirectory();
    Q_EMIT directoryChanged();
    return true;
}

void SyncEngine::checkDirectory()
{
    // Never in the middle of a round (this slot can run inside one of its waits): after it.
    if (m_running) {
        m_checkAfterRound = true;
        return;
    }
    if (m_stop || (m_lastCheck.isValid() && m_lastCheck.elapsed() < 60 * 1000))
        return;
    m_lastCheck.start();
    QSqlDatabase db = m_store.connection();
    if (replaceDirectoryIfDamaged(db))
        syncNow();
}

bool SyncEngine::directoryIsSound(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA directory.quick_check"_s) || !q.next() || q.value(0).toString() != u"ok")
        return false;
    q.finish();
    // quick_check does not look inside the text index.
    return q.exec(u"INSERT INTO directory.teacher_fts (teacher_fts) VALUES ('integrity-check')"_s);
}

} // namespace etw
