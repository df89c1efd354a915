// SPDX-License-Identifier: GPL-3.0-or-later
// The forum beside its tree: a thread with its replies and the reply being typed, or the form
// of a new thread or discussion. What is typed is kept as typed until it is posted. One's own
// thread and replies are changed and deleted from the thread (a founder deletes anyone's):
// "Edit" and "Delete" links under each, reached with Tab like the thread's other links.
#pragma once

#include "store/forum_cache.h"

#include <QUrl>
#include <QWidget>

#include <optional>

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
    // Read only because the account assesses the project's label application (said so).
    void setAssessing(bool assessing);
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

    // The open thread's opening text (Kind::Thread, with its title) or one of its replies,
    // this account's own, in the editor below the thread instead of the reply, as it stands
    // (or as it was being changed, when that was kept). False when it is not one's own.
    bool startEdit(forum_cache::Kind kind, qint64 id);
    bool saveEdit();
    void cancelEdit();
    bool isEditing() const { return m_editing.has_value(); }
    // Asks first (a QMessageBox named "forumDeleteQuestion"), then deletes: the thread with its
    // replies, or one reply. Own writing, or anyone's for a founder.
    void askToDelete(forum_cache::Kind kind, qint64 id);
    // The thread's links that do so, as it shows them.
    static QUrl editLink(forum_cache::Kind kind, qint64 id);
    static QUrl deleteLink(forum_cache::Kind kind, qint64 id);

    qint64 threadId() const { return m_threadId; }
    QTextBrowser *posts() const { return m_posts; }
    QPlainTextEdit *replyEdit() const { return m_reply; }
    QLineEdit *newTitle() const { return m_newTitle; }
    QPlainTextEdit *newText() const { return m_newText; }
    QLineEdit *editTitle() const { return m_editTitle; }
    QPlainTextEdit *editText() const { return m_editText; }
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
    struct Editing
    {
        forum_cache::Kind kind;
        qint64 id;
    };
    void retranslateUi();
    void keepTyped();
    void restoreTyped();
    void clearForm();
    QString typedKey() const;
    void say(const QString &text, bool error = false);
    void setMode(Mode mode);
    void addressTitle(const QString &address);
    void followLink(const QUrl &url);
    // What one may do to an item written by `authorId` (0: written here, not sent yet).
    bool mayEdit(qint64 authorId) const;
    bool mayDelete(qint64 authorId) const;
    // The thread's opening text or a reply as it stands here, when it is in the open thread.
    struct Item
    {
        QString title, text;
        qint64 authorId = 0;
        qint64 createdAt = 0;
        int replies = 0;
    };
    std::optional<Item> itemHere(forum_cache::Kind kind, qint64 id) const;
    void stopEditing(bool forget);
    void resumeEdit();
    void deleteNow(forum_cache::Kind kind, qint64 id);

    Forum *m_forum;
    qint64 m_projectId = 0;
    bool m_readOnly = false;
    bool m_assessing = false;       // read only for an assessor, not because the project closed
    bool m_deletesAnything = false; // an active founder of the project
    Mode m_mode = Mode::Nothing;
    qint64 m_threadId = 0;
    qint64 m_discussionId = 0;
    std::optional<Editing> m_editing;
    QStackedWidget *m_pages;
    QLabel *m_nothing;
    QLabel *m_title;
    QTextBrowser *m_posts;
    QWidget *m_replyBox;
    QLabel *m_replyLabel;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QWidget *m_editBox;
    QLabel *m_editHeading;
    QLabel *m_editTitleLabel;
    QLineEdit *m_editTitle;
    QPlainTextEdit *m_editText;
    QPushButton *m_saveEdit;
    QPushButton *m_cancelEdit;
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
