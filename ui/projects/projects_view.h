// SPDX-License-Identifier: GPL-3.0-or-later
// "My projects": open invitations to answer, the drafts and projects, one project's details,
// and registering a new project.
#pragma once

#include "domain/project.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QPushButton;

namespace etw {

class AccountSession;
class ProjectDetailView;
class ProjectListModel;
class ProjectWizard;

class ProjectsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectsView(AccountSession *session, QWidget *parent = nullptr);

    // Reads the cache again (sync brought something, or an edit was made).
    void reload();
    // Opens the registration wizard on a new draft or an existing one (window-modal).
    ProjectWizard *openWizard(const QString &draftId = {});
    // The window closes: what the open wizard holds is kept as its draft.
    void saveOpenDraft();
    // Why this account cannot register a project now (waiting for validation), shown on the
    // disabled button; empty when it can.
    void setRegistrationBlocked(const QString &why);

    ProjectListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    ProjectDetailView *detail() const { return m_detail; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void answer(bool accept);
    // Founders: end an open invitation, or remove an active partner, chosen from a list.
    void endMembership(bool invitation);
    void openLabelApplication();
    static QList<ProjectMember> candidates(const Project &project, bool invited);

    AccountSession *m_session;
    ProjectListModel *m_model;
    QLabel *m_invitationsLabel;
    QListWidget *m_invitations;
    QPushButton *m_accept, *m_decline;
    QListView *m_list;
    ProjectDetailView *m_detail;
    QPushButton *m_register, *m_continue, *m_deleteDraft, *m_close, *m_withdraw, *m_remove;
    QPushButton *m_label; // the Quality Label application of the selected project
    QPointer<ProjectWizard> m_wizard;
};

} // namespace etw
