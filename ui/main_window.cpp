// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "labels/assessed_twinspace_window.h"
#include "labels/assessment_view.h"
#include "labels/european_label_view.h"
#include "labels/school_applications_view.h"
#include "labels/school_label_dialog.h"
#include "review/review_workspace.h"

#include "partner_profile_dialog.h"
#include "partner_search_view.h"
#include "pending_edits_dialog.h"
#include "profile_editor.h"
#include "projects/invite_dialog.h"
#include "projects/project_wizard.h"
#include "projects/projects_view.h"
#include "registration_banner.h"
#include "review/review_workspace.h"
#include "session/account_session.h"
#include "session/territory_statistics.h"
#include "settings/app_settings.h"
#include "statistics/statistics_view.h"
#include "sync/sync_controller.h"
#include "sync_issues_dialog.h"
#include "sync_status_label.h"
#include "transfers/transfer_status.h"
#include "transfers/transfers_dialog.h"
#include "translations.h"
#include "twinspace/twinspace_view.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AccountSession *session, Translations *translations, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_translations(translations)
    , m_tabs(new QTabWidget(this))
    , m_search(new PartnerSearchView(session->search(), this))
    , m_projects(new ProjectsView(session, this))
    , m_twinSpace(new TwinSpaceView(session, this))
    , m_profile(new ProfileEditor(session, this))
    , m_status(new SyncStatusLabel(this))
    , m_transferStatus(new TransferStatus(session->transfers(), this))
{
    setObjectName(u"mainWindow"_s);
    m_tabs->addTab(m_search, QString());
    m_tabs->addTab(m_projects, QString());
    m_tabs->addTab(m_twinSpace, QString());
    m_tabs->addTab(m_profile, QString());
    // Pupils are minors: the teachers' directory is not for them (nor synced to them).
    m_tabs->setTabVisible(0, session->account().role != Role::Pupil);
    // Teachers register and run projects and their TwinSpaces (the pupils' and reviewers'
    // screens come later).
    m_tabs->setTabVisible(1, session->account().role == Role::Teacher);
    m_tabs->setTabVisible(2, session->account().role == Role::Teacher);
    // A national service or regional correspondent starts on their queues.
    if (session->review()) {
        m_review = new ReviewWorkspace(session->review(), this);
        m_tabs->addTab(m_review, QString());
        m_tabs->setCurrentWidget(m_review);
    }
    // Then the label applications they assess, offline like the queues.
    if (session->review()) {
        m_assessments = new AssessmentView(session->labels(), this);
        m_tabs->addTab(m_assessments, QString());
        // The TwinSpace of an application's project, read in a window beside the grid.
        connect(m_assessments, &AssessmentView::twinSpaceRequested, this,
                [this](qint64 projectId, const QString &what, qint64 id) {
                    if (!m_assessedTwinSpace) {
                        m_assessedTwinSpace = new AssessedTwinSpaceWindow(m_session, this);
                        connect(m_assessedTwinSpace->view(), &TwinSpaceView::transfersRequested,
                                this, &MainWindow::showTransfers);
                        connect(m_assessedTwinSpace->view(), &TwinSpaceView::memberProfileRequested,
                                this, &MainWindow::showMemberProfile);
                    }
                    m_assessedTwinSpace->open(projectId, what, id);
                });
        m_schools = new SchoolApplicationsView(session->schoolLabel(), this);
        m_tabs->addTab(m_schools, QString());
    }
    // The European label's candidates: national services nominate, the central service awards.
    if (session->review() || session->account().role == Role::Admin) {
        m_european = new EuropeanLabelView(session->labels(), this);
        m_tabs->addTab(m_european, QString());
        if (session->account().role == Role::Admin)
            m_tabs->setCurrentWidget(m_european);
    }
    // Beside it, their territory's statistics (read from the cache, like the queues).
    if (session->statistics()) {
        m_statistics = new StatisticsView(session->statistics(), this);
        m_tabs->addTab(m_statistics, QString());
    }
    // A new teacher's account waiting for validation: said above the tabs, and what cannot
    // work until then (inviting, registering a project) is disabled with the reason.
    auto *banner = new RegistrationBanner(session, this);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(banner);
    column->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(session->sync(), &SyncController::profileChanged, banner, &RegistrationBanner::reload);
    connect(banner, &RegistrationBanner::restrictionChanged, m_search,
            &PartnerSearchView::setInviteBlocked);
    connect(banner, &RegistrationBanner::restrictionChanged, m_projects,
            &ProjectsView::setRegistrationBlocked);
    m_search->setInviteBlocked(banner->restriction());
    m_projects->setRegistrationBlocked(banner->restriction());
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_transferStatus);
    connect(m_transferStatus, &TransferStatus::listRequested, this, &MainWindow::showTransfers);
    connect(m_twinSpace, &TwinSpaceView::transfersRequested, this, &MainWindow::showTransfers);
    connect(m_twinSpace, &TwinSpaceView::memberProfileRequested, this,
            &MainWindow::showMemberProfile);

    m_accountMenu = menuBar()->addMenu(QString());
    m_syncNow = m_accountMenu->addAction(QString(), session->sync(), &SyncController::syncNow);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_issues = m_accountMenu->addAction(QString(), this, [this] {
        auto *dialog = new SyncIssuesDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_issues->setObjectName(u"showIssues"_s);
    m_issues->setEnabled(false);
    m_pending = m_accountMenu->addAction(QString(), this, [this] {
        auto *dialog = new PendingEditsDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_pending->setObjectName(u"showPendingEdits"_s);
    m_transfers = m_accountMenu->addAction(QString(), this, &MainWindow::showTransfers);
    m_transfers->setObjectName(u"showTransfers"_s);
    m_transfers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    // A teacher's school and its eTwinning School label: eligibility, the shared application.
    if (session->account().role == Role::Teacher) {
        m_schoolLabel = m_accountMenu->addAction(QString(), this, [this] {
            auto *dialog = new SchoolLabelDialog(m_session->schoolLabel(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
        m_schoolLabel->setObjectName(u"showSchoolLabel"_s);
    }
    m_signIn = m_accountMenu->addAction(QString(), this, &MainWindow::signInRequested);
    m_accountMenu->addSeparator();
    m_signOut =
        m_accountMenu->addAction(QString(), this, [this] { Q_EMIT signOutRequested(false); });
    m_signOutRemove = m_accountMenu->addAction(QString(), this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Remove my data from this computer"),
            tr("Sign out and delete everything eTwinning Desktop keeps for %1 on this computer? "
               "Edits not yet sent to the server are lost.")
                .arg(m_session->account().displayName));
        if (answer == QMessageBox::Yes)
            Q_EMIT signOutRequested(true);
    });
    m_accountMenu->addSeparator();
    m_quit = m_accountMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    if (m_review) {
        m_reviewMenu = menuBar()->addMenu(QString());
        m_reviewMenu->addActions(m_review->reviewActions());
    }
    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const QString &code : AppSettings::uiLanguages()) {
        QAction *action = m_languageMenu->addAction(Translations::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == translations->language());
        action->setData(code);
        action->setObjectName(u"language_"_s + code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_translations->setLanguage(code);
            AppSettings().setLanguage(code);
        });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About eTwinning Desktop"),
                           tr("eTwinning Desktop %1\nFind partners and run eTwinning projects, "
                              "also without a network.")
                               .arg(QApplication::applicationVersion()));
    });

    connect(session->sync(), &SyncController::statusChanged, m_status, &SyncStatusLabel::setStatus);
    connect(session->sync(), &SyncController::statusChanged, this,
            [this](const SyncStatus &status) { m_issues->setEnabled(status.issues > 0); });
    connect(session->sync(), &SyncController::directoryChanged, m_search,
            &PartnerSearchView::directoryChanged);
    connect(session->sync(), &SyncController::profileChanged, m_profile, &ProfileEditor::reload);
    connect(session->sync(), &SyncController::projectsChanged, m_projects, &ProjectsView::reload);
    connect(session->sync(), &SyncController::projectsChanged, m_twinSpace, &TwinSpaceView::reload);
    connect(session->sync(), &SyncController::twinSpaceChanged, m_twinSpace,
            &TwinSpaceView::reload);
    // Unread updates in the title and the projects' list.
    connect(session->sync(), &SyncController::twinSpaceChanged, this, &MainWindow::updateTitle);
    connect(session, &AccountSession::updatesRead, this, &MainWindow::updateTitle);
    connect(session->sync(), &SyncController::twinSpaceChanged, m_projects, &ProjectsView::reload);
    connect(session, &AccountSession::updatesRead, m_projects, &ProjectsView::reload);
    connect(m_search, &PartnerSearchView::inviteRequested, this, &MainWindow::invite);
    retranslateUi();
    resize(1100, 720);
    m_search->setFocus();
}

MainWindow::~MainWindow()
{
    // The children still shown are hidden as the window goes (the updates panel marks what it
    // showed as read then): the session's signals must no longer reach this half-destroyed
    // window or its lists.
    disconnect(m_session, nullptr, this, nullptr);
    disconnect(m_session, nullptr, m_projects, nullptr);
}

void MainWindow::showSignedOut()
{
    m_status->setSignedOut();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    // What others did in the TwinSpaces since this account last looked, in every project.
    int unread = 0;
    // (An assessor's copy of a project under assessment is not theirs to follow.)
    for (const Project &p : m_session->myProjects())
        if ((p.status == u"active" || p.status == u"archived") &&
            p.isMember(m_session->account().id))
            unread += m_session->unreadUpdates(p.id);
    const QString title = tr("eTwinning Desktop — %1").arg(m_session->account().displayName);
    setWindowTitle(unread > 0 ? tr("%1 (%n update(s))", nullptr, unread).arg(title) : title);
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_tabs->setTabText(0, tr("Find partners"));
    m_tabs->setTabText(1, tr("My projects"));
    m_tabs->setTabText(2, tr("TwinSpace"));
    m_tabs->setTabText(3, tr("My profile"));
    if (m_review) {
        m_tabs->setTabText(m_tabs->indexOf(m_review), tr("Review"));
        m_reviewMenu->setTitle(tr("&Review"));
    }
    if (m_assessments)
        m_tabs->setTabText(m_tabs->indexOf(m_assessments), tr("Quality Labels"));
    if (m_schools)
        m_tabs->setTabText(m_tabs->indexOf(m_schools), tr("eTwinning Schools"));
    if (m_european)
        m_tabs->setTabText(m_tabs->indexOf(m_european), tr("European label"));
    if (m_statistics)
        m_tabs->setTabText(m_tabs->indexOf(m_statistics), tr("Statistics"));
    m_accountMenu->setTitle(tr("&Account"));
    m_syncNow->setText(tr("&Synchronise now"));
    m_issues->setText(tr("Edits needing &attention…"));
    m_pending->setText(tr("Edits &waiting to be sent…"));
    m_transfers->setText(tr("&Transfers…"));
    if (m_schoolLabel)
        m_schoolLabel->setText(tr("eTwinning School &label…"));
    m_signIn->setText(tr("Sign &in again…"));
    m_signOut->setText(tr("Sign &out"));
    m_signOutRemove->setText(tr("Sign out and &remove my data from this computer…"));
    m_quit->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About eTwinning Desktop"));
}

void MainWindow::invite(qint64 teacherId, const QString &name, const QString &country)
{
    InviteDialog dialog(m_session, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.projectId()) {
        m_tabs->setCurrentWidget(m_projects);
        m_projects->openWizard()->addInvitation(teacherId, name, country, dialog.role());
        return;
    }
    const auto result = m_session->invite(dialog.projectId(), teacherId, dialog.role());
    if (!result)
        QMessageBox::warning(this, tr("Invitation"), result.error().message);
    else
        statusBar()->showMessage(tr("%1 is invited; the invitation leaves with the next "
                                    "synchronisation.")
                                     .arg(name),
                                 8000);
    m_projects->reload();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // What is being typed stays on this computer as typed, valid or not, and is shown again at
    // the next start; it is sent only when the user saves or submits it.
    m_projects->saveOpenDraft();
    m_profile->keepTypedNow();
    m_twinSpace->keepTypedNow();
    event->accept();
}

PartnerProfileDialog *MainWindow::profileDialog() const
{
    return m_profileDialog;
}

void MainWindow::showMemberProfile(const ProjectMember &member)
{
    if (member.accountId == m_session->account().id) {
        m_tabs->setCurrentWidget(m_profile);
        return;
    }
    if (!m_profileDialog) {
        m_profileDialog = new PartnerProfileDialog(m_session->search(), this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_profileDialog->showTeacher(member.accountId, member.displayName, member.schoolName,
                                 member.country);
    m_profileDialog->show();
    m_profileDialog->raise();
    m_profileDialog->activateWindow();
}

void MainWindow::showTransfers()
{
    if (!m_transfersDialog) {
        m_transfersDialog = new TransfersDialog(m_session->transfers(), this);
        m_transfersDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_transfersDialog->show();
    m_transfersDialog->raise();
    m_transfersDialog->activateWindow();
}

} // namespace etw
