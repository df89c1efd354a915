// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_creation_dialog.h"

#include "auth/password_strength.h"
#include "autosaver.h"
#include "catalogue_combo.h"
#include "domain/catalogue.h"
#include "domain/regions.h"
#include "domain/registration.h"
#include "domain/validation_messages.h"
#include "settings/app_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// Waits for a pause in typing before asking the server (a lookup per keystroke would be
// answered out of order and throttled).
constexpr int lookupDelayMs = 300;
constexpr int minLookupLength = 2;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QString schoolText(const School &s)
{
    return s.city.isEmpty() ? s.name : s.name + u", "_s + s.city;
}
} // namespace

AccountCreationDialog::AccountCreationDialog(const QUrl &server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_intro(new QLabel(this))
    , m_aboutYou(heading(this))
    , m_yourSchool(heading(this))
    , m_teaching(heading(this))
    , m_nameLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordHint(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_countryLabel(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_searchState(new QLabel(this))
    , m_picked(new QLabel(this))
    , m_country(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_notListed(new QCheckBox(this))
    , m_newSchool(new QGroupBox(this))
    , m_schoolNameLabel(new QLabel(this))
    , m_cityLabel(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_typeLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_schoolName(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_subjectsLabel(new QLabel(this))
    , m_languagesLabel(new QLabel(this))
    , m_agesLabel(new QLabel(this))
    , m_subjects(new QListWidget(this))
    , m_languages(new QListWidget(this))
    , m_ageMin(new QSpinBox(this))
    , m_ageMax(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"accountCreationDialog"_s);
    m_api.setServer(server);
    const std::pair<QWidget *, const char16_t *> names[] = {{m_name, u"displayName"},
                                                            {m_email, u"email"},
                                                            {m_password, u"password"},
                                                            {m_passwordHint, u"passwordHint"},
                                                            {m_country, u"country"},
                                                            {m_search, u"schoolSearch"},
                                                            {m_searchState, u"schoolSearchState"},
                                                            {m_results, u"schoolResults"},
                                                            {m_picked, u"pickedSchool"},
                                                            {m_notListed, u"schoolNotListed"},
                                                            {m_newSchool, u"newSchool"},
                                                            {m_schoolName, u"schoolName"},
                                                            {m_city, u"schoolCity"},
                                                            {m_address, u"schoolAddress"},
                                                            {m_type, u"schoolType"},
                                                            {m_region, u"region"},
                                                            {m_role, u"schoolRole"},
                                                            {m_subjects, u"subjects"},
                                                            {m_languages, u"languages"},
                                                            {m_ageMin, u"ageMin"},
                                                            {m_ageMax, u"ageMax"},
                                                            {m_message, u"accountCreationError"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromUtf16(name));
    m_password->setEchoMode(QLineEdit::Password);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    for (QLabel *label : {m_intro, m_passwordHint, m_searchState, m_picked, m_message})
        label->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);
    m_message->hide();
    m_picked->hide();
    m_newSchool->hide();
    for (QSpinBox *age : {m_ageMin, m_ageMax})
        age->setRange(0, 99); // the domain's rules say what is valid, at the field
    const std::pair<QLabel *, QWidget *> buddies[] = {
        {m_nameLabel, m_name},           {m_emailLabel, m_email},
        {m_passwordLabel, m_password},   {m_countryLabel, m_country},
        {m_searchLabel, m_search},       {m_schoolNameLabel, m_schoolName},
        {m_cityLabel, m_city},           {m_addressLabel, m_address},
        {m_typeLabel, m_type},           {m_regionLabel, m_region},
        {m_roleLabel, m_role},           {m_subjectsLabel, m_subjects},
        {m_languagesLabel, m_languages}, {m_agesLabel, m_ageMin}};
    for (const auto &[label, field] : buddies)
        label->setBuddy(field);

    auto errorLabel = [this](const QString &field) { return m_errors.add(field, this); };
    // One form for both sections, so that their fields line up.
    auto *form = new QFormLayout;
    form->addRow(m_aboutYou);
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), errorLabel(u"displayName"_s));
    form->addRow(m_emailLabel, m_email);
    form->addRow(QString(), errorLabel(u"email"_s));
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_passwordHint);
    form->addRow(QString(), errorLabel(u"password"_s));
    form->addRow(m_yourSchool);
    form->addRow(m_countryLabel, m_country);
    form->addRow(QString(), errorLabel(u"country"_s));
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), errorLabel(u"schoolRole"_s));
    form->addRow(m_searchLabel, m_search);
    form->addRow(QString(), m_searchState);
    form->addRow(QString(), m_results);
    form->addRow(QString(), m_picked);
    form->addRow(QString(), errorLabel(u"schoolId"_s));
    form->addRow(QString(), m_notListed);
    m_results->setMinimumHeight(90);
    m_results->setMaximumHeight(140);

    auto *newSchool = new QFormLayout(m_newSchool);
    newSchool->addRow(m_schoolNameLabel, m_schoolName);
    newSchool->addRow(QString(), errorLabel(u"schoolName"_s));
    newSchool->addRow(m_cityLabel, m_city);
    newSchool->addRow(QString(), errorLabel(u"schoolCity"_s));
    newSchool->addRow(m_addressLabel, m_address);
    newSchool->addRow(QString(), errorLabel(u"schoolAddress"_s));
    newSchool->addRow(m_typeLabel, m_type);
    newSchool->addRow(QString(), errorLabel(u"schoolType"_s));
    newSchool->addRow(m_regionLabel, m_region);
    newSchool->addRow(QString(), errorLabel(u"region"_s));

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_newSchool);
    left->addStretch();

    auto *ages = new QHBoxLayout;
    ages->addWidget(m_agesLabel);
    ages->addWidget(m_ageMin);
    ages->addWidget(m_ageMax);
    ages->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_teaching);
    right->addWidget(m_subjectsLabel);
    right->addWidget(m_subjects, 1);
    right->addWidget(errorLabel(u"subjects"_s));
    right->addWidget(m_languagesLabel);
    right->addWidget(m_languages, 1);
    right->addWidget(errorLabel(u"languages"_s));
    right->addLayout(ages);
    right->addWidget(errorLabel(u"ageMin"_s));
    right->addWidget(errorLabel(u"ageMax"_s));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createAccountButton"_s);
    m_create->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_lookupDelay.setSingleShot(true);
    m_lookupDelay.setInterval(lookupDelayMs);
    connect(&m_lookupDelay, &QTimer::timeout, this, &AccountCreationDialog::lookUpSchools);
    connect(m_search, &QLineEdit::textChanged, &m_lookupDelay, qOverload<>(&QTimer::start));
    connect(m_country, &QComboBox::currentIndexChanged, this,
            &AccountCreationDialog::countryChanged);
    connect(m_results, &QListWidget::currentItemChanged, this,
            &AccountCreationDialog::schoolPicked);
    connect(m_notListed, &QCheckBox::toggled, this, &AccountCreationDialog::notListedToggled);
    for (QLineEdit *field : {m_password, m_email, m_name})
        connect(field, &QLineEdit::textChanged, this, &AccountCreationDialog::updatePasswordHint);
    auto edited = [this](const QString &field) { return [this, field] { fieldEdited(field); }; };
    for (const auto &[line, field] : {std::pair{m_name, u"displayName"_s},
                                      {m_email, u"email"_s},
                                      {m_password, u"password"_s},
                                      {m_schoolName, u"schoolName"_s},
                                      {m_city, u"schoolCity"_s},
                                      {m_address, u"schoolAddress"_s}})
        connect(line, &QLineEdit::textChanged, this, edited(field));
    for (const auto &[combo, field] : {std::pair{m_country, u"country"_s},
                                       {m_role, u"schoolRole"_s},
                                       {m_type, u"schoolType"_s},
                                       {m_region, u"region"_s}})
        connect(combo, &QComboBox::currentIndexChanged, this, edited(field));
    connect(m_subjects, &QListWidget::itemChanged, this, edited(u"subjects"_s));
    connect(m_languages, &QListWidget::itemChanged, this, edited(u"languages"_s));
    connect(m_results, &QListWidget::currentItemChanged, this, edited(u"schoolId"_s));
    connect(m_notListed, &QCheckBox::toggled, this, edited(u"schoolId"_s));
    for (const auto &[age, field] : {std::pair{m_ageMin, u"ageMin"_s}, {m_ageMax, u"ageMax"_s}})
        connect(age, &QSpinBox::valueChanged, this, edited(field));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountCreationDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    // What was typed last time (the program was closed or stopped before the account existed).
    restore(AppSettings().signUpDraft());
    // Within a second on disk, and when a field loses focus; the password never.
    m_autosave = new Autosaver([this] { keepTyped(); }, this);
    m_autosave->watch(this);
    setMinimumSize(900, 640);
    m_name->setFocus();
}

void AccountCreationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountCreationDialog::retranslateUi()
{
    setWindowTitle(tr("Create an eTwinning account"));
    m_intro->setText(tr("Teachers and other school staff create their account here. The "
                        "national support service of your country then checks it with your "
                        "school; until it has, you are not in the partner directory."));
    m_aboutYou->setText(tr("About you"));
    m_yourSchool->setText(tr("Your school"));
    m_teaching->setText(tr("What you teach"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("First name and surname"));
    m_emailLabel->setText(tr("&E-mail address:"));
    m_email->setPlaceholderText(tr("It is also your user name"));
    m_passwordLabel->setText(tr("&Password:"));
    m_countryLabel->setText(tr("Co&untry:"));
    m_roleLabel->setText(tr("&Role in the school:"));
    m_searchLabel->setText(tr("&Find your school:"));
    m_search->setPlaceholderText(tr("Part of its name or town"));
    m_notListed->setText(tr("My school is n&ot listed"));
    m_newSchool->setTitle(tr("Your school, as your national support service will check it"));
    m_schoolNameLabel->setText(tr("School's na&me:"));
    m_cityLabel->setText(tr("&Town or city:"));
    m_addressLabel->setText(tr("A&ddress:"));
    m_address->setPlaceholderText(tr("Street and post code"));
    m_typeLabel->setText(tr("&Kind of school:"));
    m_regionLabel->setText(tr("Re&gion:"));
    m_subjectsLabel->setText(tr("&Subjects I teach:"));
    m_languagesLabel->setText(tr("&Languages I can work in:"));
    m_agesLabel->setText(tr("Pupils' &ages:"));
    m_ageMin->setPrefix(tr("from "));
    m_ageMax->setPrefix(tr("to "));
    m_ageMin->setSpecialValueText(tr("from…"));
    m_ageMax->setSpecialValueText(tr("to…"));
    m_create->setText(tr("&Create my account"));
    m_cancel->setText(tr("Cancel"));
    // Screen readers: the lists and combos have no label of their own to read.
    m_results->setAccessibleName(tr("Schools found"));
    m_subjects->setAccessibleName(tr("Subjects I teach"));
    m_languages->setAccessibleName(tr("Languages I can work in"));
    for (const auto &[age, name] :
         {std::pair{m_ageMin, tr("Pupils' minimum age")}, {m_ageMax, tr("Pupils' maximum age")}}) {
        age->setAccessibleName(name);
        // The field inside is what a screen reader lands on when typing a number.
        if (auto *edit = age->findChild<QLineEdit *>())
            edit->setAccessibleName(name);
    }
    for (const auto &[field, label] : {std::pair{static_cast<QWidget *>(m_name), m_nameLabel},
                                       {m_email, m_emailLabel},
                                       {m_password, m_passwordLabel},
                                       {m_country, m_countryLabel},
                                       {m_search, m_searchLabel},
                                       {m_schoolName, m_schoolNameLabel},
                                       {m_city, m_cityLabel},
                                       {m_address, m_addressLabel},
                                       {m_type, m_typeLabel},
                                       {m_region, m_regionLabel},
                                       {m_role, m_roleLabel}})
        field->setAccessibleName(label->text().remove(u'&').remove(u':').trimmed());

    const bool paused = m_autosave != nullptr;
    if (paused)
        m_autosave->setPaused(true);
    ui::fillCombo(m_country, tr("Choose your country"), catalogue::countryCodes(),
                  &catalogue::countryName);
    ui::fillCombo(m_type, tr("Choose"), catalogue::schoolTypeCodes(), &catalogue::schoolTypeName);
    ui::fillCombo(m_role, tr("Choose your role"), registration::schoolRoleCodes(),
                  &sign_up::schoolRoleName);
    ui::fillChecklist(m_subjects, catalogue::subjectCodes(), &catalogue::subjectName);
    ui::fillChecklist(m_languages, catalogue::languageCodes(), &catalogue::languageName);
    if (m_region->count() > 0)
        m_region->setItemText(0, tr("Choose the region"));
    if (paused)
        m_autosave->setPaused(false);
    updatePasswordHint();
    if (m_picked->isVisible())
        m_picked->setText(tr("Your school: %1").arg(m_schoolText));
    if (m_results->count() == 0 && !m_lookupDelay.isActive())
        m_searchState->setText(ui::comboCode(m_country).isEmpty()
                                   ? tr("Choose your country first, then type part of your "
                                        "school's name or town.")
                                   : tr("Type part of your school's name or town."));
}

void AccountCreationDialog::countryChanged()
{
    const QString country = ui::comboCode(m_country);
    // Regions where the country has them: its regional correspondents review their schools.
    const QStringList regionCodes = regions::codes(country);
    const QString region = ui::comboCode(m_region);
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItem(tr("Choose the region"), QString());
        for (const QString &code : regionCodes)
            m_region->addItem(regions::name(code), code);
        m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    }
    m_region->setVisible(!regionCodes.isEmpty());
    m_regionLabel->setVisible(!regionCodes.isEmpty());
    // A school is in one country: the one picked belonged to the country before.
    m_schoolId = 0;
    m_schoolText.clear();
    m_picked->hide();
    m_results->clear();
    lookUpSchools();
}

void AccountCreationDialog::lookUpSchools()
{
    m_lookupDelay.stop();
    const QString country = ui::comboCode(m_country);
    const QString text = m_search->text().trimmed();
    const int lookup = ++m_lookup;
    if (country.isEmpty() || text.size() < minLookupLength || m_notListed->isChecked()) {
        m_results->clear();
        m_searchState->setText(country.isEmpty()
                                   ? tr("Choose your country first, then type part of your "
                                        "school's name or town.")
                                   : tr("Type part of your school's name or town."));
        return;
    }
    m_searchState->setText(tr("Searching…"));
    m_api.findSchools(country, text, [this, lookup](const Result<QList<School>> &result) {
        if (lookup != m_lookup)
            return; // typed on since: a later answer is coming
        if (!result) {
            m_results->clear();
            m_searchState->setText(result.error().code == u"unreachable"
                                       ? tr("The server %1 cannot be reached: check the network "
                                            "connection.")
                                             .arg(m_server.toString())
                                       : result.error().message);
            return;
        }
        showSchools(result.value());
    });
}

void AccountCreationDialog::showSchools(const QList<School> &schools)
{
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    for (const School &s : schools) {
        auto *item = new QListWidgetItem(schoolText(s), m_results);
        item->setData(Qt::UserRole, s.id);
        if (s.id == m_schoolId)
            m_results->setCurrentItem(item);
    }
    m_searchState->setText(
        schools.isEmpty()
            ? tr("No school found: check the spelling, or say that your school is not listed.")
            : tr("%n school(s) found: choose yours.", nullptr, int(schools.size())));
}

void AccountCreationDialog::schoolPicked()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    m_schoolId = item->data(Qt::UserRole).toLongLong();
    m_schoolText = item->text();
    m_picked->setText(tr("Your school: %1").arg(m_schoolText));
    m_picked->show();
    m_autosave->changed();
}

void AccountCreationDialog::notListedToggled()
{
    const bool notListed = m_notListed->isChecked();
    m_newSchool->setVisible(notListed);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_searchLabel, m_search, m_searchState, m_results})
        w->setVisible(!notListed);
    m_picked->setVisible(!notListed && m_schoolId > 0);
    if (notListed && m_schoolName->text().isEmpty())
        m_schoolName->setText(m_search->text().trimmed()); // what was searched is often it
    if (notListed)
        m_schoolName->setFocus();
    else
        lookUpSchools();
}

void AccountCreationDialog::updatePasswordHint()
{
    const QString password = m_password->text();
    QString hint, color = u"#505050"_s;
    if (password.isEmpty()) {
        hint = tr("At least %1 characters. A few unrelated words, or a sentence of your own, "
                  "make a strong password.")
                   .arg(sign_up::minPasswordLength);
    } else {
        switch (password_strength::estimate(
                    password, password_strength::personalWords(m_email->text(), m_name->text()))
                    .level) {
        case password_strength::Level::TooShort:
            hint = tr("Too short: at least %1 characters.").arg(sign_up::minPasswordLength);
            color = u"#b00020"_s;
            break;
        case password_strength::Level::Weak:
            hint = tr("Too easy to guess: add words, or make it a sentence of your own.");
            color = u"#b00020"_s;
            break;
        case password_strength::Level::Fair:
            hint = tr("Good enough.");
            color = u"#8a5300"_s;
            break;
        case password_strength::Level::Strong:
            hint = tr("Strong password.");
            color = u"#0b6b2b"_s;
            break;
        }
    }
    m_passwordHint->setText(hint);
    m_passwordHint->setStyleSheet(u"color: "_s + color);
    m_password->setAccessibleDescription(hint);
}

SignUp AccountCreationDialog::form() const
{
    SignUp f;
    f.email = m_email->text().trimmed();
    f.password = m_password->text();
    f.displayName = m_name->text().trimmed();
    f.country = ui::comboCode(m_country);
    if (m_notListed->isChecked())
        f.newSchool =
            NewSchool{m_schoolName->text().trimmed(), m_city->text().trimmed(),
                      m_address->text().trimmed(), ui::comboCode(m_type),
                      regions::codes(f.country).isEmpty() ? QString() : ui::comboCode(m_region)};
    else
        f.schoolId = m_schoolId;
    f.schoolRole = ui::comboCode(m_role);
    f.subjects = ui::checkedCodes(m_subjects);
    f.languages = ui::checkedCodes(m_languages);
    f.ageMin = m_ageMin->value();
    f.ageMax = m_ageMax->value();
    return f;
}

QJsonObject AccountCreationDialog::draft() const
{
    QJsonObject d = form().toJson();
    d.remove(u"password"_s);
    d.insert(u"schoolId"_s, m_schoolId);
    d.insert(u"schoolText"_s, m_schoolText);
    d.insert(u"search"_s, m_search->text());
    d.insert(u"notListed"_s, m_notListed->isChecked());
    d.insert(u"newSchool"_s, QJsonObject{{u"name"_s, m_schoolName->text()},
                                         {u"city"_s, m_city->text()},
                                         {u"address"_s, m_address->text()},
                                         {u"type"_s, ui::comboCode(m_type)},
                                         {u"region"_s, ui::comboCode(m_region)}});
    return d;
}

void AccountCreationDialog::restore(const QJsonObject &d)
{
    if (d.isEmpty())
        return;
    auto select = [](QComboBox *combo, const QJsonValue &code) {
        combo->setCurrentIndex(std::max(0, combo->findData(code.toString())));
    };
    m_name->setText(d[u"displayName"_s].toString());
    m_email->setText(d[u"email"_s].toString());
    select(m_country, d[u"country"_s]); // refills the regions, forgets the school: set after
    select(m_role, d[u"schoolRole"_s]);
    const QJsonObject school = d[u"newSchool"_s].toObject();
    m_schoolName->setText(school[u"name"_s].toString());
    m_city->setText(school[u"city"_s].toString());
    m_address->setText(school[u"address"_s].toString());
    select(m_type, school[u"type"_s]);
    select(m_region, school[u"region"_s]);
    m_notListed->setChecked(d[u"notListed"_s].toBool());
    {
        const QSignalBlocker blocker(m_search); // no lookup for what was typed days ago
        m_search->setText(d[u"search"_s].toString());
    }
    m_schoolId = d[u"schoolId"_s].toInteger();
    m_schoolText = d[u"schoolText"_s].toString();
    if (m_schoolId > 0 && !m_notListed->isChecked()) {
        m_picked->setText(tr("Your school: %1").arg(m_schoolText));
        m_picked->show();
    }
    QStringList subjects, languages;
    for (const QJsonValue v : d[u"subjects"_s].toArray())
        subjects.append(v.toString());
    for (const QJsonValue v : d[u"languages"_s].toArray())
        languages.append(v.toString());
    ui::setChecked(m_subjects, subjects);
    ui::setChecked(m_languages, languages);
    m_ageMin->setValue(d[u"ageMin"_s].toInt());
    m_ageMax->setValue(d[u"ageMax"_s].toInt());
}

void AccountCreationDialog::keepTyped()
{
    AppSettings().setSignUpDraft(draft());
}

void AccountCreationDialog::keepTypedNow()
{
    m_autosave->flush();
}

void AccountCreationDialog::done(int result)
{
    // Cancelled or closed: what was typed stays for next time (an accepted form was cleared).
    if (result != QDialog::Accepted)
        keepTypedNow();
    m_password->clear();
    QDialog::done(result);
}

void AccountCreationDialog::submit()
{
    const SignUp f = form();
    // What the server would refuse, said at once and at its field, in the UI language.
    const auto checked = sign_up::read(f.toJson());
    FieldErrors errors = checked ? FieldErrors{} : checked.error().fields;
    if (!errors.contains(u"password"_s) &&
        !password_strength::estimate(f.password,
                                     password_strength::personalWords(f.email, f.displayName))
             .acceptable())
        errors.insert(u"password"_s, fieldError(u"password"_s, u"too_weak"_s));
    showErrors(errors);
    if (!errors.isEmpty()) {
        showMessage(tr("Some fields need your attention: see the message under each one."));
        return;
    }
    setBusy(true);
    m_api.createAccount(f, [this, email = f.email](const Result<Account> &result) {
        setBusy(false);
        if (result) {
            // A save still waiting would write the draft back after it was forgotten.
            m_autosave->flush();
            m_autosave->setPaused(true);
            AppSettings().setSignUpDraft({});
            const QString password = m_password->text();
            Q_EMIT created(email, password);
            accept();
            return;
        }
        const Error &e = result.error();
        if (e.code == u"validation_failed") {
            showErrors(e.fields);
            showMessage(tr("Some fields need your attention: see the message under each one."));
        } else if (e.code == u"too_many_accounts") {
            showMessage(tr("Too many accounts were created from this network in the last hour. "
                           "Try again later; what you typed is kept."));
        } else if (e.code == u"unreachable") {
            showMessage(tr("The server %1 cannot be reached. Check the network connection; what "
                           "you typed is kept.")
                            .arg(m_server.toString()));
        } else {
            showMessage(e.message);
        }
    });
}

void AccountCreationDialog::fieldEdited(const QString &field)
{
    if (m_shown.remove(field) == 0)
        return;
    m_errors.show(m_shown);
    if (m_shown.isEmpty())
        showMessage({});
}

void AccountCreationDialog::showErrors(const FieldErrors &errors)
{
    m_shown = errors;
    m_errors.show(errors);
    // The first field in the form's order that needs attention gets the focus.
    const std::pair<const char16_t *, QWidget *> order[] = {
        {u"displayName", m_name},      {u"email", m_email},     {u"password", m_password},
        {u"country", m_country},       {u"schoolRole", m_role}, {u"schoolId", m_search},
        {u"schoolName", m_schoolName}, {u"schoolCity", m_city}, {u"schoolAddress", m_address},
        {u"schoolType", m_type},       {u"region", m_region},   {u"subjects", m_subjects},
        {u"languages", m_languages},   {u"ageMin", m_ageMin},   {u"ageMax", m_ageMax}};
    for (const auto &[field, widget] : order)
        if (errors.contains(QString::fromUtf16(field))) {
            widget->setFocus();
            break;
        }
    if (errors.isEmpty())
        showMessage({});
}

void AccountCreationDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void AccountCreationDialog::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
    if (busy)
        showMessage({});
    m_create->setText(busy ? tr("Creating your account…") : tr("&Create my account"));
}

} // namespace etw
