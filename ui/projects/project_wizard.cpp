// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/project_wizard.h"

#include "autosaver.h"
#include "catalogue_combo.h"
#include "domain/catalogue.h"
#include "domain/project.h"
#include "domain/validation_messages.h"
#include "projects/project_texts.h"
#include "session/account_session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// The fields each page holds, for its own validation.
const QHash<int, QStringList> &pageFields()
{
    static const QHash<int, QStringList> fields{
        {ProjectWizard::KindPage, {u"kind"_s}},
        {ProjectWizard::AboutPage, {u"title"_s, u"summary"_s, u"description"_s}},
        {ProjectWizard::PupilsPage,
         {u"subjects"_s, u"languages"_s, u"ageMin"_s, u"ageMax"_s, u"durationMonths"_s}},
        {ProjectWizard::PlanPage, {u"aims"_s, u"workProcess"_s, u"expectedResults"_s}},
        {ProjectWizard::PartnersPage, {u"invitations"_s}},
    };
    return fields;
}

QPlainTextEdit *textBox(const QString &name, QWidget *parent, int lines)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}
} // namespace

ProjectWizard::ProjectWizard(AccountSession *session, const QString &draftId, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_draftId(draftId)
{
    setObjectName(u"projectWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(720, 560);

    auto newPage = [this](QLayout *layout) {
        auto *page = new QWizardPage(this);
        page->setLayout(layout);
        addPage(page);
        return page;
    };
    auto caption = [this](const QString &field, QWidget *parent) {
        auto *label = new QLabel(parent);
        label->setObjectName(u"label_"_s + field);
        m_labels.insert(field, label);
        return label;
    };
    // A field in a column: its caption, the field, and the line that says what is wrong.
    auto addField = [&](QBoxLayout *layout, const QString &field, QWidget *widget) {
        layout->addWidget(caption(field, nullptr));
        layout->addWidget(widget);
        layout->addWidget(m_errors.add(field, nullptr));
    };

    // 1. Kind
    auto *kindLayout = new QVBoxLayout;
    m_kindIntro = new QLabel;
    m_kindIntro->setWordWrap(true);
    m_european = new QRadioButton;
    m_european->setObjectName(u"kindEuropean"_s);
    m_national = new QRadioButton;
    m_national->setObjectName(u"kindNational"_s);
    kindLayout->addWidget(m_kindIntro);
    kindLayout->addWidget(m_european);
    kindLayout->addWidget(m_national);
    kindLayout->addWidget(m_errors.add(u"kind"_s, nullptr));
    kindLayout->addStretch();
    newPage(kindLayout);

    // 2. About
    auto *about = new QVBoxLayout;
    m_title = new QLineEdit;
    m_title->setObjectName(u"title"_s);
    m_title->setMaxLength(project::maxTitleLength);
    m_summary = textBox(u"summary"_s, nullptr, 3);
    m_description = textBox(u"description"_s, nullptr, 5);
    for (const auto &[field, widget] : {std::pair<QString, QWidget *>{u"title"_s, m_title},
                                        {u"summary"_s, m_summary},
                                        {u"description"_s, m_description}})
        addField(about, field, widget);
    newPage(about);

    // 3. Pupils and subjects
    auto *pupils = new QVBoxLayout;
    auto *lists = new QHBoxLayout;
    m_subjects = new QListWidget;
    m_subjects->setObjectName(u"subjects"_s);
    m_languages = new QListWidget;
    m_languages->setObjectName(u"languages"_s);
    for (const auto &[field, list] :
         {std::pair{u"subjects"_s, m_subjects}, std::pair{u"languages"_s, m_languages}}) {
        auto *box = new QVBoxLayout;
        addField(box, field, list);
        lists->addLayout(box);
    }
    pupils->addLayout(lists, 1);
    auto *numbers = new QFormLayout;
    m_ageMin = new QSpinBox;
    m_ageMin->setObjectName(u"ageMin"_s);
    m_ageMax = new QSpinBox;
    m_ageMax->setObjectName(u"ageMax"_s);
    m_duration = new QSpinBox;
    m_duration->setObjectName(u"durationMonths"_s);
    for (QSpinBox *box : {m_ageMin, m_ageMax, m_duration})
        box->setRange(0, 99); // the domain's rules say what is valid, at the field
    numbers->addRow(caption(u"ageMin"_s, nullptr), m_ageMin);
    numbers->addRow(caption(u"ageMax"_s, nullptr), m_ageMax);
    numbers->addRow(caption(u"durationMonths"_s, nullptr), m_duration);
    pupils->addLayout(numbers);
    for (const QString &f : {u"ageMin"_s, u"ageMax"_s, u"durationMonths"_s})
        pupils->addWidget(m_errors.add(f, nullptr));
    newPage(pupils);

    // 4. Plan
    auto *plan = new QVBoxLayout;
    m_aims = textBox(u"aims"_s, nullptr, 3);
    m_workProcess = textBox(u"workProcess"_s, nullptr, 3);
    m_expectedResults = textBox(u"expectedResults"_s, nullptr, 3);
    for (const auto &[field, widget] : {std::pair<QString, QWidget *>{u"aims"_s, m_aims},
                                        {u"workProcess"_s, m_workProcess},
                                        {u"expectedResults"_s, m_expectedResults}})
        addField(plan, field, widget);
    newPage(plan);

    // 5. Partners
    auto *partners = new QVBoxLayout;
    m_partnersIntro = new QLabel;
    m_partnersIntro->setWordWrap(true);
    m_invitations = new QTreeWidget;
    m_invitations->setObjectName(u"invitations"_s);
    m_invitations->setColumnCount(3);
    m_invitations->setRootIsDecorated(false);
    m_invitations->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_remove = new QPushButton;
    m_remove->setObjectName(u"removeInvitation"_s);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_invitations->currentItem();
        m_autosave->changed();
    });
    partners->addWidget(m_partnersIntro);
    partners->addWidget(m_invitations, 1);
    partners->addWidget(m_errors.add(u"invitations"_s, nullptr));
    partners->addWidget(m_remove, 0, Qt::AlignLeft);
    newPage(partners);

    // 6. Submit
    auto *submit = new QVBoxLayout;
    m_submitIntro = new QLabel;
    m_submitIntro->setWordWrap(true);
    m_summaryText = new QLabel;
    m_summaryText->setObjectName(u"submitSummary"_s);
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextFormat(Qt::PlainText);
    submit->addWidget(m_submitIntro);
    submit->addWidget(m_summaryText);
    submit->addStretch();
    newPage(submit);

    // A draft at every step: nothing typed is lost if the program stops.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        saveDraft();
        if (id == SubmitPage) {
            const QJsonObject f = form();
            m_summaryText->setText(tr("%1\n%2\n\n%3 invited teacher(s).")
                                       .arg(f.value(u"title"_s).toString(),
                                            project_texts::kind(f.value(u"kind"_s).toString()))
                                       .arg(f.value(u"invitations"_s).toArray().size()));
        }
    });

    // What is typed is on disk within a second, and when a field loses focus.
    m_autosave = new Autosaver([this] { saveDraft(); }, this);
    m_autosave->setPaused(true);
    retranslateUi();
    QJsonObject initial{
        {u"kind"_s, u"european"_s}, {u"ageMin"_s, 10}, {u"ageMax"_s, 12}, {u"durationMonths"_s, 6}};
    int page = KindPage;
    if (!m_draftId.isEmpty())
        for (const auto &d : m_session->drafts())
            if (d.localId == m_draftId) {
                initial = d.form;
                page = d.page;
            }
    load(initial);
    m_autosave->watch(this);
    // Reopened on the page it was left on, with the pages before it in the history (Back).
    if (page > KindPage && page <= SubmitPage) {
        const QScopedValueRollback restoring(m_restoring, true);
        restart();
        while (currentId() < page && currentId() != -1)
            next();
    }
    m_autosave->setPaused(false);
}

void ProjectWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ProjectWizard::retranslateUi()
{
    setWindowTitle(tr("Register a project"));
    setButtonText(QWizard::FinishButton, tr("Submit the registration"));
    const QStringList titles{tr("Kind of project"),       tr("About the project"),
                             tr("Pupils and subjects"),   tr("Plan"),
                             tr("Founders and partners"), tr("Submit")};
    for (int i = 0; i < titles.size(); ++i)
        if (QWizardPage *p = page(i))
            p->setTitle(titles.at(i));
    m_kindIntro->setText(
        tr("A European project brings together schools of at least two participating "
           "countries. A national project gathers schools of one country (partner schools "
           "outside Europe may join it)."));
    m_european->setText(project_texts::kind(u"european"_s));
    m_national->setText(project_texts::kind(u"national"_s));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(fieldLabel(it.key()) + u':');
    m_ageMin->setSuffix(tr(" years"));
    m_ageMax->setSuffix(tr(" years"));
    m_duration->setSuffix(tr(" months"));
    m_partnersIntro->setText(
        tr("Invite at least one co-founder; partners may join too. To add a teacher, find them "
           "under Find partners and choose \"Invite to a project\". Invitations are sent with "
           "the registration."));
    m_invitations->setHeaderLabels({tr("Teacher"), tr("Country"), tr("Role")});
    m_remove->setText(tr("Remove from the list"));
    m_submitIntro->setText(
        tr("The registration is kept on this computer and sent as soon as the server can be "
           "reached. Once the co-founders accept, the national support services of the "
           "founders' countries approve it; then its TwinSpace opens."));
    const QStringList subjects = ui::checkedCodes(m_subjects);
    const QStringList languages = ui::checkedCodes(m_languages);
    ui::fillChecklist(m_subjects, catalogue::subjectCodes(), &catalogue::subjectName);
    ui::fillChecklist(m_languages, catalogue::languageCodes(), &catalogue::languageName);
    ui::setChecked(m_subjects, subjects);
    ui::setChecked(m_languages, languages);
    for (int i = 0; i < m_invitations->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_invitations->topLevelItem(i);
        item->setText(1, catalogue::countryName(item->data(1, Qt::UserRole).toString()));
        if (auto *combo = qobject_cast<QComboBox *>(m_invitations->itemWidget(item, 2))) {
            combo->setItemText(0, project_texts::role(u"founder"_s));
            combo->setItemText(1, project_texts::role(u"partner"_s));
        }
    }
}

void ProjectWizard::load(const QJsonObject &f)
{
    (f.value(u"kind"_s).toString() == u"national" ? m_national : m_european)->setChecked(true);
    m_title->setText(f.value(u"title"_s).toString());
    m_summary->setPlainText(f.value(u"summary"_s).toString());
    m_description->setPlainText(f.value(u"description"_s).toString());
    QStringList subjects, languages;
    for (const QJsonValue v : f.value(u"subjects"_s).toArray())
        subjects.append(v.toString());
    for (const QJsonValue v : f.value(u"languages"_s).toArray())
        languages.append(v.toString());
    ui::setChecked(m_subjects, subjects);
    ui::setChecked(m_languages, languages);
    m_ageMin->setValue(f.value(u"ageMin"_s).toInt());
    m_ageMax->setValue(f.value(u"ageMax"_s).toInt());
    m_duration->setValue(f.value(u"durationMonths"_s).toInt());
    m_aims->setPlainText(f.value(u"aims"_s).toString());
    m_workProcess->setPlainText(f.value(u"workProcess"_s).toString());
    m_expectedResults->setPlainText(f.value(u"expectedResults"_s).toString());
    m_invitations->clear();
    for (const QJsonValue v : f.value(u"invitations"_s).toArray())
        addInvitation(v[u"accountId"_s].toInteger(), v[u"displayName"_s].toString(),
                      v[u"country"_s].toString(), v[u"role"_s].toString());
}

void ProjectWizard::addInvitation(qint64 accountId, const QString &displayName,
                                  const QString &country, const QString &role)
{
    for (int i = 0; i < m_invitations->topLevelItemCount(); ++i)
        if (m_invitations->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == accountId)
            return;
    auto *item = new QTreeWidgetItem(m_invitations);
    item->setText(0, displayName);
    item->setData(0, Qt::UserRole, accountId);
    item->setText(1, catalogue::countryName(country));
    item->setData(1, Qt::UserRole, country);
    auto *combo = new QComboBox(m_invitations);
    combo->addItem(project_texts::role(u"founder"_s), u"founder"_s);
    combo->addItem(project_texts::role(u"partner"_s), u"partner"_s);
    combo->setCurrentIndex(role == u"partner" ? 1 : 0);
    m_invitations->setItemWidget(item, 2, combo);
    if (m_autosave) {
        m_autosave->watch(combo);
        m_autosave->changed();
    }
}

QJsonObject ProjectWizard::form() const
{
    QJsonArray invitations;
    for (int i = 0; i < m_invitations->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_invitations->topLevelItem(i);
        const auto *combo = qobject_cast<QComboBox *>(m_invitations->itemWidget(item, 2));
        invitations.append(
            QJsonObject{{u"accountId"_s, item->data(0, Qt::UserRole).toLongLong()},
                        {u"displayName"_s, item->text(0)},
                        {u"country"_s, item->data(1, Qt::UserRole).toString()},
                        {u"role"_s, combo ? combo->currentData().toString() : u"partner"_s}});
    }
    return {{u"kind"_s, m_national->isChecked() ? u"national"_s : u"european"_s},
            {u"title"_s, m_title->text()},
            {u"summary"_s, m_summary->toPlainText()},
            {u"description"_s, m_description->toPlainText()},
            {u"subjects"_s, QJsonArray::fromStringList(ui::checkedCodes(m_subjects))},
            {u"languages"_s, QJsonArray::fromStringList(ui::checkedCodes(m_languages))},
            {u"ageMin"_s, m_ageMin->value()},
            {u"ageMax"_s, m_ageMax->value()},
            {u"durationMonths"_s, m_duration->value()},
            {u"aims"_s, m_aims->toPlainText()},
            {u"workProcess"_s, m_workProcess->toPlainText()},
            {u"expectedResults"_s, m_expectedResults->toPlainText()},
            {u"invitations"_s, invitations}};
}

bool ProjectWizard::saveDraft()
{
    if (m_submitted || m_restoring)
        return true;
    const QJsonObject f = form();
    // Opened and closed without typing anything: no empty draft to clutter My projects.
    if (m_draftId.isEmpty()) {
        bool typed = false;
        for (const QString &field : {u"title"_s, u"summary"_s, u"description"_s, u"aims"_s,
                                     u"workProcess"_s, u"expectedResults"_s})
            typed = typed || !f.value(field).toString().trimmed().isEmpty();
        for (const QString &list : {u"subjects"_s, u"languages"_s, u"invitations"_s})
            typed = typed || !f.value(list).toArray().isEmpty();
        if (!typed)
            return true;
    }
    const QString id = m_session->saveDraft(m_draftId, f, std::max(0, currentId()));
    if (id.isEmpty())
        return false;
    m_draftId = id;
    return true;
}

FieldErrors ProjectWizard::errorsOf(int page) const
{
    const QJsonObject f = form();
    FieldErrors all = project::validateForm(f);
    // The co-founder rule the server applies when founders are complete, said here already.
    if (page == PartnersPage) {
        const QString own = m_session->account().country;
        const bool european = f.value(u"kind"_s).toString() == u"european";
        bool ok = false;
        for (const QJsonValue v : f.value(u"invitations"_s).toArray())
            if (v[u"role"_s].toString() == u"founder")
                ok = ok || (european ? v[u"country"_s].toString() != own
                                     : v[u"country"_s].toString() == own);
        if (!ok)
            all.insert(u"invitations"_s,
                       fieldError(u"invitations"_s, european ? u"co_founder_abroad_needed"_s
                                                             : u"co_founder_needed"_s));
    }
    FieldErrors mine;
    for (const QString &field : pageFields().value(page))
        if (all.contains(field))
            mine.insert(field, all.value(field));
    return mine;
}

bool ProjectWizard::validateCurrentPage()
{
    if (m_restoring)
        return true; // passed when it was typed; said again at submission if no longer so
    const int page = currentId();
    const FieldErrors errors = errorsOf(page);
    m_errors.show(errors, pageFields().value(page));
    saveDraft();
    return errors.isEmpty();
}

void ProjectWizard::accept()
{
    if (!saveDraft())
        return;
    const auto submitted = m_session->submitDraft(m_draftId);
    if (!submitted) {
        // A field on an earlier page: say so here, and at the field when the teacher goes back.
        QStringList messages;
        for (auto it = submitted.error().fields.cbegin(); it != submitted.error().fields.cend();
             ++it)
            messages.append(it->message);
        m_errors.show(submitted.error().fields, submitted.error().fields.keys());
        m_summaryText->setText(messages.isEmpty() ? submitted.error().message
                                                  : messages.join(u'\n'));
        return;
    }
    m_submitted = true;
    QWizard::accept();
}

void ProjectWizard::reject()
{
    saveDraft(); // closing keeps the draft
    QWizard::reject();
}

} // namespace etw
