// SPDX-License-Identifier: GPL-3.0-or-later
// "Forum": a project's discussions and their threads, unread ones in bold, with what starts a
// discussion or a thread; the thread chosen opens in the ForumView beside it.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace etw {

class Forum;
class ForumTreeModel;
class ForumView;

class ForumPanel : public QWidget
{
    Q_OBJECT
public:
    ForumPanel(Forum *forum, ForumView *view, QWidget *parent = nullptr);

    void setProject(qint64 projectId, bool readOnly);
    // Reads the cache again (sync brought something, or it was written here).
    void reload();
    // Selects the item and shows it (a thread) in the view.
    void select(int kind, qint64 id);

    QTreeView *tree() const { return m_tree; }
    ForumTreeModel *model() const { return m_model; }
    // The discussion selected, or the one of the thread selected (0: none).
    qint64 currentDiscussion() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadTree();
    void updateActions();
    void showCurrent();

    Forum *m_forum;
    ForumView *m_view;
    qint64 m_projectId = 0;
    bool m_readOnly = false;
    QTreeView *m_tree;
    ForumTreeModel *m_model;
    QLabel *m_empty;
    QPushButton *m_newDiscussion, *m_newThread;
};

} // namespace etw
