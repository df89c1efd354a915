// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps what a form holds while it is typed: shortly after the last change, and at once when a
// field loses focus. Every editor that takes text uses one, so that a kill loses nothing.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace etw {

class Autosaver : public QObject
{
    Q_OBJECT
public:
    // Well under the one second within which a keystroke must be on disk.
    static constexpr int delayMs = 400;

    Autosaver(std::function<void()> save, QObject *parent);

    // Watches every field under `root` (line and text edits, spin boxes, check and radio
    // buttons, lists, combo boxes), and `root` itself when it is one.
    void watch(QWidget *root);
    // A change the watched signals do not see (a row added to a list, say).
    void changed();
    // Saves now if anything changed since the last save.
    void flush();
    // While a form is filled from stored data, its changes are not the user's.
    void setPaused(bool paused) { m_paused = paused; }
    bool isPending() const { return m_pending; }

Q_SIGNALS:
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchOne(QWidget *field);

    std::function<void()> m_save;
    QTimer m_timer;
    bool m_paused = false;
    bool m_pending = false;
};

} // namespace etw
