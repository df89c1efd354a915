// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics_refresher.h"

#include "school_label_store.h"
#include "statistics_store.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStatistics, "etw.statistics", QtInfoMsg)

namespace etw::server {

using namespace Qt::StringLiterals;

StatisticsRefresher::StatisticsRefresher(Database &database, int intervalSecs, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_intervalSecs(intervalSecs)
{
    m_thread.setObjectName(u"statistics"_s);
}

StatisticsRefresher::~StatisticsRefresher()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

void StatisticsRefresher::start()
{
    m_timer = new QTimer; // deleted on its thread as the thread finishes
    m_timer->setInterval(m_intervalSecs * 1000);
    m_timer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_timer, &QObject::deleteLater);
    connect(m_timer, &QTimer::timeout, m_timer, [this] { refresh(); });
    connect(&m_thread, &QThread::started, m_timer, [this] {
        m_timer->start();
        refresh();
    });
    m_thread.start(QThread::LowPriority);
}

bool StatisticsRefresher::refresh()
{
    const auto report =
        statistics_store::recompute(m_database, QDateTime::currentMSecsSinceEpoch());
    if (!report) {
        qCWarning(lcStatistics) << "statistics not recomputed:" << report.error().message;
        return false;
    }
    if (report.value().changed > 0)
        qCInfo(lcStatistics,
               "statistics: %d records, %d changed (counted in %lld ms, written in "
               "%lld ms)",
               report.value().records, report.value().changed, report.value().countMs,
               report.value().writeMs);
    // The eTwinning School label's eligibility is counted here too: its facts change with
    // every teacher's activity, and no single request knows when a school crosses a line.
    int schools = 0;
    {
        WriteTransaction tx(m_database);
        if (!tx.isActive() ||
            !school_label_store::publish(tx.db(), QDateTime::currentMSecsSinceEpoch(), 0,
                                         &schools) ||
            !tx.commit()) {
            qCWarning(lcStatistics) << "school label eligibility not counted:" << tx.lastError();
            return false;
        }
    }
    if (schools > 0)
        qCInfo(lcStatistics, "school label: %d schools' eligibility changed", schools);
    Q_EMIT refreshed(report.value().records, report.value().changed);
    return true;
}

} // namespace etw::server
