// SPDX-License-Identifier: GPL-3.0-or-later
// A project's chat room: its messages (older pages as the reader goes up), the message being
// typed (kept as typed until sent), and whether new ones arrive live.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace etw {

class Autosaver;
class Chat;
class ChatModel;

class ChatView : public QWidget
{
    Q_OBJECT
public:
    explicit ChatView(Chat *chat, QWidget *parent = nullptr);

    void setProject(qint64 projectId, bool readOnly);
    // Read only because the account assesses the project's label application (said so).
    void setAssessing(bool assessing) { m_assessing = assessing; }
    // The window closes or another project opens: what is typed is kept now.
    void keepTypedNow();
    bool send();

    QListView *messages() const { return m_list; }
    QPlainTextEdit *input() const { return m_input; }
    ChatModel *model() const { return m_model; }
    QString status() const;
    QString error() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void updateStatus();
    void loadOlder();
    bool atBottom() const;

    Chat *m_chat;
    ChatModel *m_model;
    QLabel *m_status;
    QPushButton *m_older;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_inputLabel;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QLabel *m_error;
    Autosaver *m_autosaver;
    qint64 m_projectId = 0;
    bool m_readOnly = false;
    bool m_assessing = false; // read only for an assessor, not because the project closed
};

} // namespace etw
