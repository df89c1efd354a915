// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/forum_view.h"

#include "autosaver.h"
#include "session/forum.h"
#include "twinspace/forum_tree_model.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBlock>
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

// The thread's own links: etw-forum:<edit|delete>/<thread|post>/<id>.
const QString linkScheme = QStringLiteral("etw-forum");
QUrl actionLink(const QString &action, forum_cache::Kind kind, qint64 id)
{
    QUrl url;
    url.setScheme(linkScheme);
    url.setPath(
        u"%1/%2/%3"_s.arg(action, kind == forum_cache::Kind::Thread ? u"thread"_s : u"post"_s)
            .arg(id));
    return url;
}

// Selects the link to `href` in the browser, as Tab would have (after the thread was read
// again, a keyboard user stays on the link they were on).
bool selectLink(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && f.charFormat().anchorHref() == href) {
                QTextCursor c(browser->document());
                c.setPosition(f.position());
                c.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
                browser->setTextCursor(c);
                return true;
            }
        }
    return false;
}
// The link the browser's selection is on (where Tab took it), if any.
QString selectedLink(const QTextBrowser *browser)
{
    const QTextCursor c = browser->textCursor();
    if (!c.hasSelection())
        return {};
    QTextCursor inside(browser->document());
    inside.setPosition(c.selectionStart() + 1);
    return inside.charFormat().anchorHref();
}
} // namespace

ForumView::ForumView(Forum *forum, QWidget *parent)
    : QWidget(parent)
    , m_forum(forum)
    , m_pages(new QStackedWidget(this))
    , m_nothing(new QLabel(this))
    , m_title(new QLabel(this))
    , m_posts(new QTextBrowser(this))
    , m_replyBox(new QWidget(this))
    , m_replyLabel(new QLabel(this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_editBox(new QWidget(this))
    , m_editHeading(new QLabel(this))
    , m_editTitleLabel(new QLabel(this))
    , m_editTitle(new QLineEdit(this))
    , m_editText(new QPlainTextEdit(this))
    , m_saveEdit(new QPushButton(this))
    , m_cancelEdit(new QPushButton(this))
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
    // Its own links (edit, delete) are followed here; web and mail ones by the system.
    m_posts->setOpenLinks(false);
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
    m_editBox->setObjectName(u"forumEdit"_s);
    m_editHeading->setObjectName(u"forumEditHeading"_s);
    m_editHeading->setWordWrap(true);
    m_editHeading->setBuddy(m_editText);
    m_editTitle->setObjectName(u"forumEditTitle"_s);
    m_editTitleLabel->setBuddy(m_editTitle);
    m_editText->setObjectName(u"forumEditText"_s);
    m_editText->setTabChangesFocus(true);
    m_saveEdit->setObjectName(u"saveForumEdit"_s);
    m_cancelEdit->setObjectName(u"cancelForumEdit"_s);
    m_message->setObjectName(u"forumMessage"_s);
    m_message->setWordWrap(true);

    auto *threadPage = new QWidget(this);
    auto *threadLayout = new QVBoxLayout(threadPage);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    threadLayout->addWidget(m_title);
    threadLayout->addWidget(m_posts, 3);
    auto *replyLayout = new QVBoxLayout(m_replyBox);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_replyLabel);
    replyLayout->addWidget(m_reply, 1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch(1);
    sendRow->addWidget(m_send);
    replyLayout->addLayout(sendRow);
    threadLayout->addWidget(m_replyBox, 1);
    // A change to one's own writing takes the reply's place while it is made.
    auto *editLayout = new QVBoxLayout(m_editBox);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *editTitleRow = new QHBoxLayout;
    editTitleRow->addWidget(m_editTitleLabel);
    editTitleRow->addWidget(m_editTitle, 1);
    editLayout->addWidget(m_editHeading);
    editLayout->addLayout(editTitleRow);
    editLayout->addWidget(m_editText, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_cancelEdit);
    saveRow->addWidget(m_saveEdit);
    editLayout->addLayout(saveRow);
    threadLayout->addWidget(m_editBox, 1);
    m_editBox->hide();

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
    // While a change is typed: Ctrl+Return saves it, Escape leaves it as it was.
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editBox);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &ForumView::saveEdit);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), m_editBox);
    cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelKey, &QShortcut::activated, this, &ForumView::cancelEdit);
    connect(m_saveEdit, &QPushButton::clicked, this, &ForumView::saveEdit);
    connect(m_cancelEdit, &QPushButton::clicked, this, &ForumView::cancelEdit);
    connect(m_posts, &QTextBrowser::anchorClicked, this, &ForumView::followLink);
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
    m_autosaver->watch(m_editTitle);
    m_autosaver->watch(m_editText);
    retranslateUi();
    setMode(Mode::Nothing);
}

void ForumView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ForumView::setAssessing(bool assessing)
{
    m_assessing = assessing;
    retranslateUi();
}

void ForumView::retranslateUi()
{
    m_nothing->setText(m_readOnly && m_assessing
                           ? tr("Choose a thread on the left to read it. You read this TwinSpace "
                                "to assess a label application: its forum is read-only.")
                       : m_readOnly ? tr("Choose a thread on the left to read it. This project is "
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
    m_posts->setAccessibleDescription(
        tr("Tab and Shift+Tab go from link to link, “Edit” and “Delete” under your own writing "
           "among them; Enter follows the link."));
    const QString escape = QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText);
    m_editTitleLabel->setText(tr("T&itle:"));
    m_editTitle->setAccessibleName(tr("Title of your thread"));
    m_editText->setAccessibleName(tr("Your text, being changed"));
    m_saveEdit->setText(tr("Sa&ve change"));
    m_saveEdit->setToolTip(tr("Save your change (%1)").arg(keys));
    m_saveEdit->setAccessibleDescription(m_saveEdit->toolTip());
    m_cancelEdit->setText(tr("Cancel"));
    m_cancelEdit->setToolTip(tr("Leave it as it was (%1)").arg(escape));
    m_cancelEdit->setAccessibleDescription(m_cancelEdit->toolTip());
    if (m_editing) {
        const auto item = itemHere(m_editing->kind, m_editing->id);
        m_editHeading->setText(m_editing->kind == forum_cache::Kind::Thread
                                   ? tr("&Change your thread:")
                                   : tr("&Change your reply of %1:")
                                         .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                                                     item ? item->createdAt : 0),
                                                                 QLocale::ShortFormat)));
    }
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
    m_deletesAnything = !readOnly && m_forum->deletesAnything(projectId);
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
    if (mode != Mode::Thread)
        stopEditing(false); // what was typed stays kept, for when the thread opens again
    m_mode = mode;
    m_pages->setCurrentIndex(mode == Mode::Nothing ? 0 : mode == Mode::Thread ? 1 : 2);
    retranslateUi();
}

void ForumView::showNothing()
{
    keepTypedNow();
    stopEditing(false);
    m_threadId = 0;
    setMode(Mode::Nothing);
}

void ForumView::showThread(qint64 threadId)
{
    keepTypedNow();
    stopEditing(false); // another thread's change stays kept for when it opens again
    m_threadId = m_forum->currentId(forum_cache::Kind::Thread, threadId);
    setMode(Mode::Thread);
    restoreTyped();
    reload();
    say({});
    resumeEdit();
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
    const qint64 shownBefore = m_threadId;
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
    auto header = [&](forum_cache::Kind kind, qint64 id, qint64 authorId, const QString &name,
                      qint64 at, bool waiting) -> QString {
        const QString who = authorId == 0 || authorId == m_forum->me()
                                ? tr("You")
                                : (name.isEmpty() ? tr("A partner") : name);
        QString line = u"<b>%1</b> · %2"_s.arg(
            who.toHtmlEscaped(),
            locale.toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat)
                .toHtmlEscaped());
        if (waiting)
            line += u" · <i>%1</i>"_s.arg(tr("waiting to be sent").toHtmlEscaped());
        if (m_editing && m_editing->kind == kind && m_forum->currentId(kind, m_editing->id) == id)
            line += u" · <i>%1</i>"_s.arg(tr("being changed below").toHtmlEscaped());
        // What one may do with it, as links: Tab reaches them like the text's own links.
        QStringList actions;
        if (mayEdit(authorId))
            actions.append(u"<a href=\"%1\">%2</a>"_s.arg(editLink(kind, id).toString(),
                                                          tr("Edit").toHtmlEscaped()));
        if (mayDelete(authorId))
            actions.append(u"<a href=\"%1\">%2</a>"_s.arg(deleteLink(kind, id).toString(),
                                                          tr("Delete").toHtmlEscaped()));
        if (!actions.isEmpty())
            line += u" · "_s + actions.join(u" · "_s);
        return u"<p>"_s + line + u"</p>"_s;
    };
    QString html = header(forum_cache::Kind::Thread, thread->thread.id, thread->thread.authorId,
                          thread->thread.authorName, thread->thread.createdAt, thread->waiting) +
                   u"<p>"_s + textAsHtml(thread->thread.text) + u"</p>"_s;
    const auto posts = m_forum->posts(m_projectId, m_threadId);
    for (const forum_cache::Post &p : posts)
        html += u"<hr>"_s +
                header(forum_cache::Kind::Post, p.post.id, p.post.authorId, p.post.authorName,
                       p.post.createdAt, p.waiting) +
                u"<p>"_s + textAsHtml(p.post.text) + u"</p>"_s;
    if (posts.isEmpty())
        html += u"<hr><p><i>%1</i></p>"_s.arg(
            (m_readOnly ? tr("No replies.") : tr("No replies yet: be the first to answer below."))
                .toHtmlEscaped());
    // Read again while someone reads it (a sync brought a reply): the same place, and the
    // same link for someone going through them with Tab.
    const bool sameThread = shownBefore == m_threadId;
    const int scrolled = m_posts->verticalScrollBar()->value();
    const QString onLink = sameThread ? selectedLink(m_posts) : QString();
    m_posts->setHtml(html);
    if (!onLink.isEmpty())
        selectLink(m_posts, onLink);
    if (sameThread)
        m_posts->verticalScrollBar()->setValue(scrolled);
    m_forum->markRead(m_threadId);
}

QUrl ForumView::editLink(forum_cache::Kind kind, qint64 id)
{
    return actionLink(u"edit"_s, kind, id);
}

QUrl ForumView::deleteLink(forum_cache::Kind kind, qint64 id)
{
    return actionLink(u"delete"_s, kind, id);
}

void ForumView::followLink(const QUrl &url)
{
    if (url.scheme() != linkScheme) {
        QDesktopServices::openUrl(url); // a web or mail address in a text
        return;
    }
    const QStringList parts = url.path().split(u'/');
    bool ok = false;
    const qint64 id = parts.value(2).toLongLong(&ok);
    if (parts.size() != 3 || !ok)
        return;
    const auto kind = parts[1] == u"thread" ? forum_cache::Kind::Thread : forum_cache::Kind::Post;
    if (parts[0] == u"edit")
        startEdit(kind, id);
    else if (parts[0] == u"delete")
        askToDelete(kind, id);
}

bool ForumView::mayEdit(qint64 authorId) const
{
    return !m_readOnly && (authorId == 0 || authorId == m_forum->me());
}

bool ForumView::mayDelete(qint64 authorId) const
{
    return mayEdit(authorId) || m_deletesAnything;
}

std::optional<ForumView::Item> ForumView::itemHere(forum_cache::Kind kind, qint64 id) const
{
    if (m_mode != Mode::Thread)
        return std::nullopt;
    id = m_forum->currentId(kind, id);
    if (kind == forum_cache::Kind::Thread) {
        if (id != m_threadId)
            return std::nullopt;
        const auto t = m_forum->thread(m_projectId, m_threadId);
        if (!t)
            return std::nullopt;
        return Item{t->thread.title, t->thread.text, t->thread.authorId, t->thread.createdAt,
                    t->replies};
    }
    for (const forum_cache::Post &p : m_forum->posts(m_projectId, m_threadId))
        if (p.post.id == id)
            return Item{{}, p.post.text, p.post.authorId, p.post.createdAt, 0};
    return std::nullopt;
}

bool ForumView::startEdit(forum_cache::Kind kind, qint64 id)
{
    id = m_forum->currentId(kind, id);
    const auto item = itemHere(kind, id);
    if (!item || !mayEdit(item->authorId))
        return false;
    keepTypedNow(); // the reply being typed stays kept meanwhile
    // A change begun earlier and kept (the window closed, another thread opened) comes back.
    const QJsonObject kept =
        m_forum->typed(forum_cache::editKey(m_threadId)).value_or(QJsonObject());
    const bool resumed = kept.value(u"kind"_s).toString() == forum_cache::typeOf(kind) &&
                         m_forum->currentId(kind, kept.value(u"id"_s).toInteger()) == id;
    m_editing = Editing{kind, id};
    m_autosaver->setPaused(true);
    m_editTitle->setText(resumed ? kept.value(u"title"_s).toString() : item->title);
    m_editText->setPlainText(resumed ? kept.value(u"text"_s).toString() : item->text);
    m_autosaver->setPaused(false);
    const bool thread = kind == forum_cache::Kind::Thread;
    m_editTitleLabel->setVisible(thread);
    m_editTitle->setVisible(thread);
    m_replyBox->hide();
    m_editBox->show();
    retranslateUi();
    reload(); // marks what is being changed
    m_editText->setFocus();
    m_editText->moveCursor(QTextCursor::End);
    say(resumed ? tr("Your unfinished change is back: save it or cancel it.") : QString());
    return true;
}

void ForumView::stopEditing(bool forget)
{
    if (!m_editing)
        return;
    if (forget)
        m_forum->forgetTyped(forum_cache::editKey(m_threadId));
    else
        keepTypedNow();
    m_editing.reset();
    m_autosaver->setPaused(true);
    m_editTitle->clear();
    m_editText->clear();
    m_autosaver->setPaused(false);
    m_editBox->hide();
    m_replyBox->show();
}

bool ForumView::saveEdit()
{
    if (!m_editing || m_mode != Mode::Thread)
        return false;
    keepTypedNow();
    const Editing editing = *m_editing;
    QJsonObject fields{{u"text"_s, m_editText->toPlainText()}};
    if (editing.kind == forum_cache::Kind::Thread)
        fields.insert(u"title"_s, m_editTitle->text());
    const auto item = itemHere(editing.kind, editing.id);
    if (item && item->text == fields.value(u"text"_s).toString().trimmed() &&
        (editing.kind != forum_cache::Kind::Thread ||
         item->title == fields.value(u"title"_s).toString().trimmed())) {
        stopEditing(true);
        reload();
        m_posts->setFocus();
        say(tr("Nothing was changed."));
        return true;
    }
    const auto r = m_forum->edit(editing.kind, m_projectId, editing.id, fields);
    if (!r) {
        say(problem(r.error()), true); // the text stays in the editor, and kept
        return false;
    }
    stopEditing(true);
    reload();
    m_posts->setFocus();
    selectLink(m_posts,
               editLink(editing.kind, m_forum->currentId(editing.kind, editing.id)).toString());
    say(tr("Your change is saved; it leaves with the next sync."));
    return true;
}

void ForumView::cancelEdit()
{
    if (!m_editing)
        return;
    const Editing editing = *m_editing;
    stopEditing(true);
    reload();
    m_posts->setFocus();
    selectLink(m_posts,
               editLink(editing.kind, m_forum->currentId(editing.kind, editing.id)).toString());
    say(tr("Left as it was."));
}

void ForumView::askToDelete(forum_cache::Kind kind, qint64 id)
{
    id = m_forum->currentId(kind, id);
    const auto item = itemHere(kind, id);
    if (!item || !mayDelete(item->authorId))
        return;
    const bool mine = mayEdit(item->authorId);
    QString question;
    if (kind == forum_cache::Kind::Thread)
        question = (mine ? tr("Delete your thread “%1” (%n answer(s))?", nullptr, item->replies)
                         : tr("Delete the thread “%1” (%n answer(s))?", nullptr, item->replies))
                       .arg(item->title);
    else
        question = mine ? tr("Delete your reply?") : tr("Delete this reply by a partner?");
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete"), question, QMessageBox::NoButton, this);
    box->setObjectName(u"forumDeleteQuestion"_s);
    box->setInformativeText(
        tr("It goes for everyone in the project with the next sync, and cannot be brought back."));
    QAbstractButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmForumDelete"_s);
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    // Nothing is deleted by an Enter pressed out of habit.
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, kind, id] {
        if (box->clickedButton() == remove)
            deleteNow(kind, id);
        else
            m_posts->setFocus();
    });
    box->open();
}

void ForumView::deleteNow(forum_cache::Kind kind, qint64 id)
{
    // A change to what goes is of no use any more (a thread takes its replies along).
    if (m_editing && (kind == forum_cache::Kind::Thread ||
                      (m_editing->kind == kind && m_forum->currentId(kind, m_editing->id) == id)))
        stopEditing(true);
    const auto r = m_forum->remove(kind, m_projectId, id);
    if (!r) {
        say(problem(r.error()), true);
        return;
    }
    if (kind == forum_cache::Kind::Thread) {
        showNothing();
        say(tr("The thread is deleted; it goes for everyone with the next sync."));
        return;
    }
    reload();
    m_posts->setFocus();
    say(tr("Your reply is deleted; it goes for everyone with the next sync."));
}

QString ForumView::typedKey() const
{
    switch (m_mode) {
    case Mode::Thread:
        return forum_cache::replyKey(m_threadId);
    case Mode::NewThread: // by the server's id once it gave one, as the sync renamed it
        return forum_cache::newThreadKey(
            m_forum->currentId(forum_cache::Kind::Discussion, m_discussionId));
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
        if (m_editing)
            m_forum->keepTyped(forum_cache::editKey(m_threadId),
                               {{u"kind"_s, forum_cache::typeOf(m_editing->kind)},
                                {u"id"_s, m_editing->id},
                                {u"title"_s, m_editTitle->text()},
                                {u"text"_s, m_editText->toPlainText()}});
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

void ForumView::resumeEdit()
{
    // A change to this thread or one of its replies was being typed: it opens again as typed.
    const auto change = m_forum->typed(forum_cache::editKey(m_threadId));
    if (!change)
        return;
    if (const auto kind = forum_cache::kindOf(change->value(u"kind"_s).toString()))
        startEdit(*kind, change->value(u"id"_s).toInteger());
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
