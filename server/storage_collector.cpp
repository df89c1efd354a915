// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage_collector.h"

#include "material_store.h"
#include "sql_dialect.h"
#include "upload_store.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCollector, "etw.collector", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
const QString leaseKey = u"storage-collector"_s;

} // namespace

StorageCollector::StorageCollector(Database &database, BlobStore &blobs, UploadFiles &files,
                                   Policy policy, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_blobs(blobs)
    , m_files(files)
    , m_policy(policy)
    , m_instance(QUuid::createUuid().toString(QUuid::Id128))
{
    m_thread.setObjectName(u"storage-collector"_s);
}

StorageCollector::~StorageCollector()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    // Handed back at a clean stop: another instance (or this one started again) need not wait
    // for it to run out.
    WriteTransaction tx(m_database);
    QSqlQuery q(tx.db());
    if (tx.isActive() &&
        Database::run(q, u"UPDATE server_meta SET value = ? WHERE key = ? AND value LIKE ?"_s,
                      {QString(m_instance + u" 0"_s), leaseKey, QString(m_instance + u" %"_s)}))
        tx.commit();
}

void StorageCollector::start()
{
    m_timer = new QTimer; // deleted on its thread as the thread finishes
    m_timer->setInterval(m_policy.intervalSecs * 1000);
    m_timer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_timer, &QObject::deleteLater);
    connect(m_timer, &QTimer::timeout, m_timer, [this] { collect(); });
    connect(&m_thread, &QThread::started, m_timer, [this] {
        m_timer->start();
        collect();
    });
    m_thread.start(QThread::LowPriority);
}

bool StorageCollector::takeLease(qint64 now)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return false;
    QSqlDatabase &db = tx.db();
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT m.value FROM server_meta m WHERE m.key = ?"_s +
                           SqlDialect::rowLock(db, u"m"_s),
                       {leaseKey}))
        return false;
    // "<instance> <until, ms>": the holder runs again while it lives; another instance takes
    // over once the lease ran out (its holder stopped).
    const qint64 interval = qint64(m_policy.intervalSecs) * 1000;
    const qint64 until = now + interval + std::min<qint64>(interval, 60 * 1000);
    const QString lease = m_instance + u' ' + QString::number(until);
    if (q.next()) {
        const QStringList held = q.value(0).toString().split(u' ');
        q.finish();
        if (held.value(0) != m_instance && held.value(1).toLongLong() > now)
            return false;
        if (!Database::run(q, u"UPDATE server_meta SET value = ? WHERE key = ?"_s,
                           {lease, leaseKey}))
            return false;
    } else {
        q.finish();
        if (!Database::run(q,
                           u"INSERT INTO server_meta (key, value) VALUES (?, ?) "
                           u"ON CONFLICT (key) DO NOTHING"_s,
                           {leaseKey, lease}) ||
            q.numRowsAffected() != 1)
            return false;
    }
    return tx.commit();
}

StorageCollector::Report StorageCollector::collect()
{
    Report report;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!takeLease(now))
        return report;

    // Expired uploads, and their bytes.
    QSqlDatabase db = m_database.connection();
    const auto expired = upload_store::expired(db, now);
    for (const QString &id : expired ? expired.value() : QStringList()) {
        WriteTransaction tx(m_database);
        const auto removed =
            tx.isActive() ? upload_store::removeIfExpired(tx.db(), id, now) : Result<bool>(false);
        if (removed && removed.value() && tx.commit()) {
            m_files.remove(id);
            ++report.uploads;
        }
    }

    // Part files no upload has (a creation that did not commit, a row removed by hand).
    for (const UploadFiles::Entry &e : m_files.list()) {
        if (e.id.isEmpty() || e.modifiedMs > now - m_policy.orphanGraceMs)
            continue;
        const auto known = upload_store::exists(db, e.id);
        if (known && !known.value() && m_files.remove(e.id))
            ++report.parts;
    }

    // Contents no live material has: gone at once when a material had it (it was deleted);
    // after the grace time when none ever had (a completion that stored it, then failed).
    const auto live = material_store::liveContents(db);
    if (live) {
        for (const BlobStore::Entry &e : m_blobs.list()) {
            if (live.value().contains(e.sha256))
                continue;
            WriteTransaction tx(m_database);
            if (!tx.isActive() || !SqlDialect::lockKey(tx.db(), BlobStore::lockKey(e.sha256)))
                continue;
            // Checked again under the lock: a material made of it meanwhile keeps it.
            const auto refs = material_store::referencesTo(tx.db(), e.sha256);
            if (!refs || refs.value().live > 0 ||
                (refs.value().all == 0 && e.modifiedMs > now - m_policy.orphanGraceMs))
                continue;
            if (m_blobs.remove(e.sha256))
                ++report.contents;
            tx.commit();
        }
    }
    if (report.uploads || report.parts || report.contents)
        qCInfo(lcCollector).nospace()
            << "removed " << report.uploads << " expired uploads, " << report.parts
            << " stray part files, " << report.contents << " contents no material needs";
    Q_EMIT collected(report.uploads, report.parts, report.contents);
    return report;
}

} // namespace etw::server
