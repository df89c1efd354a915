// SPDX-License-Identifier: GPL-3.0-or-later
// A project's active members for a list view: name, school, country, role and the last day
// each was active; founders first, then partners (then the roles of later versions), each by
// name.
#pragma once

#include "domain/project.h"

#include <QAbstractTableModel>
#include <QDate>

namespace etw {

class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SchoolColumn, CountryColumn, RoleColumn, LastActiveColumn, Columns };
    enum Role { AccountIdRole = Qt::UserRole + 1 };

    explicit MemberListModel(QObject *parent = nullptr);

    // The active ones of `members`; `me` is marked as oneself. `today` is the day the last
    // activity is counted from (today's local date unless a test says otherwise).
    void setMembers(const QList<ProjectMember> &members, qint64 me, QDate today = {});
    // The language changed: headers and texts are read again.
    void retranslate();

    const ProjectMember *member(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 accountId) const;
    qint64 me() const { return m_me; }

    // "Today", "Yesterday", "3 days ago", then the date; "Not known" for 0.
    static QString lastActiveText(qint64 lastActiveAt, QDate today);
    // The role's order in the list: founders, partners, then roles this version does not know.
    static int roleRank(const QString &role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const ProjectMember &m, int column) const;

    QList<ProjectMember> m_members;
    qint64 m_me = 0;
    QDate m_today;
};

} // namespace etw
