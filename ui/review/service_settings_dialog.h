// SPDX-License-Identifier: GPL-3.0-or-later
// What a national support service keeps for all its correspondents: the reason templates they
// start a refusal from, whether regional correspondents decide on their region's items, and when
// the country's school year starts.
#pragma once

#include "session/review_desk.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace etw {

class Autosaver;

class ServiceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceSettingsDialog(ReviewDesk *desk, QWidget *parent);

    QComboBox *queueChoice() const { return m_kind; }
    QListWidget *templateList() const { return m_list; }
    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *textField() const { return m_text; }
    QCheckBox *regionalDecisions() const { return m_regional; }
    QSpinBox *yearStartDay() const { return m_startDay; }
    QComboBox *yearStartMonth() const { return m_startMonth; }
    QLabel *message() const { return m_message; }

    // Starts a new template of the chosen queue (Ctrl+N).
    void startNew();
    // Queues the template shown, new or changed (Ctrl+S).
    void save();
    // Queues the deletion of the template shown (Ctrl+Del).
    void remove();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void reloadList();
    void showTemplate(qint64 id);
    void keepTypedNow();
    QString kind() const;
    QString typedKey() const;
    void showYearStart();
    void queueYearStart();

    ReviewDesk *m_desk;
    QLabel *m_intro, *m_kindLabel, *m_titleLabel, *m_textLabel, *m_message, *m_startLabel;
    QCheckBox *m_regional;
    QSpinBox *m_startDay;
    QComboBox *m_startMonth;
    QComboBox *m_kind;
    QListWidget *m_list;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QPushButton *m_new, *m_save, *m_delete, *m_close;
    Autosaver *m_autosaver;
    // The template shown: 0 while a new one is typed.
    qint64 m_id = 0;
};

} // namespace etw
