// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL's LISTEN/NOTIFY between instances of one database: the scopes another instance's
// transactions committed, heard on a connection of this (main) thread.
#pragma once

#include "database.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace etw::server {

class ChangeNotifications : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifications(Database &database, QObject *parent = nullptr);
    ~ChangeNotifications() override;

    // Listens from now on (PostgreSQL only; SQLite has one instance per database file). A lost
    // connection is opened again; what was said meanwhile is unknown, so "*" is announced.
    void start();
    bool listening() const { return m_listening; }

    static constexpr int checkMs = 5000;

Q_SIGNALS:
    // Internal scope names, or "*" when notifications may have been missed.
    void changed(const QStringList &scopes);

private:
    void check();
    bool listen();
    void heard(const QString &name, const QVariant &payload);

    Database &m_database;
    QSqlDatabase m_db;
    QTimer m_check;
    bool m_listening = false;
    bool m_everListened = false;
};

} // namespace etw::server
