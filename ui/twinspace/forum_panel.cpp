// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/forum_panel.h"

#include "button_keys.h"

#include "session/forum.h"
#include "twinspace/forum_tree_model.h"
#include "twinspace/forum_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

ForumPanel::ForumPanel(Forum *forum, ForumView *view, QWidget *parent)
    : QWidget(parent)
    , m_forum(forum)
    , m_view(view)
    , m_tree(new QTreeView(this))
    , m_model(new ForumTreeModel(this))
    , m_empty(new QLabel(this))
    , m_newDiscussion(new QPushButton(this))
    , m_newThread(new QPushButton(this))
{
    setObjectName(u"forumPanel"_s);
    m_tree->setObjectName(u"forumTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_empty->setObjectName(u"noDiscussions"_s);
    m_empty->setWordWrap(true);
    m_newDiscussion->setObjectName(u"newDiscussion"_s);
    m_newThread->setObjectName(u"newThread"_s);
    giveKeys(m_newDiscussion, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    giveKeys(m_newThread, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newDiscussion);
    buttons->addWidget(m_newThread);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ForumPanel::showCurrent);
    connect(m_newDiscussion, &QPushButton::clicked, this, [this] { m_view->startDiscussion(); });
    connect(m_newThread, &QPushButton::clicked, this,
            [this] { m_view->startThread(currentDiscussion()); });
    connect(m_view, &ForumView::created, this, [this](int kind, qint64 id) {
        reload();
        select(kind, id);
    });
    // Something written here changes the lists; reading a thread, its counts.
    connect(m_forum, &Forum::changed, this, &ForumPanel::reload);
    connect(m_view, &ForumView::threadRead, this, &ForumPanel::reloadTree);
    retranslateUi();
    updateActions();
}

void ForumPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ForumPanel::retranslateUi()
{
    m_model->retranslate();
    m_tree->setAccessibleName(tr("Discussions and threads"));
    m_newDiscussion->setText(tr("New &discussion…"));
    m_newThread->setText(tr("New &thread…"));
    const auto tip = [](QPushButton *b, const QString &text) {
        const QString full = withKeys(b, text);
        b->setToolTip(full);
        b->setAccessibleDescription(full);
    };
    tip(m_newDiscussion, tr("Start a discussion: a subject your classes' threads go under"));
    tip(m_newThread, tr("Start a thread in the discussion selected"));
    updateActions();
}

void ForumPanel::setProject(qint64 projectId, bool readOnly)
{
    m_projectId = projectId;
    m_readOnly = readOnly;
    m_view->setProject(projectId, readOnly);
    reload();
}

void ForumPanel::reload()
{
    reloadTree();
    m_view->reload();
}

void ForumPanel::reloadTree()
{
    if (!m_projectId)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const int kind = current.isValid() ? current.data(ForumTreeModel::KindRole).toInt() : -1;
    const qint64 id = current.isValid() ? current.data(ForumTreeModel::IdRole).toLongLong() : 0;
    const auto discussions = m_forum->discussions(m_projectId);
    QHash<qint64, QList<forum_cache::Thread>> threads;
    for (const auto &d : discussions)
        threads.insert(d.discussion.id, m_forum->threads(m_projectId, d.discussion.id));
    QSignalBlocker quiet(m_tree->selectionModel());
    m_model->setForum(discussions, threads);
    // The reset took the columns away with their sizes: the title takes the room again.
    m_tree->header()->setSectionResizeMode(ForumTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ForumTreeModel::CountColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->expandAll();
    if (kind >= 0) {
        const auto kindOf = kind == ForumTreeModel::Thread ? forum_cache::Kind::Thread
                                                           : forum_cache::Kind::Discussion;
        const QModelIndex again =
            m_model->indexOf(ForumTreeModel::Kind(kind), m_forum->currentId(kindOf, id));
        if (again.isValid())
            m_tree->setCurrentIndex(again);
    }
    m_empty->setText(m_readOnly
                         ? tr("This project's forum has no discussions.")
                         : tr("No discussions yet. Start one with “New discussion” (%1): "
                              "your partners see it with their next sync.")
                               .arg(keysOf(m_newDiscussion).toString(QKeySequence::NativeText)));
    m_empty->setVisible(discussions.isEmpty());
    updateActions();
}

void ForumPanel::select(int kind, qint64 id)
{
    const QModelIndex at = m_model->indexOf(ForumTreeModel::Kind(kind), id);
    if (at.isValid())
        m_tree->setCurrentIndex(at); // a thread shows through currentRowChanged
}

qint64 ForumPanel::currentDiscussion() const
{
    const QModelIndex i = m_tree->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(ForumTreeModel::DiscussionIdRole).toLongLong()
                       : 0;
}

void ForumPanel::showCurrent()
{
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    if (i.isValid() && i.data(ForumTreeModel::KindRole).toInt() == ForumTreeModel::Thread)
        m_view->showThread(i.data(ForumTreeModel::IdRole).toLongLong());
    updateActions();
}

void ForumPanel::updateActions()
{
    m_newDiscussion->setEnabled(m_projectId && !m_readOnly);
    m_newThread->setEnabled(m_projectId && !m_readOnly && currentDiscussion() != 0);
}

} // namespace etw
