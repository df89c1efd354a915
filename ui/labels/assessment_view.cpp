// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/assessment_view.h"

#include "autosaver.h"
#include "labels/label_queue_model.h"
#include "session/label_desk.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
enum GridColumn {
    SubCriterionColumn,
    MaxColumn,
    MinimumColumn,
    AverageColumn,
    MineColumn,
    CommentColumn,
    GridColumns
};

QString language()
{
    return QLocale().name().left(2);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}
} // namespace

AssessmentView::AssessmentView(LabelDesk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new LabelQueueModel(this))
    , m_count(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_queue(new QTableView(this))
    , m_text(new QTextBrowser(this))
    , m_gridLabel(new QLabel(this))
    , m_grid(new QTableWidget(this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_why(new QLabel(this))
    , m_feedbackLabel(new QLabel(this))
    , m_feedback(new QPlainTextEdit(this))
    , m_award(new QPushButton(this))
    , m_refuse(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_twinSpace(new QPushButton(this))
    , m_awardAction(new QAction(this))
    , m_refuseAction(new QAction(this))
    , m_twinSpaceAction(new QAction(this))
    , m_autosaver(new Autosaver([this] { keepTyped(); }, this))
{
    setObjectName(u"assessments"_s);
    m_count->setObjectName(u"labelCount"_s);
    m_queue->setObjectName(u"labelQueue"_s);
    m_queue->setModel(m_model);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->verticalHeader()->hide();
    m_queue->setWordWrap(false);
    m_text->setObjectName(u"labelApplicationText"_s);
    // Evidence in the TwinSpace opens there; outside pages in the browser (openLink).
    m_text->setOpenLinks(false);
    m_twinSpace->setObjectName(u"labelOpenTwinSpace"_s);
    m_grid->setObjectName(u"labelGrid"_s);
    m_grid->setColumnCount(GridColumns);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(SubCriterionColumn, QHeaderView::Stretch);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes from one score to the next, not from cell to cell.
    m_grid->setTabKeyNavigation(false);
    m_grid->setWordWrap(true);
    m_comment->setObjectName(u"labelComment"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);
    m_feedback->setObjectName(u"labelFeedback"_s);
    m_feedback->setTabChangesFocus(true);
    m_feedback->setMaximumHeight(m_feedback->fontMetrics().lineSpacing() * 5);
    m_commentLabel->setBuddy(m_comment);
    m_feedbackLabel->setBuddy(m_feedback);
    m_why->setWordWrap(true);
    m_why->setObjectName(u"labelWhyNot"_s);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"labelDecisionMessage"_s);

    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    top->addWidget(m_filter);
    leftColumn->addLayout(top);
    leftColumn->addWidget(m_queue, 1);

    auto *right = new QWidget(this);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    auto *project = new QHBoxLayout;
    project->addStretch(1);
    project->addWidget(m_twinSpace);
    column->addLayout(project);
    auto *reading = new QSplitter(Qt::Vertical, right);
    reading->addWidget(m_text);
    auto *gridBox = new QWidget(reading);
    auto *gridColumn = new QVBoxLayout(gridBox);
    gridColumn->setContentsMargins(0, 0, 0, 0);
    gridColumn->addWidget(m_gridLabel);
    gridColumn->addWidget(m_grid, 1);
    reading->addWidget(gridBox);
    column->addWidget(reading, 1);
    column->addWidget(m_commentLabel);
    column->addWidget(m_comment);
    column->addWidget(m_why);
    column->addWidget(m_feedbackLabel);
    column->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_award);
    buttons->addWidget(m_refuse);
    column->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_awardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_refuseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_twinSpaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    for (QAction *a : {m_awardAction, m_refuseAction, m_twinSpaceAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_awardAction, &QAction::triggered, this, [this] { decide(true); });
    connect(m_refuseAction, &QAction::triggered, this, [this] { decide(false); });
    connect(m_award, &QPushButton::clicked, m_awardAction, &QAction::trigger);
    connect(m_refuse, &QPushButton::clicked, m_refuseAction, &QAction::trigger);
    connect(m_twinSpaceAction, &QAction::triggered, this, [this] {
        if (const LabelApplication *a = m_model->application(m_queue->currentIndex().row());
            a && m_twinSpace->isEnabled())
            Q_EMIT twinSpaceRequested(a->projectId, {}, 0);
    });
    connect(m_twinSpace, &QPushButton::clicked, m_twinSpaceAction, &QAction::trigger);
    connect(m_text, &QTextBrowser::anchorClicked, this, &AssessmentView::openLink);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AssessmentView::reload);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssessmentView::showCurrent);
    connect(m_desk, &LabelDesk::changed, this, &AssessmentView::reload);
    m_autosaver->watch(m_comment);
    m_autosaver->watch(m_feedback);
    // The comment leaves when the assessor leaves it; scores as each is given (below).
    connect(m_autosaver, &Autosaver::saved, this, [this] {
        if (!m_comment->hasFocus())
            sendComment();
    });

    retranslate();
    reload();
}

QList<QAction *> AssessmentView::actions() const
{
    return {m_awardAction, m_refuseAction, m_twinSpaceAction};
}

void AssessmentView::openLink(const QUrl &url)
{
    // twinspace:page/12 or twinspace:material/34, written by showCurrent for evidence that
    // can be read here; anything else is an outside page the teacher linked.
    if (url.scheme() == u"twinspace") {
        const QStringList parts = url.path().split(u'/');
        const LabelApplication *a = m_model->application(m_queue->currentIndex().row());
        if (a && parts.size() == 2)
            Q_EMIT twinSpaceRequested(a->projectId, parts[0], parts[1].toLongLong());
        return;
    }
    if (url.scheme() == u"http" || url.scheme() == u"https")
        QDesktopServices::openUrl(url);
}

QSpinBox *AssessmentView::scoreField(const QString &subCriterion) const
{
    return m_scores.value(subCriterion);
}

void AssessmentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_gridOf = {0, 0}; // the grid's titles are in the language too
        reload();
    }
    QWidget::changeEvent(event);
}

void AssessmentView::retranslate()
{
    const int filter = std::max(0, m_filter->currentIndex());
    {
        const QSignalBlocker block(m_filter);
        m_filter->clear();
        m_filter->addItems({tr("Waiting for a decision"), tr("Decided"), tr("All")});
        m_filter->setCurrentIndex(filter);
    }
    m_filter->setAccessibleName(tr("Applications shown"));
    m_queue->setAccessibleName(tr("Label applications"));
    m_text->setAccessibleName(tr("The application"));
    m_grid->setAccessibleName(tr("Assessment grid"));
    m_grid->setHorizontalHeaderLabels({tr("Sub-criterion"), tr("Points"), tr("Minimum"),
                                       tr("Average"), tr("My score"), tr("My comment")});
    m_commentLabel->setText(tr("My &comment on the application (for the service):"));
    m_comment->setAccessibleName(tr("My comment on the application"));
    m_feedbackLabel->setText(tr("&Feedback to the teacher (required to refuse):"));
    m_feedback->setAccessibleName(tr("Feedback to the teacher"));
    m_awardAction->setText(tr("Award the label"));
    m_refuseAction->setText(tr("Do not award"));
    m_award->setText(m_awardAction->text());
    m_refuse->setText(m_refuseAction->text());
    for (QAction *a : {m_awardAction, m_refuseAction})
        a->setToolTip(
            u"%1 (%2)"_s.arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    m_award->setToolTip(m_awardAction->toolTip());
    m_refuse->setToolTip(m_refuseAction->toolTip());
    m_twinSpaceAction->setText(tr("Read the project's TwinSpace"));
    m_twinSpaceAction->setToolTip(
        u"%1 (%2)"_s.arg(m_twinSpaceAction->text(),
                         m_twinSpaceAction->shortcut().toString(QKeySequence::NativeText)));
    m_twinSpace->setText(tr("Read the project's &TwinSpace"));
    m_twinSpace->setToolTip(m_twinSpaceAction->toolTip());
}

qint64 AssessmentView::currentId() const
{
    const LabelApplication *a = m_model->application(m_queue->currentIndex().row());
    return a ? a->id : 0;
}

QString AssessmentView::typedKey() const
{
    return u"label-assessment:%1"_s.arg(m_shown);
}

void AssessmentView::reload()
{
    const qint64 keep = currentId();
    QList<LabelApplication> shown;
    int waiting = 0, decided = 0;
    for (const LabelApplication &a : m_desk->queue()) {
        (a.decision ? decided : waiting) += 1;
        const int f = m_filter->currentIndex();
        if (f == 2 || (f == 0 && !a.decision) || (f == 1 && a.decision))
            shown.append(a);
    }
    m_count->setText(tr("%n waiting, ", nullptr, waiting) + tr("%n decided", nullptr, decided));
    m_count->setAccessibleName(m_count->text());
    {
        const QSignalBlocker block(m_queue->selectionModel());
        m_model->setApplications(shown);
        const int row = std::max(0, m_model->rowOf(keep));
        if (m_model->rowCount() > 0)
            m_queue->setCurrentIndex(m_model->index(row, 0));
    }
    m_queue->resizeColumnsToContents();
    showCurrent();
}

void AssessmentView::showCurrent()
{
    const qint64 id = currentId();
    // Leaving an application: what was typed for it is kept, and its comment sent.
    if (m_shown != 0 && m_shown != id) {
        m_autosaver->flush();
        sendScores();
        sendSubComments();
        sendComment();
    }
    const bool same = m_shown == id && id != 0;
    m_shown = id;
    const auto a = id ? m_desk->application(id) : std::nullopt;
    m_award->setEnabled(a && !a->decision);
    m_refuse->setEnabled(a && !a->decision);
    m_awardAction->setEnabled(m_award->isEnabled());
    m_refuseAction->setEnabled(m_refuse->isEnabled());
    m_comment->setEnabled(a && !a->decision);
    m_feedback->setEnabled(a && !a->decision);
    if (!a) {
        m_twinSpace->setEnabled(false);
        m_text->setHtml(u"<p>%1</p>"_s.arg(
            escaped(m_filter->currentIndex() == 0
                        ? tr("No application waits for an assessment. Teachers' applications "
                             "arrive here with each synchronisation.")
                        : tr("No application here."))));
        m_grid->setRowCount(0);
        m_why->clear();
        return;
    }

    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(
        escaped(tr("%1 — “%2”").arg(a->applicantName, a->projectTitle)),
        escaped(tr("%1, school year %2, application %3 of 2; submitted on %4.")
                    .arg(a->schoolName, a->schoolYear)
                    .arg(a->attempt)
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(a->submittedAt).date(),
                                            QLocale::LongFormat))));
    if (a->decision)
        html += u"<p><b>%1</b></p>"_s.arg(escaped(
            (a->decision->decision == u"awarded" ? tr("Awarded by %1: %2")
                                                 : tr("Not awarded by %1: %2"))
                .arg(a->decision->decidedByName.isEmpty() ? tr("this computer, not sent yet")
                                                          : a->decision->decidedByName,
                     a->decision->feedback)));
    for (const QString &c : label::criteria())
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(escaped(label::criterionTitle(c)),
                                              escaped(a->criteria.value(c).toString()));
    html += u"<h4>%1</h4><p>%2</p>"_s.arg(escaped(label::criterionTitle(u"ownRole"_s)),
                                          escaped(a->ownRole));
    // Readable here while the application waits (the server sends its TwinSpace to assessors).
    const bool readable = m_desk->canReadTwinSpace(a->projectId);
    m_twinSpace->setEnabled(readable);
    m_twinSpace->setToolTip(readable ? m_twinSpaceAction->toolTip()
                                     : tr("The project's TwinSpace is here while its "
                                          "applications wait for a decision, after a "
                                          "synchronisation."));
    const auto evidenceTitle = [](const LabelEvidence &e) {
        return (e.kind == u"page" ? tr("TwinSpace page: %1") : tr("TwinSpace material: %1"))
            .arg(e.title);
    };
    if (!a->evidence.isEmpty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(escaped(tr("Evidence")));
        for (const LabelEvidence &e : a->evidence)
            html +=
                e.kind == u"link"
                    ? u"<li><a href=\"%1\">%2</a></li>"_s.arg(
                          e.url.toHtmlEscaped(), escaped(e.title.isEmpty() ? e.url : e.title))
                : readable
                    ? u"<li><a href=\"twinspace:%1/%2\">%3</a></li>"_s.arg(e.kind).arg(e.id).arg(
                          escaped(evidenceTitle(e)))
                    : u"<li>%1</li>"_s.arg(escaped(evidenceTitle(e)));
        html += u"</ul>"_s;
    }
    m_text->setHtml(html);
    showGrid(*a);

    if (!same) {
        m_autosaver->setPaused(true);
        const QJsonObject typed = m_desk->typed(typedKey()).value_or(QJsonObject());
        QString comment;
        for (const LabelAssessment &x : m_desk->assessments(id))
            if (x.assessorId == m_desk->account().id)
                comment = x.comment;
        m_comment->setPlainText(typed.value(u"comment"_s).toString(comment));
        // A comment per sub-criterion typed and not sent yet comes back as typed.
        const QJsonObject notes = typed.value(u"comments"_s).toObject();
        for (auto it = m_subComments.cbegin(); it != m_subComments.cend(); ++it)
            if (notes.contains(it.key())) {
                it.value()->setText(notes.value(it.key()).toString());
                // Typed and not sent: a sync landing must not put the sent text back.
                it.value()->setModified(true);
            }
        m_feedback->setPlainText(typed.value(u"feedback"_s).toString());
        m_autosaver->setPaused(false);
        m_message->clear();
    }
    const QStringList why = a->decision ? QStringList() : m_desk->whyNotAward(id);
    m_why->setText(why.isEmpty() ? QString()
                                 : tr("Not possible to award yet:") + u'\n' + why.join(u'\n'));
    m_why->setVisible(!why.isEmpty());
    m_why->setAccessibleName(m_why->text());
}

void AssessmentView::showGrid(const LabelApplication &a)
{
    const auto grid = m_desk->grid(a);
    const QList<LabelAssessment> all = m_desk->assessments(a.id);
    const auto averages = grid::averages(all);
    QMap<QString, int> mine;
    QMap<QString, QString> mineNotes;
    for (const LabelAssessment &x : all)
        if (x.assessorId == m_desk->account().id) {
            mine = x.scores;
            mineNotes = x.comments;
        }
    const auto averageText = [&](const QString &key) {
        return averages.contains(key) ? QLocale().toString(averages.value(key), 'g', 3) : u"—"_s;
    };
    // The same application on the same grid: its figures change in place, so that the score
    // being typed and the keyboard's place in the table stay (a sync lands while one types).
    if (grid && m_gridOf == std::pair{a.id, grid->id} && !m_scores.isEmpty()) {
        m_filling = true;
        // What lands is not typing: nothing to keep.
        m_autosaver->setPaused(true);
        for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
            m_averages.value(it.key())->setText(averageText(it.key()));
            it.value()->setEnabled(!a.decision);
            if (!it.value()->hasFocus())
                it.value()->setValue(mine.value(it.key(), -1));
        }
        for (auto it = m_subComments.cbegin(); it != m_subComments.cend(); ++it) {
            it.value()->setEnabled(!a.decision);
            if (!it.value()->hasFocus() && !it.value()->isModified())
                it.value()->setText(mineNotes.value(it.key()));
        }
        m_autosaver->setPaused(false);
        m_filling = false;
        return;
    }
    m_gridOf = {a.id, grid ? grid->id : 0};
    m_filling = true;
    m_scores.clear();
    m_averages.clear();
    m_subComments.clear();
    m_grid->clearContents();
    m_grid->setRowCount(0);
    if (!grid) {
        m_gridLabel->setText(tr("The assessment grid has not reached this computer yet."));
        m_filling = false;
        return;
    }
    m_gridLabel->setText(
        tr("Assessment grid (%1 points; version %2)").arg(grid->maxTotal()).arg(grid->version));
    for (const Criterion &c : grid->criteria) {
        const int header = m_grid->rowCount();
        m_grid->insertRow(header);
        auto *title = new QTableWidgetItem(grid::titleIn(c.title, language()));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        m_grid->setItem(header, SubCriterionColumn, title);
        m_grid->setSpan(header, 0, 1, GridColumns);
        for (const SubCriterion &s : c.subCriteria) {
            const int row = m_grid->rowCount();
            m_grid->insertRow(row);
            const QString name = grid::titleIn(s.title, language());
            m_grid->setItem(row, SubCriterionColumn, new QTableWidgetItem(name));
            m_grid->setItem(row, MaxColumn, new QTableWidgetItem(QString::number(s.maxPoints)));
            m_grid->setItem(
                row, MinimumColumn,
                new QTableWidgetItem(s.minimum > 0 ? QString::number(s.minimum) : u"—"_s));
            auto *average = new QTableWidgetItem(averageText(s.key));
            m_grid->setItem(row, AverageColumn, average);
            m_averages.insert(s.key, average);
            auto *spin = new QSpinBox(m_grid);
            spin->setObjectName(u"score_"_s + s.key);
            spin->setRange(-1, s.maxPoints);
            spin->setSpecialValueText(tr("not scored"));
            spin->setValue(mine.value(s.key, -1));
            spin->setEnabled(!a.decision);
            spin->setAccessibleName(tr("My score: %1 (0 to %2 points)").arg(name).arg(s.maxPoints));
            // A screen reader reads the field inside, too.
            if (auto *edit = spin->findChild<QLineEdit *>())
                edit->setAccessibleName(spin->accessibleName());
            connect(spin, &QSpinBox::editingFinished, this, &AssessmentView::sendScores);
            m_grid->setCellWidget(row, MineColumn, spin);
            m_scores.insert(s.key, spin);
            auto *note = new QLineEdit(m_grid);
            note->setObjectName(u"comment_"_s + s.key);
            note->setMaxLength(grid::maxCommentLength);
            note->setText(mineNotes.value(s.key));
            note->setEnabled(!a.decision);
            note->setAccessibleName(tr("My comment: %1").arg(name));
            // Kept as typed; sent when the assessor leaves the field.
            m_autosaver->watch(note);
            connect(note, &QLineEdit::editingFinished, this, &AssessmentView::sendSubComments);
            m_grid->setCellWidget(row, CommentColumn, note);
            m_subComments.insert(s.key, note);
        }
    }
    m_grid->resizeColumnsToContents();
    m_grid->horizontalHeader()->setSectionResizeMode(SubCriterionColumn, QHeaderView::Stretch);
    m_grid->setColumnWidth(CommentColumn, std::max(m_grid->columnWidth(CommentColumn),
                                                   m_grid->fontMetrics().averageCharWidth() * 28));
    m_grid->resizeRowsToContents();
    m_filling = false;
}

void AssessmentView::keepTyped()
{
    if (m_shown == 0)
        return;
    QJsonObject notes;
    for (auto it = m_subComments.cbegin(); it != m_subComments.cend(); ++it)
        notes.insert(it.key(), it.value()->text());
    m_desk->keepTyped(typedKey(), {{u"comment"_s, m_comment->toPlainText()},
                                   {u"comments"_s, notes},
                                   {u"feedback"_s, m_feedback->toPlainText()}});
}

void AssessmentView::sendScores()
{
    if (m_filling || m_shown == 0)
        return;
    QMap<QString, int> mine;
    for (const LabelAssessment &x : m_desk->assessments(m_shown))
        if (x.assessorId == m_desk->account().id)
            mine = x.scores;
    QJsonObject changed;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        if (it.value()->value() >= 0 && it.value()->value() != mine.value(it.key(), -1))
            changed.insert(it.key(), it.value()->value());
    if (changed.isEmpty())
        return;
    const qint64 id = m_shown;
    const auto queued = m_desk->assess(id, {{u"scores"_s, changed}});
    m_message->setText(queued ? tr("Scores saved; they leave with the next synchronisation.")
                              : queued.error().message);
}

void AssessmentView::sendSubComments()
{
    if (m_filling || m_shown == 0)
        return;
    QMap<QString, QString> sent;
    for (const LabelAssessment &x : m_desk->assessments(m_shown))
        if (x.assessorId == m_desk->account().id)
            sent = x.comments;
    QJsonObject changed;
    for (auto it = m_subComments.cbegin(); it != m_subComments.cend(); ++it)
        if (it.value()->isEnabled() && it.value()->text().trimmed() != sent.value(it.key()))
            changed.insert(it.key(), it.value()->text().trimmed());
    if (changed.isEmpty())
        return;
    const auto queued = m_desk->assess(m_shown, {{u"comments"_s, changed}});
    m_message->setText(queued ? tr("Comments saved; they leave with the next synchronisation.")
                              : queued.error().message);
    // Sent: a later sync may show them as the server has them. Refused: they stay as typed.
    if (queued)
        for (QLineEdit *note : std::as_const(m_subComments))
            note->setModified(false);
}

void AssessmentView::sendComment()
{
    if (m_shown == 0 || !m_comment->isEnabled())
        return;
    QString sent;
    for (const LabelAssessment &x : m_desk->assessments(m_shown))
        if (x.assessorId == m_desk->account().id)
            sent = x.comment;
    const QString text = m_comment->toPlainText().trimmed();
    if (text == sent.trimmed())
        return;
    const auto queued = m_desk->assess(m_shown, {{u"comment"_s, text}});
    if (!queued)
        m_message->setText(queued.error().message);
}

void AssessmentView::decide(bool award)
{
    const qint64 id = currentId();
    if (!id)
        return;
    m_autosaver->flush();
    sendScores();
    sendComment();
    const auto queued = m_desk->decide(id, award, m_feedback->toPlainText());
    if (!queued) {
        m_message->setText(queued.error().fields.isEmpty() ? queued.error().message
                                                           : queued.error().fields.first().message);
        if (queued.error().fields.contains(u"feedback"_s))
            m_feedback->setFocus();
        return;
    }
    m_desk->forgetTyped(typedKey());
    // The next one waiting comes up.
    const int row = m_queue->currentIndex().row();
    reload();
    if (m_model->rowCount() > 0)
        m_queue->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    m_message->setText(award ? tr("Awarded; the decision leaves with the next synchronisation.")
                             : tr("Not awarded; the decision leaves with the next "
                                  "synchronisation."));
}

} // namespace etw
