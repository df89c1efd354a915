// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label for a school's teacher: each prerequisite met or not with the
// facts behind it, and the school's one application, written together and kept as typed.
#pragma once

#include "field_error_labels.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace etw {

class Autosaver;
class SchoolLabel;

class SchoolLabelDialog : public QDialog
{
    Q_OBJECT
public:
    SchoolLabelDialog(SchoolLabel *desk, QWidget *parent);

    QListWidget *prerequisites() const { return m_prerequisites; }
    QPlainTextEdit *answer(const QString &question) const { return m_texts.value(question); }
    QLineEdit *headName() const { return m_headName; }
    QCheckBox *declaration() const { return m_declared; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *state() const { return m_state; }
    QLabel *message() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void refresh();
    void keep();
    void submit();
    QJsonObject typed() const;

    SchoolLabel *m_desk;
    QLabel *m_heading;
    QListWidget *m_prerequisites;
    QLabel *m_state;
    QWidget *m_form;
    QHash<QString, QLabel *> m_titles;
    QHash<QString, QPlainTextEdit *> m_texts;
    QLabel *m_headLabel;
    QLineEdit *m_headName;
    QCheckBox *m_declared;
    QLabel *m_message;
    QPushButton *m_submit;
    QPushButton *m_close;
    Autosaver *m_autosaver;
    FieldErrorLabels m_errors;
    // The fields as last shown or written here: only what the teacher changed since is sent,
    // so that a colleague's answers are never overwritten by an untouched copy.
    QJsonObject m_written;
};

} // namespace etw
