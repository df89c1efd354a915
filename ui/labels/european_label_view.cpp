// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/european_label_view.h"

#include "domain/catalogue.h"
#include "session/label_desk.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

EuropeanLabelView::EuropeanLabelView(LabelDesk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_intro(new QLabel(this))
    , m_years(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_reasons(new QTextBrowser(this))
    , m_act(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_settings(new QWidget(this))
    , m_shareLabel(new QLabel(m_settings))
    , m_thresholdLabel(new QLabel(m_settings))
    , m_share(new QSpinBox(m_settings))
    , m_threshold(new QDoubleSpinBox(m_settings))
    , m_saveSettings(new QPushButton(m_settings))
    , m_actAction(new QAction(this))
{
    setObjectName(u"europeanLabel"_s);
    m_intro->setWordWrap(true);
    m_years->setObjectName(u"eqlYears"_s);
    m_list->setObjectName(u"eqlCandidates"_s);
    m_reasons->setObjectName(u"eqlReasons"_s);
    m_act->setObjectName(u"eqlAct"_s);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"eqlMessage"_s);

    m_share->setObjectName(u"eqlShare"_s);
    m_threshold->setObjectName(u"eqlThreshold"_s);
    m_saveSettings->setObjectName(u"eqlSaveSettings"_s);
    m_share->setRange(1, 100);
    m_share->setSuffix(u" %"_s);
    m_threshold->setRange(0, 1000);
    m_threshold->setDecimals(1);
    m_shareLabel->setBuddy(m_share);
    m_thresholdLabel->setBuddy(m_threshold);
    auto *settingsRow = new QHBoxLayout(m_settings);
    settingsRow->setContentsMargins(0, 0, 0, 0);
    settingsRow->addWidget(m_shareLabel);
    settingsRow->addWidget(m_share);
    settingsRow->addWidget(m_thresholdLabel);
    settingsRow->addWidget(m_threshold);
    settingsRow->addWidget(m_saveSettings);
    settingsRow->addStretch(1);
    // Only the central support service sets a year (the server refuses anyone else).
    m_settings->setVisible(m_desk->isCentralService());

    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_years);
    leftColumn->addWidget(m_settings);
    leftColumn->addWidget(m_list, 1);
    auto *right = new QWidget(this);
    auto *rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_reasons, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_act);
    rightColumn->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    m_actAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_actAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_actAction);
    connect(m_actAction, &QAction::triggered, this, &EuropeanLabelView::act);
    connect(m_act, &QPushButton::clicked, m_actAction, &QAction::trigger);
    connect(m_saveSettings, &QPushButton::clicked, this, &EuropeanLabelView::saveSettings);
    connect(m_years, &QComboBox::currentIndexChanged, this, &EuropeanLabelView::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &EuropeanLabelView::showCurrent);
    connect(m_desk, &LabelDesk::changed, this, &EuropeanLabelView::reload);
    retranslate();
    reload();
}

void EuropeanLabelView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void EuropeanLabelView::retranslate()
{
    m_intro->setText(
        m_desk->isCentralService()
            ? tr("The projects with a National Quality Label in two countries at least are "
                 "candidates. Award the European Quality Label to those their national support "
                 "services nominated.")
            : tr("The projects with a National Quality Label in two countries at least are "
                 "candidates. Your service may nominate up to its share of its labelled "
                 "projects whose average score is above the year's threshold."));
    m_years->setAccessibleName(tr("School year"));
    m_list->setAccessibleName(tr("Candidates for the European Quality Label"));
    m_reasons->setAccessibleName(tr("Why it is or is not eligible"));
    m_actAction->setText(m_desk->isCentralService() ? tr("Award the European label")
                                                    : tr("Nominate"));
    m_act->setText(m_actAction->text());
    m_shareLabel->setText(tr("&Share:"));
    m_share->setAccessibleName(tr("Share of a country's labelled projects it may nominate"));
    m_share->setToolTip(m_share->accessibleName());
    m_thresholdLabel->setText(tr("T&hreshold:"));
    m_threshold->setAccessibleName(tr("Average score above which a project may be nominated"));
    m_threshold->setToolTip(m_threshold->accessibleName());
    // A spin box's text field is a node of its own for a screen reader.
    for (QAbstractSpinBox *spin :
         {static_cast<QAbstractSpinBox *>(m_share), static_cast<QAbstractSpinBox *>(m_threshold)})
        if (auto *field = spin->findChild<QLineEdit *>())
            field->setAccessibleName(spin->accessibleName());
    m_saveSettings->setText(tr("Sa&ve the year's settings"));
    m_saveSettings->setAccessibleName(tr("Save the year's settings"));
    m_act->setToolTip(u"%1 (%2)"_s.arg(m_actAction->text(),
                                       m_actAction->shortcut().toString(QKeySequence::NativeText)));
}

const EqlCandidate *EuropeanLabelView::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

void EuropeanLabelView::reload()
{
    const QList<EqlCandidate> all = m_desk->europeanCandidates();
    QStringList years;
    for (const EqlCandidate &c : all)
        if (!years.contains(c.schoolYear))
            years.append(c.schoolYear);
    const QString year = m_years->currentText().isEmpty() ? years.value(0) : m_years->currentText();
    {
        const QSignalBlocker block(m_years);
        m_years->clear();
        m_years->addItems(years);
        m_years->setCurrentIndex(std::max(0, int(years.indexOf(year))));
    }
    const qint64 keep = current() ? current()->id : 0;
    m_shown.clear();
    for (const EqlCandidate &c : all)
        if (c.schoolYear == m_years->currentText())
            m_shown.append(c);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = 0;
    for (const EqlCandidate &c : std::as_const(m_shown)) {
        QStringList countries;
        for (const EqlCountry &e : c.countries)
            countries << e.country;
        const QString state = c.awarded       ? tr("awarded")
                              : c.nominated() ? tr("nominated")
                                              : tr("candidate");
        m_list->addItem(tr("%1 — %2 (%3)").arg(c.projectTitle, countries.join(u", "_s), state));
        if (c.id == keep)
            row = m_list->count() - 1;
    }
    if (m_shown.isEmpty())
        m_list->addItem(tr("No candidate yet: projects become candidates when they have a "
                           "National Quality Label in two countries."));
    m_list->setCurrentRow(row);
    // The year's settings as the candidates were counted with, or as saved here and waiting.
    if (!m_shown.isEmpty() && !m_share->hasFocus() && !m_threshold->hasFocus()) {
        m_share->setValue(m_shown.first().sharePercent);
        m_threshold->setValue(m_shown.first().threshold);
    }
    m_settings->setEnabled(!m_shown.isEmpty());
    showCurrent();
}

void EuropeanLabelView::saveSettings()
{
    const auto queued =
        m_desk->setEuropeanSettings(m_years->currentText(), m_share->value(), m_threshold->value());
    if (!queued) {
        // A field named: its message (out of range), else the reason.
        const auto fields = queued.error().fields;
        m_message->setText(fields.isEmpty() ? queued.error().message : fields.first().message);
        return;
    }
    reload();
    m_message->setText(tr("The year's settings are saved; they leave with the next "
                          "synchronisation, and the candidates are counted again with them."));
}

void EuropeanLabelView::showCurrent()
{
    const EqlCandidate *c = current();
    m_act->setEnabled(false);
    m_actAction->setEnabled(false);
    if (!c) {
        m_reasons->clear();
        return;
    }
    QString html = u"<h3>%1</h3><ul>"_s.arg(c->projectTitle.toHtmlEscaped());
    const QString own = m_desk->isCentralService() ? QString() : m_desk->account().country;
    for (const QString &line : eql::reasons(*c, own))
        html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
    html += u"</ul>"_s;
    if (m_desk->isCentralService()) {
        html += u"<table cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(
            tr("Country"), tr("Average score"), tr("Nominated"));
        for (const EqlCountry &e : c->countries)
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
                catalogue::countryName(e.country).toHtmlEscaped(),
                QLocale().toString(e.average, 'g', 3), e.nominated ? tr("yes") : tr("no"));
        html += u"</table>"_s;
        html += u"<p>%1</p>"_s.arg(
            tr("Counted with the year's settings: each country may nominate %1 % of its "
               "labelled projects whose average score is above %2.")
                .arg(c->sharePercent)
                .arg(QLocale().toString(c->threshold))
                .toHtmlEscaped());
    }
    const QString why = m_desk->isCentralService() ? (c->awarded        ? u"already_awarded"_s
                                                      : !c->nominated() ? u"not_nominated"_s
                                                                        : QString())
                                                   : m_desk->nominationRefusal(*c);
    if (!why.isEmpty() && why != u"forbidden")
        html += u"<p><i>%1</i></p>"_s.arg(eql::refusalMessage(why).value_or(why).toHtmlEscaped());
    m_reasons->setHtml(html);
    m_act->setEnabled(why.isEmpty());
    m_actAction->setEnabled(why.isEmpty());
}

void EuropeanLabelView::act()
{
    const EqlCandidate *c = current();
    if (!c)
        return;
    const auto queued =
        m_desk->isCentralService() ? m_desk->awardEuropean(*c) : m_desk->nominate(*c);
    if (!queued) {
        m_message->setText(queued.error().message);
        return;
    }
    const QString done = m_desk->isCentralService()
                             ? tr("Awarded; it leaves with the next synchronisation.")
                             : tr("Nominated; it leaves with the next synchronisation.");
    reload();
    m_message->setText(done);
}

} // namespace etw
