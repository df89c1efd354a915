// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile_editor.h"

#include "autosaver.h"
#include "catalogue_combo.h"
#include "domain/catalogue.h"
#include "search/search_service.h"
#include "session/account_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
const QString formKey = u"profile"_s;
}

ProfileEditor::ProfileEditor(AccountSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_subjectsLabel(new QLabel(this))
    , m_languagesLabel(new QLabel(this))
    , m_agesLabel(new QLabel(this))
    , m_bioLabel(new QLabel(this))
    , m_subjects(new QListWidget(this))
    , m_languages(new QListWidget(this))
    , m_ageMin(new QSpinBox(this))
    , m_ageMax(new QSpinBox(this))
    , m_bio(new QPlainTextEdit(this))
    , m_looking(new QCheckBox(this))
    , m_schoolLabel(new QLabel(this))
    , m_schoolNote(new QLabel(this))
    , m_school(new QComboBox(this))
    , m_saveButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
{
    m_subjects->setObjectName(u"subjects"_s);
    m_languages->setObjectName(u"languages"_s);
    m_ageMin->setObjectName(u"ageMin"_s);
    m_ageMax->setObjectName(u"ageMax"_s);
    m_bio->setObjectName(u"bio"_s);
    m_looking->setObjectName(u"lookingForPartners"_s);
    m_school->setObjectName(u"schoolId"_s);
    m_schoolLabel->setBuddy(m_school);
    m_schoolNote->setWordWrap(true);
    m_saveButton->setObjectName(u"saveProfile"_s);
    m_revertButton->setObjectName(u"revertProfile"_s);
    m_state->setObjectName(u"profileState"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_ageMin->setRange(0, 99); // the domain's rules say what is valid, at the field
    m_ageMax->setRange(0, 99);
    m_bio->setTabChangesFocus(true);

    auto errorLabel = [this](const QString &field) { return m_errors.add(field, this); };
    auto *lists = new QHBoxLayout;
    auto *subjectsBox = new QVBoxLayout;
    subjectsBox->addWidget(m_subjectsLabel);
    subjectsBox->addWidget(m_subjects);
    subjectsBox->addWidget(errorLabel(u"subjects"_s));
    auto *languagesBox = new QVBoxLayout;
    languagesBox->addWidget(m_languagesLabel);
    languagesBox->addWidget(m_languages);
    languagesBox->addWidget(errorLabel(u"languages"_s));
    lists->addLayout(subjectsBox);
    lists->addLayout(languagesBox);

    auto *ages = new QHBoxLayout;
    ages->addWidget(m_agesLabel);
    ages->addWidget(m_ageMin);
    ages->addWidget(m_ageMax);
    ages->addStretch();

    auto *school = new QHBoxLayout;
    school->addWidget(m_schoolLabel);
    school->addWidget(m_school, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(school);
    layout->addWidget(m_schoolNote);
    layout->addWidget(errorLabel(u"schoolId"_s));
    layout->addLayout(lists, 2);
    layout->addLayout(ages);
    layout->addWidget(errorLabel(u"ageMin"_s));
    layout->addWidget(errorLabel(u"ageMax"_s));
    layout->addWidget(m_bioLabel);
    layout->addWidget(m_bio, 1);
    layout->addWidget(errorLabel(u"bio"_s));
    layout->addWidget(m_looking);
    layout->addLayout(buttons);

    // What is typed is on disk within a second, and when a field loses focus.
    m_autosave = new Autosaver([this] { keepTyped(); }, this);
    m_autosave->watch(this);
    auto markDirty = [this] { setDirty(true); };
    connect(m_subjects, &QListWidget::itemChanged, this, markDirty);
    connect(m_languages, &QListWidget::itemChanged, this, markDirty);
    connect(m_ageMin, &QSpinBox::valueChanged, this, markDirty);
    connect(m_ageMax, &QSpinBox::valueChanged, this, markDirty);
    connect(m_bio, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_looking, &QCheckBox::toggled, this, markDirty);
    connect(m_school, &QComboBox::currentIndexChanged, this, markDirty);
    if (SearchService *search = m_session->search())
        connect(search, &SearchService::schoolsReady, this,
                [this](int ticket, const QList<School> &schools) {
                    if (ticket == m_schoolsTicket)
                        fillSchools(schools);
                });
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        m_session->forgetTyped(formKey);
        m_dirty = false;
        reload();
    });

    retranslateUi();
    reload();
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEditor::retranslateUi()
{
    const bool wasDirty = m_dirty;
    m_title->setText(m_loaded ? m_loaded->displayName : tr("My profile"));
    m_subjectsLabel->setText(tr("Subjects I teach:"));
    m_languagesLabel->setText(tr("Languages I can work in:"));
    m_agesLabel->setText(tr("Pupils' ages:"));
    m_ageMin->setPrefix(tr("from "));
    m_ageMax->setPrefix(tr("to "));
    m_bioLabel->setText(tr("About me and the projects I would like to run:"));
    m_looking->setText(tr("I am looking for partners (show me in the partner search)"));
    m_schoolLabel->setText(tr("My school:"));
    m_schoolNote->setText(tr("Changing school asks the national support service of your "
                             "country to validate your account again."));
    m_school->setAccessibleName(tr("My school"));
    // Screen readers: the lists and fields below have no label of their own to read.
    m_subjects->setAccessibleName(tr("Subjects I teach"));
    m_languages->setAccessibleName(tr("Languages I can work in"));
    m_bio->setAccessibleName(tr("About me and the projects I would like to run"));
    for (const auto &[age, name] :
         {std::pair{m_ageMin, tr("Pupils' minimum age")}, {m_ageMax, tr("Pupils' maximum age")}}) {
        age->setAccessibleName(name);
        if (auto *edit = age->findChild<QLineEdit *>())
            edit->setAccessibleName(name);
    }
    m_saveButton->setText(tr("Save"));
    m_revertButton->setText(tr("Undo changes"));
    ui::fillChecklist(m_subjects, catalogue::subjectCodes(), &catalogue::subjectName);
    ui::fillChecklist(m_languages, catalogue::languageCodes(), &catalogue::languageName);
    setDirty(wasDirty);
}

void ProfileEditor::fill(const TeacherProfile &profile)
{
    const QSignalBlocker b1(m_subjects), b2(m_languages), b3(m_ageMin), b4(m_ageMax), b5(m_bio),
        b6(m_looking);
    ui::setChecked(m_subjects, profile.subjects);
    ui::setChecked(m_languages, profile.languages);
    m_ageMin->setValue(profile.ageMin);
    m_ageMax->setValue(profile.ageMax);
    if (m_bio->toPlainText() != profile.bio)
        m_bio->setPlainText(profile.bio);
    m_looking->setChecked(profile.lookingForPartners);
    const QSignalBlocker b7(m_school);
    selectSchool(profile.schoolId);
}

void ProfileEditor::fillSchools(const QList<School> &schools)
{
    const QSignalBlocker blocker(m_school);
    const qint64 selected = m_school->currentData().toLongLong();
    m_school->clear();
    for (const School &s : schools)
        m_school->addItem(s.city.isEmpty() ? s.name : s.name + u", "_s + s.city, s.id);
    selectSchool(selected ? selected : (m_loaded ? m_loaded->schoolId : 0));
}

void ProfileEditor::selectSchool(qint64 schoolId)
{
    int index = m_school->findData(schoolId);
    // A new school waits for the national service before it is in the directory.
    if (index < 0 && schoolId > 0) {
        m_school->insertItem(0, tr("My school (not in the partner directory yet)"), schoolId);
        index = 0;
    }
    m_school->setCurrentIndex(index);
}

void ProfileEditor::keepTyped()
{
    if (!m_loaded)
        return;
    const QJsonObject patch = changes();
    if (patch.isEmpty())
        m_session->forgetTyped(formKey);
    else
        m_session->keepTyped(formKey, patch);
}

void ProfileEditor::keepTypedNow()
{
    m_autosave->flush();
}

void ProfileEditor::reload()
{
    if (m_dirty)
        return; // never overwrite what the user is typing
    m_loaded = m_session->myProfile();
    const bool has = m_loaded.has_value();
    setEnabled(has);
    // Typed earlier and not saved (the program was closed or stopped): shown as typed.
    const auto typed = has ? m_session->typedEarlier(formKey) : std::nullopt;
    // The teacher's country's schools, from the directory copy, once per country.
    if (has && m_loaded->country != m_schoolsCountry && m_session->search()) {
        m_schoolsCountry = m_loaded->country;
        m_schoolsTicket = m_session->search()->fetchSchools(m_schoolsCountry);
    }
    if (has)
        fill(typed ? profile::applyPatch(*m_loaded, *typed) : *m_loaded);
    m_title->setText(has ? m_loaded->displayName : tr("My profile"));
    showErrors({});
    setDirty(typed.has_value());
    if (typed)
        m_state->setText(tr("Changes you typed earlier are kept on this computer; Save sends "
                            "them."));
    else if (!has)
        m_state->setText(m_session->account().role == Role::Teacher
                             ? tr("Your profile appears here once it has been synchronised.")
                             : tr("Only teachers have a profile in the partner search."));
    else if (m_session->waitingEdits() > 0)
        m_state->setText(
            tr("Saved on this computer; it is sent to the server when you are online."));
    else
        m_state->setText(tr("Your profile is up to date on the server."));
}

QJsonObject ProfileEditor::changes() const
{
    QJsonObject patch;
    if (!m_loaded)
        return patch;
    const QStringList subjects = ui::checkedCodes(m_subjects);
    const QStringList languages = ui::checkedCodes(m_languages);
    if (QSet(subjects.begin(), subjects.end()) !=
        QSet(m_loaded->subjects.begin(), m_loaded->subjects.end()))
        patch.insert(u"subjects"_s, QJsonArray::fromStringList(subjects));
    if (QSet(languages.begin(), languages.end()) !=
        QSet(m_loaded->languages.begin(), m_loaded->languages.end()))
        patch.insert(u"languages"_s, QJsonArray::fromStringList(languages));
    if (m_ageMin->value() != m_loaded->ageMin)
        patch.insert(u"ageMin"_s, m_ageMin->value());
    if (m_ageMax->value() != m_loaded->ageMax)
        patch.insert(u"ageMax"_s, m_ageMax->value());
    if (m_bio->toPlainText() != m_loaded->bio)
        patch.insert(u"bio"_s, m_bio->toPlainText());
    if (m_looking->isChecked() != m_loaded->lookingForPartners)
        patch.insert(u"lookingForPartners"_s, m_looking->isChecked());
    if (const qint64 school = m_school->currentData().toLongLong();
        school > 0 && school != m_loaded->schoolId)
        patch.insert(u"schoolId"_s, school);
    return patch;
}

bool ProfileEditor::save()
{
    const QJsonObject patch = changes();
    if (patch.isEmpty()) {
        setDirty(false);
        return true;
    }
    const auto result = m_session->editProfile(patch);
    if (!result) {
        showErrors(result.error().fields);
        m_state->setText(result.error().message);
        return false; // the form keeps what was typed
    }
    showErrors({});
    m_session->forgetTyped(formKey);
    m_dirty = false;
    reload();
    return true;
}

void ProfileEditor::showErrors(const FieldErrors &errors)
{
    m_errors.show(errors);
}

void ProfileEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_saveButton->setEnabled(dirty);
    m_revertButton->setEnabled(dirty);
    if (dirty)
        m_state->setText(tr("You have changes that are not saved yet."));
}

} // namespace etw
