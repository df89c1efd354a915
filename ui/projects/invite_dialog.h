// SPDX-License-Identifier: GPL-3.0-or-later
// "Invite to a project": which of my projects (or a new one), and as founder or partner.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace etw {

class AccountSession;

class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    InviteDialog(AccountSession *session, const QString &teacherName, QWidget *parent = nullptr);

    qint64 projectId() const; // 0: a new project
    QString role() const;     // "founder" or "partner"

private:
    void updateRoles();

    AccountSession *m_session;
    QComboBox *m_project;
    QComboBox *m_role;
};

} // namespace etw
