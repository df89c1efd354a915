// SPDX-License-Identifier: GPL-3.0-or-later
// A correspondent's workspace: the queues with their counts and filters, the item read in
// full, and the decision and notes typed beside it — driven from the keyboard, offline.
#pragma once

#include "session/review_desk.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QTableView;
class QTextBrowser;

namespace etw {

class Autosaver;
class ReviewQueueModel;
class ServiceSettingsDialog;

class ReviewWorkspace : public QWidget
{
    Q_OBJECT
public:
    ReviewWorkspace(ReviewDesk *desk, QWidget *parent = nullptr);

    // Every action of the workspace, with its shortcut, for the window's Review menu.
    QList<QAction *> reviewActions() const;
    QTableView *queueView() const { return m_table; }
    ReviewQueueModel *queueModel() const { return m_model; }
    QTabBar *queues() const { return m_queues; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *sinceFilter() const { return m_since; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    QPlainTextEdit *noteField() const { return m_note; }
    QTextBrowser *itemText() const { return m_text; }
    QComboBox *templateChoice() const { return m_templates; }
    QPushButton *approveButton() const { return m_approve; }
    // The service's templates and setting, opened (national services only).
    ServiceSettingsDialog *openServiceSettings();

    void reload();
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void move(int step);
    void decide(bool approve);
    void addNote();
    void applyTemplate(int index);
    void keepTypedNow();
    QString typedKey(const QString &what) const;
    ReviewDesk::Filter filter() const;
    // An action of the workspace, wherever the focus is in it.
    QAction *action(const QKeySequence &keys);

    ReviewDesk *m_desk;
    ReviewQueueModel *m_model;
    QTabBar *m_queues;
    QComboBox *m_region;
    QComboBox *m_since;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_empty;
    QTextBrowser *m_text;
    QTextBrowser *m_notes;
    QComboBox *m_templates;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_note;
    QLabel *m_reasonLabel, *m_noteLabel, *m_message;
    QPushButton *m_approve, *m_reject, *m_addNote;
    QAction *m_approveAction, *m_rejectAction, *m_next, *m_previous, *m_find, *m_noteAction,
        *m_reasonAction, *m_settingsAction;
    QPointer<ServiceSettingsDialog> m_settings;
    Autosaver *m_autosaver;
    // The item shown (its reason and note as typed are kept under its key).
    QString m_type;
    qint64 m_id = 0;
};

} // namespace etw
