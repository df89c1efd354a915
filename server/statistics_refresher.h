// SPDX-License-Identifier: GPL-3.0-or-later
// Recomputes the territories' statistics and the schools' eTwinning School eligibility in the
// background: once at start (after the demo was seeded) and then every --statistics-every-secs.
#pragma once

#include "database.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace etw::server {

// Runs on its own thread with its own database connection. Only records whose figures changed
// are written and published, so a pass over an unchanged database writes nothing.
class StatisticsRefresher : public QObject
{
    Q_OBJECT
public:
    StatisticsRefresher(Database &database, int intervalSecs, QObject *parent = nullptr);
    ~StatisticsRefresher() override;

    // A first pass now (in the background), then one every interval.
    void start();
    // One pass on the calling thread; false on a database failure (tried again next time).
    bool refresh();

Q_SIGNALS:
    void refreshed(int records, int changed);

private:
    Database &m_database;
    int m_intervalSecs;
    QThread m_thread;
    QTimer *m_timer = nullptr; // lives on m_thread
};

} // namespace etw::server
