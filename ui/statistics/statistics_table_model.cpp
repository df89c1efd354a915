// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/statistics_table_model.h"

#include <QLocale>

namespace etw {

using namespace Qt::StringLiterals;

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StatisticsTableModel::reset(const QList<std::pair<QString, QString>> &rows,
                                 const QList<Column> &columns,
                                 const QMap<QString, Figures> &figures, const QString &totalTitle)
{
    beginResetModel();
    m_rows = rows;
    m_columns = columns;
    m_figures = figures;
    m_totalTitle = totalTitle;
    endResetModel();
}

qint64 StatisticsTableModel::value(int row, int column) const
{
    const QString measure = m_rows.value(row).first;
    if (column < m_columns.size())
        return m_figures.value(m_columns.value(column).key).value(measure);
    qint64 total = 0;
    for (const Column &c : m_columns)
        total += m_figures.value(c.key).value(measure);
    return total;
}

QString StatisticsTableModel::columnTitle(int column) const
{
    return column < m_columns.size() ? m_columns.value(column).title : m_totalTitle;
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + (m_totalTitle.isEmpty() ? 0 : 1);
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const qint64 v = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(v);
    case Qt::AccessibleTextRole:
        // "Teachers registered, October: 12": a screen reader says what the number is.
        return u"%1, %2: %3"_s.arg(rowName(index.row()), columnTitle(index.column()),
                                   QLocale().toString(v));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::UserRole:
        return v;
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    return orientation == Qt::Horizontal ? QVariant(columnTitle(section))
                                         : QVariant(rowName(section));
}

} // namespace etw
