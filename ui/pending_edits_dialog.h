// SPDX-License-Identifier: GPL-3.0-or-later
// What is saved here and still waiting for the server: what, since when, tries, last error.
#pragma once

#include "store/outbox.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace etw {

class AccountSession;

class PendingEditsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PendingEditsDialog(AccountSession *session, QWidget *parent = nullptr);

    void reload();
    QStandardItemModel *model() const { return m_model; }
    // "Project registration: Rivers of Europe", "Profile change: About me, Languages"…
    static QString describe(const outbox::Entry &entry, AccountSession *session);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AccountSession *m_session;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_intro;
    QPushButton *m_refresh;
    QPushButton *m_close;
};

} // namespace etw
