// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/label_application_dialog.h"

#include "autosaver.h"
#include "button_keys.h"
#include "domain/label.h"
#include "session/label_desk.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
constexpr int kindRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;
constexpr int urlRole = Qt::UserRole + 2;

QString fieldsOf(const QStringList &keys, const QString &prefix, const QString &key)
{
    return keys.contains(key) ? prefix + key : key;
}
} // namespace

LabelApplicationDialog::LabelApplicationDialog(LabelDesk *desk, qint64 projectId,
                                               const QString &projectTitle, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_projectId(projectId)
    , m_projectTitle(projectTitle)
    , m_heading(new QLabel(this))
    , m_rules(new QLabel(this))
    , m_state(new QLabel(this))
    , m_questionsLabel(new QLabel(this))
    , m_evidenceLabel(new QLabel(this))
    , m_evidence(new QListWidget(this))
    , m_link(new QLineEdit(this))
    , m_addLink(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_autosaver(new Autosaver([this] { keep(); }, this))
{
    setObjectName(u"labelApplication"_s);
    resize(760, 720);
    m_heading->setWordWrap(true);
    m_rules->setWordWrap(true);
    m_rules->setObjectName(u"labelRules"_s);
    m_rules->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setObjectName(u"labelState"_s);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"labelMessage"_s);
    m_link->setObjectName(u"labelLink"_s);
    m_evidence->setObjectName(u"labelEvidence"_s);
    m_submit->setObjectName(u"submitLabelApplication"_s);

    auto *form = new QWidget;
    auto *column = new QVBoxLayout(form);
    column->addWidget(m_heading);
    column->addWidget(m_rules);
    column->addWidget(m_state);
    column->addWidget(m_questionsLabel);
    for (const QString &q : label::eligibilityQuestions()) {
        auto *box = new QCheckBox(form);
        box->setObjectName(u"question_"_s + q);
        m_questions.insert(q, box);
        // A field changed is no longer the one in error.
        connect(box, &QCheckBox::toggled, this,
                [this, q] { m_errors.show({}, {u"answers."_s + q}); });
        column->addWidget(box);
        column->addWidget(m_errors.add(u"answers."_s + q, form));
    }
    QStringList texts = label::criteria();
    texts << u"ownRole"_s;
    for (const QString &c : texts) {
        auto *title = new QLabel(form);
        auto *edit = new QPlainTextEdit(form);
        edit->setObjectName(u"criterion_"_s + c);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
        title->setBuddy(edit);
        m_textLabels.insert(c, title);
        m_texts.insert(c, edit);
        const QString field = fieldsOf(label::criteria(), u"criteria."_s, c);
        connect(edit, &QPlainTextEdit::textChanged, this,
                [this, field] { m_errors.show({}, {field}); });
        column->addWidget(title);
        column->addWidget(edit);
        column->addWidget(m_errors.add(field, form));
    }
    column->addWidget(m_evidenceLabel);
    m_evidenceLabel->setBuddy(m_evidence);
    m_evidence->setMinimumHeight(m_evidence->fontMetrics().lineSpacing() * 6);
    column->addWidget(m_evidence);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_addLink);
    column->addLayout(linkRow);
    column->addWidget(m_errors.add(u"evidence"_s, form));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    giveKeys(m_submit, QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_submit, &QPushButton::clicked, this, &LabelApplicationDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_addLink, &QPushButton::clicked, this, &LabelApplicationDialog::addLink);
    connect(m_link, &QLineEdit::returnPressed, this, &LabelApplicationDialog::addLink);
    connect(m_desk, &LabelDesk::changed, this, &LabelApplicationDialog::refreshRules);
    // A refusal arriving opens the form again, on the refused text.
    connect(m_desk, &LabelDesk::changed, this, [this] {
        if (!m_desk->draft(m_projectId) && !m_autosaver->isPending())
            load();
    });
    m_submit->setAutoDefault(false);
    m_close->setAutoDefault(false);
    m_addLink->setAutoDefault(false);

    retranslate();
    load();
    m_autosaver->watch(form);
}

void LabelApplicationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LabelApplicationDialog::done(int result)
{
    m_autosaver->flush();
    QDialog::done(result);
}

void LabelApplicationDialog::retranslate()
{
    setWindowTitle(tr("National Quality Label: %1").arg(m_projectTitle));
    m_heading->setText(
        tr("Apply for the National Quality Label of “%1”. The label is personal: each teacher "
           "of the project writes their own application. What you write is kept on this "
           "computer as you type, and sent only when you submit it.")
            .arg(m_projectTitle));
    m_questionsLabel->setText(tr("Eligibility: each must be answered yes."));
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it) {
        it.value()->setText(tr("Yes: %1").arg(label::questionText(it.key())));
        it.value()->setAccessibleName(label::questionText(it.key()));
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString title = label::criterionTitle(it.key());
        m_textLabels.value(it.key())->setText(
            tr("%1:", "a criterion's title over its text").arg(title));
        it.value()->setAccessibleName(title);
    }
    m_evidenceLabel->setText(
        tr("Evidence: tick the TwinSpace pages and materials the assessors should open, and add "
           "outside pages:"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_link->setPlaceholderText(tr("https://… an outside page (a blog, a video)"));
    m_link->setAccessibleName(tr("Outside page's address"));
    m_addLink->setText(tr("&Add the page"));
    m_submit->setText(tr("&Submit the application"));
    m_submit->setToolTip(withKeys(m_submit, tr("Submit the application")));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close; what you wrote is kept (Esc)"));
    refreshRules();
}

QJsonObject LabelApplicationDialog::typed() const
{
    QJsonObject answers, criteria;
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it)
        answers.insert(it.key(), it.value()->isChecked());
    for (const QString &c : label::criteria())
        criteria.insert(c, m_texts.value(c)->toPlainText());
    QJsonArray evidence;
    for (int i = 0; i < m_evidence->count(); ++i) {
        const QListWidgetItem *item = m_evidence->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString kind = item->data(kindRole).toString();
        QJsonObject e{{u"kind"_s, kind}, {u"title"_s, item->text()}};
        if (kind == u"link")
            e.insert(u"url"_s, item->data(urlRole).toString());
        else
            e.insert(u"id"_s, item->data(idRole).toLongLong());
        evidence.append(e);
    }
    return {{u"answers"_s, answers},
            {u"criteria"_s, criteria},
            {u"ownRole"_s, m_texts.value(u"ownRole"_s)->toPlainText()},
            {u"evidence"_s, evidence}};
}

void LabelApplicationDialog::keep()
{
    m_desk->keepDraft(m_projectId, typed());
}

void LabelApplicationDialog::load()
{
    m_autosaver->setPaused(true);
    // What the form shows: the draft being written; else the application sent, read only while
    // it waits or once awarded; after a refusal, its text, to start the new one from.
    std::optional<LabelApplication> sent;
    for (const LabelApplication &a : m_desk->mine())
        if (a.projectId == m_projectId) {
            sent = a;
            break; // newest first
        }
    const auto draft = m_desk->draft(m_projectId);
    QJsonObject d = draft.value_or(QJsonObject());
    const bool readOnly = !draft && sent && sent->status != u"not_awarded";
    if (!draft && sent) {
        QJsonArray evidence;
        for (const LabelEvidence &e : sent->evidence)
            evidence.append(e.toJson());
        d = {{u"answers"_s, sent->answers},
             {u"criteria"_s, sent->criteria},
             {u"ownRole"_s, sent->ownRole},
             {u"evidence"_s, evidence}};
    }
    for (QCheckBox *box : std::as_const(m_questions))
        box->setEnabled(!readOnly);
    for (QPlainTextEdit *edit : std::as_const(m_texts))
        edit->setReadOnly(readOnly);
    m_link->setEnabled(!readOnly);
    m_addLink->setEnabled(!readOnly);
    const QJsonObject answers = d.value(u"answers"_s).toObject();
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it)
        it.value()->setChecked(answers.value(it.key()).toBool());
    const QJsonObject criteria = d.value(u"criteria"_s).toObject();
    for (const QString &c : label::criteria())
        m_texts.value(c)->setPlainText(criteria.value(c).toString());
    m_texts.value(u"ownRole"_s)->setPlainText(d.value(u"ownRole"_s).toString());

    QSet<QString> chosen;
    QList<QJsonObject> links;
    for (const QJsonValue &v : d.value(u"evidence"_s).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(u"kind"_s).toString() == u"link")
            links.append(e);
        else
            chosen.insert(e.value(u"kind"_s).toString() + u':' +
                          QString::number(e.value(u"id"_s).toInteger()));
    }
    m_evidence->clear();
    for (const LabelEvidence &e : m_desk->evidenceOffered(m_projectId)) {
        auto *item = new QListWidgetItem(
            (e.kind == u"page" ? tr("Page: %1") : tr("Material: %1")).arg(e.title), m_evidence);
        item->setData(kindRole, e.kind);
        item->setData(idRole, e.id);
        if (!readOnly)
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(e.kind + u':' + QString::number(e.id)) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    for (const QJsonObject &e : links) {
        auto *item = new QListWidgetItem(e.value(u"url"_s).toString(), m_evidence);
        item->setData(kindRole, u"link"_s);
        item->setData(urlRole, e.value(u"url"_s).toString());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_autosaver->setPaused(false);
}

void LabelApplicationDialog::addLink()
{
    const QString url = m_link->text().trimmed();
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != u"https" && parsed.scheme() != u"http")) {
        m_errors.show({{u"evidence"_s,
                        {u"not_http"_s, tr("Evidence: the address must start with https:// or "
                                           "http://.")}}},
                      {u"evidence"_s});
        m_link->setFocus();
        return;
    }
    m_errors.show({}, {u"evidence"_s});
    auto *item = new QListWidgetItem(url, m_evidence);
    item->setData(kindRole, u"link"_s);
    item->setData(urlRole, url);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_link->clear();
    m_autosaver->changed();
    m_autosaver->flush();
}

void LabelApplicationDialog::refreshRules()
{
    const QList<label::Prerequisite> rules = m_desk->prerequisites(m_projectId);
    QStringList lines;
    for (const label::Prerequisite &p : rules) {
        lines << (p.met ? u"✓ "_s : u"✗ "_s) + label::prerequisiteText(p.code, p.met);
        if (p.code == u"too_many_applications") {
            const auto [first, last] = m_desk->schoolYear();
            lines.last() += u' ' + tr("(This school year runs from %1 to %2, as your national "
                                      "support service sets it.)")
                                       .arg(QLocale().toString(first, QLocale::LongFormat),
                                            QLocale().toString(last, QLocale::LongFormat));
        }
    }
    m_rules->setText(tr("Before you apply:") + u'\n' + lines.join(u'\n'));
    m_rules->setAccessibleName(m_rules->text());

    // The latest application for this project, as the teacher follows it.
    QString state;
    for (const LabelApplication &a : m_desk->mine()) {
        if (a.projectId != m_projectId)
            continue;
        const QString date = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(a.submittedAt).date(), QLocale::LongFormat);
        if (a.status == u"waiting")
            state = tr("Submitted on this computer: it leaves with the next synchronisation.");
        else if (a.status == u"submitted")
            state = tr("Submitted on %1; it waits for its assessment by your national support "
                       "service.")
                        .arg(date);
        else if (a.status == u"under_assessment")
            state = tr("Submitted on %1; your national support service is assessing it.").arg(date);
        else if (a.status == u"awarded")
            state = tr("Awarded: the project has its National Quality Label for you. %1")
                        .arg(a.decision ? a.decision->feedback : QString());
        else if (a.status == u"not_awarded")
            state = tr("Not awarded. Your national support service says: %1")
                        .arg(a.decision ? a.decision->feedback : QString());
        break; // newest first
    }
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    m_submit->setEnabled(label::firstUnmet(rules).isEmpty() && !rules.isEmpty());
}

void LabelApplicationDialog::submit()
{
    m_autosaver->flush();
    const auto queued = m_desk->submit(m_projectId);
    if (!queued) {
        FieldErrors errors;
        for (auto it = queued.error().fields.cbegin(); it != queued.error().fields.cend(); ++it)
            errors.insert(it.key().startsWith(u"evidence"_s) ? u"evidence"_s : it.key(),
                          it.value());
        m_errors.show(errors);
        m_message->setText(queued.error().message);
        // The first field in error takes the focus, in the form's order.
        for (const QString &q : label::eligibilityQuestions())
            if (errors.contains(u"answers."_s + q))
                return m_questions.value(q)->setFocus();
        for (const QString &c : label::criteria())
            if (errors.contains(u"criteria."_s + c))
                return m_texts.value(c)->setFocus();
        if (errors.contains(u"ownRole"_s))
            m_texts.value(u"ownRole"_s)->setFocus();
        return;
    }
    m_errors.show({});
    m_message->setText(tr("Application submitted: it leaves with the next synchronisation."));
    load(); // what was sent, read only
    refreshRules();
}

} // namespace etw
