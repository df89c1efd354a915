// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/page_history_dialog.h"

#include "domain/text_merge.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

PageHistoryDialog::PageHistoryDialog(const Page &current, const QList<PageRevision> &revisions,
                                     qint64 myAccountId, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_revisions(revisions)
    , m_list(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_compare(new QPushButton(tr("&Compare with the current version"), this))
    , m_restore(new QPushButton(tr("&Restore this version"), this))
{
    setObjectName(u"pageHistory"_s);
    setWindowTitle(tr("History of “%1”").arg(current.title));
    m_list->setObjectName(u"revisionList"_s);
    m_list->setAccessibleName(tr("Versions"));
    m_view->setObjectName(u"revisionText"_s);
    m_view->setAccessibleName(tr("Text of the chosen version"));
    m_view->setOpenLinks(false);
    m_compare->setCheckable(true);
    m_compare->setObjectName(u"compareRevision"_s);
    m_restore->setObjectName(u"restoreRevision"_s);
    m_heading->setWordWrap(true);
    for (const PageRevision &r : revisions) {
        auto *item = new QListWidgetItem(describe(r, myAccountId), m_list);
        item->setData(Qt::UserRole, r.number);
    }
    if (revisions.isEmpty())
        new QListWidgetItem(tr("Nothing published yet: the history starts with the first "
                               "version you publish."),
                            m_list);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_view, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_compare);
    actions->addStretch();
    actions->addWidget(m_restore);
    rightLayout->addLayout(actions);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({330, 570});
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &PageHistoryDialog::showSelected);
    connect(m_compare, &QPushButton::toggled, this, [this](bool on) {
        m_comparing = on;
        showSelected();
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_revisions.size()) {
            Q_EMIT restoreRequested(m_revisions.at(row));
            accept();
        }
    });
    if (!revisions.isEmpty())
        m_list->setCurrentRow(0);
    else
        showSelected();
    resize(900, 560);
}

QString PageHistoryDialog::describe(const PageRevision &r, qint64 myAccountId)
{
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAt), QLocale::ShortFormat);
    const QString who = r.authorId == myAccountId ? tr("you") : r.authorName;
    if (r.kind == u"kept")
        return tr("Version %1 — %2, %3: not published, as it changed the same paragraphs as "
                  "another edit; kept here so that nothing is lost")
            .arg(r.number)
            .arg(who, when);
    if (r.kind == u"merged")
        return tr("Version %1 — %2, %3 (merged with an edit published meanwhile)")
            .arg(r.number)
            .arg(who, when);
    if (r.kind == u"restored")
        return tr("Version %1 — %2, %3 (version %4 restored)")
            .arg(r.number)
            .arg(who, when)
            .arg(r.restoredFrom);
    return tr("Version %1 — %2, %3").arg(r.number).arg(who, when);
}

void PageHistoryDialog::select(qint64 number)
{
    for (int i = 0; i < m_revisions.size(); ++i)
        if (m_revisions.at(i).number == number)
            m_list->setCurrentRow(i);
}

void PageHistoryDialog::showSelected()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_revisions.size();
    m_restore->setEnabled(valid && m_revisions.at(row).number != m_current.revision);
    m_compare->setEnabled(valid);
    if (!valid) {
        m_heading->clear();
        m_view->clear();
        return;
    }
    const PageRevision &r = m_revisions.at(row);
    if (m_comparing) {
        m_heading->setText(tr("Left: version %1. Right: the current version (%2). Changed "
                              "paragraphs are marked.")
                               .arg(r.number)
                               .arg(m_current.revision));
        m_view->setHtml(comparison(r.body, m_current.body));
    } else {
        m_heading->setText(u"<b>%1</b>"_s.arg(r.title.toHtmlEscaped()));
        m_view->setHtml(r.body);
    }
    m_view->setAccessibleDescription(m_heading->text());
}

QString PageHistoryDialog::comparison(const QString &older, const QString &current)
{
    // The texts are the server's canonical HTML, one block per line: each row shows a block of
    // each side, rendered, and the rows that differ are tinted.
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">"_s;
    const auto rows = text_merge::sideBySide(text_merge::lines(older), text_merge::lines(current));
    for (const text_merge::DiffLine &d : rows) {
        const QString tint = d.kind == text_merge::DiffLine::Same      ? QString()
                             : d.kind == text_merge::DiffLine::Added   ? u" bgcolor=\"#e6f4ea\""_s
                             : d.kind == text_merge::DiffLine::Removed ? u" bgcolor=\"#fce8e6\""_s
                                                                       : u" bgcolor=\"#fef7e0\""_s;
        html += u"<tr><td width=\"50%\"%1>%2</td><td width=\"50%\"%1>%3</td></tr>"_s.arg(tint, d.a,
                                                                                         d.b);
    }
    return html + u"</table>"_s;
}

} // namespace etw
