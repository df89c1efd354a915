// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/service_settings_dialog.h"

#include "autosaver.h"
#include "domain/regions.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
const QString kinds[] = {u"registration"_s, u"project"_s};
} // namespace

ServiceSettingsDialog::ServiceSettingsDialog(ReviewDesk *desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_intro(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_startLabel(new QLabel(this))
    , m_regional(new QCheckBox(this))
    , m_startDay(new QSpinBox(this))
    , m_startMonth(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_autosaver(new Autosaver([this] { keepTypedNow(); }, this))
{
    m_kind->addItem(QString(), kinds[0]);
    m_kind->addItem(QString(), kinds[1]);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_kindLabel->setBuddy(m_kind);
    m_titleLabel->setBuddy(m_title);
    m_textLabel->setBuddy(m_text);
    m_text->setTabChangesFocus(true);
    m_title->setMaxLength(review::maxTemplateTitleLength);
    // Only a country with regions has regional correspondents to let decide.
    m_regional->setVisible(!regions::codes(m_desk->account().country).isEmpty());
    m_regional->setChecked(m_desk->setting().regionalDecisions);
    // The school year is the country's: its national service sets it, not a region's.
    const bool national = m_desk->account().region.isEmpty();
    m_startDay->setRange(1, 28);
    for (int month = 1; month <= 12; ++month)
        m_startMonth->addItem(QString(), month);
    m_startLabel->setBuddy(m_startDay);
    for (QWidget *w : std::initializer_list<QWidget *>{m_startLabel, m_startDay, m_startMonth})
        w->setVisible(national);
    showYearStart();

    auto *form = new QFormLayout;
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_textLabel, m_text);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_new);
    editButtons->addStretch(1);
    editButtons->addWidget(m_delete);
    editButtons->addWidget(m_save);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form, 1);
    editor->addWidget(m_message);
    editor->addLayout(editButtons);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_kind, 1);
    auto *listBox = new QVBoxLayout;
    listBox->addLayout(kindRow);
    listBox->addWidget(m_list, 1);
    auto *templates = new QHBoxLayout;
    templates->addLayout(listBox, 2);
    templates->addLayout(editor, 3);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_close);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_startLabel);
    startRow->addWidget(m_startDay);
    startRow->addWidget(m_startMonth);
    startRow->addStretch(1);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_regional);
    box->addLayout(startRow);
    box->addWidget(m_intro);
    box->addLayout(templates, 1);
    box->addLayout(closeRow);

    // The buttons' shortcuts work wherever the focus is in the dialog.
    auto shortcut = [this](QPushButton *button, const QKeySequence &keys) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        addAction(a);
        connect(a, &QAction::triggered, button, &QPushButton::click);
        button->setProperty("keys", keys.toString(QKeySequence::NativeText));
    };
    shortcut(m_new, QKeySequence(Qt::CTRL | Qt::Key_N));
    shortcut(m_save, QKeySequence(Qt::CTRL | Qt::Key_S));
    shortcut(m_delete, QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_new, &QPushButton::clicked, this, &ServiceSettingsDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &ServiceSettingsDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &ServiceSettingsDialog::remove);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_autosaver->flush();
        m_id = 0;
        reloadList();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showTemplate(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_regional, &QCheckBox::toggled, this, [this](bool allowed) {
        if (allowed == m_desk->setting().regionalDecisions)
            return;
        const auto queued = m_desk->setRegionalDecisions(allowed);
        m_message->setText(queued ? tr("Setting saved; it leaves with the next synchronisation.")
                                  : queued.error().message);
    });
    connect(m_startDay, &QSpinBox::valueChanged, this, &ServiceSettingsDialog::queueYearStart);
    connect(m_startMonth, &QComboBox::currentIndexChanged, this,
            &ServiceSettingsDialog::queueYearStart);
    connect(m_desk, &ReviewDesk::changed, this, &ServiceSettingsDialog::reloadList);
    m_autosaver->watch(m_title);
    m_autosaver->watch(m_text);

    retranslate();
    reloadList();
}

void ServiceSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServiceSettingsDialog::done(int result)
{
    m_autosaver->flush();
    QDialog::done(result);
}

void ServiceSettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings of the service"));
    // A message said in the former language is not read again in the new one.
    m_message->clear();
    m_regional->setText(
        tr("&Regional correspondents decide on their region's registrations and projects"));
    m_regional->setAccessibleName(m_regional->text().remove(u'&'));
    m_startLabel->setText(tr("School &year starts on:"));
    m_startDay->setAccessibleName(tr("Day the school year starts"));
    m_startDay->setToolTip(tr("Your teachers' four Quality Label applications are counted per "
                              "school year."));
    // The spin box's own field is what a screen reader lands on.
    if (QLineEdit *field = m_startDay->findChild<QLineEdit *>())
        field->setAccessibleName(m_startDay->accessibleName());
    m_startMonth->setAccessibleName(tr("Month the school year starts"));
    for (int i = 0; i < m_startMonth->count(); ++i)
        m_startMonth->setItemText(i, QLocale().standaloneMonthName(i + 1));
    m_intro->setText(tr("Reason templates: the reasons your service's correspondents start a "
                        "refusal from. The teacher reads the reason as it is sent."));
    m_kindLabel->setText(tr("&Queue:"));
    m_kind->setItemText(0, tr("Registrations"));
    m_kind->setItemText(1, tr("Projects"));
    m_kind->setAccessibleName(tr("Queue of the templates"));
    m_list->setAccessibleName(tr("Reason templates"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setAccessibleName(tr("Title of the template"));
    m_textLabel->setText(tr("Te&xt:"));
    m_text->setAccessibleName(tr("Text of the template"));
    m_message->setAccessibleName(tr("Message"));
    m_new->setText(tr("&New template"));
    m_save->setText(tr("&Save template"));
    m_delete->setText(tr("&Delete template"));
    m_close->setText(tr("&Close"));
    for (QPushButton *b : {m_new, m_save, m_delete}) {
        b->setAccessibleName(b->text().remove(u'&'));
        b->setToolTip(u"%1 (%2)"_s.arg(b->accessibleName(), b->property("keys").toString()));
    }
    m_close->setAccessibleName(m_close->text().remove(u'&'));
    m_title->setPlaceholderText(tr("A school that is not one, a project copied…"));
}

QString ServiceSettingsDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString ServiceSettingsDialog::typedKey() const
{
    return u"review-template:%1:%2"_s.arg(kind()).arg(m_id);
}

void ServiceSettingsDialog::keepTypedNow()
{
    m_desk->keepTyped(typedKey(),
                      {{u"title"_s, m_title->text()}, {u"text"_s, m_text->toPlainText()}});
}

void ServiceSettingsDialog::showYearStart()
{
    const label::SchoolYearStart start = m_desk->yearStart();
    const QSignalBlocker blockDay(m_startDay), blockMonth(m_startMonth);
    m_startDay->setValue(start.day);
    m_startMonth->setCurrentIndex(start.month - 1);
}

void ServiceSettingsDialog::queueYearStart()
{
    const label::SchoolYearStart start{m_startMonth->currentIndex() + 1, m_startDay->value()};
    const label::SchoolYearStart stored = m_desk->yearStart();
    if (start.month == stored.month && start.day == stored.day)
        return;
    const auto queued = m_desk->setYearStart(start);
    m_message->setText(queued ? tr("Setting saved; it leaves with the next synchronisation.")
                              : queued.error().message);
}

void ServiceSettingsDialog::reloadList()
{
    {
        const QSignalBlocker block(m_regional);
        m_regional->setChecked(m_desk->setting().regionalDecisions);
    }
    // The field being typed in keeps what is typed; the other shows what is stored.
    if (!m_startDay->hasFocus() && !m_startMonth->hasFocus())
        showYearStart();
    const QString shownTitle = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = -1, sameTitle = -1;
    for (const ReasonTemplate &t : m_desk->templates(kind())) {
        auto *item = new QListWidgetItem(t.title, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == m_id)
            row = m_list->count() - 1;
        if (t.title == shownTitle)
            sameTitle = m_list->count() - 1;
    }
    // A template created here comes back from the server under its own id.
    if (row < 0 && m_id != 0 && sameTitle >= 0) {
        row = sameTitle;
        m_id = m_list->item(row)->data(Qt::UserRole).toLongLong();
    }
    m_list->setCurrentRow(row);
    if (row < 0 && m_id != 0)
        m_id = 0;
    // The fields keep what is being typed; a template gone from the list leaves a new one.
    if (row < 0)
        showTemplate(m_id);
    m_delete->setEnabled(m_id != 0);
}

void ServiceSettingsDialog::showTemplate(qint64 id)
{
    m_autosaver->flush();
    if (id != m_id)
        m_message->clear();
    m_id = id;
    ReasonTemplate stored;
    for (const ReasonTemplate &t : m_desk->templates(kind()))
        if (t.id == id)
            stored = t;
    // What was typed and not saved comes back over the stored template.
    const QJsonObject typed = m_desk->typed(typedKey()).value_or(QJsonObject());
    m_autosaver->setPaused(true);
    m_title->setText(typed.value(u"title"_s).toString(stored.title));
    m_text->setPlainText(typed.value(u"text"_s).toString(stored.text));
    m_autosaver->setPaused(false);
    m_delete->setEnabled(m_id != 0);
}

void ServiceSettingsDialog::startNew()
{
    m_autosaver->flush();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    showTemplate(0);
    m_title->setFocus();
}

void ServiceSettingsDialog::save()
{
    m_autosaver->flush();
    const QString typedBefore = typedKey();
    const auto saved = m_desk->saveTemplate(m_id, kind(), m_title->text(), m_text->toPlainText());
    if (!saved) {
        const Error &e = saved.error();
        if (e.fields.contains(u"title"_s)) {
            m_message->setText(tr("Title: %1").arg(e.fields[u"title"_s].message));
            m_title->setFocus();
        } else if (e.fields.contains(u"text"_s)) {
            m_message->setText(tr("Text: %1").arg(e.fields[u"text"_s].message));
            m_text->setFocus();
        } else {
            m_message->setText(e.message);
        }
        return;
    }
    m_desk->forgetTyped(typedBefore);
    m_id = saved.value();
    reloadList();
    m_message->setText(tr("Template saved; it leaves with the next synchronisation."));
}

void ServiceSettingsDialog::remove()
{
    if (m_id == 0)
        return;
    const QString typedBefore = typedKey();
    const auto removed = m_desk->deleteTemplate(m_id);
    if (!removed) {
        m_message->setText(removed.error().message);
        return;
    }
    m_desk->forgetTyped(typedBefore);
    m_id = 0;
    reloadList();
    m_message->setText(tr("Template deleted; the deletion leaves with the next synchronisation."));
    m_list->setFocus();
}

} // namespace etw
