// SPDX-License-Identifier: GPL-3.0-or-later
// Lists the edits the server refused or that met a change made elsewhere, with what was typed;
// a conflict is settled field by field, side by side.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace etw {

class AccountSession;
class ConflictView;

class SyncIssuesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncIssuesDialog(AccountSession *session, QWidget *parent = nullptr);

    void reload();
    QStandardItemModel *model() const { return m_model; }
    ConflictView *conflictView() const { return m_conflict; }
    void selectIssue(int row);
    void applyChoices();
    // What was typed in the selected edits, whole (a forum reply refused because its thread was
    // deleted: its text, to post elsewhere), onto the clipboard. Also Ctrl+C.
    void copySelected();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void dismissSelected();
    void showSelected();
    void updateActions();

    AccountSession *m_session;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_intro;
    QPushButton *m_copy;
    QLabel *m_copied;
    QPushButton *m_dismiss;
    QPushButton *m_close;
    ConflictView *m_conflict;
    QWidget *m_conflictBox;
    QLabel *m_conflictError;
    QPushButton *m_apply;
};

} // namespace etw
