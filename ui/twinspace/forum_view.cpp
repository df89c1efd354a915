// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/forum_view.h"

#include "autosaver.h"
#include "session/forum.h"
#include "twinspace/forum_tree_model.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// Plain text as HTML: escaped, line breaks kept, web and mail addresses made links.
QString textAsHtml(const QString &text)
{
    static const QRegularExpression address(
        uR"((https?://[^\s<>"]+[^\s<>".,;:!?)\]]|mailto:[^\s<>"]+[^\s<>".,;:!?)\]]))"_s);
    QString html = text.toHtmlEscaped();
    html.replace(address, u"<a href=\"\\1\">\\1</a>"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}
// What is wrong, field by field in the form's order (the title first), else the error.
QString problem(const Error &error)
{
    if (error.fields.isEmpty())
        return error.message;
    QStringList out;
    for (const QString &field :
         {u"title"_s, u"description"_s, u"text"_s, u"threadId"_s, u"discussionId"_s})
        if (error.fields.contains(field))
            out.append(error.fields.value(field).message);
    for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it)
        if (!out.contains(it->message))
            out.append(it->message);
    return out.join(u' ');
}
} // namespace

ForumView::ForumView(Forum *forum, QWidget *parent)
    : QWidget(parent)
    , m_forum(forum)
    , m_pages(new QStackedWidget(this))
    , m_nothing(new QLabel(this))
    , m_title(new QLabel(this))
    , m_posts(new QTextBrowser(this))
    , m_replyLabel(new QLabel(this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_formHeading(new QLabel(this))
    , m_newTitleLabel(new QLabel(this))
    , m_newTitle(new QLineEdit(this))
    , m_newTextLabel(new QLabel(this))
    , m_newText(new QPlainTextEdit(this))
    , m_post(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_autosaver(new Autosaver([this] { keepTyped(); }, this))
{
    setObjectName(u"forumView"_s);
    m_nothing->setObjectName(u"noThread"_s);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    m_title->setObjectName(u"threadTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_title->setFont(heading);
    m_formHeading->setFont(heading);
    m_formHeading->setObjectName(u"forumFormHeading"_s);
    m_formHeading->setTextFormat(Qt::PlainText); // a discussion's title, as typed
    m_formHeading->setWordWrap(true);
    m_posts->setObjectName(u"threadPosts"_s);
    m_posts->setOpenExternalLinks(true);
    m_reply->setObjectName(u"replyText"_s);
    m_reply->setTabChangesFocus(true);
    m_replyLabel->setBuddy(m_reply);
    m_send->setObjectName(u"postReply"_s);
    m_newTitle->setObjectName(u"newForumTitle"_s);
    m_newText->setObjectName(u"newForumText"_s);
    m_newText->setTabChangesFocus(true);
    m_newTitleLabel->setBuddy(m_newTitle);
    m_newTextLabel->setBuddy(m_newText);
    m_post->setObjectName(u"postForumItem"_s);
    m_message->setObjectName(u"forumMessage"_s);
    m_message->setWordWrap(true);

    auto *threadPage = new QWidget(this);
    auto *threadLayout = new QVBoxLayout(threadPage);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    threadLayout->addWidget(m_title);
    threadLayout->addWidget(m_posts, 3);
    threadLayout->addWidget(m_replyLabel);
    threadLayout->addWidget(m_reply, 1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch(1);
    sendRow->addWidget(m_send);
    threadLayout->addLayout(sendRow);

    auto *formPage = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(m_newTitleLabel, m_newTitle);
    form->addRow(m_newTextLabel, m_newText);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formHeading);
    formLayout->addLayout(form, 1);
    auto *postRow = new QHBoxLayout;
    postRow->addStretch(1);
    postRow->addWidget(m_post);
    formLayout->addLayout(postRow);

    m_pages->addWidget(m_nothing);
    m_pages->addWidget(threadPage);
    m_pages->addWidget(formPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);

    // Ctrl+Return posts what is being written, as it publishes a page.
    for (QWidget *w : {static_cast<QWidget *>(m_reply), static_cast<QWidget *>(formPage)}) {
        auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), w);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, w] {
            if (w == m_reply)
                postReply();
            else if (m_mode == Mode::NewThread)
                postThread();
            else
                createDiscussion();
        });
    }
    connect(m_send, &QPushButton::clicked, this, &ForumView::postReply);
    connect(m_post, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::NewThread)
            postThread();
        else
            createDiscussion();
    });
    m_autosaver->watch(m_reply);
    m_autosaver->watch(m_newTitle);
    m_autosaver->watch(m_newText);
    retranslateUi();
    setMode(Mode::Nothing);
}

void ForumView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ForumView::retranslateUi()
{
    m_nothing->setText(m_readOnly ? tr("Choose a thread on the left to read it. This project is "
                                       "closed: its forum is read-only.")
                                  : tr("Choose a thread on the left to read it, or start one "
                                       "with “New thread” (%1).")
                                        .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)
                                                 .toString(QKeySequence::NativeText)));
    m_replyLabel->setText(tr("&Your reply:"));
    m_reply->setAccessibleName(tr("Your reply"));
    m_reply->setPlaceholderText(tr("Write to your partners; it is kept on this computer as you "
                                   "type, and leaves when you post it."));
    const QString keys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    m_send->setText(tr("Po&st reply"));
    m_send->setToolTip(tr("Post your reply (%1)").arg(keys));
    m_posts->setAccessibleName(tr("Thread and replies"));
    m_newTitleLabel->setText(tr("&Title:"));
    m_newTitle->setAccessibleName(tr("Title"));
    const bool thread = m_mode == Mode::NewThread;
    // Where the thread goes: the discussion may have been chosen for the teacher (a member's
    // "Write in the forum"), and its row in the tree is not always in sight.
    QString discussion;
    if (thread && m_projectId)
        for (const auto &d : m_forum->discussions(m_projectId))
            if (d.discussion.id == m_discussionId)
                discussion = d.discussion.title;
    m_formHeading->setText(!thread                ? tr("New discussion")
                           : discussion.isEmpty() ? tr("New thread")
                                                  : tr("New thread in “%1”").arg(discussion));
    m_newTextLabel->setText(thread ? tr("T&ext:") : tr("Descr&iption:"));
    m_newText->setAccessibleName(thread ? tr("Text") : tr("Description"));
    m_post->setText(thread ? tr("Po&st thread") : tr("C&reate discussion"));
    m_post->setToolTip(
        (thread ? tr("Post the thread (%1)") : tr("Create the discussion (%1)")).arg(keys));
}

void ForumView::setProject(qint64 projectId, bool readOnly)
{
    const bool sameProject = projectId == m_projectId;
    if (!sameProject)
        keepTypedNow();
    m_projectId = projectId;
    m_readOnly = readOnly;
    m_reply->setReadOnly(readOnly);
    m_send->setEnabled(!readOnly);
    retranslateUi();
    // The same project read again (a sync brought something) leaves the form being typed in
    // open, with its focus; another project, or one closed meanwhile, does not.
    const bool form = m_mode == Mode::NewThread || m_mode == Mode::NewDiscussion;
    if (m_mode == Mode::Thread && !m_forum->thread(projectId, m_threadId))
        showNothing();
    else if (m_mode == Mode::Nothing || (form && (!sameProject || readOnly)))
        showNothing();
}

void ForumView::setMode(Mode mode)
{
    m_mode = mode;
    m_pages->setCurrentIndex(mode == Mode::Nothing ? 0 : mode == Mode::Thread ? 1 : 2);
    retranslateUi();
}

void ForumView::showNothing()
{
    keepTypedNow();
    m_threadId = 0;
    setMode(Mode::Nothing);
}

void ForumView::showThread(qint64 threadId)
{
    keepTypedNow();
    m_threadId = m_forum->currentId(forum_cache::Kind::Thread, threadId);
    setMode(Mode::Thread);
    restoreTyped();
    reload();
    say({});
    Q_EMIT threadRead();
}

void ForumView::startThread(qint64 discussionId, const QString &address)
{
    if (m_readOnly)
        return;
    keepTypedNow();
    m_discussionId = m_forum->currentId(forum_cache::Kind::Discussion, discussionId);
    m_threadId = 0;
    setMode(Mode::NewThread);
    restoreTyped();
    addressTitle(address);
    m_newTitle->setFocus();
    say({});
}

void ForumView::startDiscussion(const QString &address)
{
    if (m_readOnly)
        return;
    keepTypedNow();
    m_threadId = 0;
    setMode(Mode::NewDiscussion);
    restoreTyped();
    addressTitle(address);
    m_newTitle->setFocus();
    say({});
}

void ForumView::addressTitle(const QString &address)
{
    if (address.isEmpty())
        return;
    // Put before a title typed earlier, never over it; and not kept as typed until the teacher
    // types: a form left as it was opened leaves no draft behind.
    if (!m_newTitle->text().startsWith(address)) {
        m_autosaver->setPaused(true);
        m_newTitle->setText(address + m_newTitle->text());
        m_autosaver->setPaused(false);
    }
    m_newTitle->setCursorPosition(int(m_newTitle->text().size()));
}

void ForumView::reload()
{
    if (m_mode != Mode::Thread)
        return;
    m_threadId = m_forum->currentId(forum_cache::Kind::Thread, m_threadId);
    const auto thread = m_forum->thread(m_projectId, m_threadId);
    if (!thread) {
        // Deleted meanwhile (here or by its author): what was typed in it stays kept.
        showNothing();
        say(tr("This thread is no longer in the forum."), true);
        return;
    }
    m_title->setText(thread->thread.title);
    const QLocale locale;
    // -> QString: a QStringBuilder returned would outlive the strings it refers to.
    auto header = [&](qint64 authorId, const QString &name, qint64 at, bool waiting) -> QString {
        const QString who = authorId == 0 || authorId == m_forum->me()
                                ? tr("You")
                                : (name.isEmpty() ? tr("A partner") : name);
        QString line = u"<b>%1</b> · %2"_s.arg(
            who.toHtmlEscaped(),
            locale.toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat)
                .toHtmlEscaped());
        if (waiting)
            line += u" · <i>%1</i>"_s.arg(tr("waiting to be sent").toHtmlEscaped());
        return u"<p>"_s + line + u"</p>"_s;
    };
    QString html = header(thread->thread.authorId, thread->thread.authorName,
                          thread->thread.createdAt, thread->waiting) +
                   u"<p>"_s + textAsHtml(thread->thread.text) + u"</p>"_s;
    const auto posts = m_forum->posts(m_projectId, m_threadId);
    for (const forum_cache::Post &p : posts)
        html += u"<hr>"_s +
                header(p.post.authorId, p.post.authorName, p.post.createdAt, p.waiting) + u"<p>"_s +
                textAsHtml(p.post.text) + u"</p>"_s;
    if (posts.isEmpty())
        html += u"<hr><p><i>%1</i></p>"_s.arg(
            (m_readOnly ? tr("No replies.") : tr("No replies yet: be the first to answer below."))
                .toHtmlEscaped());
    m_posts->setHtml(html);
    m_forum->markRead(m_threadId);
}

QString ForumView::typedKey() const
{
    switch (m_mode) {
    case Mode::Thread:
        return forum_cache::replyKey(m_threadId);
    case Mode::NewThread:
        return forum_cache::newThreadKey(m_discussionId);
    case Mode::NewDiscussion:
        return u"forum_new_discussion:"_s + QString::number(m_projectId);
    case Mode::Nothing:
        break;
    }
    return {};
}

void ForumView::keepTyped()
{
    const QString key = typedKey();
    if (key.isEmpty() || m_readOnly)
        return;
    // Nothing typed (or what was typed just posted): nothing to keep.
    if (m_mode == Mode::Thread) {
        if (m_reply->toPlainText().isEmpty())
            m_forum->forgetTyped(key);
        else
            m_forum->keepTyped(key, {{u"text"_s, m_reply->toPlainText()}});
    } else if (m_newTitle->text().isEmpty() && m_newText->toPlainText().isEmpty()) {
        m_forum->forgetTyped(key);
    } else {
        m_forum->keepTyped(
            key, {{u"title"_s, m_newTitle->text()}, {u"text"_s, m_newText->toPlainText()}});
    }
}

void ForumView::keepTypedNow()
{
    m_autosaver->flush();
}

void ForumView::restoreTyped()
{
    m_autosaver->setPaused(true);
    const auto typed = m_forum->typed(typedKey());
    const QJsonObject kept = typed.value_or(QJsonObject());
    if (m_mode == Mode::Thread) {
        m_reply->setPlainText(kept.value(u"text"_s).toString());
    } else {
        m_newTitle->setText(kept.value(u"title"_s).toString());
        m_newText->setPlainText(kept.value(u"text"_s).toString());
    }
    m_autosaver->setPaused(false);
}

bool ForumView::postReply()
{
    if (m_mode != Mode::Thread || m_readOnly)
        return false;
    keepTypedNow();
    const auto r = m_forum->reply(m_projectId, m_threadId, m_reply->toPlainText());
    if (!r) {
        say(problem(r.error()), true);
        return false;
    }
    m_autosaver->setPaused(true);
    m_reply->clear();
    m_autosaver->setPaused(false);
    reload();
    say(tr("Your reply is posted; it leaves with the next sync."));
    return true;
}

bool ForumView::postThread()
{
    if (m_mode != Mode::NewThread || m_readOnly)
        return false;
    keepTypedNow();
    const auto r = m_forum->createThread(m_projectId, m_discussionId, m_newTitle->text(),
                                         m_newText->toPlainText());
    if (!r) {
        say(problem(r.error()), true);
        return false;
    }
    clearForm();
    Q_EMIT created(ForumTreeModel::Thread, r.value());
    showThread(r.value());
    say(tr("Your thread is posted; it leaves with the next sync."));
    return true;
}

bool ForumView::createDiscussion()
{
    if (m_mode != Mode::NewDiscussion || m_readOnly)
        return false;
    keepTypedNow();
    const auto r =
        m_forum->createDiscussion(m_projectId, m_newTitle->text(), m_newText->toPlainText());
    if (!r) {
        say(problem(r.error()), true);
        return false;
    }
    // Created: the form's kept text is in the queued discussion now.
    clearForm();
    m_forum->forgetTyped(typedKey());
    Q_EMIT created(ForumTreeModel::Discussion, r.value());
    startThread(r.value());
    say(tr("The discussion is created: start its first thread."));
    return true;
}

void ForumView::clearForm()
{
    // Posted: leaving the form (a focus lost) must not keep its text again.
    m_autosaver->setPaused(true);
    m_newTitle->clear();
    m_newText->clear();
    m_autosaver->setPaused(false);
}

void ForumView::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

QString ForumView::message() const
{
    return m_message->text();
}

} // namespace etw
