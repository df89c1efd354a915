// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/school_label_dialog.h"

#include "autosaver.h"
#include "button_keys.h"
#include "session/school_label.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

SchoolLabelDialog::SchoolLabelDialog(SchoolLabel *desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_heading(new QLabel(this))
    , m_prerequisites(new QListWidget(this))
    , m_state(new QLabel(this))
    , m_form(new QWidget)
    , m_headLabel(new QLabel(m_form))
    , m_headName(new QLineEdit(m_form))
    , m_declared(new QCheckBox(m_form))
    , m_message(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_autosaver(new Autosaver([this] { keep(); }, this))
{
    setObjectName(u"schoolLabel"_s);
    resize(760, 720);
    m_heading->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setObjectName(u"schoolLabelState"_s);
    m_prerequisites->setObjectName(u"schoolPrerequisites"_s);
    m_prerequisites->setWordWrap(true);
    m_prerequisites->setMaximumHeight(m_prerequisites->fontMetrics().lineSpacing() * 9);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"schoolLabelMessage"_s);
    m_submit->setObjectName(u"submitSchoolApplication"_s);
    m_headName->setObjectName(u"schoolHeadName"_s);
    m_declared->setObjectName(u"schoolDeclared"_s);

    auto *column = new QVBoxLayout(m_form);
    for (const QString &q : school_application::questions()) {
        auto *title = new QLabel(m_form);
        auto *edit = new QPlainTextEdit(m_form);
        edit->setObjectName(u"school_"_s + q);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
        // A few lines each, so that the form reads as one page; a long answer scrolls.
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 8);
        title->setBuddy(edit);
        title->setWordWrap(true);
        m_titles.insert(q, title);
        m_texts.insert(q, edit);
        // A field changed is no longer the one in error.
        connect(edit, &QPlainTextEdit::textChanged, this, [this, q] { m_errors.show({}, {q}); });
        column->addWidget(title);
        column->addWidget(edit);
        column->addWidget(m_errors.add(q, m_form));
    }
    m_headLabel->setBuddy(m_headName);
    column->addWidget(m_headLabel);
    column->addWidget(m_headName);
    column->addWidget(m_errors.add(u"headName"_s, m_form));
    column->addWidget(m_declared);
    column->addWidget(m_errors.add(u"declared"_s, m_form));
    connect(m_headName, &QLineEdit::textChanged, this,
            [this] { m_errors.show({}, {u"headName"_s}); });
    connect(m_declared, &QCheckBox::toggled, this, [this] { m_errors.show({}, {u"declared"_s}); });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_prerequisites);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    giveKeys(m_submit, QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setAutoDefault(false);
    m_close->setAutoDefault(false);
    connect(m_submit, &QPushButton::clicked, this, &SchoolLabelDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    // A colleague's writing arriving shows in the fields this teacher has not changed.
    connect(m_desk, &SchoolLabel::changed, this, [this] {
        if (!m_autosaver->isPending())
            refresh();
    });

    retranslate();
    m_autosaver->watch(m_form);
}

void SchoolLabelDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SchoolLabelDialog::done(int result)
{
    m_autosaver->flush();
    QDialog::done(result);
}

void SchoolLabelDialog::retranslate()
{
    setWindowTitle(tr("eTwinning School label"));
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString title = school_application::questionTitle(it.key());
        m_titles.value(it.key())->setText(tr("%1:", "a question over its answer").arg(title));
        it.value()->setAccessibleName(title);
    }
    m_headLabel->setText(tr("&Head teacher's name:"));
    m_headName->setAccessibleName(school_application::questionTitle(u"headName"_s));
    m_declared->setText(tr("&The head teacher named above supports this application and "
                           "declares what it says true."));
    m_declared->setAccessibleName(school_application::questionTitle(u"declared"_s));
    m_prerequisites->setAccessibleName(tr("The label's prerequisites"));
    m_submit->setText(tr("&Send the application"));
    m_submit->setToolTip(withKeys(m_submit, tr("Send the school's application to its national "
                                               "support service")));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close; what you wrote is kept (Esc)"));
    refresh();
}

QJsonObject SchoolLabelDialog::typed() const
{
    QJsonObject out;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        out.insert(it.key(), it.value()->toPlainText());
    out.insert(u"headName"_s, m_headName->text());
    out.insert(u"declared"_s, m_declared->isChecked());
    return out;
}

void SchoolLabelDialog::refresh()
{
    const auto e = m_desk->eligibility();
    const auto shown = m_desk->application();
    const QLocale locale;
    if (!e) {
        m_heading->setText(tr("Your school's eligibility for the eTwinning School label has not "
                              "reached this computer yet: it comes with the next sync once "
                              "your registration is validated."));
    } else {
        const QString title = e->rules.title.value(locale.name().left(2))
                                  .toString(e->rules.title.value(u"en"_s).toString());
        m_heading->setText(
            tr("%1 — round %2 (%3), counted on %4. %5")
                .arg(e->facts.schoolName, e->round.schoolYear, title,
                     locale.toString(e->round.cutoff, QLocale::LongFormat),
                     e->eligible ? tr("Your school may apply: one application per school, "
                                      "written together by its teachers.")
                                 : tr("Your school cannot apply this round: see below what is "
                                      "missing.")));
    }
    m_prerequisites->clear();
    if (e)
        for (const SchoolPrerequisite &p : e->prerequisites()) {
            auto *item = new QListWidgetItem(
                (p.met ? tr("✓ Met: %1") : tr("✗ Not met: %1")).arg(p.explanation),
                m_prerequisites);
            item->setData(Qt::AccessibleTextRole,
                          (p.met ? tr("Met: %1") : tr("Not met: %1")).arg(p.explanation));
        }

    // What stands, and what this computer has not sent yet.
    QString state;
    const SchoolApplication *a = shown ? &shown->application : nullptr;
    if (e && e->labelUntil.isValid() && e->labelUntil >= QDate::currentDate())
        state = tr("Your school is an eTwinning School until %1.")
                    .arg(locale.toString(e->labelUntil, QLocale::LongFormat));
    if (a) {
        QString line;
        if (a->status == u"draft")
            line = a->updatedByName.isEmpty()
                       ? tr("Started on this computer.")
                       : tr("Draft, last changed by %1 on %2.")
                             .arg(a->updatedByName,
                                  locale.toString(
                                      QDateTime::fromMSecsSinceEpoch(a->updatedAt).toLocalTime(),
                                      QLocale::ShortFormat));
        else if (a->status == u"submitted")
            line = shown->submitWaiting
                       ? tr("Sent with the next sync: your national support service then "
                            "assesses it.")
                       : tr("Sent by %1: your national support service assesses it.")
                             .arg(a->submittedByName);
        else if (a->status == u"awarded")
            line = tr("Awarded: the label is valid until %1.")
                       .arg(locale.toString(a->validUntil, QLocale::LongFormat));
        else if (a->status == u"not_awarded")
            line = tr("Not awarded. Feedback: %1")
                       .arg(a->decision ? a->decision->feedback : QString());
        if (shown->waiting && a->status == u"draft")
            line += u' ' + tr("Changes made here are sent with the next sync.");
        state = state.isEmpty() ? line : state + u'\n' + line;
    }
    m_state->setText(state);
    m_state->setAccessibleName(state);
    m_state->setVisible(!state.isEmpty());

    const bool writable = e && e->eligible && (!a || a->status == u"draft");
    m_form->setEnabled(writable || a);
    for (QPlainTextEdit *edit : std::as_const(m_texts))
        edit->setReadOnly(!writable);
    m_headName->setReadOnly(!writable);
    m_declared->setEnabled(writable);
    m_submit->setEnabled(writable);

    // The fields the teacher has not changed since they were shown take what stands now; one
    // changed here and not written yet (refused, say) keeps its text and stays to be sent.
    m_autosaver->setPaused(true);
    const QJsonObject now = a ? a->fields : QJsonObject();
    const QJsonObject before = typed();
    auto untouched = [&](const QString &f) {
        return !m_written.contains(f) || before.value(f) == m_written.value(f);
    };
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        if (untouched(it.key()) && now.value(it.key()).toString() != it.value()->toPlainText())
            it.value()->setPlainText(now.value(it.key()).toString());
    if (untouched(u"headName"_s))
        m_headName->setText(now.value(u"headName"_s).toString());
    if (untouched(u"declared"_s))
        m_declared->setChecked(now.value(u"declared"_s).toBool());
    for (const QString &f : school_application::fields())
        if (untouched(f))
            m_written.insert(f, f == u"declared" ? QJsonValue(now.value(f).toBool())
                                                 : QJsonValue(now.value(f).toString()));
    m_autosaver->setPaused(false);
}

void SchoolLabelDialog::keep()
{
    // Only what changed here: a colleague's answer that arrived meanwhile is not sent back.
    const QJsonObject now = typed();
    QJsonObject changed;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        if (it.value() != m_written.value(it.key()))
            changed.insert(it.key(), it.value());
    if (changed.isEmpty())
        return;
    const auto written = m_desk->write(changed);
    if (!written) {
        m_errors.show(written.error().fields);
        m_message->setText(written.error().message);
        return;
    }
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
        m_written.insert(it.key(), it.value());
}

void SchoolLabelDialog::submit()
{
    m_autosaver->flush();
    const auto sent = m_desk->submit();
    if (!sent) {
        m_errors.show(sent.error().fields);
        m_message->setText(sent.error().fields.isEmpty()
                               ? sent.error().message
                               : tr("The application cannot be sent yet: see the fields "
                                    "marked."));
        // The first field in error, for the keyboard and the screen reader.
        for (const QString &f : school_application::fields())
            if (sent.error().fields.contains(f)) {
                if (QWidget *w = f == u"headName"   ? static_cast<QWidget *>(m_headName)
                                 : f == u"declared" ? static_cast<QWidget *>(m_declared)
                                                    : m_texts.value(f))
                    w->setFocus();
                break;
            }
        return;
    }
    m_message->setText(tr("Sent with the next sync."));
    refresh();
}

} // namespace etw
