// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/page_tree_model.h"

#include <QCoreApplication>

namespace etw {

PageTreeModel::PageTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{}

QString PageTreeModel::label(const page_cache::Entry &e)
{
    QString text = e.page.title;
    if (e.page.state != QLatin1String("published"))
        text = QCoreApplication::translate("etw::PageTreeModel", "%1 (draft)").arg(text);
    if (e.waiting)
        text = QCoreApplication::translate("etw::PageTreeModel", "%1 — not sent yet").arg(text);
    return text;
}

void PageTreeModel::setPages(const QList<page_cache::Entry> &pages)
{
    clear();
    QHash<qint64, QStandardItem *> items;
    // Parents come first in the list (page_cache::tree).
    for (const page_cache::Entry &e : pages) {
        auto *item = new QStandardItem(label(e));
        item->setEditable(false);
        item->setData(e.page.id, PageIdRole);
        item->setData(e.page.parentId, ParentIdRole);
        item->setData(e.page.position, PositionRole);
        item->setData(e.page.state, StateRole);
        item->setData(label(e), Qt::AccessibleTextRole);
        QStandardItem *parent = items.value(e.page.parentId, invisibleRootItem());
        parent->appendRow(item);
        items.insert(e.page.id, item);
    }
}

QModelIndex PageTreeModel::indexOf(qint64 pageId) const
{
    const QModelIndexList found =
        match(index(0, 0), PageIdRole, pageId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

double PageTreeModel::positionBetween(const QModelIndex &before, const QModelIndex &after) const
{
    // Between two siblings, so that a move changes one page only.
    if (!before.isValid() && !after.isValid())
        return 0;
    if (!before.isValid())
        return after.data(PositionRole).toDouble() - 1;
    if (!after.isValid())
        return before.data(PositionRole).toDouble() + 1;
    return (before.data(PositionRole).toDouble() + after.data(PositionRole).toDouble()) / 2;
}

double PageTreeModel::positionAfterLast(const QModelIndex &parent) const
{
    const int rows = rowCount(parent);
    return rows == 0 ? 0 : index(rows - 1, 0, parent).data(PositionRole).toDouble() + 1;
}

} // namespace etw
