// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_throttle.h"

namespace etw::server {

namespace {
// Past this many addresses, the windows that ended are dropped: the table stays the size of
// the addresses seen in one window, however many pass by.
constexpr qsizetype pruneAbove = 10000;
} // namespace

AddressThrottle::AddressThrottle(int perWindow, int windowSecs)
    : m_perWindow(perWindow)
    , m_windowMs(qint64(windowSecs) * 1000)
{}

int AddressThrottle::take(const QHostAddress &address, qint64 nowMs)
{
    const QMutexLocker locker(&m_lock);
    if (m_windows.size() > pruneAbove)
        m_windows.removeIf([&](const auto &it) { return it.value().start + m_windowMs <= nowMs; });
    Window &w = m_windows[address.toString()];
    if (w.start + m_windowMs <= nowMs)
        w = {nowMs, 0};
    if (w.count >= m_perWindow)
        return int(std::max<qint64>(1, (w.start + m_windowMs - nowMs + 999) / 1000));
    ++w.count;
    return 0;
}

} // namespace etw::server
