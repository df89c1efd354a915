// SPDX-License-Identifier: GPL-3.0-or-later
// The UI thread's handle on the sync thread: starts it, forwards its signals, stops it.
#pragma once

#include "sync/sync_status.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace etw {

class LocalStore;
class SyncEngine;

class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(LocalStore &store, const QUrl &server, qint64 accountId,
                   QObject *parent = nullptr);
    ~SyncController() override;

    void setToken(const QString &token);
    // Asks for a round now; returns its request number (see SyncStatus::request).
    quint64 syncNow();
    // Something found the directory file damaged: the sync thread checks it and, if so,
    // replaces it and pulls it again.
    void checkDirectory();
    const SyncStatus &status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const etw::SyncStatus &status);
    void directoryChanged();
    void profileChanged();
    void projectsChanged();
    void twinSpaceChanged();
    void reviewChanged();
    void statisticsChanged();
    void tokenRejected();

private:
    QThread m_thread;
    SyncEngine *m_engine; // lives on m_thread, deleted when it finishes
    SyncStatus m_status;
    quint64 m_requests = 0;
};

} // namespace etw
