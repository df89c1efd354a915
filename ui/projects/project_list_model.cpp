// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/project_list_model.h"

#include "projects/project_texts.h"
#include "session/account_session.h"

#include <QDateTime>
#include <QFont>

namespace etw {

using namespace Qt::StringLiterals;

ProjectListModel::ProjectListModel(AccountSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    reload();
}

void ProjectListModel::reload()
{
    QList<Row> rows;
    for (const project_cache::Draft &d : m_session->drafts()) {
        if (d.state == u"registered")
            continue; // its project is about to arrive
        const QString title = d.form.value(u"title"_s).toString().trimmed();
        rows.append({title.isEmpty() ? tr("Untitled project") : title, d.state, QString(),
                     d.updatedAt, 0, d.localId});
    }
    for (const Project &p : m_session->myProjects())
        rows.append({p.title, p.status, project_texts::schools(p), p.updatedAt, p.id, QString(),
                     p.status == u"active" || p.status == u"archived"
                         ? m_session->unreadUpdates(p.id)
                         : 0});
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // Title, then status · schools · last activity (the date only: a list to scan).
        QStringList second{project_texts::status(r.statusCode)};
        if (!r.schools.isEmpty())
            second.append(r.schools);
        second.append(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.lastActivity).date(),
                                         QLocale::ShortFormat));
        if (r.unread > 0)
            second.append(tr("%n new update(s)", nullptr, r.unread));
        return u"%1\n%2"_s.arg(r.title, second.join(u" · "_s));
    }
    case Qt::ToolTipRole:
        return tr("Last activity: %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.lastActivity),
                                    QLocale::ShortFormat));
    case StatusRole:
        return project_texts::status(r.statusCode);
    case SchoolsRole:
        return r.schools;
    case LastActivityRole:
        return QDateTime::fromMSecsSinceEpoch(r.lastActivity);
    case ProjectIdRole:
        return r.projectId;
    case DraftIdRole:
        return r.draftId;
    case StatusCodeRole:
        return r.statusCode;
    case UnreadUpdatesRole:
        return r.unread;
    case Qt::FontRole:
        if (r.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

} // namespace etw
