// SPDX-License-Identifier: GPL-3.0-or-later
// "My projects": the drafts on this computer, then the projects, most recent activity first.
#pragma once

#include "domain/project.h"
#include "store/project_cache.h"

#include <QAbstractListModel>

namespace etw {

class AccountSession;

class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        StatusRole = Qt::UserRole + 1, // the status, in words
        SchoolsRole,                   // the members' schools and countries
        LastActivityRole,              // QDateTime
        ProjectIdRole,                 // 0 for a draft
        DraftIdRole,                   // empty for a project
        StatusCodeRole,
        UnreadUpdatesRole, // what others did in its TwinSpace since last looked at here
    };

    explicit ProjectListModel(AccountSession *session, QObject *parent = nullptr);

    // Reads the cache again (after sync or an edit).
    void reload();
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Row
    {
        QString title;
        QString statusCode;
        QString schools;
        qint64 lastActivity = 0;
        qint64 projectId = 0;
        QString draftId;
        int unread = 0;
    };
    AccountSession *m_session;
    QList<Row> m_rows;
};

} // namespace etw
