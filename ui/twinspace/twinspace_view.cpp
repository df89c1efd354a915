// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/twinspace_view.h"

#include "button_keys.h"

#include "session/account_session.h"
#include "session/twin_space.h"
#include "transfers/transfer_controller.h"
#include "twinspace/chat_view.h"
#include "twinspace/forum_panel.h"
#include "twinspace/forum_tree_model.h"
#include "twinspace/forum_view.h"
#include "twinspace/materials_panel.h"
#include "twinspace/members_panel.h"
#include "twinspace/page_editor.h"
#include "twinspace/page_history_dialog.h"
#include "twinspace/page_tree_model.h"
#include "twinspace/updates_panel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextEdit>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

TwinSpaceView::TwinSpaceView(AccountSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_projectLabel(new QLabel(this))
    , m_projects(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_exportStatus(new QLabel(this))
    , m_noProject(new QLabel(this))
    , m_space(new QWidget(this))
    , m_tree(new QTreeView(m_space))
    , m_model(new PageTreeModel(this))
    , m_noPages(new QLabel(m_space))
    , m_new(new QPushButton(m_space))
    , m_newChild(new QPushButton(m_space))
    , m_rename(new QPushButton(m_space))
    , m_delete(new QPushButton(m_space))
    , m_up(new QPushButton(m_space))
    , m_down(new QPushButton(m_space))
    , m_editor(new PageEditor(session->twinSpace(), m_space))
    , m_sides(new QTabWidget(m_space))
    , m_materials(new MaterialsPanel(session->twinSpace(), session->transfers(),
                                     session->thumbnails(), m_sides))
    , m_main(new QStackedWidget(m_space))
    , m_forumView(new ForumView(session->forum(), m_main))
    , m_forumPanel(new ForumPanel(session->forum(), m_forumView, m_sides))
    , m_chatView(new ChatView(session->chat(), m_main))
    , m_chatSide(new QLabel(m_sides))
    , m_updates(new UpdatesPanel(session, m_sides))
    , m_members(new MembersPanel(m_sides))
{
    m_editor->setTransfers(session->transfers());
    m_sides->setObjectName(u"twinSpaceSides"_s);
    setObjectName(u"twinSpace"_s);
    m_projects->setObjectName(u"twinSpaceProject"_s);
    m_projectLabel->setBuddy(m_projects);
    m_export->setObjectName(u"exportProject"_s);
    giveKeys(m_export, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportStatus->setObjectName(u"exportStatus"_s);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->hide();
    m_tree->setObjectName(u"pageTree"_s);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_noProject->setObjectName(u"noTwinSpace"_s);
    m_noProject->setWordWrap(true);
    m_noProject->setAlignment(Qt::AlignCenter);
    m_noPages->setObjectName(u"noPages"_s);
    m_noPages->setWordWrap(true);
    m_new->setObjectName(u"newPage"_s);
    m_newChild->setObjectName(u"newSubPage"_s);
    m_rename->setObjectName(u"renamePage"_s);
    m_delete->setObjectName(u"deletePage"_s);
    m_up->setObjectName(u"movePageUp"_s);
    m_down->setObjectName(u"movePageDown"_s);
    giveKeys(m_new, QKeySequence(Qt::CTRL | Qt::Key_N));
    giveKeys(m_newChild, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    giveKeys(m_rename, QKeySequence(Qt::Key_F2));
    giveKeys(m_up, QKeySequence(Qt::ALT | Qt::Key_Up));
    giveKeys(m_down, QKeySequence(Qt::ALT | Qt::Key_Down));
    // Delete only while the tree has the focus: in the editor the key deletes text.
    auto *deleteKey = new QAction(m_tree);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &TwinSpaceView::deleteSelected);

    auto *treeButtons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_newChild, m_rename})
        treeButtons->addWidget(b);
    auto *treeButtons2 = new QHBoxLayout;
    for (QPushButton *b : {m_up, m_down, m_delete})
        treeButtons2->addWidget(b);
    auto *left = new QWidget(m_space);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_noPages);
    leftLayout->addLayout(treeButtons);
    leftLayout->addLayout(treeButtons2);
    m_sides->addTab(left, QString());
    m_sides->addTab(m_materials, QString());
    m_sides->addTab(m_forumPanel, QString());
    m_sides->addTab(m_updates, QString());
    m_chatSide->setObjectName(u"chatSide"_s);
    m_chatSide->setWordWrap(true);
    m_chatSide->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_chatSide->setMargin(8);
    m_sides->addTab(m_chatSide, QString());
    // Last: the tabs before it keep their places (and their keys).
    m_sides->addTab(m_members, QString());
    connect(m_updates, &UpdatesPanel::openRequested, this, &TwinSpaceView::openUpdate);
    connect(m_members, &MembersPanel::profileRequested, this,
            &TwinSpaceView::memberProfileRequested);
    connect(m_members, &MembersPanel::writeRequested, this, &TwinSpaceView::writeTo);
    m_main->addWidget(m_editor);
    m_main->addWidget(m_forumView);
    m_main->addWidget(m_chatView);
    // The forum's threads and the chat room need the room the page editor has; the members'
    // columns take the whole width (nothing of a page is needed beside them).
    connect(m_sides, &QTabWidget::currentChanged, this, [this] {
        const bool members = m_sides->currentWidget() == m_members;
        QWidget *main = m_editor;
        if (m_sides->currentWidget() == m_forumPanel)
            main = m_forumView;
        else if (m_sides->currentWidget() == m_chatSide)
            main = m_chatView;
        if (main != m_editor || members)
            m_editor->keepTypedNow();
        if (main != m_forumView)
            m_forumView->keepTypedNow();
        if (main != m_chatView)
            m_chatView->keepTypedNow();
        m_main->setCurrentWidget(main);
        m_main->setVisible(!members);
        if (members)
            m_members->focusList();
        else if (main == m_chatView)
            m_chatView->input()->setFocus(Qt::TabFocusReason);
    });
    auto *splitter = new QSplitter(m_space);
    splitter->addWidget(m_sides);
    splitter->addWidget(m_main);
    splitter->setStretchFactor(1, 3);
    // Every tab's name in sight (no scroll arrows hiding Members), and room for the materials'.
    m_sides->setUsesScrollButtons(false);
    splitter->setSizes({440, 660});
    auto *spaceLayout = new QVBoxLayout(m_space);
    spaceLayout->setContentsMargins(0, 0, 0, 0);
    spaceLayout->addWidget(splitter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_projectLabel);
    top->addWidget(m_projects, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_exportStatus);
    layout->addWidget(m_noProject, 1);
    layout->addWidget(m_space, 1);

    connect(m_projects, &QComboBox::activated, this,
            [this](int index) { openProject(m_projects->itemData(index).toLongLong()); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TwinSpaceView::showSelected);
    connect(m_new, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New page"), tr("Title:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (ok)
            createPage(title, false);
    });
    connect(m_newChild, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New sub-page"), tr("Title:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (ok)
            createPage(title, true);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (!current.isValid())
            return;
        bool ok = false;
        const QString title = QInputDialog::getText(
            this, tr("Rename page"), tr("Title:"), QLineEdit::Normal,
            m_session->twinSpace()->page(m_projectId, selectedPage())->page.title, &ok);
        if (ok)
            renameSelected(title);
    });
    connect(m_delete, &QPushButton::clicked, this, &TwinSpaceView::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Export the project into…"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            exportTo(folder);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_editor, &PageEditor::historyRequested, this, &TwinSpaceView::showHistory);
    connect(m_editor, &PageEditor::published, this, &TwinSpaceView::reloadTree);
    connect(m_materials, &MaterialsPanel::insertImageRequested, this,
            [this](const QString &sha256, const QString &alt) {
                if (!m_editor->insertImage(sha256, alt))
                    complain(tr("Open a page of this project first (in the “Pages” tab), then "
                                "insert the picture where its cursor is."));
            });
    connect(m_materials, &MaterialsPanel::transfersRequested, this,
            &TwinSpaceView::transfersRequested);
    if (TransferController *transfers = session->transfers()) {
        connect(transfers, &TransferController::localCopyReady, this,
                &TwinSpaceView::exportContentSettled);
        // A download that failed, or waits for a network that is not there, does not hold the
        // export up: what is missing is listed in it.
        connect(transfers, &TransferController::transferChanged, this, [this](const Transfer &t) {
            if (t.direction == Transfer::Direction::Download &&
                (t.state == Transfer::State::Failed || t.state == Transfer::State::Cancelled ||
                 (t.state == Transfer::State::Waiting && !t.errorCode.isEmpty())))
                exportContentSettled(t.sha256);
        });
    }
    retranslateUi();
    reload();
}

void TwinSpaceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TwinSpaceView::retranslateUi()
{
    m_projectLabel->setText(tr("&Project:"));
    m_projects->setAccessibleName(tr("Project"));
    m_tree->setAccessibleName(tr("Pages"));
    m_sides->setTabText(0, tr("Pa&ges"));
    m_sides->setTabText(1, tr("M&aterials"));
    m_sides->setTabText(2, tr("F&orum"));
    m_sides->setTabText(3, tr("Updat&es"));
    // Alt+T and Alt+R: the other letters of the words are taken by the tabs, menus and
    // buttons shown beside (&Help, &History…, Pu&blish, Rena&me, Updat&es, New &sub-page); R
    // only by the forum's "C&reate discussion", in its own tab. (French picks its own free
    // letters the same way.)
    m_sides->setTabText(m_sides->indexOf(m_chatSide), tr("Cha&t"));
    m_sides->setTabText(m_sides->indexOf(m_members), tr("Membe&rs"));
    m_sides->setAccessibleName(tr("Pages, materials, forum, updates, chat and members"));
    m_chatSide->setText(
        tr("The project's chat room is for live exchanges between the partner classes: a "
           "video call's side channel, a quiz, greetings. Considered discussions belong in the "
           "forum.\n\nEnter sends a message; Shift+Enter starts a new line; Ctrl+Home shows "
           "older messages."));
    m_chatSide->setAccessibleName(tr("About the chat"));
    m_noProject->setText(tr("A project gets its TwinSpace once the national support services "
                            "approve it. Register a project or answer an invitation in “My "
                            "projects”."));
    m_noPages->setText(tr("No pages yet. Create the first one with “New page”: it stays a "
                          "draft, seen only by you, until you publish it."));
    auto name = [](QPushButton *b, const QString &text) {
        b->setText(text);
        b->setToolTip(withKeys(b, QString(text).remove(u'&')));
    };
    name(m_export, tr("E&xport project…"));
    m_export->setToolTip(tr("A folder and a .zip that open in any browser, with no app and no "
                            "network: a copy of the project the school keeps (%1)")
                             .arg(keysOf(m_export).toString(QKeySequence::NativeText)));
    name(m_new, tr("&New page"));
    name(m_newChild, tr("New &sub-page"));
    name(m_rename, tr("Rena&me"));
    name(m_up, tr("Move &up"));
    name(m_down, tr("Move do&wn"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(
        tr("Delete the page and its sub-pages (%1 in the tree)")
            .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
}

void TwinSpaceView::reload()
{
    // The projects that have a TwinSpace: active ones, and closed ones to read.
    const qint64 keep = m_projectId;
    m_projects->clear();
    for (const Project &p : m_session->myProjects())
        if (p.status == u"active" || p.status == u"archived")
            m_projects->addItem(p.status == u"archived" ? tr("%1 (closed)").arg(p.title) : p.title,
                                p.id);
    const bool any = m_projects->count() > 0;
    m_noProject->setVisible(!any);
    m_space->setVisible(any);
    m_projects->setEnabled(any);
    m_export->setEnabled(any && !m_exporting);
    if (!any) {
        m_projectId = 0;
        return;
    }
    const int index = std::max(0, m_projects->findData(keep));
    m_projects->setCurrentIndex(index);
    m_projectId = m_projects->itemData(index).toLongLong();
    readProject();
    reloadTree();
}

void TwinSpaceView::readProject()
{
    m_projectStatus.clear();
    m_member = false;
    if (const auto p = m_session->project(m_projectId)) {
        m_projectStatus = p->status;
        // An assessor of the project's label applications reads it, and writes nothing.
        m_member = p->isMember(m_session->account().id);
    }
    m_export->setEnabled(m_member && !m_exporting);
    // Read only for an assessor: each part says so instead of calling the project closed.
    m_editor->setAssessing(!m_member);
    m_chatView->setAssessing(!m_member);
    m_forumView->setAssessing(!m_member);
}

void TwinSpaceView::openProject(qint64 projectId)
{
    m_editor->keepTypedNow();
    const int index = m_projects->findData(projectId);
    if (index < 0)
        return;
    m_projects->setCurrentIndex(index);
    // What the last export said is about its project: not shown under another one.
    if (projectId != m_projectId && !m_exporting) {
        m_exportStatus->clear();
        m_exportStatus->setAccessibleName({});
    }
    m_projectId = projectId;
    readProject();
    m_editor->showPage(m_projectId, std::nullopt);
    reloadTree();
}

bool TwinSpaceView::readOnly() const
{
    return m_projectStatus != u"active" || !m_member;
}

void TwinSpaceView::reloadTree()
{
    qint64 selected = m_tree->currentIndex().isValid() ? selectedPage() : m_editor->pageId();
    selected = m_session->twinSpace()->currentId(selected); // a local id the server replaced
    const auto pages = m_session->twinSpace()->pages(m_projectId);
    m_model->setPages(pages);
    m_tree->expandAll();
    m_noPages->setVisible(pages.isEmpty());
    const QModelIndex again = m_model->indexOf(selected);
    if (again.isValid())
        m_tree->setCurrentIndex(again);
    else if (m_editor->pageId() != 0)
        m_editor->showPage(m_projectId, std::nullopt);
    if (again.isValid())
        m_editor->refresh(m_session->twinSpace()->page(m_projectId, selected));
    updateActions();
    m_materials->showProject(m_projectId, readOnly());
    m_forumPanel->setProject(m_projectId, readOnly());
    m_chatView->setProject(m_projectId, readOnly());
    m_updates->setProject(m_projectId);
    m_members->setProject(m_session->project(m_projectId), m_session->account().id, readOnly());
}

void TwinSpaceView::openUpdate(const QString &what, qint64 id, qint64 parentId)
{
    if (what == u"page") {
        m_sides->setCurrentIndex(0);
        openPage(id);
    } else if (what == u"material") {
        m_sides->setCurrentWidget(m_materials);
        m_materials->selectMaterial(id);
    } else if (what == u"discussion" || what == u"thread" || what == u"post") {
        m_sides->setCurrentWidget(m_forumPanel);
        m_forumPanel->select(what == u"discussion" ? ForumTreeModel::Discussion
                                                   : ForumTreeModel::Thread,
                             what == u"post" ? parentId : id);
    } else if (what == u"member_joined" || what == u"member_left") {
        m_sides->setCurrentWidget(m_members);
        m_members->select(id);
    }
}

void TwinSpaceView::writeTo(const ProjectMember &member)
{
    if (readOnly() || m_projectId == 0)
        return;
    const QString address = tr("For %1: ").arg(member.displayName);
    m_sides->setCurrentWidget(m_forumPanel);
    // In the discussion chosen in the forum, else the first one; the teacher may pick another
    // in the tree before posting.
    qint64 discussion = m_forumPanel->currentDiscussion();
    if (discussion == 0) {
        const QModelIndex first = m_forumPanel->model()->index(0, 0);
        discussion = first.data(ForumTreeModel::DiscussionIdRole).toLongLong();
        if (discussion != 0)
            m_forumPanel->select(ForumTreeModel::Discussion, discussion);
    }
    if (discussion != 0)
        m_forumView->startThread(discussion, address);
    else
        m_forumView->startDiscussion(address);
}

void TwinSpaceView::openPage(qint64 pageId)
{
    // A page created here may have its server id already: the sync thread can take its
    // creation before or after the tree was read.
    QModelIndex index = m_model->indexOf(pageId);
    if (!index.isValid())
        index = m_model->indexOf(m_session->twinSpace()->currentId(pageId));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

qint64 TwinSpaceView::selectedPage() const
{
    return m_tree->currentIndex().data(PageTreeModel::PageIdRole).toLongLong();
}

void TwinSpaceView::showSelected()
{
    const qint64 id = selectedPage();
    if (id != m_editor->pageId())
        m_editor->showPage(m_projectId, m_session->twinSpace()->page(m_projectId, id), readOnly());
    updateActions();
}

void TwinSpaceView::updateActions()
{
    const bool writable = m_projectId != 0 && !readOnly();
    const bool selected = m_tree->currentIndex().isValid();
    m_new->setEnabled(writable);
    for (QPushButton *b : {m_newChild, m_rename, m_delete, m_up, m_down})
        b->setEnabled(writable && selected);
}

void TwinSpaceView::complain(const QString &message)
{
    QMessageBox::warning(this, tr("TwinSpace"), message);
}

bool TwinSpaceView::createPage(const QString &title, bool asSubPage)
{
    const QModelIndex parent = asSubPage ? m_tree->currentIndex() : QModelIndex();
    const qint64 parentId = parent.data(PageTreeModel::PageIdRole).toLongLong();
    const auto created = m_session->twinSpace()->createPage(
        m_projectId, parentId, m_model->positionAfterLast(parent), title);
    if (!created) {
        QStringList messages;
        for (const FieldError &f : created.error().fields)
            messages << f.message;
        complain(messages.isEmpty() ? created.error().message : messages.join(u'\n'));
        return false;
    }
    reloadTree();
    openPage(created.value());
    m_editor->body()->setFocus();
    return true;
}

bool TwinSpaceView::renameSelected(const QString &title)
{
    const auto result = m_session->twinSpace()->renamePage(m_projectId, selectedPage(), title);
    if (!result) {
        QStringList messages;
        for (const FieldError &f : result.error().fields)
            messages << f.message;
        complain(messages.isEmpty() ? result.error().message : messages.join(u'\n'));
        return false;
    }
    reloadTree();
    return true;
}

bool TwinSpaceView::deleteSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || readOnly())
        return false;
    const int children = m_model->rowCount(current);
    const QString question =
        children == 0 ? tr("Delete the page “%1”?").arg(current.data().toString())
                      : tr("Delete the page “%1” and its %n sub-page(s)?", nullptr, children)
                            .arg(current.data().toString());
    if (QMessageBox::question(this, tr("Delete page"), question) != QMessageBox::Yes)
        return false;
    const auto result = m_session->twinSpace()->deletePage(m_projectId, selectedPage());
    if (!result) {
        complain(result.error().message);
        return false;
    }
    m_editor->showPage(m_projectId, std::nullopt);
    reloadTree();
    return true;
}

bool TwinSpaceView::moveSelected(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return false;
    const QModelIndex parent = current.parent();
    const int target = current.row() + delta;
    if (target < 0 || target >= m_model->rowCount(parent))
        return false;
    // Up: between the one before the previous and the previous; down: after the next.
    const QModelIndex before =
        delta < 0 ? m_model->index(target - 1, 0, parent) : m_model->index(target, 0, parent);
    const QModelIndex after =
        delta < 0 ? m_model->index(target, 0, parent) : m_model->index(target + 1, 0, parent);
    const auto result = m_session->twinSpace()->movePage(
        m_projectId, selectedPage(), parent.data(PageTreeModel::PageIdRole).toLongLong(),
        m_model->positionBetween(before, after));
    if (!result) {
        complain(result.error().message);
        return false;
    }
    reloadTree();
    return true;
}

void TwinSpaceView::showHistory()
{
    const auto entry = m_session->twinSpace()->page(m_projectId, m_editor->pageId());
    if (!entry)
        return;
    auto *dialog =
        new PageHistoryDialog(entry->page, m_session->twinSpace()->revisions(entry->page.id),
                              m_session->account().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PageHistoryDialog::restoreRequested, this, [this](const PageRevision &r) {
        const auto page = m_session->twinSpace()->page(m_projectId, r.pageId);
        if (!page)
            return;
        const auto result = m_session->twinSpace()->publish(m_projectId, r.pageId, r.title, r.body,
                                                            page->page.revision, r.number);
        if (!result)
            complain(result.error().message);
        m_session->twinSpace()->forgetTyped(r.pageId);
        m_editor->showPage(m_projectId, m_session->twinSpace()->page(m_projectId, r.pageId),
                           readOnly());
        reloadTree();
    });
    dialog->show();
}

void TwinSpaceView::exportTo(const QString &folder)
{
    if (m_exporting || m_projectId == 0)
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    m_exportStatus->show();
    // Every material goes in the export: those not on this computer are downloaded first.
    TransferController *transfers = m_session->transfers();
    m_exportWaiting.clear();
    m_exportFolder = folder;
    if (transfers)
        for (const auto &e : m_session->twinSpace()->materials(m_projectId))
            if (!transfers->hasLocalCopy(e.material.sha256)) {
                m_exportWaiting.insert(e.material.sha256);
                transfers->download(e.material);
            }
    if (m_exportWaiting.isEmpty()) {
        writeExport();
        return;
    }
    m_exportStatus->setText(tr("Downloading %n material(s) for the export of “%1”…", nullptr,
                               int(m_exportWaiting.size()))
                                .arg(m_projects->currentText()));
}

void TwinSpaceView::exportContentSettled(const QString &sha256)
{
    if (!m_exporting || !m_exportWaiting.remove(sha256) || !m_exportWaiting.isEmpty())
        return;
    writeExport();
}

void TwinSpaceView::writeExport()
{
    m_exportWaiting.clear();
    const QString folder = m_exportFolder;
    m_exportStatus->setText(tr("Exporting “%1”…").arg(m_projects->currentText()));
    // Read here (the cache connection is this thread's); written on a thread of its own, as
    // copying the materials takes a while.
    TransferController *transfers = m_session->transfers();
    auto source = std::make_shared<ExportSource>(m_session->twinSpace()->exportSource(
        m_projectId, m_session->account().displayName, [transfers](const QString &sha256) {
            return transfers && transfers->hasLocalCopy(sha256) ? transfers->localCopy(sha256)
                                                                : QString();
        }));
    auto result = std::make_shared<std::optional<Result<ExportResult>>>();
    QThread *worker =
        QThread::create([source, result, folder] { *result = exportProject(*source, folder); });
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        m_exporting = false;
        m_export->setEnabled(m_projectId != 0 && m_member);
        const Result<ExportResult> &r = **result;
        QString message;
        if (!r) {
            message = r.error().message;
        } else {
            message = tr("Exported to %1 (and %2): %n page(s)", nullptr, r.value().pages)
                          .arg(QDir::toNativeSeparators(r.value().folder),
                               QDir::toNativeSeparators(r.value().zipFile)) +
                      tr(", %n material(s).", nullptr, r.value().materials);
            if (!r.value().missing.isEmpty())
                message += u' ' + tr("Materials not on this computer, so not in the export: %1.")
                                      .arg(r.value().missing.join(u", "_s));
        }
        m_exportStatus->setText(message);
        m_exportStatus->setAccessibleName(message);
        Q_EMIT exportFinished(r.ok(), message);
    });
    worker->start();
}

void TwinSpaceView::keepTypedNow()
{
    m_editor->keepTypedNow();
    m_forumView->keepTypedNow();
    m_chatView->keepTypedNow();
}

} // namespace etw
