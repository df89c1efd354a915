// SPDX-License-Identifier: GPL-3.0-or-later
// The forum beside its tree: a thread with its replies and the reply being typed, or the form
// of a new thread or discussion. What is typed is kept as typed until it is posted.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace etw {

class Autosaver;
class Forum;

class ForumView : public QWidget
{
    Q_OBJECT
public:
    explicit ForumView(Forum *forum, QWidget *parent = nullptr);

    void setProject(qint64 projectId, bool readOnly);
    // Shows the thread (read from now on), its replies and the reply typed in it earlier.
    void showThread(qint64 threadId);
    // The form of a new thread or discussion, with what was typed in it before; `address`
    // ("For Giulia Rossi: ") starts its title, the cursor after it (the members' "Write in the
    // forum").
    void startThread(qint64 discussionId, const QString &address = {});
    void startDiscussion(const QString &address = {});
    void showNothing();
    // Reads the open thread again (sync brought replies, or one was posted here).
    void reload();
    // The window closes or another thread opens: what is typed is kept now.
    void keepTypedNow();

    bool postReply();
    bool postThread();
    bool createDiscussion();

    qint64 threadId() const { return m_threadId; }
    QTextBrowser *posts() const { return m_posts; }
    QPlainTextEdit *replyEdit() const { return m_reply; }
    QLineEdit *newTitle() const { return m_newTitle; }
    QPlainTextEdit *newText() const { return m_newText; }
    QString message() const;

Q_SIGNALS:
    // A thread or a discussion was made here: the tree shows it (and selects it).
    void created(int kind, qint64 id);
    // A thread was shown, so read: the unread counts change.
    void threadRead();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Nothing, Thread, NewThread, NewDiscussion };
    void retranslateUi();
    void keepTyped();
    void restoreTyped();
    void clearForm();
    QString typedKey() const;
    void say(const QString &text, bool error = false);
    void setMode(Mode mode);
    void addressTitle(const QString &address);

    Forum *m_forum;
    qint64 m_projectId = 0;
    bool m_readOnly = false;
    Mode m_mode = Mode::Nothing;
    qint64 m_threadId = 0;
    qint64 m_discussionId = 0;
    QStackedWidget *m_pages;
    QLabel *m_nothing;
    QLabel *m_title;
    QTextBrowser *m_posts;
    QLabel *m_replyLabel;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QLabel *m_formHeading;
    QLabel *m_newTitleLabel;
    QLineEdit *m_newTitle;
    QLabel *m_newTextLabel;
    QPlainTextEdit *m_newText;
    QPushButton *m_post;
    QLabel *m_message;
    Autosaver *m_autosaver;
};

} // namespace etw
