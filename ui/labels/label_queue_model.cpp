// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/label_queue_model.h"

#include "domain/regions.h"

#include <QDateTime>
#include <QLocale>

namespace etw {

using namespace Qt::StringLiterals;

void LabelQueueModel::setApplications(QList<LabelApplication> applications)
{
    beginResetModel();
    m_applications = std::move(applications);
    endResetModel();
}

const LabelApplication *LabelQueueModel::application(int row) const
{
    return row >= 0 && row < m_applications.size() ? &m_applications[row] : nullptr;
}

int LabelQueueModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_applications.size(); ++i)
        if (m_applications[i].id == id)
            return int(i);
    return -1;
}

int LabelQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int LabelQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LabelQueueModel::stateText(const LabelApplication &a)
{
    const QString score = a.assessors > 0 ? tr("%1 points (%n assessor(s))", nullptr, a.assessors)
                                                .arg(QLocale().toString(a.score, 'g', 3))
                                          : QString();
    if (a.status == u"awarded")
        return tr("Awarded") + (score.isEmpty() ? QString() : u", "_s + score);
    if (a.status == u"not_awarded")
        return tr("Not awarded") + (score.isEmpty() ? QString() : u", "_s + score);
    if (a.status == u"under_assessment")
        return tr("Being assessed: %1").arg(score);
    return tr("Waiting for an assessor");
}

QVariant LabelQueueModel::data(const QModelIndex &index, int role) const
{
    const LabelApplication *a = application(index.row());
    if (!a ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case Teacher:
        return a->attempt > 1 ? tr("%1 (second application)").arg(a->applicantName)
                              : a->applicantName;
    case Project:
        return a->projectTitle;
    case Region:
        return a->region.isEmpty() ? QString() : regions::name(a->region);
    case Submitted:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a->submittedAt).date(),
                                  QLocale::ShortFormat);
    case State:
        return stateText(*a);
    default:
        return {};
    }
}

QVariant LabelQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Teacher:
        return tr("Teacher");
    case Project:
        return tr("Project");
    case Region:
        return tr("Region");
    case Submitted:
        return tr("Submitted");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace etw
