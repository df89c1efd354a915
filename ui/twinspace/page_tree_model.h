// SPDX-License-Identifier: GPL-3.0-or-later
// A project's page tree for a tree view: titles, drafts and edits waiting to be sent marked.
#pragma once

#include "store/page_cache.h"

#include <QStandardItemModel>

namespace etw {

class PageTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { PageIdRole = Qt::UserRole + 1, ParentIdRole, PositionRole, StateRole };

    explicit PageTreeModel(QObject *parent = nullptr);

    void setPages(const QList<page_cache::Entry> &pages);
    QModelIndex indexOf(qint64 pageId) const;
    // Where a page goes to sit before or after a sibling, or last under a parent.
    double positionBetween(const QModelIndex &before, const QModelIndex &after) const;
    double positionAfterLast(const QModelIndex &parent) const;
    // A page's title as the tree shows it, with what is special about it.
    static QString label(const page_cache::Entry &entry);
};

} // namespace etw
