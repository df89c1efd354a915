// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/invite_dialog.h"

#include "projects/project_texts.h"
#include "session/account_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

InviteDialog::InviteDialog(AccountSession *session, const QString &teacherName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_project(new QComboBox(this))
    , m_role(new QComboBox(this))
{
    setObjectName(u"inviteDialog"_s);
    setWindowTitle(tr("Invite %1 to a project").arg(teacherName));
    m_project->setObjectName(u"inviteProject"_s);
    m_role->setObjectName(u"inviteRole"_s);
    // Projects this teacher founded and that still take members, then a new registration.
    for (const Project &p : session->myProjects())
        if (p.isFounder(session->account().id) && p.status != u"archived" &&
            p.status != u"rejected")
            m_project->addItem(p.title, p.id);
    m_project->addItem(tr("A new project (opens the registration)"), 0);
    m_role->addItem(project_texts::role(u"founder"_s), u"founder"_s);
    m_role->addItem(project_texts::role(u"partner"_s), u"partner"_s);

    auto *intro = new QLabel(
        tr("%1 receives the invitation and accepts or declines it. Founders register the "
           "project together; partners join it.")
            .arg(teacherName),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("As:"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Invite"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_project, &QComboBox::currentIndexChanged, this, &InviteDialog::updateRoles);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateRoles();
}

void InviteDialog::updateRoles()
{
    // Founders join before submission; after that, only partners.
    const qint64 id = projectId();
    const auto p = id ? m_session->project(id) : std::nullopt;
    const bool foundersOpen = !p || p->status == u"waiting_partners";
    auto *model = qobject_cast<QStandardItemModel *>(m_role->model());
    if (model)
        model->item(0)->setEnabled(foundersOpen);
    if (!foundersOpen)
        m_role->setCurrentIndex(1);
}

qint64 InviteDialog::projectId() const
{
    return m_project->currentData().toLongLong();
}

QString InviteDialog::role() const
{
    return m_role->currentData().toString();
}

} // namespace etw
