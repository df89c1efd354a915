// SPDX-License-Identifier: GPL-3.0-or-later
// Every upload and download of the account for a list view: name, direction, progress, state.
#pragma once

#include "transfers/transfer.h"

#include <QAbstractTableModel>

namespace etw {

class TransferController;

class TransferListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DirectionColumn, ProgressColumn, StateColumn, ColumnCount };
    enum Role { TransferIdRole = Qt::UserRole + 1, StateRole, ProgressRole };

    TransferListModel(TransferController *transfers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Transfer &at(int row) const { return m_rows.at(row); }
    int rowOf(qint64 transferId) const;
    void reload();

private:
    void update(const Transfer &transfer);
    TransferController *m_transfers;
    QList<Transfer> m_rows;
};

} // namespace etw
