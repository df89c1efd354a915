// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/sync_controller.h"

#include "sync/sync_engine.h"

namespace etw {

SyncController::SyncController(LocalStore &store, const QUrl &server, qint64 accountId,
                               QObject *parent)
    : QObject(parent)
    , m_engine(new SyncEngine(store, server, accountId)) // no parent: it moves to m_thread
{
    qRegisterMetaType<etw::SyncStatus>();
    m_thread.setObjectName(QStringLiteral("etw-sync"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_engine, &SyncEngine::start);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_engine, &SyncEngine::directoryChanged, this, &SyncController::directoryChanged);
    connect(m_engine, &SyncEngine::profileChanged, this, &SyncController::profileChanged);
    connect(m_engine, &SyncEngine::projectsChanged, this, &SyncController::projectsChanged);
    connect(m_engine, &SyncEngine::twinSpaceChanged, this, &SyncController::twinSpaceChanged);
    connect(m_engine, &SyncEngine::reviewChanged, this, &SyncController::reviewChanged);
    connect(m_engine, &SyncEngine::statisticsChanged, this, &SyncController::statisticsChanged);
    connect(m_engine, &SyncEngine::tokenRejected, this, &SyncController::tokenRejected);
    m_thread.start();
}

SyncController::~SyncController()
{
    m_engine->requestStop();
    m_thread.quit(); // also ends a request the engine is waiting on
    m_thread.wait();
}

void SyncController::setToken(const QString &token)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, token] { engine->setToken(token); }, Qt::QueuedConnection);
}

quint64 SyncController::syncNow()
{
    const quint64 request = ++m_requests;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, request] { engine->requestSync(request); },
        Qt::QueuedConnection);
    return request;
}

void SyncController::checkDirectory()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::checkDirectory, Qt::QueuedConnection);
}

} // namespace etw
