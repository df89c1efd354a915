// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfers_dialog.h"

#include "settings/app_settings.h"
#include "transfers/transfer_controller.h"
#include "transfers/transfer_list_model.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_usage(new QLabel(this))
    , m_budget(new QDoubleSpinBox(this))
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
    // The room for local copies: a school PC's disk may be small, a teacher's laptop large.
    m_usage->setObjectName(u"localCopiesUsage"_s);
    m_budget->setObjectName(u"localCopiesBudget"_s);
    m_budget->setDecimals(1);
    m_budget->setRange(double(AppSettings::minimumMaterialsBudget) / 1e9, 1000.0);
    m_budget->setSingleStep(0.5);
    m_budget->setSuffix(tr(" GB"));
    m_budget->setKeyboardTracking(false);
    m_budget->setValue(double(m_transfers->budget()) / 1e9);
    auto *budgetLabel = new QLabel(tr("R&oom for copies:"), this);
    budgetLabel->setBuddy(m_budget);
    m_budget->setAccessibleName(tr("Room for copies of materials on this computer"));
    // Its text field is what has the focus: a screen reader reads it by the same name.
    if (auto *edit = m_budget->findChild<QLineEdit *>())
        edit->setAccessibleName(m_budget->accessibleName());
    const bool locked = AppSettings().materialsBudgetLocked();
    m_budget->setEnabled(!locked);
    const QString budgetTip =
        locked ? tr("Your administrator set this for the computer")
               : tr("Past this size, the copies used least recently are removed from this "
                    "computer, except those kept offline; they download again when opened");
    m_budget->setToolTip(budgetTip);
    m_budget->setAccessibleDescription(budgetTip);
    auto *usageRow = new QHBoxLayout;
    usageRow->addWidget(m_usage, 1);
    usageRow->addWidget(budgetLabel);
    usageRow->addWidget(m_budget);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(row);
    layout->addLayout(usageRow);
    layout->addWidget(close);

    connect(m_pause, &QPushButton::clicked, this, [this] { act(&TransferController::pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { act(&TransferController::resume); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { act(&TransferController::cancel); });
    connect(m_retry, &QPushButton::clicked, this, [this] { act(&TransferController::retry); });
    connect(m_clear, &QPushButton::clicked, m_transfers, &TransferController::clearFinished);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &TransfersDialog::budgetEdited);
    connect(m_transfers, &TransferController::localCopyReady, this, &TransfersDialog::updateUsage);
    connect(m_transfers, &TransferController::localCopiesChanged, this,
            &TransfersDialog::updateUsage);
    connect(m_transfers, &TransferController::transfersChanged, this,
            &TransfersDialog::updateUsage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransfersDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransfersDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransfersDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    updateUsage();
}

void TransfersDialog::updateUsage()
{
    m_usage->setText(tr("Copies of materials on this computer: %1.")
                         .arg(QLocale().formattedDataSize(m_transfers->localBytes(), 1)));
}

void TransfersDialog::budgetEdited(double gigabytes)
{
    const qint64 bytes = qint64(gigabytes * 1e9);
    AppSettings().setMaterialsBudget(bytes);
    m_transfers->setBudget(bytes);
    updateUsage();
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
