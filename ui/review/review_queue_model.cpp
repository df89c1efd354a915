// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/review_queue_model.h"

#include "domain/regions.h"

#include <QDateTime>
#include <QLocale>

namespace etw {

using namespace Qt::StringLiterals;

void ReviewQueueModel::setItems(QList<review_cache::Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const review_cache::Item *ReviewQueueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int ReviewQueueModel::rowOf(const QString &type, qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].type == type && m_items[i].id == id)
            return i;
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::stateText(const review_cache::Item &i)
{
    if (!i.queuedDecision.isEmpty())
        return i.queuedDecision == u"reject" ? tr("Refused here, waiting to be sent")
                                             : tr("Approved here, waiting to be sent");
    if (i.decision.isEmpty())
        return i.waiting ? tr("To decide") : tr("Decided by another country");
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(i.decidedAt).date(),
                                            QLocale::ShortFormat);
    const QString who = i.decidedByName.isEmpty() ? tr("you") : i.decidedByName;
    if (i.decision == u"rejected")
        return tr("Refused by %1 on %2").arg(who, when);
    return i.type == u"registration" ? tr("Validated by %1 on %2").arg(who, when)
                                     : tr("Approved by %1 on %2").arg(who, when);
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const review_cache::Item *i = item(index.row());
    if (!i ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case Title:
        return i->title;
    case Detail:
        return i->detail;
    case Region: {
        QStringList names;
        for (const QString &r : i->regions)
            names.append(regions::name(r));
        return names.join(u", "_s);
    }
    case Waiting: {
        const qint64 days =
            QDateTime::fromMSecsSinceEpoch(i->queuedAt).daysTo(QDateTime::currentDateTime());
        return tr("%n day(s)", nullptr, int(std::max<qint64>(0, days)));
    }
    case State:
        return stateText(*i);
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Teacher or project");
    case Detail:
        return tr("School or founders");
    case Region:
        return tr("Region");
    case Waiting:
        return tr("Waiting");
    case State:
        return tr("Decision");
    }
    return {};
}

} // namespace etw
