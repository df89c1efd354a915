// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat_view.h"

#include "autosaver.h"
#include "button_keys.h"
#include "chat_model.h"
#include "session/chat.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// A message as a reader expects one: who and when on a line of its own, then the text,
// wrapped; one's own tinted, a waiting one in italics.
class MessageDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        painter->save();
        const QPalette &pal = opt.palette;
        if (opt.state & QStyle::State_Selected)
            painter->fillRect(opt.rect, pal.highlight());
        else if (index.data(ChatModel::MineRole).toBool())
            painter->fillRect(opt.rect, pal.alternateBase());
        const QColor ink = (opt.state & QStyle::State_Selected) ? pal.highlightedText().color()
                                                                : pal.text().color();
        const QRect inner = opt.rect.adjusted(margin, margin, -margin, -margin);
        QFont head = opt.font;
        head.setBold(true);
        painter->setFont(head);
        painter->setPen(ink);
        const QString author = index.data(ChatModel::AuthorRole).toString();
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop, author);
        const int authorWidth = QFontMetrics(head).horizontalAdvance(author);
        QFont small = opt.font;
        small.setItalic(index.data(ChatModel::WaitingRole).toBool());
        painter->setFont(small);
        QColor dim = ink;
        dim.setAlphaF(0.65f);
        painter->setPen(dim);
        painter->drawText(inner.adjusted(authorWidth + margin * 2, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignTop, index.data(ChatModel::TimeRole).toString());
        QFont body = opt.font;
        body.setItalic(index.data(ChatModel::WaitingRole).toBool());
        painter->setFont(body);
        painter->setPen(ink);
        const int headHeight = QFontMetrics(head).height();
        painter->drawText(inner.adjusted(0, headHeight + gap, 0, 0),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          index.data(ChatModel::TextRole).toString());
        if (opt.state & QStyle::State_HasFocus) {
            QPen focus(ink);
            focus.setStyle(Qt::DotLine);
            painter->setPen(focus);
            painter->drawRect(opt.rect.adjusted(0, 0, -1, -1));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont head = option.font;
        head.setBold(true);
        const int width =
            std::max(120, option.rect.width() > 0 ? option.rect.width() : option.widget->width()) -
            2 * margin - 24;
        const QRect text = QFontMetrics(option.font)
                               .boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                             index.data(ChatModel::TextRole).toString());
        return {width, QFontMetrics(head).height() + gap + text.height() + 2 * margin};
    }

private:
    static constexpr int margin = 6;
    static constexpr int gap = 2;
};
} // namespace

ChatView::ChatView(Chat *chat, QWidget *parent)
    : QWidget(parent)
    , m_chat(chat)
    , m_model(new ChatModel(chat, this))
    , m_status(new QLabel(this))
    , m_older(new QPushButton(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_inputLabel(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_autosaver(new Autosaver([this] { keepTypedNow(); }, this))
{
    setObjectName(u"chatView"_s);
    m_status->setObjectName(u"chatStatus"_s);
    m_status->setWordWrap(true);
    m_older->setObjectName(u"chatOlder"_s);
    giveKeys(m_older, QKeySequence(Qt::CTRL | Qt::Key_Home));
    m_list->setObjectName(u"chatMessages"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new MessageDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(false);
    m_empty->setObjectName(u"chatEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_input->setObjectName(u"chatInput"_s);
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);
    m_input->installEventFilter(this);
    m_inputLabel->setBuddy(m_input);
    m_send->setObjectName(u"chatSend"_s);
    giveKeys(m_send, QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_error->setObjectName(u"chatError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_autosaver->watch(m_input);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_older);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_input, 1);
    bottom->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_inputLabel);
    layout->addLayout(bottom);
    layout->addWidget(m_error);

    connect(m_send, &QPushButton::clicked, this, &ChatView::send);
    connect(m_older, &QPushButton::clicked, this, &ChatView::loadOlder);
    // Going up to the top of what is loaded brings the page before it.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_list->verticalScrollBar()->minimum() && m_model->olderLeft() &&
            m_list->verticalScrollBar()->maximum() > 0)
            loadOlder();
    });
    connect(m_chat, &Chat::changed, this, &ChatView::refresh);
    connect(m_chat, &Chat::liveStateChanged, this, &ChatView::updateStatus);
    retranslateUi();
    setProject(0, true);
}

void ChatView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChatView::showEvent(QShowEvent *event)
{
    m_chat->setRoomShown(true);
    QWidget::showEvent(event);
}

void ChatView::hideEvent(QHideEvent *event)
{
    keepTypedNow();
    m_chat->setRoomShown(false);
    QWidget::hideEvent(event);
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter sends, as in every chat; Shift+Enter starts a new line.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatView::retranslateUi()
{
    m_older->setText(tr("Show ol&der messages"));
    m_older->setToolTip(withKeys(m_older, tr("Load the messages written before these")));
    m_list->setAccessibleName(tr("Messages"));
    m_inputLabel->setText(tr("&Message (Enter sends, Shift+Enter starts a new line):"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Write to the partner classes…"));
    m_send->setText(tr("&Send"));
    m_send->setToolTip(withKeys(m_send, tr("Send the message")));
    m_send->setAccessibleName(tr("Send"));
    m_older->setAccessibleName(tr("Show older messages"));
    m_status->setAccessibleName(tr("Chat connection"));
    m_error->setAccessibleName(tr("Problem"));
    m_empty->setText(
        tr("No messages yet. Say hello to the partner classes: type below and press Enter. "
           "Messages written offline wait here and leave when the connection returns."));
    updateStatus();
}

void ChatView::setProject(qint64 projectId, bool readOnly)
{
    if (projectId == m_projectId && readOnly == m_readOnly && projectId != 0) {
        refresh(); // the same room: the reader keeps their place
        return;
    }
    if (projectId != m_projectId)
        keepTypedNow();
    m_projectId = projectId;
    m_readOnly = readOnly;
    m_model->setProject(projectId);
    m_autosaver->setPaused(true);
    m_input->setPlainText(projectId ? m_chat->typed(projectId) : QString());
    m_autosaver->setPaused(false);
    m_input->setReadOnly(readOnly);
    m_send->setEnabled(!readOnly && projectId != 0);
    m_error->hide();
    m_list->scrollToBottom();
    updateStatus();
}

void ChatView::keepTypedNow()
{
    if (m_projectId != 0 && !m_readOnly)
        m_chat->keepTyped(m_projectId, m_input->toPlainText());
}

bool ChatView::send()
{
    if (m_readOnly || m_projectId == 0)
        return false;
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty())
        return false; // nothing to send: no error for an Enter on an empty line
    const auto sent = m_chat->send(m_projectId, text);
    if (!sent) {
        QStringList why;
        for (const FieldError &e : sent.error().fields)
            why.append(e.message);
        m_error->setText(why.isEmpty() ? sent.error().message : why.join(u' '));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_autosaver->setPaused(true);
    m_input->clear();
    m_autosaver->setPaused(false);
    m_list->scrollToBottom();
    return true;
}

void ChatView::refresh()
{
    const bool follow = atBottom();
    m_model->refresh();
    if (follow)
        m_list->scrollToBottom();
    updateStatus();
}

bool ChatView::atBottom() const
{
    const QScrollBar *bar = m_list->verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void ChatView::loadOlder()
{
    // The reader stays on the message they were reading.
    const QModelIndex first = m_list->indexAt(QPoint(4, 4));
    const qint64 firstId = first.data(ChatModel::IdRole).toLongLong();
    if (m_model->loadOlder() == 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row).data(ChatModel::IdRole).toLongLong() == firstId) {
            m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
            break;
        }
    updateStatus();
}

QString ChatView::status() const
{
    return m_status->text();
}

QString ChatView::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChatView::updateStatus()
{
    const bool empty = m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_older->setVisible(m_model->olderLeft());
    QString line;
    if (m_readOnly && m_projectId != 0) {
        line = m_assessing ? tr("You read this TwinSpace to assess a label application: its "
                                "chat can be read, not written to.")
                           : tr("This project is closed: its chat can be read, not written to.");
    } else {
        switch (m_chat->liveState()) {
        case LiveChannel::State::Live:
            line = tr("Live: messages arrive as they are sent.");
            break;
        case LiveChannel::State::Connecting:
            line = tr("Connecting to the live chat… Messages you write wait here until then.");
            break;
        case LiveChannel::State::Unavailable:
            line = tr("No live connection at the moment (the server is out of reach, or the "
                      "network refuses it): new messages are checked every %n second(s) while "
                      "the chat is open, and yours leave as soon as the server answers.",
                      nullptr, Chat::pollMs / 1000);
            break;
        case LiveChannel::State::Off:
            line = tr("Not connected: messages you write wait here and leave once you are "
                      "signed in again.");
            break;
        }
    }
    if (const int waiting = m_model->waitingCount())
        line += u' ' + tr("%n message(s) waiting to be sent.", nullptr, waiting);
    m_status->setText(line);
}

} // namespace etw
