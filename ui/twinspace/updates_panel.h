// SPDX-License-Identifier: GPL-3.0-or-later
// "Updates": what changed in a project's TwinSpace, newest first, unread ones in bold; an
// update opens what it is about.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStandardItemModel;

namespace etw {

class AccountSession;
struct FeedItem;

class UpdatesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Role { WhatRole = Qt::UserRole + 1, IdRole, ParentIdRole, UnreadRole };

    explicit UpdatesPanel(AccountSession *session, QWidget *parent = nullptr);

    void setProject(qint64 projectId);
    void reload();
    // The updates shown count as read (they stay bold while they are looked at).
    void markShownRead();

    QListView *list() const { return m_list; }
    QStandardItemModel *model() const { return m_model; }
    // The sentence an update shows as.
    QString sentence(const FeedItem &item) const;

Q_SIGNALS:
    // what: "page", "material", "discussion", "thread", "post" (parentId: a reply's thread).
    void openRequested(const QString &what, qint64 id, qint64 parentId);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void open(const QModelIndex &index);

    AccountSession *m_session;
    qint64 m_projectId = 0;
    qint64 m_shownAt = 0; // when the list now shown was read
    QListView *m_list;
    QStandardItemModel *m_model;
    QLabel *m_empty;
};

} // namespace etw
