// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/updates_panel.h"

#include "session/account_session.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

UpdatesPanel::UpdatesPanel(AccountSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"updatesPanel"_s);
    m_list->setObjectName(u"updatesList"_s);
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(3); // one update from the next
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setObjectName(u"noUpdates"_s);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    connect(m_list, &QListView::activated, this, &UpdatesPanel::open);
    retranslateUi();
}

void UpdatesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void UpdatesPanel::hideEvent(QHideEvent *event)
{
    // Left: what was shown has been seen.
    markShownRead();
    QWidget::hideEvent(event);
}

void UpdatesPanel::showEvent(QShowEvent *event)
{
    // Shown again: what is new since, and what was read meanwhile.
    reload();
    QWidget::showEvent(event);
}

void UpdatesPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Updates of the project"));
    m_empty->setText(tr("Nothing new yet. When your partners publish a page, add a material or "
                        "write in the forum, it shows here."));
}

QString UpdatesPanel::sentence(const FeedItem &item) const
{
    // The project's own life: decided by the national services, or closed by a founder.
    if (item.what == u"project_approved")
        return tr("The national support services approved the project: its TwinSpace is open");
    if (item.what == u"project_closed")
        return tr("The project was closed: its TwinSpace is read-only now");
    // One's own and a partner's: other sentences in other languages ("vous avez publié").
    if (item.authorId == m_session->account().id) {
        if (item.what == u"page")
            return tr("You published the page “%1”").arg(item.title);
        if (item.what == u"material")
            return tr("You added “%1” to the materials").arg(item.title);
        if (item.what == u"discussion")
            return tr("You started the discussion “%1”").arg(item.title);
        if (item.what == u"thread")
            return tr("You started the thread “%1”").arg(item.title);
        if (item.what == u"post")
            return tr("You replied in “%1”").arg(item.title);
        if (item.what == u"member_joined")
            return tr("You joined the project");
        if (item.what == u"member_left")
            return tr("You are no longer a member of the project");
        return tr("You changed “%1”").arg(item.title);
    }
    const QString who = item.authorName.isEmpty() ? tr("A partner") : item.authorName;
    if (item.what == u"page")
        return tr("%1 published the page “%2”").arg(who, item.title);
    if (item.what == u"material")
        return tr("%1 added “%2” to the materials").arg(who, item.title);
    if (item.what == u"discussion")
        return tr("%1 started the discussion “%2”").arg(who, item.title);
    if (item.what == u"thread")
        return tr("%1 started the thread “%2”").arg(who, item.title);
    if (item.what == u"post")
        return tr("%1 replied in “%2”").arg(who, item.title);
    if (item.what == u"member_joined")
        return tr("%1 joined the project").arg(who);
    if (item.what == u"member_left")
        return tr("%1 is no longer a member of the project").arg(who);
    return tr("%1 changed “%2”").arg(who, item.title);
}

void UpdatesPanel::setProject(qint64 projectId)
{
    if (projectId != m_projectId)
        markShownRead();
    m_projectId = projectId;
    reload();
}

void UpdatesPanel::reload()
{
    if (!m_projectId)
        return;
    const QList<FeedItem> items = m_session->updates(m_projectId);
    m_shownAt = QDateTime::currentMSecsSinceEpoch();
    const QLocale locale;
    m_model->clear();
    for (const FeedItem &item : items) {
        const QString when =
            locale.toString(QDateTime::fromMSecsSinceEpoch(item.at), QLocale::ShortFormat);
        auto *row = new QStandardItem(u"%1\n%2"_s.arg(sentence(item), when));
        row->setEditable(false);
        row->setData(item.what, WhatRole);
        row->setData(item.id, IdRole);
        row->setData(item.parentId, ParentIdRole);
        row->setData(item.unread, UnreadRole);
        row->setData(item.unread ? tr("%1, %2, unread").arg(sentence(item), when)
                                 : tr("%1, %2").arg(sentence(item), when),
                     Qt::AccessibleTextRole);
        if (item.unread) {
            QFont bold = row->font();
            bold.setBold(true);
            row->setFont(bold);
        }
        m_model->appendRow(row);
    }
    m_empty->setVisible(items.isEmpty());
}

void UpdatesPanel::markShownRead()
{
    if (m_projectId && m_shownAt)
        m_session->markUpdatesRead(m_projectId, m_shownAt);
}

void UpdatesPanel::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT openRequested(index.data(WhatRole).toString(), index.data(IdRole).toLongLong(),
                         index.data(ParentIdRole).toLongLong());
}

} // namespace etw
