// SPDX-License-Identifier: GPL-3.0-or-later
// A page's revisions: who published what and when, each readable, compared with the current
// text side by side, and brought back as a new revision.
#pragma once

#include "domain/page.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTextBrowser;
class QLabel;

namespace etw {

class PageHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    PageHistoryDialog(const Page &current, const QList<PageRevision> &revisions, qint64 myAccountId,
                      QWidget *parent = nullptr);

    void select(qint64 number);
    QListWidget *list() const { return m_list; }
    QTextBrowser *view() const { return m_view; }
    // The side-by-side comparison of two canonical texts, as HTML (rows of blocks).
    static QString comparison(const QString &older, const QString &current);
    static QString describe(const PageRevision &revision, qint64 myAccountId);

Q_SIGNALS:
    void restoreRequested(const etw::PageRevision &revision);

private:
    void showSelected();

    Page m_current;
    QList<PageRevision> m_revisions;
    QListWidget *m_list;
    QLabel *m_heading;
    QTextBrowser *m_view;
    QPushButton *m_compare, *m_restore;
    bool m_comparing = false;
};

} // namespace etw
