// SPDX-License-Identifier: GPL-3.0-or-later
// "TwinSpace": a project's page tree, materials, forum, updates and members beside the page
// being edited (with its history) or the forum's thread being read.
#pragma once

#include "domain/project.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace etw {

class AccountSession;
class ChatView;
class ForumPanel;
class ForumView;
class MaterialsPanel;
class MembersPanel;
class PageEditor;
class PageTreeModel;
class UpdatesPanel;

class TwinSpaceView : public QWidget
{
    Q_OBJECT
public:
    explicit TwinSpaceView(AccountSession *session, QWidget *parent = nullptr);

    // Reads the cache again: sync brought pages or projects, or an edit was made here.
    void reload();
    void openProject(qint64 projectId);
    void openPage(qint64 pageId);
    // The window closes: the open page's text is kept as typed.
    void keepTypedNow();

    qint64 projectId() const { return m_projectId; }
    QTreeView *tree() const { return m_tree; }
    PageTreeModel *model() const { return m_model; }
    PageEditor *editor() const { return m_editor; }
    MaterialsPanel *materials() const { return m_materials; }
    QTabWidget *sides() const { return m_sides; }
    ForumPanel *forumPanel() const { return m_forumPanel; }
    ForumView *forumView() const { return m_forumView; }
    ChatView *chatView() const { return m_chatView; }
    UpdatesPanel *updates() const { return m_updates; }
    MembersPanel *members() const { return m_members; }
    // The forum's form of a new thread addressed to the member (a new discussion when the
    // forum has none yet), the focus in its title.
    void writeTo(const ProjectMember &member);
    // Opens what an update is about in its tab (see UpdatesPanel::openRequested).
    void openUpdate(const QString &what, qint64 id, qint64 parentId);

    bool createPage(const QString &title, bool asSubPage);
    bool renameSelected(const QString &title);
    bool deleteSelected();
    bool moveSelected(int delta);
    void showHistory();
    // Writes the open project's export into `folder`, off the UI thread; exportFinished says
    // how it went (the view shows it too).
    void exportTo(const QString &folder);

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void transfersRequested();
    // "Open profile" on a member of the project.
    void memberProfileRequested(const etw::ProjectMember &member);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadTree();
    void showSelected();
    void updateActions();
    bool readOnly() const;
    void readProject();
    qint64 selectedPage() const;
    void complain(const QString &message);
    void exportContentSettled(const QString &sha256);
    void writeExport();

    AccountSession *m_session;
    qint64 m_projectId = 0;
    QString m_projectStatus;
    bool m_member = false; // an active member; else an assessor reading it
    QLabel *m_projectLabel;
    QComboBox *m_projects;
    QPushButton *m_export;
    QLabel *m_exportStatus;
    QLabel *m_noProject;
    QWidget *m_space;
    QTreeView *m_tree;
    PageTreeModel *m_model;
    QLabel *m_noPages;
    bool m_exporting = false;
    QSet<QString> m_exportWaiting; // contents downloaded before the export is written
    QString m_exportFolder;
    QPushButton *m_new, *m_newChild, *m_rename, *m_delete, *m_up, *m_down;
    PageEditor *m_editor;
    QTabWidget *m_sides;
    MaterialsPanel *m_materials;
    QStackedWidget *m_main; // the page editor, the forum's thread, or the chat room
    ForumView *m_forumView;
    ForumPanel *m_forumPanel;
    ChatView *m_chatView;
    QLabel *m_chatSide; // the chat tab's own side: what the room is for
    UpdatesPanel *m_updates;
    MembersPanel *m_members;
};

} // namespace etw
