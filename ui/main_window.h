// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: partner search, projects, TwinSpace and my profile in tabs; sync and
// transfers in the status bar.
#pragma once

#include "domain/project.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QTabWidget;

namespace etw {

class AccountSession;
class PartnerProfileDialog;
class PartnerSearchView;
class ProfileEditor;
class ProjectsView;
class AssessedTwinSpaceWindow;
class AssessmentView;
class SchoolApplicationsView;
class EuropeanLabelView;
class ReviewWorkspace;
class StatisticsView;
class TwinSpaceView;
class SyncStatusLabel;
class TransferStatus;
class TransfersDialog;
class Translations;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AccountSession *session, Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    PartnerSearchView *searchView() const { return m_search; }
    ProfileEditor *profileEditor() const { return m_profile; }
    ProjectsView *projectsView() const { return m_projects; }
    AssessmentView *assessmentView() const { return m_assessments; }
    EuropeanLabelView *europeanLabelView() const { return m_european; }
    TwinSpaceView *twinSpaceView() const { return m_twinSpace; }
    // "Invite to a project" for a teacher found in the partner search.
    void invite(qint64 teacherId, const QString &name, const QString &country);
    SyncStatusLabel *syncStatus() const { return m_status; }
    TransferStatus *transferStatus() const { return m_transferStatus; }
    void showSignedOut();
    // The list of uploads and downloads (one window, brought forward).
    void showTransfers();
    // A project member's profile: one's own in "My profile", a partner's in a window of its
    // own (one, brought forward and showing the last one asked for).
    void showMemberProfile(const ProjectMember &member);
    PartnerProfileDialog *profileDialog() const;
    // The window beside the assessment grid (made when first asked for).
    AssessedTwinSpaceWindow *assessedTwinSpace() const { return m_assessedTwinSpace; }

Q_SIGNALS:
    void signInRequested();
    void signOutRequested(bool removeData);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void updateTitle();

    AccountSession *m_session;
    Translations *m_translations;
    QTabWidget *m_tabs;
    PartnerSearchView *m_search;
    ProjectsView *m_projects;
    TwinSpaceView *m_twinSpace;
    ProfileEditor *m_profile;
    SyncStatusLabel *m_status;
    TransferStatus *m_transferStatus;
    QPointer<TransfersDialog> m_transfersDialog;
    QPointer<PartnerProfileDialog> m_profileDialog;
    AssessedTwinSpaceWindow *m_assessedTwinSpace = nullptr;
    QMenu *m_accountMenu, *m_languageMenu, *m_helpMenu;
    ReviewWorkspace *m_review = nullptr; // a correspondent's
    QMenu *m_reviewMenu = nullptr;
    StatisticsView *m_statistics = nullptr;      // a correspondent's, beside the review
    AssessmentView *m_assessments = nullptr;     // a correspondent's label applications
    SchoolApplicationsView *m_schools = nullptr; // a correspondent's school label applications
    EuropeanLabelView *m_european = nullptr;     // a correspondent's or the central service's
    QAction *m_syncNow, *m_issues, *m_pending, *m_transfers, *m_signIn, *m_signOut,
        *m_signOutRemove, *m_quit, *m_about;
    QAction *m_schoolLabel = nullptr; // a teacher's
    QActionGroup *m_languages;
};

} // namespace etw
