// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/projects_view.h"

#include "labels/label_application_dialog.h"
#include "partner_item_delegate.h"
#include "projects/project_detail_view.h"
#include "projects/project_list_model.h"
#include "projects/project_texts.h"
#include "projects/project_wizard.h"
#include "session/account_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

ProjectsView::ProjectsView(AccountSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProjectListModel(session, this))
    , m_invitationsLabel(new QLabel(this))
    , m_invitations(new QListWidget(this))
    , m_accept(new QPushButton(this))
    , m_decline(new QPushButton(this))
    , m_list(new QListView(this))
    , m_detail(new ProjectDetailView(this))
    , m_register(new QPushButton(this))
    , m_continue(new QPushButton(this))
    , m_deleteDraft(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_label(new QPushButton(this))
{
    m_label->setObjectName(u"labelApplication"_s);
    m_withdraw->setObjectName(u"withdrawInvitation"_s);
    m_remove->setObjectName(u"removePartner"_s);
    m_invitations->setObjectName(u"invitations"_s);
    m_accept->setObjectName(u"acceptInvitation"_s);
    m_decline->setObjectName(u"declineInvitation"_s);
    m_list->setObjectName(u"projects"_s);
    m_register->setObjectName(u"registerProject"_s);
    m_continue->setObjectName(u"continueDraft"_s);
    m_deleteDraft->setObjectName(u"deleteDraft"_s);
    m_close->setObjectName(u"closeProject"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PartnerItemDelegate(m_list)); // title in bold over its status
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_invitations->setWordWrap(true);
    m_invitations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_invitations->setMaximumHeight(m_invitations->fontMetrics().lineSpacing() * 5);

    auto *invitationButtons = new QHBoxLayout;
    invitationButtons->addWidget(m_accept);
    invitationButtons->addWidget(m_decline);
    invitationButtons->addStretch();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    // Two rows: the French captions are long, and nothing should be cut.
    auto *draftButtons = new QHBoxLayout;
    draftButtons->addWidget(m_continue);
    draftButtons->addWidget(m_deleteDraft);
    draftButtons->addStretch();
    auto *projectButtons = new QHBoxLayout;
    projectButtons->addWidget(m_register);
    projectButtons->addWidget(m_withdraw);
    projectButtons->addWidget(m_remove);
    projectButtons->addWidget(m_close);
    projectButtons->addWidget(m_label);
    projectButtons->addStretch();
    leftLayout->addLayout(draftButtons);
    leftLayout->addLayout(projectButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_invitationsLabel);
    layout->addWidget(m_invitations);
    layout->addLayout(invitationButtons);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectsView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectsView::showSelected);
    connect(m_register, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        openWizard(m_list->currentIndex().data(ProjectListModel::DraftIdRole).toString());
    });
    connect(m_deleteDraft, &QPushButton::clicked, this, [this] {
        const QString id = m_list->currentIndex().data(ProjectListModel::DraftIdRole).toString();
        if (!id.isEmpty() &&
            QMessageBox::question(this, tr("Delete the draft"),
                                  tr("Delete this draft? What it holds cannot be recovered.")) ==
                QMessageBox::Yes) {
            m_session->deleteDraft(id);
            reload();
        }
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        const qint64 id = m_list->currentIndex().data(ProjectListModel::ProjectIdRole).toLongLong();
        if (id &&
            QMessageBox::question(
                this, tr("Close the project"),
                tr("Close this project? It will be archived: still visible to its members, but "
                   "read-only.")) == QMessageBox::Yes) {
            m_session->closeProject(id);
            reload();
        }
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { endMembership(true); });
    connect(m_label, &QPushButton::clicked, this, &ProjectsView::openLabelApplication);
    connect(m_remove, &QPushButton::clicked, this, [this] { endMembership(false); });
    connect(m_accept, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_invitations, &QListWidget::currentRowChanged, this, [this](int row) {
        m_accept->setEnabled(row >= 0);
        m_decline->setEnabled(row >= 0);
    });

    retranslateUi();
    reload();
}

void ProjectsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // statuses are words of the UI language
    }
    QWidget::changeEvent(event);
}

void ProjectsView::retranslateUi()
{
    m_invitationsLabel->setText(tr("Invitations to answer:"));
    m_accept->setText(tr("Accept"));
    m_decline->setText(tr("Decline"));
    m_register->setText(tr("Register a project…"));
    m_continue->setText(tr("Continue the draft…"));
    m_deleteDraft->setText(tr("Delete the draft"));
    m_close->setText(tr("Close the project"));
    m_withdraw->setText(tr("Withdraw an invitation…"));
    m_remove->setText(tr("Remove a partner…"));
    m_label->setText(tr("&Quality Label…"));
    m_label->setToolTip(tr("Apply for the project's National Quality Label, or follow your "
                           "application (Alt+Q)"));
}

void ProjectsView::reload()
{
    const QString draft = m_list->currentIndex().data(ProjectListModel::DraftIdRole).toString();
    const qint64 project =
        m_list->currentIndex().data(ProjectListModel::ProjectIdRole).toLongLong();
    m_model->reload();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row);
        if ((!draft.isEmpty() && i.data(ProjectListModel::DraftIdRole).toString() == draft) ||
            (project && i.data(ProjectListModel::ProjectIdRole).toLongLong() == project))
            m_list->setCurrentIndex(i);
    }

    m_invitations->clear();
    for (const auto &inv : m_session->invitations()) {
        auto *item =
            new QListWidgetItem(tr("%1 — %2, as %3, from %4")
                                    .arg(inv.title, project_texts::kind(inv.kind),
                                         project_texts::role(inv.role), inv.founders.join(u", "_s)),
                                m_invitations);
        item->setData(Qt::UserRole, inv.projectId);
        item->setToolTip(inv.summary);
    }
    const bool any = m_invitations->count() > 0;
    m_invitationsLabel->setVisible(any);
    m_invitations->setVisible(any);
    m_accept->setVisible(any);
    m_decline->setVisible(any);
    if (any && m_invitations->currentRow() < 0)
        m_invitations->setCurrentRow(0);
    showSelected();
}

void ProjectsView::showSelected()
{
    const QModelIndex i = m_list->currentIndex();
    const QString draft = i.data(ProjectListModel::DraftIdRole).toString();
    const qint64 id = i.data(ProjectListModel::ProjectIdRole).toLongLong();
    const QString status = i.data(ProjectListModel::StatusCodeRole).toString();
    m_continue->setEnabled(!draft.isEmpty() && status == u"editing");
    m_deleteDraft->setEnabled(!draft.isEmpty() && status == u"editing");
    const auto project = id ? m_session->project(id) : std::nullopt;
    const bool founder = project && project->isFounder(m_session->account().id) &&
                         project->status != u"archived" && project->status != u"rejected";
    m_close->setVisible(founder && project->status == u"active");
    m_withdraw->setVisible(founder && !candidates(*project, true).isEmpty());
    m_remove->setVisible(founder && !candidates(*project, false).isEmpty());
    // Teachers apply for the label of a project they are in (the dialog says what it lacks).
    m_label->setVisible(project && project->isMember(m_session->account().id) &&
                        m_session->account().role == Role::Teacher);
    m_detail->showProject(project);
}

void ProjectsView::openLabelApplication()
{
    const qint64 id = m_list->currentIndex().data(ProjectListModel::ProjectIdRole).toLongLong();
    const auto project = id ? m_session->project(id) : std::nullopt;
    if (!project)
        return;
    auto *dialog = new LabelApplicationDialog(m_session->labels(), id, project->title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<ProjectMember> ProjectsView::candidates(const Project &project, bool invited)
{
    QList<ProjectMember> out;
    for (const ProjectMember &m : project.members)
        if (invited ? m.state == u"invited" : (m.state == u"active" && m.role == u"partner"))
            out.append(m);
    return out;
}

void ProjectsView::endMembership(bool invitation)
{
    const qint64 id = m_list->currentIndex().data(ProjectListModel::ProjectIdRole).toLongLong();
    const auto project = id ? m_session->project(id) : std::nullopt;
    if (!project)
        return;
    const QList<ProjectMember> members = candidates(*project, invitation);
    QStringList names;
    for (const ProjectMember &m : members)
        names.append(u"%1 (%2, %3)"_s.arg(m.displayName, m.schoolName, m.country));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, invitation ? tr("Withdraw an invitation") : tr("Remove a partner"),
        invitation ? tr("Withdraw the invitation of:") : tr("Remove from the project:"), names, 0,
        false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0)
        return;
    const qint64 account = members.at(index).accountId;
    const auto result = invitation ? m_session->withdrawInvitation(id, account)
                                   : m_session->removePartner(id, account);
    if (!result)
        QMessageBox::warning(this, tr("Project"), result.error().message);
    reload();
}

void ProjectsView::answer(bool accept)
{
    QListWidgetItem *item = m_invitations->currentItem();
    if (!item)
        return;
    const auto result = m_session->answerInvitation(item->data(Qt::UserRole).toLongLong(), accept);
    if (!result)
        QMessageBox::warning(this, tr("Invitation"), result.error().message);
    reload();
}

void ProjectsView::saveOpenDraft()
{
    if (m_wizard)
        m_wizard->saveDraft();
}

void ProjectsView::setRegistrationBlocked(const QString &why)
{
    m_register->setEnabled(why.isEmpty());
    m_register->setToolTip(why);
}

ProjectWizard *ProjectsView::openWizard(const QString &draftId)
{
    if (m_wizard) {
        m_wizard->raise();
        return m_wizard;
    }
    m_wizard = new ProjectWizard(m_session, draftId, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::finished, this, &ProjectsView::reload);
    m_wizard->open();
    return m_wizard;
}

} // namespace etw
