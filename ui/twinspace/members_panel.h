// SPDX-License-Identifier: GPL-3.0-or-later
// "Members": the teachers of a project with their school, country, role and when each was last
// active; from one of them, their profile or a thread in the forum addressed to them.
#pragma once

#include "domain/project.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace etw {

class MemberListModel;

class MembersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MembersPanel(QWidget *parent = nullptr);

    // The project as this computer knows it (its members with what was done here on top);
    // `me` is the signed-in account. A closed project's members are listed, not written to.
    void setProject(const std::optional<Project> &project, qint64 me, bool readOnly);
    // Makes the member current (nothing when they are not listed).
    void select(qint64 accountId);
    // Gives the list the focus, on the first member when none is chosen yet.
    void focusList();

    QTreeView *list() const { return m_list; }
    MemberListModel *model() const { return m_model; }
    QPushButton *openProfileButton() const { return m_profile; }
    QPushButton *writeButton() const { return m_write; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *invitedLabel() const { return m_invited; }
    // The member chosen in the list, if any.
    std::optional<ProjectMember> current() const;

Q_SIGNALS:
    void profileRequested(const etw::ProjectMember &member);
    void writeRequested(const etw::ProjectMember &member);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateNotes();
    void fitColumns();
    void openProfile();
    void write();

    std::optional<Project> m_project;
    bool m_readOnly = false;
    QTreeView *m_list;
    MemberListModel *m_model;
    QLabel *m_empty;
    QLabel *m_invited;
    QPushButton *m_profile;
    QPushButton *m_write;
};

} // namespace etw

Q_DECLARE_METATYPE(etw::ProjectMember)
