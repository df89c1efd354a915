// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfer_list_model.h"

#include "transfers/transfer_controller.h"
#include "twinspace/material_tree_model.h"

#include <QLocale>

namespace etw {

TransferListModel::TransferListModel(TransferController *transfers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_transfers(transfers)
{
    connect(transfers, &TransferController::transfersChanged, this, &TransferListModel::reload);
    connect(transfers, &TransferController::transferChanged, this, &TransferListModel::update);
    reload();
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case DirectionColumn:
        return tr("Direction");
    case ProgressColumn:
        return tr("Progress");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Transfer &t = m_rows.at(index.row());
    const int percent = t.size > 0 ? int(t.done * 100 / t.size) : 0;
    if (role == TransferIdRole)
        return t.id;
    if (role == StateRole)
        return int(t.state);
    if (role == ProgressRole)
        return percent;
    if (role == Qt::ToolTipRole && !t.error.isEmpty())
        return t.error;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return t.folder.isEmpty() ? t.name : tr("%1 (in %2)").arg(t.name, t.folder);
    case DirectionColumn:
        return t.direction == Transfer::Direction::Upload ? tr("Upload") : tr("Download");
    case ProgressColumn:
        return t.size >= 0 ? tr("%1 % of %2")
                                 .arg(locale.toString(percent), locale.formattedDataSize(t.size))
                           : QString();
    case StateColumn:
        return MaterialTreeModel::transferText(t);
    }
    return {};
}

int TransferListModel::rowOf(qint64 transferId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == transferId)
            return i;
    return -1;
}

void TransferListModel::reload()
{
    beginResetModel();
    m_rows = m_transfers->transfers();
    endResetModel();
}

void TransferListModel::update(const Transfer &transfer)
{
    const int row = rowOf(transfer.id);
    if (row < 0) {
        reload();
        return;
    }
    m_rows[row] = transfer;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace etw
