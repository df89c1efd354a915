// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/school_applications_view.h"

#include "autosaver.h"
#include "button_keys.h"
#include "domain/regions.h"
#include "session/school_label.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
QString stateOf(const SchoolApplication &a)
{
    if (a.status == u"awarded")
        return SchoolQueueModel::tr("Awarded");
    if (a.status == u"not_awarded")
        return SchoolQueueModel::tr("Not awarded");
    return SchoolQueueModel::tr("To decide");
}
} // namespace

void SchoolQueueModel::setApplications(QList<SchoolApplication> applications)
{
    beginResetModel();
    m_applications = std::move(applications);
    endResetModel();
}

const SchoolApplication *SchoolQueueModel::application(int row) const
{
    return row >= 0 && row < m_applications.size() ? &m_applications.at(row) : nullptr;
}

int SchoolQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_applications.size(); ++i)
        if (m_applications.at(i).id == id)
            return i;
    return -1;
}

int SchoolQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int SchoolQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolQueueModel::data(const QModelIndex &index, int role) const
{
    const SchoolApplication *a = application(index.row());
    if (!a || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case School:
        return a->schoolName;
    case Region:
        return a->region.isEmpty() ? QString() : regions::name(a->region);
    case Submitted:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a->submittedAt).toLocalTime(),
                                  QLocale::ShortFormat);
    case State:
        return stateOf(*a);
    }
    return {};
}

QVariant SchoolQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case School:
        return tr("School");
    case Region:
        return tr("Region");
    case Submitted:
        return tr("Sent");
    case State:
        return tr("State");
    }
    return {};
}

SchoolApplicationsView::SchoolApplicationsView(SchoolLabel *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new SchoolQueueModel(this))
    , m_hint(new QLabel(this))
    , m_queue(new QTableView(this))
    , m_text(new QTextBrowser(this))
    , m_feedbackLabel(new QLabel(this))
    , m_feedback(new QPlainTextEdit(this))
    , m_award(new QPushButton(this))
    , m_refuse(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_autosaver(new Autosaver(
          [this] {
              if (m_shown > 0)
                  m_desk->keepFeedback(m_shown, m_feedback->toPlainText());
          },
          this))
{
    setObjectName(u"schoolApplications"_s);
    m_queue->setObjectName(u"schoolQueue"_s);
    m_queue->setModel(m_model);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setTabKeyNavigation(false);
    m_queue->verticalHeader()->hide();
    m_text->setObjectName(u"schoolApplicationText"_s);
    m_feedback->setObjectName(u"schoolFeedback"_s);
    m_feedback->setTabChangesFocus(true);
    m_feedbackLabel->setBuddy(m_feedback);
    m_hint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"schoolDecisionMessage"_s);
    m_award->setObjectName(u"awardSchoolLabel"_s);
    m_refuse->setObjectName(u"refuseSchoolLabel"_s);

    auto *side = new QWidget(this);
    auto *column = new QVBoxLayout(side);
    column->addWidget(m_text, 1);
    column->addWidget(m_feedbackLabel);
    column->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_award);
    column->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(m_queue);
    split->addWidget(side);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 840});
    m_queue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setSectionResizeMode(SchoolQueueModel::School,
                                                      QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);

    giveKeys(m_award, QKeySequence(Qt::CTRL | Qt::Key_Return));
    giveKeys(m_refuse, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    connect(m_award, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            m_picked = currentId();
        showCurrent();
    });
    connect(m_desk, &SchoolLabel::changed, this, &SchoolApplicationsView::reload);
    m_autosaver->watch(m_feedback);
    retranslate();
    reload();
}

void SchoolApplicationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchoolApplicationsView::retranslate()
{
    m_queue->setAccessibleName(tr("eTwinning School label applications"));
    m_text->setAccessibleName(tr("The school's application"));
    m_feedbackLabel->setText(tr("&Feedback to the school (needed to refuse):"));
    m_feedback->setAccessibleName(tr("Feedback to the school"));
    m_award->setText(tr("&Award the label"));
    m_award->setToolTip(withKeys(m_award, tr("Award the eTwinning School label for two years")));
    m_refuse->setText(tr("&Not award"));
    m_refuse->setToolTip(withKeys(m_refuse, tr("Do not award the label, with feedback")));
    reload();
}

qint64 SchoolApplicationsView::currentId() const
{
    const SchoolApplication *a = m_model->application(m_queue->currentIndex().row());
    return a ? a->id : 0;
}

void SchoolApplicationsView::reload()
{
    const qint64 keep = m_picked;
    m_reloading = true;
    const QList<SchoolApplication> all = m_desk->queue();
    const int waiting = int(std::count_if(all.cbegin(), all.cend(),
                                          [](const SchoolApplication &a) { return !a.decision; }));
    m_model->setApplications(all);
    m_hint->setText(m_model->rowCount() == 0
                        ? tr("No school of your territory has sent an application for the "
                             "eTwinning School label yet. Schools apply once their "
                             "prerequisites are met; their applications arrive here with the "
                             "sync.")
                        : tr("%n application(s) to decide. Read each school's answers, then "
                             "award the label (Ctrl+Return) or not, with feedback "
                             "(Ctrl+Shift+Return).",
                             "", waiting));
    // Where the assessor was; else the oldest still to decide; else the first.
    int row = m_model->rowOf(keep);
    for (int r = 0; row < 0 && r < m_model->rowCount(); ++r)
        if (!m_model->application(r)->decision)
            row = r;
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_queue->setCurrentIndex(m_model->index(row, 0));
    m_reloading = false;
    showCurrent();
}

void SchoolApplicationsView::showCurrent()
{
    m_autosaver->flush();
    const SchoolApplication *a = m_model->application(m_queue->currentIndex().row());
    // The same application again (a sync landed): what is being typed stays as it is.
    const bool same = a && a->id == m_shown;
    m_shown = a ? a->id : 0;
    m_autosaver->setPaused(true);
    if (!a) {
        m_text->clear();
        m_feedback->clear();
    } else {
        QString html = u"<h2>%1</h2>"_s.arg(a->schoolName.toHtmlEscaped());
        html += u"<p>"_s +
                tr("Sent by %1 on %2.")
                    .arg(a->submittedByName.toHtmlEscaped(),
                         QLocale().toString(
                             QDateTime::fromMSecsSinceEpoch(a->submittedAt).toLocalTime(),
                             QLocale::LongFormat)) +
                u"</p>"_s;
        for (const QString &q : school_application::questions())
            html +=
                u"<h3>%1</h3><p>%2</p>"_s.arg(school_application::questionTitle(q).toHtmlEscaped(),
                                              a->text(q).toHtmlEscaped().replace(u'\n', u"<br>"_s));
        html +=
            u"<p><b>%1</b></p>"_s.arg((a->declared() ? tr("Declared by the head teacher, %1.")
                                                     : tr("Not declared by the head teacher (%1)."))
                                          .arg(a->text(u"headName"_s))
                                          .toHtmlEscaped());
        if (a->decision)
            html += u"<p><b>%1</b> %2</p>"_s.arg(stateOf(*a).toHtmlEscaped(),
                                                 a->decision->feedback.toHtmlEscaped());
        m_text->setHtml(html);
        if (!same || a->decision)
            m_feedback->setPlainText(a->decision ? a->decision->feedback : m_desk->feedback(a->id));
    }
    const bool open = a && !a->decision;
    m_feedback->setReadOnly(!open);
    m_award->setEnabled(open);
    m_refuse->setEnabled(open);
    m_autosaver->setPaused(false);
}

void SchoolApplicationsView::decide(bool award)
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    m_autosaver->flush();
    m_picked = id; // the decision made stays shown
    const auto decided = m_desk->decide(id, award, m_feedback->toPlainText());
    if (!decided) {
        m_message->setText(decided.error().fields.isEmpty()
                               ? decided.error().message
                               : decided.error().fields.first().message);
        if (decided.error().fields.contains(u"feedback"_s))
            m_feedback->setFocus();
        return;
    }
    m_message->setText(award ? tr("Awarded; sent with the next sync.")
                             : tr("Not awarded; sent with the next sync."));
    reload();
}

} // namespace etw
