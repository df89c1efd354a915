// SPDX-License-Identifier: GPL-3.0-or-later
// A project's forum for a tree view: discussions, their threads below, unread ones in bold and
// what was written here and not sent yet marked.
#pragma once

#include "store/forum_cache.h"

#include <QStandardItemModel>

namespace etw {

class ForumTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, DiscussionIdRole, UnreadRole };
    enum Kind { Discussion, Thread };
    enum Column { TitleColumn, CountColumn };

    explicit ForumTreeModel(QObject *parent = nullptr);

    // `threads`: by discussion id.
    void setForum(const QList<forum_cache::Discussion> &discussions,
                  const QHash<qint64, QList<forum_cache::Thread>> &threads);
    QModelIndex indexOf(Kind kind, qint64 id) const;
    void retranslate();
};

} // namespace etw
