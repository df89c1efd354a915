// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfer_status.h"

#include "transfers/transfer_controller.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace etw {

using namespace Qt::StringLiterals;

TransferStatus::TransferStatus(TransferController *transfers, QWidget *parent)
    : QWidget(parent)
    , m_transfers(transfers)
    , m_button(new QToolButton(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(u"transferStatus"_s);
    m_button->setObjectName(u"transferStatusButton"_s);
    m_button->setAutoRaise(true);
    m_bar->setObjectName(u"transferProgress"_s);
    m_bar->setRange(0, 100);
    m_bar->setMaximumWidth(140);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_bar);
    connect(m_button, &QToolButton::clicked, this, &TransferStatus::listRequested);
    connect(transfers, &TransferController::transferChanged, this, &TransferStatus::refresh);
    connect(transfers, &TransferController::transfersChanged, this, &TransferStatus::refresh);
    refresh();
}

void TransferStatus::refresh()
{
    qint64 total = 0, done = 0;
    int up = 0, down = 0, failed = 0;
    for (const Transfer &t : m_transfers->transfers()) {
        if (t.state == Transfer::State::Failed)
            ++failed;
        if (t.finished() || t.state == Transfer::State::Failed)
            continue;
        (t.direction == Transfer::Direction::Upload ? up : down) += 1;
        if (t.size > 0) {
            total += t.size;
            done += t.done;
        }
    }
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    QStringList parts;
    if (up || down)
        parts << tr("%1 %").arg(percent);
    if (up)
        parts << tr("Sending %n file(s)", nullptr, up);
    if (down)
        parts << tr("Downloading %n file(s)", nullptr, down);
    if (failed)
        parts << tr("%n transfer(s) failed", nullptr, failed);
    const QString text = parts.join(u" · "_s);
    m_button->setText(text);
    m_button->setToolTip(tr("Show the transfers (Ctrl+J)"));
    m_button->setAccessibleName(text);
    m_bar->setValue(percent);
    m_bar->setAccessibleName(tr("Transfers' progress"));
    m_bar->setVisible(up || down);
    setVisible(up || down || failed);
}

QString TransferStatus::text() const
{
    return m_button->text();
}

int TransferStatus::percent() const
{
    return m_bar->value();
}

} // namespace etw
