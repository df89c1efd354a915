// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/page_editor.h"

#include "autosaver.h"
#include "domain/validation_messages.h"
#include "session/twin_space.h"
#include "transfers/transfer_controller.h"
#include "twinspace/material_text_edit.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

PageEditor::PageEditor(TwinSpace *twinSpace, QWidget *parent)
    : QWidget(parent)
    , m_twinSpace(twinSpace)
    , m_title(new QLineEdit(this))
    , m_toolbar(new QToolBar(this))
    , m_blockStyle(new QComboBox(this))
    , m_body(new MaterialTextEdit(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_publish(new QPushButton(this))
    , m_history(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_autosaver(new Autosaver([this] { keepTyped(); }, this))
{
    m_title->setObjectName(u"pageTitle"_s);
    m_body->setObjectName(u"pageBody"_s);
    m_body->setAcceptRichText(true);
    m_body->setTabChangesFocus(true); // Tab leaves the text for the next control
    m_publish->setObjectName(u"publishPage"_s);
    m_history->setObjectName(u"pageHistory"_s);
    m_discard->setObjectName(u"discardPage"_s);
    m_status->setObjectName(u"pageStatus"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"error_body"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_toolbar->addWidget(m_blockStyle);
    auto add = [this](const char *name, const QKeySequence &keys) {
        QAction *a = m_toolbar->addAction(QString());
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_bold = add("formatBold", QKeySequence::Bold);
    m_italic = add("formatItalic", QKeySequence::Italic);
    m_underline = add("formatUnderline", QKeySequence::Underline);
    m_toolbar->addSeparator();
    m_bullets = add("formatBullets", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_numbers = add("formatNumbers", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    m_toolbar->addSeparator();
    m_link = add("insertLink", QKeySequence(Qt::CTRL | Qt::Key_K));
    m_table = add("insertTable", QKeySequence());
    m_picture = add("insertPicture", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    for (QAction *a : {m_bold, m_italic, m_underline})
        a->setCheckable(true);
    m_blockStyle->setObjectName(u"blockStyle"_s);

    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(f);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontItalic(on);
        mergeFormat(f);
    });
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontUnderline(on);
        mergeFormat(f);
    });
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(false); });
    connect(m_numbers, &QAction::triggered, this, [this] { toggleList(true); });
    connect(m_link, &QAction::triggered, this, &PageEditor::insertLink);
    connect(m_table, &QAction::triggered, this, &PageEditor::insertTable);
    connect(m_picture, &QAction::triggered, this, &PageEditor::choosePicture);
    connect(m_blockStyle, &QComboBox::activated, this, &PageEditor::setBlockStyle);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &PageEditor::syncToolbar);
    connect(m_publish, &QPushButton::clicked, this, &PageEditor::publish);
    connect(m_history, &QPushButton::clicked, this, [this] { Q_EMIT historyRequested(m_pageId); });
    connect(m_discard, &QPushButton::clicked, this, &PageEditor::discardTyped);
    auto *publishKey = new QAction(this);
    publishKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    publishKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(publishKey, &QAction::triggered, this, &PageEditor::publish);
    addAction(publishKey);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_history);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_publish);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_title);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    m_autosaver->watch(m_title);
    m_autosaver->watch(m_body);
    retranslateUi();
    showPage(0, std::nullopt);
}

PageEditor::~PageEditor()
{
    m_autosaver->flush();
}

void PageEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PageEditor::retranslateUi()
{
    m_title->setPlaceholderText(tr("Page title"));
    m_title->setAccessibleName(tr("Page title"));
    m_body->setAccessibleName(tr("Page text"));
    m_toolbar->setAccessibleName(tr("Formatting"));
    // Shown when the editor is too narrow for every action.
    if (auto *more = m_toolbar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s))
        more->setAccessibleName(tr("More formatting"));
    const int style = std::max(0, m_blockStyle->currentIndex());
    m_blockStyle->clear();
    m_blockStyle->addItems({tr("Paragraph"), tr("Heading 1"), tr("Heading 2"), tr("Heading 3")});
    m_blockStyle->setCurrentIndex(style);
    m_blockStyle->setAccessibleName(tr("Paragraph style"));
    auto name = [](QAction *a, const QString &text) {
        a->setText(text);
        a->setToolTip(
            a->shortcut().isEmpty()
                ? text
                : u"%1 (%2)"_s.arg(text, a->shortcut().toString(QKeySequence::NativeText)));
    };
    name(m_bold, tr("Bold"));
    name(m_italic, tr("Italic"));
    name(m_underline, tr("Underline"));
    name(m_bullets, tr("Bulleted list"));
    name(m_numbers, tr("Numbered list"));
    name(m_link, tr("Link…"));
    name(m_table, tr("Table"));
    name(m_picture, tr("Picture from the materials"));
    m_publish->setText(tr("Pu&blish"));
    m_publish->setToolTip(
        tr("Share this text with the project's teachers (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_history->setText(tr("&History…"));
    m_discard->setText(tr("Dis&card my changes"));
    m_discard->setToolTip(tr("Show the published version again instead of the text kept here"));
    m_empty->setText(tr("Choose a page on the left, or create one with “New page”."));
    updateStatus();
}

void PageEditor::showPage(qint64 projectId, const std::optional<page_cache::Entry> &entry,
                          bool readOnly)
{
    m_autosaver->flush(); // what was typed on the previous page is kept first
    m_projectId = projectId;
    m_entry = entry;
    m_readOnly = readOnly;
    m_pageId = entry ? entry->page.id : 0;
    m_error->hide();
    const bool shown = entry.has_value();
    m_empty->setVisible(!shown);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_toolbar, m_body, m_status,
                                                       m_publish, m_history, m_discard})
        w->setVisible(shown);
    m_autosaver->setPaused(true);
    if (shown) {
        const auto typed = m_twinSpace->typed(m_pageId);
        m_typedHere = typed.has_value();
        m_baseRevision = typed ? typed->baseRevision : entry->page.revision;
        m_title->setText(typed ? typed->title : entry->page.title);
        m_body->setHtml(typed ? typed->body : entry->page.body);
    } else {
        m_typedHere = false;
        m_title->clear();
        m_body->clear();
    }
    m_title->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_toolbar->setEnabled(!readOnly);
    m_publish->setEnabled(!readOnly);
    m_autosaver->setPaused(false);
    updateStatus();
}

void PageEditor::refresh(const std::optional<page_cache::Entry> &entry)
{
    if (!entry || entry->page.id != m_pageId) {
        showPage(m_projectId, entry, m_readOnly);
        return;
    }
    // Nothing typed here: the newest text shows. Typed: it stays, and is merged on publish.
    if (!m_typedHere && !m_autosaver->isPending() &&
        (entry->page.revision != m_entry->page.revision || entry->page.body != m_entry->page.body))
        showPage(m_projectId, entry, m_readOnly);
    // A text sent and refused for overlapping is kept on the version that stands: what is
    // typed from now on is published on that one, not again on the one it was started on.
    if (m_typedHere)
        if (const auto typed = m_twinSpace->typed(m_pageId))
            m_baseRevision = typed->baseRevision;
    m_entry = entry;
    updateStatus();
}

void PageEditor::updateStatus()
{
    if (!m_entry) {
        m_status->clear();
        return;
    }
    const Page &p = m_entry->page;
    QStringList parts;
    if (p.state != u"published")
        parts << tr("Draft: only you see it until you publish it.");
    else
        parts << tr("Published (version %1, %2).")
                     .arg(p.revision)
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.updatedAt),
                                             QLocale::ShortFormat));
    if (m_entry->waiting)
        parts << tr("Changes made here are waiting to be sent.");
    if (m_typedHere)
        parts << tr("Your text is kept on this computer; publish it to share it.");
    if (m_typedHere && p.revision > m_baseRevision && m_baseRevision > 0)
        parts << tr("Someone published a newer version since you started: your changes will "
                    "be merged with it.");
    if (m_readOnly)
        parts << (m_assessing ? tr("You read this TwinSpace to assess a label application: "
                                   "its pages can be read, not changed.")
                              : tr("This project is closed: its pages can be read, not changed."));
    m_status->setText(parts.join(u' '));
    m_discard->setEnabled(m_typedHere && !m_readOnly);
    m_status->setAccessibleName(m_status->text());
}

void PageEditor::keepTyped()
{
    if (!m_pageId || m_readOnly)
        return;
    m_typedHere = true;
    m_twinSpace->keepTyped(m_pageId, {m_title->text(), m_body->toHtml(), m_baseRevision});
    updateStatus();
}

bool PageEditor::discardTyped()
{
    if (!m_pageId || !m_typedHere || m_readOnly)
        return false;
    m_autosaver->flush();
    // Asked, since only a text refused for overlapping is also kept as a version on the server;
    // one typed here and never published exists nowhere else.
    QMessageBox ask(QMessageBox::Question, tr("Discard my changes"),
                    tr("Discard the text kept on this computer for “%1” and show the published "
                       "version?")
                        .arg(m_title->text()),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(u"discardPageQuestion"_s);
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Discard)
        return false;
    m_twinSpace->forgetTyped(m_pageId);
    showPage(m_projectId, m_twinSpace->page(m_projectId, m_pageId), m_readOnly);
    return true;
}

void PageEditor::keepTypedNow()
{
    m_autosaver->flush();
}

bool PageEditor::publish()
{
    if (!m_pageId || m_readOnly)
        return false;
    m_autosaver->flush();
    const auto result = m_twinSpace->publish(m_projectId, m_pageId, m_title->text(),
                                             m_body->toHtml(), m_baseRevision);
    if (!result) {
        QStringList messages;
        for (const FieldError &f : result.error().fields)
            messages << f.message;
        m_error->setText(messages.isEmpty() ? result.error().message : messages.join(u'\n'));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_typedHere = false;
    updateStatus();
    Q_EMIT published(m_pageId);
    return true;
}

void PageEditor::mergeFormat(const QTextCharFormat &format)
{
    QTextCursor cursor = m_body->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    m_body->mergeCurrentCharFormat(format);
    m_body->setFocus();
}

void PageEditor::setBlockStyle(int level)
{
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.setBlockFormat(block);
    // What <h1>–<h3> look like when read back: larger and bold.
    QTextCharFormat chars;
    chars.setProperty(QTextFormat::FontSizeAdjustment, level == 0 ? 0 : 4 - level);
    chars.setFontWeight(level == 0 ? QFont::Normal : QFont::Bold);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
    m_body->setFocus();
}

void PageEditor::toggleList(bool numbered)
{
    QTextCursor cursor = m_body->textCursor();
    const QTextListFormat::Style style =
        numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Again on a list of that kind: its paragraphs become ordinary ones.
        QTextBlockFormat plain;
        plain.setObjectIndex(-1);
        cursor.setBlockFormat(plain);
    } else {
        QTextListFormat format;
        format.setStyle(style);
        cursor.createList(format);
    }
    m_body->setFocus();
}

void PageEditor::insertLink()
{
    QTextCursor cursor = m_body->textCursor();
    bool ok = false;
    const QString address =
        QInputDialog::getText(this, tr("Link"), tr("Address (https://…, mailto:…):"),
                              QLineEdit::Normal, cursor.charFormat().anchorHref(), &ok)
            .trimmed();
    if (!ok || address.isEmpty())
        return;
    const QUrl url(address);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https" && scheme != u"mailto")) {
        m_error->setText(tr("Link: only web addresses (http, https) and e-mail addresses "
                            "(mailto) can be linked."));
        m_error->show();
        return;
    }
    m_error->hide();
    QTextCharFormat f;
    f.setAnchor(true);
    f.setAnchorHref(url.toString());
    f.setFontUnderline(true);
    f.setForeground(palette().link());
    if (!cursor.hasSelection())
        cursor.insertText(address, f);
    else
        cursor.mergeCharFormat(f);
    m_body->setFocus();
}

QTextEdit *PageEditor::body() const
{
    return m_body;
}

void PageEditor::setTransfers(TransferController *transfers)
{
    m_transfers = transfers;
    if (!transfers)
        return;
    m_body->setResolver([this](const QString &sha256) -> QString {
        if (m_transfers->hasLocalCopy(sha256))
            return m_transfers->localCopy(sha256);
        if (const auto m = m_twinSpace->materialWithContent(m_projectId, sha256))
            m_transfers->download(*m);
        return {};
    });
    connect(transfers, &TransferController::localCopyReady, m_body,
            &MaterialTextEdit::contentArrived);
}

bool PageEditor::insertImage(const QString &sha256, const QString &alt)
{
    if (!m_pageId || m_readOnly)
        return false;
    m_body->insertPicture(sha256, alt);
    return true;
}

void PageEditor::choosePicture()
{
    QStringList names;
    QList<Material> pictures;
    for (const auto &e : m_twinSpace->materials(m_projectId))
        if (e.material.category == u"image") {
            pictures.append(e.material);
            names.append(e.material.folder.isEmpty() ? e.material.name
                                                     : e.material.folder + u'/' + e.material.name);
        }
    if (pictures.isEmpty()) {
        QMessageBox::information(this, tr("Insert a picture"),
                                 tr("This TwinSpace has no pictures yet. Upload some in its "
                                    "“Materials” tab, then insert them here."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Insert a picture"), tr("Picture:"), names, 0, false, &ok);
    if (!ok)
        return;
    const Material &m = pictures.at(names.indexOf(chosen));
    insertImage(m.sha256, QFileInfo(m.name).completeBaseName());
}

void PageEditor::insertTable()
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    m_body->textCursor().insertTable(2, 2, format);
    m_body->setFocus();
}

void PageEditor::syncToolbar()
{
    const QTextCharFormat f = m_body->currentCharFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::Bold);
    m_italic->setChecked(f.fontItalic());
    m_underline->setChecked(f.fontUnderline() && !f.isAnchor());
    m_blockStyle->setCurrentIndex(
        std::clamp(m_body->textCursor().blockFormat().headingLevel(), 0, 3));
}

} // namespace etw
