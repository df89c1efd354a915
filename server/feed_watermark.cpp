// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed_watermark.h"

#include "database.h"

#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace etw::server {

using namespace Qt::StringLiterals;

std::atomic<qint64> FeedWatermark::s_highest{0};

FeedWatermark::FeedWatermark(QString file)
    : m_file(std::move(file))
{}

void FeedWatermark::noteIssued(qint64 seq)
{
    qint64 current = s_highest.load();
    while (seq > current && !s_highest.compare_exchange_weak(current, seq)) {
    }
}

bool FeedWatermark::checkForRestore(Database &database)
{
    QFile file(m_file);
    const qint64 recorded =
        file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    QSqlQuery q(database.connection());
    if (!Database::run(q, u"SELECT value FROM feed_counter WHERE id = 1"_s) || !q.next())
        return false;
    const qint64 counter = q.value(0).toLongLong();
    q.finish();
    noteIssued(std::max(counter, recorded));
    m_written = counter >= recorded ? 0 : recorded;
    if (counter >= recorded)
        return false;
    qCWarning(lcStore) << "the database is behind the change numbers already handed out ("
                       << counter << "<" << recorded
                       << "): it was restored from a backup; taking a new epoch";
    WriteTransaction tx(database);
    return Database::run(q, u"UPDATE server_meta SET value = ? WHERE key = 'epoch'"_s,
                         {QUuid::createUuid().toString(QUuid::WithoutBraces)}) &&
           Database::run(q, u"UPDATE feed_counter SET value = ? WHERE id = 1"_s, {recorded}) &&
           tx.commit();
}

void FeedWatermark::flush()
{
    const qint64 highest = s_highest.load();
    if (highest <= m_written)
        return;
    QSaveFile file(m_file);
    if (file.open(QIODevice::WriteOnly) && file.write(QByteArray::number(highest) + '\n') > 0 &&
        file.commit())
        m_written = highest;
}

} // namespace etw::server
