// SPDX-License-Identifier: GPL-3.0-or-later
#include "pending_edits_dialog.h"

#include "domain/validation_messages.h"
#include "session/account_session.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

PendingEditsDialog::PendingEditsDialog(AccountSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_intro(new QLabel(this))
{
    setObjectName(u"pendingEditsDialog"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_refresh = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &PendingEditsDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(780, 340);
}

void PendingEditsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PendingEditsDialog::retranslateUi()
{
    setWindowTitle(tr("Edits waiting to be sent"));
    m_intro->setText(tr("These edits are saved on this computer and leave as soon as the server "
                        "can be reached, in the order you made them. Nothing here is lost if "
                        "the program or the computer stops."));
    m_refresh->setText(tr("Refresh"));
    m_close->setText(tr("Close"));
    reload();
}

QString PendingEditsDialog::describe(const outbox::Entry &e, AccountSession *session)
{
    const Mutation &m = e.mutation;
    if (const QString named = session->describe(m); !named.isEmpty())
        return named;
    return u"%1/%2"_s.arg(m.type, m.op);
}

void PendingEditsDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("What"), tr("Since"), tr("Tries"), tr("Last error")});
    for (const outbox::Entry &e : m_session->pendingEdits()) {
        QList<QStandardItem *> row{
            new QStandardItem(describe(e, m_session)),
            new QStandardItem(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdAt),
                                                 QLocale::ShortFormat)),
            new QStandardItem(QString::number(e.attempts)), new QStandardItem(e.lastError)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

} // namespace etw
