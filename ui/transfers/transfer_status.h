// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's word on transfers: how many files are on their way and how far, one click
// (or Ctrl+J) from the transfers list.
#pragma once

#include <QWidget>

class QProgressBar;
class QToolButton;

namespace etw {

class TransferController;
struct Transfer;

class TransferStatus : public QWidget
{
    Q_OBJECT
public:
    explicit TransferStatus(TransferController *transfers, QWidget *parent = nullptr);
    QString text() const;
    int percent() const;

Q_SIGNALS:
    void listRequested();

private:
    void refresh();

    TransferController *m_transfers;
    QToolButton *m_button;
    QProgressBar *m_bar;
};

} // namespace etw
