// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfers_dialog.h"

#include "transfers/transfer_controller.h"
#include "transfers/transfer_list_model.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

TransfersDialog::TransfersDialog(TransferController *transfers, QWidget *parent)
    : QDialog(parent)
    , m_transfers(transfers)
    , m_model(new TransferListModel(transfers, this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("&Cancel transfer"), this))
    , m_retry(new QPushButton(tr("Re&try"), this))
    , m_clear(new QPushButton(tr("C&lear finished"), this))
{
    setObjectName(u"transfersDialog"_s);
    setWindowTitle(tr("Transfers"));
    resize(720, 360);
    m_table->setObjectName(u"transfersTable"_s);
    m_table->setAccessibleName(tr("Uploads and downloads"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TransferListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    for (int column : {int(TransferListModel::DirectionColumn),
                       int(TransferListModel::ProgressColumn), int(TransferListModel::StateColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_empty->setObjectName(u"noTransfers"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing is being sent or downloaded. Upload files in a TwinSpace's "
                        "“Materials” tab; they leave as soon as the network allows."));
    const QList<QPair<QPushButton *, QString>> tips{
        {m_pause, tr("Stop this transfer for now; it goes on from where it is when resumed")},
        {m_resume, tr("Go on from where the transfer stopped")},
        {m_cancel, tr("Stop this transfer for good; what was sent of it is removed")},
        {m_retry, tr("Try again a transfer that failed")},
        {m_clear, tr("Remove the finished transfers from the list")}};
    for (const auto &[button, tip] : tips) {
        button->setToolTip(tip);
        button->setAccessibleDescription(tip);
    }
    m_pause->setObjectName(u"pauseTransfer"_s);
    m_resume->setObjectName(u"resumeTransfer"_s);
    m_cancel->setObjectName(u"cancelTransfer"_s);
    m_retry->setObjectName(u"retryTransfer"_s);
    m_clear->setObjectName(u"clearTransfers"_s);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {m_pause, m_resume, m_cancel, m_retry, m_clear})
        row->addWidget(b);
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(m_pause, &QPushButton::clicked, this, [this] { act(&TransferController::pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { act(&TransferController::resume); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { act(&TransferController::cancel); });
    connect(m_retry, &QPushButton::clicked, this, [this] { act(&TransferController::retry); });
    connect(m_clear, &QPushButton::clicked, m_transfers, &TransferController::clearFinished);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransfersDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransfersDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransfersDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void TransfersDialog::act(void (TransferController::*what)(qint64))
{
    if (const qint64 id = selected())
        (m_transfers->*what)(id);
}

qint64 TransfersDialog::selected() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(TransferListModel::TransferIdRole).toLongLong()
                       : 0;
}

void TransfersDialog::updateButtons()
{
    m_empty->setVisible(m_model->rowCount() == 0);
    const int row = m_model->rowOf(selected());
    using S = Transfer::State;
    const S state = row >= 0 ? m_model->at(row).state : S::Done;
    const bool live = row >= 0 && state != S::Done && state != S::Cancelled;
    m_pause->setEnabled(live && state != S::Paused && state != S::Failed);
    m_resume->setEnabled(live && state == S::Paused);
    m_cancel->setEnabled(live);
    m_retry->setEnabled(row >= 0 && state == S::Failed);
}

} // namespace etw
