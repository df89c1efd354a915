// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/member_list_model.h"

#include "domain/catalogue.h"
#include "projects/project_texts.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}
} // namespace

MemberListModel::MemberListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int MemberListModel::roleRank(const QString &role)
{
    // Pupils and visitors come in a later version, after the teachers.
    static const QStringList order{u"founder"_s, u"partner"_s, u"pupil"_s, u"visitor"_s};
    const qsizetype at = order.indexOf(role);
    return at < 0 ? int(order.size()) : int(at);
}

void MemberListModel::setMembers(const QList<ProjectMember> &members, qint64 me, QDate today)
{
    beginResetModel();
    m_me = me;
    m_today = today.isValid() ? today : QDate::currentDate();
    m_members.clear();
    // Those who left or never joined are not members: the updates say when they left.
    for (const ProjectMember &m : members)
        if (m.state == u"active")
            m_members.append(m);
    std::stable_sort(m_members.begin(), m_members.end(),
                     [](const ProjectMember &a, const ProjectMember &b) {
                         const int ra = roleRank(a.role), rb = roleRank(b.role);
                         if (ra != rb)
                             return ra < rb;
                         return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
                     });
    endResetModel();
}

void MemberListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, Columns - 1);
    if (!m_members.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Columns - 1));
}

const ProjectMember *MemberListModel::member(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return nullptr;
    return &m_members[index.row()];
}

QModelIndex MemberListModel::indexOf(qint64 accountId) const
{
    for (qsizetype row = 0; row < m_members.size(); ++row)
        if (m_members[row].accountId == accountId)
            return index(int(row), 0);
    return {};
}

QString MemberListModel::lastActiveText(qint64 lastActiveAt, QDate today)
{
    if (lastActiveAt <= 0)
        return tr("Not known");
    // Counted in calendar days here: the server keeps the day, not the hour.
    const qint64 days = dayOf(lastActiveAt).daysTo(today);
    if (days <= 0) // a clock a little ahead counts as today
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    if (days < 7)
        return tr("%n day(s) ago", nullptr, int(days));
    // "22 Nov 2026": the short format's "11/22/26" reads differently on each side of the
    // ocean, and the day is all there is to say.
    return QLocale().toString(dayOf(lastActiveAt), u"d MMM yyyy"_s);
}

QString MemberListModel::text(const ProjectMember &m, int column) const
{
    switch (column) {
    case NameColumn:
        return m.accountId == m_me ? tr("%1 (you)").arg(m.displayName) : m.displayName;
    case SchoolColumn:
        return m.schoolName;
    case CountryColumn:
        return catalogue::countryName(m.country);
    case RoleColumn:
        return project_texts::role(m.role);
    case LastActiveColumn:
        return lastActiveText(m.lastActiveAt, m_today);
    default:
        return {};
    }
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    const ProjectMember *m = member(index);
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*m, index.column());
    case Qt::AccessibleTextRole: {
        // A cell is read by its text; an empty one would be read as nothing at all.
        const QString shown = text(*m, index.column());
        if (!shown.isEmpty())
            return shown;
        return index.column() == SchoolColumn ? tr("No school given") : tr("Not known");
    }
    case Qt::ToolTipRole:
        if (index.column() == LastActiveColumn && m->lastActiveAt > 0)
            return tr("Last active on %1")
                .arg(QLocale().toString(dayOf(m->lastActiveAt), QLocale::LongFormat));
        if (index.column() == NameColumn && m->since > 0)
            return tr("Member since %1")
                .arg(QLocale().toString(dayOf(m->since), QLocale::LongFormat));
        return {};
    case Qt::FontRole:
        if (m->accountId == m_me) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case AccountIdRole:
        return m->accountId;
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SchoolColumn:
        return tr("School");
    case CountryColumn:
        return tr("Country");
    case RoleColumn:
        return tr("Role");
    case LastActiveColumn:
        return tr("Last active");
    default:
        return {};
    }
}

} // namespace etw
