// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_issues_dialog.h"

#include "domain/catalogue.h"
#include "domain/validation_messages.h"
#include "session/account_session.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
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

// A field's value as the user would write it.
QString shown(const QString &field, const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue v : value.toArray())
            names.append(field == u"subjects"    ? catalogue::subjectName(v.toString())
                         : field == u"languages" ? catalogue::languageName(v.toString())
                                                 : v.toString());
        return names.join(u", "_s);
    }
    if (value.isBool())
        return value.toBool() ? SyncIssuesDialog::tr("yes") : SyncIssuesDialog::tr("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    return text.size() > 80 ? text.left(80) + u'…' : text;
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
    auto *buttons = new QDialogButtonBox(this);
    m_dismiss = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(u"dismissIssues"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_dismiss, &QPushButton::clicked, this, &SyncIssuesDialog::dismissSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(760, 360);
}

void SyncIssuesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SyncIssuesDialog::retranslateUi()
{
    setWindowTitle(tr("Edits needing your attention"));
    m_intro->setText(tr("The server did not take these edits. What you typed is kept here: "
                        "read why, change your profile again if needed, then dismiss them."));
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
        for (auto it = issue.data.constBegin(); it != issue.data.constEnd(); ++it)
            changed.append(tr("%1: %2").arg(fieldLabel(it.key()), shown(it.key(), it.value())));
        if (issue.kind == u"conflict") {
            for (auto it = issue.data.constBegin(); it != issue.data.constEnd(); ++it)
                why.append(
                    tr("Changed meanwhile elsewhere; the server now has %1: %2")
                        .arg(fieldLabel(it.key()), shown(it.key(), issue.error.value(it.key()))));
        } else {
            const Error error = localized(Error::fromJson(issue.error));
            why.append(error.message);
            for (const FieldError &f : error.fields)
                why.append(f.message);
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
}

void SyncIssuesDialog::dismissSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows)
        m_session->dismissIssue(index.data(IssueIdRole).toLongLong());
    reload();
}

} // namespace etw
