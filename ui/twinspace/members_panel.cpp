// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/members_panel.h"

#include "button_keys.h"
#include "domain/catalogue.h"
#include "twinspace/member_list_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

MembersPanel::MembersPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeView(this))
    , m_model(new MemberListModel(this))
    , m_empty(new QLabel(this))
    , m_invited(new QLabel(this))
    , m_profile(new QPushButton(this))
    , m_write(new QPushButton(this))
{
    setObjectName(u"membersPanel"_s);
    m_list->setObjectName(u"memberList"_s);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setObjectName(u"noMembers"_s);
    m_empty->setWordWrap(true);
    m_invited->setObjectName(u"invitedMembers"_s);
    m_invited->setWordWrap(true);
    m_invited->setTextFormat(Qt::PlainText);
    m_profile->setObjectName(u"openMemberProfile"_s);
    m_write->setObjectName(u"writeToMember"_s);
    giveKeys(m_write, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_profile);
    buttons->addWidget(m_write);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_invited);
    layout->addLayout(buttons);

    // Enter (or a double click) on a member opens their profile, as the button does.
    connect(m_list, &QTreeView::activated, this, &MembersPanel::openProfile);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersPanel::updateActions);
    connect(m_profile, &QPushButton::clicked, this, &MembersPanel::openProfile);
    connect(m_write, &QPushButton::clicked, this, &MembersPanel::write);
    retranslateUi();
    updateNotes();
    updateActions();
}

void MembersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateNotes();
        fitColumns(); // the texts changed length
    }
    QWidget::changeEvent(event);
}

void MembersPanel::retranslateUi()
{
    m_model->retranslate();
    m_list->setAccessibleName(tr("Members of the project"));
    m_profile->setText(tr("Open pro&file"));
    m_write->setText(tr("&Write in the forum"));
    const auto tip = [](QPushButton *b, const QString &text) {
        b->setToolTip(text);
        b->setAccessibleDescription(text);
    };
    tip(m_profile, tr("The teacher's profile: school, subjects, languages (Enter in the list)"));
    tip(m_write, withKeys(m_write, tr("Start a thread in the forum addressed to this teacher")));
}

void MembersPanel::setProject(const std::optional<Project> &project, qint64 me, bool readOnly)
{
    const std::optional<ProjectMember> kept = current();
    const bool sameProject = project && m_project && project->id == m_project->id;
    m_project = project;
    m_readOnly = readOnly;
    QSignalBlocker quiet(m_list->selectionModel());
    m_model->setMembers(project ? project->members : QList<ProjectMember>(), me);
    fitColumns();
    if (sameProject && kept) {
        const QModelIndex again = m_model->indexOf(kept->accountId);
        if (again.isValid())
            m_list->setCurrentIndex(again);
    }
    updateNotes();
    updateActions();
}

void MembersPanel::fitColumns()
{
    // Each column as wide as its longest text and a gap, so that the eye finds a member's
    // country and last day beside their name (a stretched school column put them at the far
    // end of the screen); the last one takes what is left. The teacher may widen them.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    const int gap = 2 * fontMetrics().averageCharWidth() + 8;
    for (int c = 0; c < MemberListModel::Columns - 1; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        m_list->resizeColumnToContents(c); // the longest of its cells and its header
        m_list->setColumnWidth(c, m_list->columnWidth(c) + gap);
    }
}

void MembersPanel::updateNotes()
{
    qsizetype others = 0;
    QStringList invited;
    if (m_project)
        for (const ProjectMember &m : m_project->members) {
            if (m.state == u"active" && m.accountId != m_model->me())
                ++others;
            if (m.state == u"invited")
                invited.append(tr("%1 (%2)").arg(m.displayName, catalogue::countryName(m.country)));
        }
    if (m_model->rowCount() == 0)
        m_empty->setText(
            tr("The project's members show here after the next synchronisation "
               "(%1 synchronises now).")
                .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    else
        m_empty->setText(tr("Only you are in this project so far. To work with other schools, "
                            "find teachers in “Find partners” and invite them to the project."));
    m_empty->setVisible(others == 0);
    // Not members yet, but a founder waits for their answer: said, not listed.
    m_invited->setText(invited.isEmpty()
                           ? QString()
                           : tr("Invited, not answered yet: %1.").arg(invited.join(u", "_s)));
    m_invited->setVisible(!invited.isEmpty());
}

std::optional<ProjectMember> MembersPanel::current() const
{
    if (const ProjectMember *m = m_model->member(m_list->currentIndex()))
        return *m;
    return std::nullopt;
}

void MembersPanel::select(qint64 accountId)
{
    const QModelIndex at = m_model->indexOf(accountId);
    if (at.isValid())
        m_list->setCurrentIndex(at);
}

void MembersPanel::focusList()
{
    // Nothing chosen yet (the view may have made the first row current, unselected, as the
    // focus came in):
    if (!m_list->selectionModel()->hasSelection() && m_model->rowCount() > 0) {
        // Oneself is rarely whom one looks for: the first other member.
        QModelIndex first = m_model->index(0, 0);
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->member(m_model->index(row, 0))->accountId != m_model->me()) {
                first = m_model->index(row, 0);
                break;
            }
        m_list->setCurrentIndex(first);
    }
    m_list->setFocus(Qt::OtherFocusReason);
}

void MembersPanel::updateActions()
{
    const auto m = current();
    m_profile->setEnabled(m.has_value());
    // Not to oneself, and not in a closed project's read-only forum.
    m_write->setEnabled(m && m->accountId != m_model->me() && !m_readOnly);
}

void MembersPanel::openProfile()
{
    if (const auto m = current())
        Q_EMIT profileRequested(*m);
}

void MembersPanel::write()
{
    if (const auto m = current(); m && m->accountId != m_model->me() && !m_readOnly)
        Q_EMIT writeRequested(*m);
}

} // namespace etw
