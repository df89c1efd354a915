// SPDX-License-Identifier: GPL-3.0-or-later
#include "change_notifications.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace etw::server {

using namespace Qt::StringLiterals;

ChangeNotifications::ChangeNotifications(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_check.setInterval(checkMs);
    connect(&m_check, &QTimer::timeout, this, &ChangeNotifications::check);
}

ChangeNotifications::~ChangeNotifications()
{
    if (m_db.isOpen())
        m_db.close();
}

void ChangeNotifications::start()
{
    if (m_database.dialect().engine() != SqlDialect::Engine::Postgresql)
        return;
    listen();
    m_check.start();
}

bool ChangeNotifications::listen()
{
    m_db = m_database.dedicatedConnection(u"listen"_s);
    if (m_db.driver())
        m_db.driver()->disconnect(this); // a connection opened again keeps its driver
    if (!m_db.isOpen())
        return false;
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(Database::changesChannel))) {
        qCWarning(lcStore) << "cannot listen to change notifications:"
                           << driver->lastError().text();
        m_db.close();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                heard(name, payload);
            });
    m_listening = true;
    qCInfo(lcStore) << "listening to change notifications from other instances";
    if (m_everListened) {
        qCInfo(lcStore) << "listening to change notifications again";
        Q_EMIT changed({u"*"_s}); // what was said while deaf is not known
    }
    m_everListened = true;
    return true;
}

void ChangeNotifications::check()
{
    if (m_listening) {
        QSqlQuery q(m_db);
        if (q.exec(u"SELECT 1"_s))
            return;
        qCWarning(lcStore) << "change notifications lost:" << q.lastError().text();
        m_listening = false;
        if (m_db.driver())
            m_db.driver()->disconnect(this);
        m_db.close();
    }
    listen();
}

void ChangeNotifications::heard(const QString &name, const QVariant &payload)
{
    if (name != QLatin1String(Database::changesChannel))
        return;
    QStringList words = payload.toString().split(u' ', Qt::SkipEmptyParts);
    qCDebug(lcStore) << "heard" << payload.toString();
    // Its own commits this instance announced as they committed.
    if (words.isEmpty() || words.takeFirst() == m_database.instanceId())
        return;
    Q_EMIT changed(words);
}

} // namespace etw::server
