// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed_watermark.h"

#include "database.h"

#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace etw::server {

using namespace Qt::StringLiterals;

FeedWatermark::FeedWatermark(QString file, Database &database)
    : m_file(std::move(file))
    , m_database(database)
{}

qint64 FeedWatermark::committedCounter()
{
    QSqlQuery q(m_database.connection());
    if (!Database::run(q, u"SELECT value FROM feed_counter WHERE id = 1"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool FeedWatermark::checkForRestore()
{
    QFile file(m_file);
    const qint64 recorded =
        file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    const qint64 counter = committedCounter();
    m_written = recorded;
    if (counter < 0 || counter >= recorded)
        return false;
    qCWarning(lcStore) << "the database is behind the change numbers already handed out ("
                       << counter << "<" << recorded
                       << "): it was restored from a backup; taking a new epoch";
    WriteTransaction tx(m_database);
    QSqlQuery q(m_database.connection());
    return Database::run(q, u"UPDATE server_meta SET value = ? WHERE key = 'epoch'"_s,
                         {QUuid::createUuid().toString(QUuid::WithoutBraces)}) &&
           Database::run(q, u"UPDATE feed_counter SET value = ? WHERE id = 1"_s, {recorded}) &&
           tx.commit();
}

void FeedWatermark::flush()
{
    // Never lowered: a database restored under a running instance must still be caught at the
    // next start (operators stop every instance to restore; this keeps a slip detectable).
    const qint64 counter = committedCounter();
    if (counter < 0 || counter <= m_written)
        return;
    QSaveFile file(m_file);
    if (file.open(QIODevice::WriteOnly) && file.write(QByteArray::number(counter) + '\n') > 0 &&
        file.commit())
        m_written = counter;
}

} // namespace etw::server
