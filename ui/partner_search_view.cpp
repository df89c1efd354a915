// SPDX-License-Identifier: GPL-3.0-or-later
#include "partner_search_view.h"

#include "catalogue_combo.h"
#include "domain/catalogue.h"
#include "partner_detail_view.h"
#include "partner_item_delegate.h"
#include "partner_list_model.h"
#include "search/search_service.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

PartnerSearchView::PartnerSearchView(SearchService *search, QWidget *parent)
    : QWidget(parent)
    , m_search(search)
    , m_model(new PartnerListModel(search, this))
    , m_text(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_schoolType(new QComboBox(this))
    , m_ageFrom(new QSpinBox(this))
    , m_ageTo(new QSpinBox(this))
    , m_eTwinningSchools(new QCheckBox(this))
    , m_qualityLabels(new QCheckBox(this))
    , m_countryLabel(new QLabel(this))
    , m_subjectLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_schoolTypeLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
    , m_detail(new PartnerDetailView(this))
    , m_debounce(new QTimer(this))
    , m_refreshThrottle(new QTimer(this))
{
    m_text->setObjectName(u"searchText"_s);
    m_text->setClearButtonEnabled(true);
    setFocusProxy(m_text); // the window opens ready to type a search
    m_country->setObjectName(u"countryFilter"_s);
    m_subject->setObjectName(u"subjectFilter"_s);
    m_language->setObjectName(u"languageFilter"_s);
    m_schoolType->setObjectName(u"schoolTypeFilter"_s);
    m_ageFrom->setObjectName(u"ageFromFilter"_s);
    m_ageTo->setObjectName(u"ageToFilter"_s);
    m_eTwinningSchools->setObjectName(u"eTwinningSchoolsFilter"_s);
    m_qualityLabels->setObjectName(u"qualityLabelsFilter"_s);
    m_count->setObjectName(u"resultCount"_s);
    m_list->setObjectName(u"results"_s);
    // Combos sized for a short name, not their longest entry: the labels beside them keep
    // their room in every language (French labels are long).
    for (QComboBox *combo : {m_country, m_subject, m_language, m_schoolType}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    for (QSpinBox *age : {m_ageFrom, m_ageTo}) {
        age->setRange(catalogue::minPupilAge - 1, catalogue::maxPupilAge);
        age->setValue(age->minimum());
    }
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PartnerItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *filters = new QGridLayout;
    filters->addWidget(m_countryLabel, 0, 0);
    filters->addWidget(m_country, 0, 1);
    filters->addWidget(m_subjectLabel, 0, 2);
    filters->addWidget(m_subject, 0, 3);
    filters->addWidget(m_languageLabel, 1, 0);
    filters->addWidget(m_language, 1, 1);
    filters->addWidget(m_schoolTypeLabel, 1, 2);
    filters->addWidget(m_schoolType, 1, 3);
    auto *ages = new QHBoxLayout;
    ages->addWidget(m_ageFrom);
    ages->addWidget(m_ageTo);
    ages->addStretch();
    filters->addWidget(m_ageLabel, 2, 0);
    filters->addLayout(ages, 2, 1);
    filters->addWidget(m_eTwinningSchools, 2, 2, 1, 2);
    filters->addWidget(m_qualityLabels, 3, 2, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_text);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_list, 1);

    // The detail pane and what one can do with that teacher.
    m_invite = new QPushButton(this);
    m_invite->setObjectName(u"inviteToProject"_s);
    m_invite->setEnabled(false);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_invite, 0, Qt::AlignRight);
    connect(m_invite, &QPushButton::clicked, this, [this] {
        if (m_shown)
            Q_EMIT inviteRequested(m_shown->teacher.id, m_shown->teacher.displayName,
                                   m_shown->teacher.country);
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &PartnerSearchView::runSearch);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_country, m_subject, m_language, m_schoolType})
        connect(combo, &QComboBox::currentIndexChanged, this, &PartnerSearchView::runSearch);
    for (QSpinBox *age : {m_ageFrom, m_ageTo})
        connect(age, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_eTwinningSchools, &QCheckBox::toggled, this, &PartnerSearchView::runSearch);
    connect(m_qualityLabels, &QCheckBox::toggled, this, &PartnerSearchView::runSearch);
    m_refreshThrottle->setSingleShot(true);
    m_refreshThrottle->setInterval(2000);
    connect(m_refreshThrottle, &QTimer::timeout, m_model, &PartnerListModel::refresh);

    connect(m_model, &PartnerListModel::totalCountChanged, this, &PartnerSearchView::updateCount);
    connect(m_model, &PartnerListModel::loadingChanged, this, &PartnerSearchView::updateCount);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PartnerSearchView::showSelected);
    connect(m_search, &SearchService::detailReady, this,
            [this](int ticket, const std::optional<directory_store::PartnerDetail> &detail) {
                if (ticket == m_detailTicket) {
                    m_detail->showPartner(detail);
                    m_shown = detail;
                    m_invite->setEnabled(detail.has_value() && m_inviteBlocked.isEmpty());
                }
            });

    retranslateUi();
    runSearch();
}

void PartnerSearchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PartnerSearchView::retranslateUi()
{
    m_invite->setText(tr("Invite to a project…"));
    m_text->setPlaceholderText(tr("Search teachers by name, school, city or profile…"));
    m_countryLabel->setText(tr("Country:"));
    m_subjectLabel->setText(tr("Subject:"));
    m_languageLabel->setText(tr("Language:"));
    m_schoolTypeLabel->setText(tr("School:"));
    m_ageLabel->setText(tr("Pupils' ages:"));
    m_eTwinningSchools->setText(tr("Only e&Twinning Schools"));
    m_eTwinningSchools->setToolTip(tr("Teachers of schools holding the eTwinning School label"));
    m_qualityLabels->setText(tr("Only teachers with a &Quality Label"));
    m_qualityLabels->setToolTip(
        tr("Teachers awarded a National or European Quality Label for one of their projects"));
    m_ageFrom->setSpecialValueText(tr("from any age"));
    m_ageFrom->setPrefix(tr("from "));
    m_ageTo->setSpecialValueText(tr("to any age"));
    m_ageTo->setPrefix(tr("to "));
    ui::fillCombo(m_country, tr("All countries"), catalogue::countryCodes(),
                  &catalogue::countryName);
    ui::fillCombo(m_subject, tr("All subjects"), catalogue::subjectCodes(),
                  &catalogue::subjectName);
    ui::fillCombo(m_language, tr("All languages"), catalogue::languageCodes(),
                  &catalogue::languageName);
    ui::fillCombo(m_schoolType, tr("All kinds of school"), catalogue::schoolTypeCodes(),
                  &catalogue::schoolTypeName);
    m_list->setAccessibleName(tr("Teachers found"));
    // Every control named for a screen reader, the way its label says it.
    m_text->setAccessibleName(tr("Search teachers"));
    m_country->setAccessibleName(tr("Country"));
    m_subject->setAccessibleName(tr("Subject"));
    m_language->setAccessibleName(tr("Language"));
    m_schoolType->setAccessibleName(tr("Kind of school"));
    m_ageFrom->setAccessibleName(tr("Pupils' ages from"));
    m_ageTo->setAccessibleName(tr("Pupils' ages to"));
    // A spin box's text field is a node of its own.
    for (QSpinBox *age : {m_ageFrom, m_ageTo})
        if (auto *field = age->findChild<QLineEdit *>())
            field->setAccessibleName(age->accessibleName());
    m_detail->setAccessibleName(tr("The teacher's profile"));
    m_model->retranslate();
    updateCount();
}

void PartnerSearchView::runSearch()
{
    PartnerQuery q;
    q.text = m_text->text();
    q.country = ui::comboCode(m_country);
    q.subject = ui::comboCode(m_subject);
    q.language = ui::comboCode(m_language);
    q.schoolType = ui::comboCode(m_schoolType);
    q.ageFrom = m_ageFrom->value() >= catalogue::minPupilAge ? m_ageFrom->value() : 0;
    q.ageTo = m_ageTo->value() >= catalogue::minPupilAge ? m_ageTo->value() : 0;
    q.eTwinningSchools = m_eTwinningSchools->isChecked();
    q.qualityLabels = m_qualityLabels->isChecked();
    if (q == m_model->query() && m_model->totalCount() >= 0)
        return;
    m_model->setQuery(q);
    updateCount();
}

void PartnerSearchView::setInviteBlocked(const QString &why)
{
    m_inviteBlocked = why;
    m_invite->setToolTip(why);
    m_invite->setEnabled(m_shown.has_value() && why.isEmpty());
}

void PartnerSearchView::directoryChanged()
{
    if (!m_refreshThrottle->isActive())
        m_refreshThrottle->start();
}

void PartnerSearchView::updateCount()
{
    const int total = m_model->totalCount();
    if (total < 0 || m_model->isLoading())
        m_count->setText(tr("Searching…"));
    else
        m_count->setText(total > SearchService::countLimit
                             ? tr("More than %L1 teachers found").arg(SearchService::countLimit)
                         : total == 1 ? tr("One teacher found")
                                      : tr("%L1 teachers found").arg(total));
}

void PartnerSearchView::showSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_detail->showPartner(std::nullopt);
        m_shown.reset();
        m_invite->setEnabled(false);
        return;
    }
    m_shownId = current.data(PartnerListModel::IdRole).toLongLong();
    m_detailTicket = m_search->fetchDetail(m_shownId);
}

} // namespace etw
