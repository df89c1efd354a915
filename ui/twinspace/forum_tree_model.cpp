// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/forum_tree_model.h"

#include <QCoreApplication>
#include <QFont>

namespace etw {

namespace {

QStandardItem *cell(const QString &text, bool unread)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (unread) {
        QFont bold;
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}
} // namespace

ForumTreeModel::ForumTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    retranslate();
}

void ForumTreeModel::retranslate()
{
    setHorizontalHeaderLabels({tr("Discussion or thread"), tr("Activity")});
}

void ForumTreeModel::setForum(const QList<forum_cache::Discussion> &discussions,
                              const QHash<qint64, QList<forum_cache::Thread>> &threads)
{
    // A reset, not a removal of rows: the view drops every index it held (a removal had it
    // read rows of a layout it had not redone yet, between two reloads without an event loop).
    clear();
    retranslate();
    for (const forum_cache::Discussion &d : discussions) {
        QString title = d.discussion.title;
        if (d.waiting)
            title = tr("%1 — not sent yet").arg(title);
        const QString count =
            d.unreadThreads > 0
                ? tr("%n thread(s), %1 unread", nullptr, d.threads).arg(d.unreadThreads)
                : tr("%n thread(s)", nullptr, d.threads);
        auto *item = cell(title, d.unreadThreads > 0);
        item->setData(int(Discussion), KindRole);
        item->setData(d.discussion.id, IdRole);
        item->setData(d.discussion.id, DiscussionIdRole);
        item->setData(d.unreadThreads > 0, UnreadRole);
        item->setData(QString(title + u", "_qs + count), Qt::AccessibleTextRole);
        item->setToolTip(d.discussion.description);
        QList<QStandardItem *> row{item, cell(count, d.unreadThreads > 0)};
        for (const forum_cache::Thread &t : threads.value(d.discussion.id)) {
            QString name = t.thread.title;
            if (t.waiting)
                name = tr("%1 — not sent yet").arg(name);
            // Its opening text and the replies: what a reader has to read.
            const int posts = t.replies + 1;
            const QString replies = t.unread ? tr("%n post(s), unread", nullptr, posts)
                                             : tr("%n post(s)", nullptr, posts);
            auto *child = cell(name, t.unread);
            child->setData(int(Thread), KindRole);
            child->setData(t.thread.id, IdRole);
            child->setData(d.discussion.id, DiscussionIdRole);
            child->setData(t.unread, UnreadRole);
            child->setData(QString(name + u", "_qs + replies), Qt::AccessibleTextRole);
            item->appendRow({child, cell(replies, t.unread)});
        }
        appendRow(row);
    }
}

QModelIndex ForumTreeModel::indexOf(Kind kind, qint64 id) const
{
    for (const QModelIndex &found :
         match(index(0, 0), IdRole, id, -1, Qt::MatchExactly | Qt::MatchRecursive))
        if (found.data(KindRole).toInt() == kind)
            return found;
    return {};
}

} // namespace etw
