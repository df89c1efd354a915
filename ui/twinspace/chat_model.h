// SPDX-License-Identifier: GPL-3.0-or-later
// A chat room's messages for a list view: the newest page first, older pages fetched as the
// reader scrolls up (never the whole history), the ones waiting to leave at the end.
#pragma once

#include "store/chat_cache.h"

#include <QAbstractListModel>

namespace etw {

class Chat;

class ChatModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        AuthorRole,
        TimeRole, // "14:05", or the date too when not today
        WaitingRole,
        MineRole,
        IdRole,
    };

    ChatModel(Chat *chat, QObject *parent);

    void setProject(qint64 projectId);
    qint64 projectId() const { return m_projectId; }
    // Takes what arrived or left since: rows kept as they are, new ones added at the end.
    void refresh();
    int waitingCount() const;
    // Older messages than those loaded (not Qt's fetchMore: views fetch at the bottom, and a
    // chat's history is above). Returns how many rows came, at the top.
    bool olderLeft() const { return m_olderLeft; }
    int loadOlder();

    static constexpr int pageSize = 50;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QString author(const chat_cache::Entry &e) const;
    QString time(const chat_cache::Entry &e) const;

    Chat *m_chat;
    qint64 m_projectId = 0;
    QList<chat_cache::Entry> m_rows;
    bool m_olderLeft = false;
};

} // namespace etw
