// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_issues_dialog.h"

#include "button_keys.h"
#include "conflict_view.h"
#include "store/kinds/scope_kind.h"

#include "domain/catalogue.h"
#include "domain/validation_messages.h"
#include "session/account_session.h"

#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
constexpr int IssueIdRole = Qt::UserRole + 1;

// A value as typed, whole (the table shortens long texts).
QString wholeValue(const QString &field, const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return ConflictView::shown(field, value); // lists, yes/no, numbers: never long
}

// What was typed in an edit, to take elsewhere: a forum item's title and text as they would be
// posted again, without labels; any other edit's fields one a line, named.
QString typedText(const me_store::Issue &issue)
{
    if (issue.type.startsWith(u"forum_"_s)) {
        QStringList parts;
        for (const QString &field : {u"title"_s, u"description"_s, u"text"_s})
            if (const QString v = issue.data.value(field).toString(); !v.isEmpty())
                parts.append(v);
        return parts.join(u"\n\n"_s);
    }
    QStringList lines;
    for (auto it = issue.data.constBegin(); it != issue.data.constEnd(); ++it)
        if (it.key() != u"projectId")
            lines.append(SyncIssuesDialog::tr("%1: %2").arg(fieldLabel(it.key()),
                                                            wholeValue(it.key(), it.value())));
    return lines.join(u'\n');
}
} // namespace

SyncIssuesDialog::SyncIssuesDialog(AccountSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_intro(new QLabel(this))
{
    setObjectName(u"syncIssuesDialog"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_intro->setWordWrap(true);
    m_conflict = new ConflictView(this);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(u"applyChoices"_s);
    m_conflictError = new QLabel(this);
    m_conflictError->setObjectName(u"conflictError"_s);
    m_conflictError->setStyleSheet(u"color: #b00020"_s);
    m_conflictError->setWordWrap(true);
    m_conflictBox = new QWidget(this);
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(m_conflict);
    conflictLayout->addWidget(m_conflictError);
    conflictLayout->addWidget(m_apply, 0, Qt::AlignRight);
    m_conflictBox->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyIssueText"_s);
    giveKeys(m_copy, QKeySequence::Copy);
    m_copied = new QLabel(this);
    m_copied->setObjectName(u"issueTextCopied"_s);
    m_copied->setWordWrap(true);
    m_copied->hide();
    m_dismiss = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(u"dismissIssues"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_conflictBox);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this, &SyncIssuesDialog::copySelected);
    // The list copies its current cell on Ctrl+C before any shortcut sees the key (the date,
    // say): the whole text is what is wanted there too.
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncIssuesDialog::updateActions);
    connect(m_dismiss, &QPushButton::clicked, this, &SyncIssuesDialog::dismissSelected);
    connect(m_apply, &QPushButton::clicked, this, &SyncIssuesDialog::applyChoices);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncIssuesDialog::showSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(820, 460);
}

void SyncIssuesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool SyncIssuesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SyncIssuesDialog::retranslateUi()
{
    setWindowTitle(tr("Edits needing your attention"));
    m_intro->setText(tr("The server did not take these edits. What you typed is kept here: "
                        "read why; for a change made meanwhile elsewhere, choose field by "
                        "field what to keep; then dismiss what you have dealt with."));
    m_apply->setText(tr("Apply my choices"));
    m_copy->setText(tr("&Copy text"));
    m_copy->setToolTip(
        withKeys(m_copy, tr("Copy what you wrote in the selected edit, whole, to paste it "
                            "elsewhere")));
    m_copy->setAccessibleDescription(m_copy->toolTip());
    m_view->setAccessibleName(tr("Edits needing your attention"));
    m_dismiss->setText(tr("Dismiss selected"));
    m_close->setText(tr("Close"));
    reload();
}

void SyncIssuesDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("What you changed"), tr("Why")});
    for (const me_store::Issue &issue : m_session->issues()) {
        QStringList changed, why;
        for (auto it = issue.data.constBegin(); it != issue.data.constEnd(); ++it) {
            // A page's text is read in its editor, not in a table cell.
            const QString shown = ConflictView::shown(it.key(), it.value());
            changed.append(tr("%1: %2").arg(
                fieldLabel(it.key()),
                shown.size() > 200 ? tr("a text of %n character(s)", nullptr, int(shown.size()))
                                   : shown));
        }
        const EntityKind *entityKind = kinds::forMutation(issue.type);
        const QString explained =
            entityKind ? entityKind->explainIssue(issue.kind, issue.data, issue.error) : QString();
        if (!explained.isEmpty()) {
            why.append(explained);
        } else if (issue.kind == u"conflict") {
            for (auto it = issue.data.constBegin(); it != issue.data.constEnd(); ++it)
                why.append(tr("Changed meanwhile elsewhere; the server now has %1: %2")
                               .arg(fieldLabel(it.key()),
                                    ConflictView::shown(it.key(), issue.error.value(it.key()))));
        } else {
            const Error error = localized(Error::fromJson(issue.error));
            why.append(error.message);
            for (const FieldError &f : error.fields)
                why.append(f.message);
            if (issue.type == u"project" && issue.entityId == 0)
                why.append(tr("Your registration is back among the drafts under My projects, "
                              "to be corrected and submitted again."));
        }
        auto *when = new QStandardItem(QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(issue.createdAt), QLocale::ShortFormat));
        when->setData(issue.id, IssueIdRole);
        QList<QStandardItem *> row{when, new QStandardItem(changed.join(u'\n')),
                                   new QStandardItem(why.join(u'\n'))};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dismiss->setEnabled(m_model->rowCount() > 0);
    updateActions();
    showSelected();
}

void SyncIssuesDialog::updateActions()
{
    m_copy->setEnabled(!m_view->selectionModel()->selectedRows(0).isEmpty());
    m_copied->hide(); // said of what was selected before
}

void SyncIssuesDialog::copySelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList texts;
    const QList<me_store::Issue> issues = m_session->issues();
    for (const QModelIndex &row : std::as_const(rows))
        for (const me_store::Issue &issue : issues)
            if (issue.id == row.data(IssueIdRole).toLongLong())
                texts.append(typedText(issue));
    QGuiApplication::clipboard()->setText(texts.join(u"\n\n"_s));
    m_copied->setText(
        tr("Copied: paste it where you like (%1).")
            .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    m_copied->show();
}

void SyncIssuesDialog::showSelected()
{
    m_conflictError->hide();
    const qint64 id = m_view->currentIndex().siblingAtColumn(0).data(IssueIdRole).toLongLong();
    for (const me_store::Issue &issue : m_session->issues())
        if (issue.id == id && issue.kind == u"conflict" && kinds::forMutation(issue.type) &&
            kinds::forMutation(issue.type)->conflictsByField()) {
            m_conflict->showIssue(issue);
            m_conflictBox->show();
            return;
        }
    m_conflictBox->hide();
}

void SyncIssuesDialog::selectIssue(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void SyncIssuesDialog::applyChoices()
{
    const qint64 id = m_view->currentIndex().siblingAtColumn(0).data(IssueIdRole).toLongLong();
    const auto result = m_session->resolveConflict(id, m_conflict->kept());
    if (!result) {
        // A kept value no longer fits (the project changed meanwhile): say which and why.
        QStringList messages;
        const Error error = localized(result.error());
        for (const FieldError &f : error.fields)
            messages.append(f.message);
        m_conflictError->setText(messages.isEmpty() ? error.message : messages.join(u'\n'));
        m_conflictError->show();
        return;
    }
    reload();
}

void SyncIssuesDialog::dismissSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows)
        m_session->dismissIssue(index.data(IssueIdRole).toLongLong());
    reload();
}

} // namespace etw
