// SPDX-License-Identifier: GPL-3.0-or-later
// "Transfers": every upload and download, with pause, resume, cancel and retry.
#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace etw {

class TransferController;
class TransferListModel;

class TransfersDialog : public QDialog
{
    Q_OBJECT
public:
    TransfersDialog(TransferController *transfers, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TransferListModel *model() const { return m_model; }

private:
    void updateButtons();
    // How much the local copies take, against the room the user gives them.
    void updateUsage();
    void budgetEdited(double gigabytes);
    qint64 selected() const;
    // Pause, resume, cancel or retry the selected transfer.
    void act(void (TransferController::*what)(qint64));

    TransferController *m_transfers;
    TransferListModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_usage;
    QDoubleSpinBox *m_budget;
    QPushButton *m_pause, *m_resume, *m_cancel, *m_retry, *m_clear;
};

} // namespace etw
