// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/review_workspace.h"

#include "autosaver.h"
#include "domain/regions.h"
#include "review/review_item_text.h"
#include "review/review_queue_model.h"
#include "review/service_settings_dialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
constexpr ReviewDesk::Queue queueAt[] = {ReviewDesk::Queue::Registrations,
                                         ReviewDesk::Queue::Projects, ReviewDesk::Queue::Decided};
// "Waiting since" choices, in days (0: any time).
constexpr int sinceDays[] = {0, 7, 30};
} // namespace

ReviewWorkspace::ReviewWorkspace(ReviewDesk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new ReviewQueueModel(this))
    , m_queues(new QTabBar(this))
    , m_region(new QComboBox(this))
    , m_since(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_notes(new QTextBrowser(this))
    , m_templates(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_addNote(new QPushButton(this))
    , m_autosaver(new Autosaver([this] { keepTypedNow(); }, this))
{
    for (int i = 0; i < 3; ++i)
        m_queues->addTab(QString());
    // A regional correspondent works on their region only: there is nothing to narrow.
    m_region->addItem(QString(), QString());
    for (const QString &code : regions::codes(m_desk->account().country))
        m_region->addItem(regions::name(code), code);
    m_region->setVisible(!m_desk->isRegional() && m_region->count() > 1);
    for (int i = 0; i < 3; ++i)
        m_since->addItem(QString(), sinceDays[i]);
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Fixed widths but the school's: sizing 2,000 rows to their contents would take seconds.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReviewQueueModel::Detail, QHeaderView::Stretch);
    header->resizeSection(ReviewQueueModel::Title, 160);
    header->resizeSection(ReviewQueueModel::Region, 120);
    header->resizeSection(ReviewQueueModel::Waiting, 70);
    header->resizeSection(ReviewQueueModel::State, 180);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_empty->setWordWrap(true);
    m_message->setWordWrap(true);
    m_reason->setTabChangesFocus(true);
    m_note->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_note->setMaximumHeight(70);
    m_reasonLabel->setBuddy(m_reason);
    m_noteLabel->setBuddy(m_note);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_region);
    filters->addWidget(m_since);
    filters->addWidget(m_search, 1);
    auto *left = new QWidget(this);
    auto *leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->addWidget(m_queues);
    leftBox->addLayout(filters);
    leftBox->addWidget(m_table, 1);
    leftBox->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_templates, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignTop);
    auto *right = new QWidget(this);
    auto *rightBox = new QVBoxLayout(right);
    rightBox->setContentsMargins(0, 0, 0, 0);
    rightBox->addWidget(m_text, 3);
    rightBox->addWidget(m_reasonLabel);
    rightBox->addWidget(m_reason);
    rightBox->addLayout(buttons);
    rightBox->addWidget(m_message);
    rightBox->addWidget(m_notes, 1);
    rightBox->addWidget(m_noteLabel);
    rightBox->addLayout(noteRow);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({760, 520});
    auto *box = new QVBoxLayout(this);
    box->addWidget(split);

    m_approveAction = action(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_rejectAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_next = action(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_previous = action(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_find = action(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_reasonAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_noteAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_settingsAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // Templates and the setting are the national service's: its regions read them.
    m_settingsAction->setEnabled(!m_desk->isRegional());
    connect(m_settingsAction, &QAction::triggered, this, [this] { openServiceSettings(); });
    connect(m_approveAction, &QAction::triggered, this, [this] { decide(true); });
    connect(m_rejectAction, &QAction::triggered, this, [this] { decide(false); });
    connect(m_next, &QAction::triggered, this, [this] { move(1); });
    connect(m_previous, &QAction::triggered, this, [this] { move(-1); });
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_reasonAction, &QAction::triggered, m_reason, [this] { m_reason->setFocus(); });
    connect(m_noteAction, &QAction::triggered, m_note, [this] { m_note->setFocus(); });
    connect(m_approve, &QPushButton::clicked, m_approveAction, &QAction::trigger);
    connect(m_reject, &QPushButton::clicked, m_rejectAction, &QAction::trigger);
    connect(m_addNote, &QPushButton::clicked, this, &ReviewWorkspace::addNote);
    connect(m_templates, &QComboBox::activated, this, &ReviewWorkspace::applyTemplate);
    connect(m_queues, &QTabBar::currentChanged, this, &ReviewWorkspace::reload);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::reload);
    connect(m_since, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::reload);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewWorkspace::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewWorkspace::showCurrent);
    connect(m_desk, &ReviewDesk::changed, this, &ReviewWorkspace::reload);
    m_autosaver->watch(m_reason);
    m_autosaver->watch(m_note);

    retranslate();
    reload();
}

QAction *ReviewWorkspace::action(const QKeySequence &keys)
{
    auto *a = new QAction(this);
    a->setShortcut(keys);
    // Wherever the focus is in the workspace (the reason being typed included).
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    return a;
}

QList<QAction *> ReviewWorkspace::reviewActions() const
{
    return {m_approveAction, m_rejectAction, m_next,       m_previous,
            m_find,          m_reasonAction, m_noteAction, m_settingsAction};
}

ServiceSettingsDialog *ReviewWorkspace::openServiceSettings()
{
    if (m_desk->isRegional())
        return nullptr;
    if (!m_settings)
        m_settings = new ServiceSettingsDialog(m_desk, this);
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
    return m_settings;
}

void ReviewWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewWorkspace::retranslate()
{
    const bool registrations = m_type != u"project";
    m_region->setItemText(0, tr("All regions"));
    m_since->setItemText(0, tr("Any time"));
    m_since->setItemText(1, tr("Waiting more than 7 days"));
    m_since->setItemText(2, tr("Waiting more than 30 days"));
    m_search->setPlaceholderText(tr("Search names, schools, titles…"));
    m_region->setAccessibleName(tr("Region"));
    m_since->setAccessibleName(tr("Waiting since"));
    m_search->setAccessibleName(tr("Search the queue"));
    m_table->setAccessibleName(tr("Queue"));
    m_queues->setAccessibleName(tr("Queues"));
    m_text->setAccessibleName(tr("Item under review"));
    m_notes->setAccessibleName(tr("Notes of the service"));
    m_templates->setAccessibleName(tr("Reason templates"));
    m_reasonLabel->setText(tr("Reason for a refu&sal (the teacher reads it):"));
    m_reason->setAccessibleName(tr("Reason for a refusal"));
    m_noteLabel->setText(tr("Private &note for your colleagues:"));
    m_note->setAccessibleName(tr("Private note"));
    m_approve->setText(registrations ? tr("&Validate") : tr("Appro&ve"));
    m_reject->setText(tr("Re&fuse"));
    m_addNote->setText(tr("Add n&ote"));
    m_approveAction->setText(tr("Approve or validate the item"));
    m_rejectAction->setText(tr("Refuse the item, with the reason typed"));
    m_next->setText(tr("Next item in the queue"));
    m_previous->setText(tr("Previous item in the queue"));
    m_find->setText(tr("Search the queue"));
    m_reasonAction->setText(tr("Type the reason for a refusal"));
    m_noteAction->setText(tr("Type a private note"));
    m_settingsAction->setText(tr("Reason templates and settings of the service…"));
    for (QAction *a : reviewActions())
        a->setToolTip(a->text() + u" ("_s + a->shortcut().toString(QKeySequence::NativeText) +
                      u')');
    m_approve->setToolTip(m_approveAction->toolTip());
    m_reject->setToolTip(m_rejectAction->toolTip());
    m_approve->setAccessibleName(m_approve->text().remove(u'&'));
    m_reject->setAccessibleName(m_reject->text().remove(u'&'));
    m_addNote->setAccessibleName(m_addNote->text().remove(u'&'));
    m_addNote->setToolTip(tr("Adds the note for the service's colleagues (never the teacher)"));
    reload();
}

ReviewDesk::Filter ReviewWorkspace::filter() const
{
    ReviewDesk::Filter f;
    f.queue = queueAt[std::clamp(m_queues->currentIndex(), 0, 2)];
    f.region = m_region->currentData().toString();
    f.text = m_search->text();
    if (const int days = m_since->currentData().toInt(); days > 0)
        f.to = QDate::currentDate().addDays(-days);
    return f;
}

void ReviewWorkspace::reload()
{
    if (!m_model)
        return;
    const QString type = m_type;
    const qint64 id = m_id;
    const QString region = m_region->currentData().toString();
    const ReviewDesk::Counts counts = m_desk->counts(region);
    m_queues->setTabText(0, tr("Re&gistrations (%1)").arg(counts.registrations));
    m_queues->setTabText(1, tr("&Projects (%1)").arg(counts.projects));
    m_queues->setTabText(2, tr("&Decided (%1)").arg(counts.decided));
    m_model->setItems(m_desk->items(filter()));
    const bool none = m_model->rowCount() == 0;
    m_empty->setVisible(none);
    m_empty->setText(m_search->text().isEmpty()
                         ? tr("Nothing in this queue. New registrations and projects arrive with "
                              "each synchronisation; decided items are under Decided.")
                         : tr("Nothing matches this search. Clear it (Esc) to see the whole "
                              "queue."));
    // The same item stays current when it is still there; otherwise the next one in the queue.
    int row = m_model->rowOf(type, id);
    if (row < 0 && !none)
        row = 0;
    if (row >= 0)
        m_table->selectRow(row);
    else
        showCurrent();
}

QString ReviewWorkspace::typedKey(const QString &what) const
{
    return u"review-%1:%2:%3"_s.arg(what, m_type).arg(m_id);
}

void ReviewWorkspace::keepTypedNow()
{
    if (m_id == 0)
        return;
    m_desk->keepTyped(typedKey(u"reason"_s), {{u"text"_s, m_reason->toPlainText()}});
    m_desk->keepTyped(typedKey(u"note"_s), {{u"text"_s, m_note->toPlainText()}});
}

void ReviewWorkspace::showCurrent()
{
    m_autosaver->flush();
    const review_cache::Item *i = m_model->item(m_table->currentIndex().row());
    const QString type = i ? i->type : QString();
    const qint64 id = i ? i->id : 0;
    if (type != m_type || id != m_id)
        m_message->clear();
    m_type = type;
    m_id = id;
    m_autosaver->setPaused(true);
    m_reason->setPlainText(
        i ? m_desk->typed(typedKey(u"reason"_s)).value_or(QJsonObject())[u"text"_s].toString()
          : QString());
    m_note->setPlainText(
        i ? m_desk->typed(typedKey(u"note"_s)).value_or(QJsonObject())[u"text"_s].toString()
          : QString());
    m_autosaver->setPaused(false);
    const bool open = i && i->waiting && i->queuedDecision.isEmpty() && m_desk->decides();
    for (QWidget *w : std::initializer_list<QWidget *>{m_approve, m_reject, m_reason, m_templates})
        w->setEnabled(open);
    m_approveAction->setEnabled(open);
    m_rejectAction->setEnabled(open);
    m_note->setEnabled(i);
    m_addNote->setEnabled(i);
    m_templates->clear();
    m_templates->addItem(tr("Reason templates…"), 0);
    if (!i) {
        m_text->setHtml(u"<p>%1</p>"_s.arg(tr("Choose an item in the queue.").toHtmlEscaped()));
        m_notes->clear();
        return;
    }
    for (const ReasonTemplate &t : m_desk->templates(type))
        m_templates->addItem(t.title, t.text);
    QString html;
    if (type == u"registration") {
        if (const auto g = m_desk->registration(id))
            html = review_item_text::registration(*g);
    } else if (const auto p = m_desk->project(id)) {
        html = review_item_text::project(*p);
    }
    const QString state = ReviewQueueModel::stateText(*i);
    m_text->setHtml(html + u"<p><b>%1</b></p>"_s.arg(state.toHtmlEscaped()));
    m_notes->setHtml(review_item_text::notes(m_desk->notes(type, id)));
    if (i->waiting && !m_desk->decides())
        m_message->setText(tr("Your national support service decides on this item: it has not "
                              "let regional correspondents decide. You can still add notes."));
    m_approve->setText(type == u"registration" ? tr("&Validate") : tr("Appro&ve"));
    m_approve->setAccessibleName(m_approve->text().remove(u'&'));
}

void ReviewWorkspace::move(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + step, 0, rows - 1);
    m_table->selectRow(row);
    m_table->setFocus();
}

void ReviewWorkspace::decide(bool approve)
{
    if (m_id == 0)
        return;
    const QString type = m_type;
    const qint64 id = m_id;
    const int row = m_table->currentIndex().row();
    const auto done = m_desk->decide(type, id, approve, m_reason->toPlainText());
    if (!done) {
        const Error &e = done.error();
        m_message->setText(e.fields.contains(u"reason"_s)
                               ? tr("Reason for a refusal: %1").arg(e.fields[u"reason"_s].message)
                               : e.message);
        if (e.fields.contains(u"reason"_s))
            m_reason->setFocus();
        return;
    }
    m_desk->forgetTyped(typedKey(u"reason"_s));
    m_message->setText(approve ? tr("Decision saved; it leaves with the next synchronisation.")
                               : tr("Refusal saved; it leaves with the next synchronisation."));
    // On to the next one: the decided item stays, marked, until the server has it.
    m_table->selectRow(std::min(row + 1, m_model->rowCount() - 1));
    m_table->setFocus();
}

void ReviewWorkspace::addNote()
{
    if (m_id == 0)
        return;
    const auto added = m_desk->addNote(m_type, m_id, m_note->toPlainText());
    if (!added) {
        const Error &e = added.error();
        m_message->setText(e.fields.contains(u"text"_s)
                               ? tr("Private note: %1").arg(e.fields[u"text"_s].message)
                               : e.message);
        m_note->setFocus();
        return;
    }
    m_desk->forgetTyped(typedKey(u"note"_s));
    m_autosaver->setPaused(true);
    m_note->clear();
    m_autosaver->setPaused(false);
    m_notes->setHtml(review_item_text::notes(m_desk->notes(m_type, m_id)));
}

void ReviewWorkspace::applyTemplate(int index)
{
    const QString text = m_templates->itemData(index).toString();
    if (index <= 0 || text.isEmpty())
        return;
    // A template is a start: the correspondent edits it for this teacher.
    m_reason->setPlainText(text);
    m_reason->setFocus();
    m_autosaver->changed();
    m_templates->setCurrentIndex(0);
}

} // namespace etw
