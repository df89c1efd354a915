// SPDX-License-Identifier: GPL-3.0-or-later
// An in-memory count of cheap requests per client address and window (the sign-up form's
// school lookups): nothing written to the database for each keystroke.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace etw::server {

class AddressThrottle
{
public:
    AddressThrottle(int perWindow, int windowSecs);

    // Counts one request of `address` at `nowMs`: 0 when it may go on, else the seconds it
    // must wait. Per instance: behind a load balancer each instance counts its own share.
    int take(const QHostAddress &address, qint64 nowMs);

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };
    const int m_perWindow;
    const qint64 m_windowMs;
    QMutex m_lock;
    QHash<QString, Window> m_windows;
};

} // namespace etw::server
