// SPDX-License-Identifier: GPL-3.0-or-later
// Lists the edits the server refused or that met a change made elsewhere, with what was typed.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace etw {

class AccountSession;

class SyncIssuesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncIssuesDialog(AccountSession *session, QWidget *parent = nullptr);

    void reload();
    QStandardItemModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void dismissSelected();

    AccountSession *m_session;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_intro;
    QPushButton *m_dismiss;
    QPushButton *m_close;
};

} // namespace etw
