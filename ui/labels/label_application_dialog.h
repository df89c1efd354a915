// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's National Quality Label application for one project: the rules met or not, the
// five questions, the texts and the evidence, kept as typed, submitted when the teacher says.
#pragma once

#include "field_error_labels.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace etw {

class Autosaver;
class LabelDesk;

class LabelApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    LabelApplicationDialog(LabelDesk *desk, qint64 projectId, const QString &projectTitle,
                           QWidget *parent);

    QCheckBox *question(const QString &key) const { return m_questions.value(key); }
    QPlainTextEdit *criterion(const QString &key) const { return m_texts.value(key); }
    QListWidget *evidence() const { return m_evidence; }
    QLineEdit *linkField() const { return m_link; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *message() const { return m_message; }
    QLabel *rules() const { return m_rules; }

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void load();
    void keep();
    void submit();
    void addLink();
    void refreshRules();
    QJsonObject typed() const;

    LabelDesk *m_desk;
    qint64 m_projectId;
    QString m_projectTitle;
    QLabel *m_heading;
    QLabel *m_rules;
    QLabel *m_state;
    QLabel *m_questionsLabel;
    QHash<QString, QCheckBox *> m_questions;
    QHash<QString, QLabel *> m_textLabels;
    QHash<QString, QPlainTextEdit *> m_texts; // the criteria and "ownRole"
    QLabel *m_evidenceLabel;
    QListWidget *m_evidence;
    QLineEdit *m_link;
    QPushButton *m_addLink;
    QLabel *m_message;
    QPushButton *m_submit;
    QPushButton *m_close;
    FieldErrorLabels m_errors;
    Autosaver *m_autosaver;
};

} // namespace etw
