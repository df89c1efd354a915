// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/statistics_view.h"

#include "button_keys.h"
#include "domain/catalogue.h"
#include "domain/regions.h"
#include "domain/statistics.h"
#include "projects/project_texts.h"
#include "session/territory_statistics.h"
#include "statistics/statistics_report.h"
#include "statistics/statistics_table_model.h"

#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// What the charts draw: the headline figures (the tables hold every project kind and status).
const QStringList &charted()
{
    static const QStringList m{QString::fromLatin1(statistics::teachersRegistered),
                               QString::fromLatin1(statistics::teachersValidated),
                               QString::fromLatin1(statistics::schoolsJoined), u"projects"_s};
    return m;
}

qint64 figure(const QMap<QString, qint64> &f, const QString &measure)
{
    return measure == u"projects" ? statistics::projectTotal(f) : f.value(measure);
}

QString monthTitle(const QString &month)
{
    const QDate d(month.left(4).toInt(), month.mid(5, 2).toInt(), 1);
    return QLocale().toString(d, u"MMM yyyy"_s);
}

QImage renderChart(QChart *chart, const QSize &size)
{
    QGraphicsScene scene; // owns the chart from here on
    chart->setAnimationOptions(QChart::NoAnimation);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size * 2, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    scene.render(&p, QRectF(image.rect()), QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    return image;
}

statistics_report::Table tableOf(const QString &title, const StatisticsTableModel &m)
{
    statistics_report::Table t{title, {QString()}, {}};
    for (int c = 0; c < m.columnCount(); ++c)
        t.header.append(m.columnTitle(c));
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList row{m.rowName(r)};
        for (int c = 0; c < m.columnCount(); ++c)
            row.append(QLocale().toString(m.value(r, c)));
        t.rows.append(row);
    }
    return t;
}
} // namespace

StatisticsView::StatisticsView(TerritoryStatistics *statistics, QWidget *parent)
    : QWidget(parent)
    , m_statistics(statistics)
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_yearLabel(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_csv(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_yearsBox(new QGroupBox(this))
    , m_monthsBox(new QGroupBox(this))
    , m_labelsBox(new QGroupBox(this))
    , m_yearsChart(new QChartView(this))
    , m_monthsChart(new QChartView(this))
    , m_labelsChart(new QChartView(this))
    , m_yearsTable(new QTableView(this))
    , m_monthsTable(new QTableView(this))
    , m_years(new StatisticsTableModel(this))
    , m_months(new StatisticsTableModel(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"statisticsView"_s);
    m_region->setObjectName(u"statisticsRegion"_s);
    m_year->setObjectName(u"statisticsYear"_s);
    m_csv->setObjectName(u"exportCsv"_s);
    m_pdf->setObjectName(u"exportPdf"_s);
    m_yearsTable->setObjectName(u"statisticsYears"_s);
    m_monthsTable->setObjectName(u"statisticsMonths"_s);
    m_yearsChart->setObjectName(u"statisticsYearsChart"_s);
    m_monthsChart->setObjectName(u"statisticsMonthsChart"_s);
    m_labelsChart->setObjectName(u"statisticsLabelsChart"_s);
    m_empty->setObjectName(u"statisticsEmpty"_s);
    m_regionLabel->setBuddy(m_region);
    m_yearLabel->setBuddy(m_year);
    giveKeys(m_csv, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    giveKeys(m_pdf, QKeySequence(Qt::CTRL | Qt::Key_P));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_note->setWordWrap(true);

    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QTableView *t : {m_yearsTable, m_monthsTable}) {
        t->setCornerButtonEnabled(false);
        t->setSelectionBehavior(QAbstractItemView::SelectItems);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_yearsTable->setModel(m_years);
    m_monthsTable->setModel(m_months);
    for (QChartView *v : {m_yearsChart, m_monthsChart, m_labelsChart}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(360, 240);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_regionLabel);
    filters->addWidget(m_region, 1);
    filters->addWidget(m_yearLabel);
    filters->addWidget(m_year);
    filters->addStretch();
    filters->addWidget(m_csv);
    filters->addWidget(m_pdf);

    auto *years = new QHBoxLayout(m_yearsBox);
    years->addWidget(m_yearsChart, 1);
    years->addWidget(m_yearsTable, 1);
    auto *months = new QHBoxLayout(m_monthsBox);
    months->addWidget(m_monthsChart, 1);
    months->addWidget(m_monthsTable, 1);
    auto *labels = new QHBoxLayout(m_labelsBox);
    labels->addWidget(m_labelsChart, 1);

    auto *figures = new QWidget(this);
    auto *column = new QVBoxLayout(figures);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_yearsBox, 1);
    column->addWidget(m_monthsBox, 1);
    column->addWidget(m_labelsBox, 1);
    column->addWidget(m_note);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(figures);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);

    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showFigures();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showFigures();
    });
    connect(m_csv, &QPushButton::clicked, this, &StatisticsView::askCsv);
    connect(m_pdf, &QPushButton::clicked, this, &StatisticsView::askPdf);
    if (m_statistics)
        connect(m_statistics, &TerritoryStatistics::changed, this, &StatisticsView::reload);
    retranslate();
}

QString StatisticsView::region() const
{
    return m_region->currentData().toString();
}

QString StatisticsView::schoolYear() const
{
    return m_year->currentData().toString();
}

void StatisticsView::setRegion(const QString &region)
{
    const int i = m_region->findData(region);
    if (i >= 0)
        m_region->setCurrentIndex(i);
}

void StatisticsView::setSchoolYear(const QString &schoolYear)
{
    const int i = m_year->findData(schoolYear);
    if (i >= 0)
        m_year->setCurrentIndex(i);
}

QString StatisticsView::territoryName() const
{
    const QString country = catalogue::countryName(m_statistics->country());
    return region().isEmpty() ? country : tr("%1 (%2)").arg(regions::name(region()), country);
}

QString StatisticsView::measureName(const QString &measure)
{
    if (measure == QLatin1String(statistics::teachersRegistered))
        return tr("Teachers registered");
    if (measure == QLatin1String(statistics::teachersValidated))
        return tr("Teachers validated");
    if (measure == QLatin1String(statistics::schoolsJoined))
        return tr("Schools joining");
    if (measure == u"projects")
        return tr("Projects created");
    if (measure == QLatin1String(statistics::labelsApplied))
        return tr("Quality Label applications");
    if (measure == QLatin1String(statistics::labelsAwarded))
        return tr("Quality Labels awarded");
    if (measure == QLatin1String(statistics::labelsNotAwarded))
        return tr("Quality Labels not awarded");
    if (measure == QLatin1String(statistics::eqlNominations))
        return tr("European Quality Label nominations");
    if (measure == QLatin1String(statistics::eqlAwards))
        return tr("European Quality Labels awarded");
    if (measure == QLatin1String(statistics::schoolsLabelled))
        return tr("eTwinning School labels awarded");
    const auto [kind, status] = statistics::projectKindAndStatus(measure);
    if (kind.isEmpty())
        return measure;
    // Short, for a table's rows: "European projects, active".
    const QString kindName = kind == u"national"   ? tr("National projects")
                             : kind == u"european" ? tr("European projects")
                                                   : project_texts::kind(kind);
    const QString statusName = status == u"waiting_partners"   ? tr("waiting for partners")
                               : status == u"waiting_approval" ? tr("waiting for approval")
                               : status == u"active"           ? tr("active")
                               : status == u"archived"         ? tr("closed")
                               : status == u"rejected"         ? tr("refused")
                                                               : project_texts::status(status);
    return tr("%1, %2").arg(kindName, statusName);
}

void StatisticsView::reload()
{
    fillFilters();
    showFigures();
}

void StatisticsView::fillFilters()
{
    // What was chosen stays chosen when a sync brings new figures.
    const bool chosen = m_region->count() > 0;
    const QString region = this->region();
    const QString year = schoolYear();
    m_filling = true;
    m_region->clear();
    const QString own = m_statistics->ownRegion();
    const QString whole =
        tr("Whole country (%1)").arg(catalogue::countryName(m_statistics->country()));
    // A regional correspondent starts on their region and may compare it with the country.
    if (!own.isEmpty()) {
        for (const QString &code : m_statistics->regions())
            m_region->addItem(regions::name(code), code);
        m_region->addItem(whole, QString());
    } else {
        m_region->addItem(whole, QString());
        for (const QString &code : m_statistics->regions())
            m_region->addItem(regions::name(code), code);
    }
    m_year->clear();
    for (const QString &y : m_statistics->schoolYears())
        m_year->addItem(y, y);
    m_filling = false;
    if (chosen)
        setRegion(region);
    if (!year.isEmpty() && m_year->findData(year) >= 0) {
        setSchoolYear(year);
    } else {
        // The current school year when it has figures, else the latest that has.
        const QString now =
            statistics::schoolYearOf(statistics::monthOf(QDateTime::currentMSecsSinceEpoch()));
        setSchoolYear(m_year->findData(now) >= 0 ? now : m_year->itemData(0).toString());
    }
}

void StatisticsView::showFigures()
{
    const bool empty = m_statistics->isEmpty();
    m_pages->setCurrentIndex(empty ? 0 : 1);
    m_csv->setEnabled(!empty);
    m_pdf->setEnabled(!empty);
    m_region->setEnabled(!empty);
    m_year->setEnabled(!empty);
    if (empty)
        return;
    const QString region = this->region();
    const QString year = schoolYear();
    QList<std::pair<QString, QString>> rows;
    for (const QString &m : m_statistics->measures(region))
        rows.append({m, measureName(m)});
    // Before the measures of each kind and status, their total.
    rows.insert(3, {u"projects"_s, measureName(u"projects"_s)});

    auto withTotals = [](QMap<QString, TerritoryStatistics::Figures> figures) {
        for (auto &f : figures)
            f.insert(u"projects"_s, statistics::projectTotal(f));
        return figures;
    };
    const auto byYear = withTotals(m_statistics->years(region));
    QList<StatisticsTableModel::Column> yearColumns;
    // Every school year the country has figures for, oldest first: a region's year without any
    // is a column of zeros, not a gap in its evolution.
    QStringList keys = m_statistics->schoolYears();
    std::reverse(keys.begin(), keys.end());
    for (const QString &y : keys)
        yearColumns.append({y, y});
    m_years->reset(rows, yearColumns, byYear);

    const auto byMonth = withTotals(m_statistics->months(region, year));
    QList<StatisticsTableModel::Column> monthColumns;
    for (const QString &m : statistics::monthsOf(year))
        monthColumns.append({m, monthTitle(m)});
    m_months->reset(rows, monthColumns, byMonth, tr("Year"));

    m_yearsBox->setTitle(tr("Evolution over the school years — %1").arg(territoryName()));
    m_monthsBox->setTitle(tr("Months of the school year %1 — %2").arg(year, territoryName()));
    m_labelsBox->setTitle(tr("Quality Labels over the school years — %1").arg(territoryName()));
    const QStringList labelled = labelsCharted();
    m_labelsBox->setVisible(!labelled.isEmpty());
    // A view gives up its previous chart without deleting it: each refresh would leak one.
    for (auto [view, chart] :
         {std::pair{m_yearsChart, yearsChart(tr("Evolution over the school years"), charted())},
          std::pair{m_monthsChart, monthsChart()},
          std::pair{m_labelsChart, yearsChart(tr("Quality Labels"), labelled)}}) {
        QChart *previous = view->chart();
        view->setChart(chart);
        delete previous;
    }
    const qint64 at = m_statistics->updatedAt();
    m_note->setText(
        tr("Counts computed by the server, never names. Teachers and schools count in their "
           "school's region; the whole country also counts schools without a region. A project "
           "counts in each country and region of its founders, in the month it was created. "
           "Figures last changed on %1.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat)));
}

QStringList StatisticsView::labelsCharted() const
{
    QStringList out;
    for (const QString &m : m_statistics->measures(region()))
        if (statistics::labelMeasures().contains(m))
            out.append(m);
    return out;
}

QChart *StatisticsView::yearsChart(const QString &title, const QStringList &measures) const
{
    auto *chart = new QChart;
    chart->setTitle(title);
    // "2025-26": the whole "2025-2026" does not fit under a point.
    QStringList years;
    for (int c = 0; c < m_years->columnCount(); ++c) {
        const QString y = m_years->columnTitle(c);
        years.append(y.left(5) + y.right(2));
    }
    auto *x = new QBarCategoryAxis;
    x->append(years);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 top = 0;
    for (const QString &measure : measures) {
        int row = -1;
        for (int r = 0; r < m_years->rowCount(); ++r)
            if (m_years->index(r, 0).isValid() && m_years->rowName(r) == measureName(measure))
                row = r;
        if (row < 0)
            continue;
        auto *series = new QLineSeries;
        series->setName(measureName(measure));
        series->setPointsVisible(true);
        for (int c = 0; c < m_years->columnCount(); ++c) {
            series->append(c, double(m_years->value(row, c)));
            top = std::max(top, m_years->value(row, c));
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    y->setRange(0, double(std::max<qint64>(top, 1)) * 1.1);
    y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *StatisticsView::monthsChart() const
{
    auto *chart = new QChart;
    chart->setTitle(tr("Months of the school year %1").arg(schoolYear()));
    auto *series = new QBarSeries;
    const int months = std::min(12, m_months->columnCount());
    qint64 top = 0;
    for (const QString &measure : charted()) {
        int row = -1;
        for (int r = 0; r < m_months->rowCount(); ++r)
            if (m_months->rowName(r) == measureName(measure))
                row = r;
        if (row < 0)
            continue;
        auto *set = new QBarSet(measureName(measure));
        for (int c = 0; c < months; ++c) {
            set->append(double(m_months->value(row, c)));
            top = std::max(top, m_months->value(row, c));
        }
        series->append(set);
    }
    chart->addSeries(series);
    QStringList titles;
    for (const QString &m : statistics::monthsOf(schoolYear()))
        titles.append(
            QLocale().toString(QDate(m.left(4).toInt(), m.mid(5, 2).toInt(), 1), u"MMM"_s));
    auto *x = new QBarCategoryAxis;
    x->append(titles);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    y->setRange(0, double(std::max<qint64>(top, 1)) * 1.1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString StatisticsView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(m_statistics->csv(region(), schoolYear())) < 0 || !file.commit())
        return file.errorString();
    return {};
}

QString StatisticsView::exportPdf(const QString &path)
{
    statistics_report::Content c;
    c.title = tr("Statistics of the territory");
    c.territory = territoryName();
    c.schoolYear = tr("School year %1").arg(schoolYear());
    c.dated = tr("Report of %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    c.note = m_note->text();
    // The year's headline figures, in a sentence for whoever reads only the title page.
    const int total = m_months->columnCount() - 1;
    auto yearly = [&](const QString &measure) {
        for (int r = 0; r < m_months->rowCount(); ++r)
            if (m_months->rowName(r) == measureName(measure))
                return QLocale().toString(m_months->value(r, total));
        return QLocale().toString(0);
    };
    c.summary =
        tr("In the school year %1: %2 teachers registered, %3 validated, %4 schools "
           "joining, %5 projects created.")
            .arg(schoolYear(), yearly(QString::fromLatin1(statistics::teachersRegistered)),
                 yearly(QString::fromLatin1(statistics::teachersValidated)),
                 yearly(QString::fromLatin1(statistics::schoolsJoined)), yearly(u"projects"_s));
    c.charts.append({m_yearsBox->title(),
                     renderChart(yearsChart(tr("Evolution over the school years"), charted()),
                                 QSize(900, 440))});
    c.charts.append({m_monthsBox->title(), renderChart(monthsChart(), QSize(900, 440))});
    if (const QStringList labelled = labelsCharted(); !labelled.isEmpty())
        c.charts.append({m_labelsBox->title(),
                         renderChart(yearsChart(tr("Quality Labels"), labelled), QSize(900, 440))});
    c.tables.append(tableOf(m_yearsBox->title(), *m_years));
    c.tables.append(tableOf(m_monthsBox->title(), *m_months));
    return statistics_report::write(path, c);
}

void StatisticsView::askCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the statistics as CSV"),
        folder + u"/statistics-%1-%2.csv"_s.arg(
                     region().isEmpty() ? m_statistics->country() : region(), schoolYear()),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString why = exportCsv(path); !why.isEmpty())
        QMessageBox::warning(this, tr("Export CSV"),
                             tr("%1 could not be written: %2").arg(path, why));
}

void StatisticsView::askPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the statistics as a PDF report"),
        folder + u"/statistics-%1-%2.pdf"_s.arg(
                     region().isEmpty() ? m_statistics->country() : region(), schoolYear()),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString why = exportPdf(path); !why.isEmpty())
        QMessageBox::warning(this, tr("Export PDF report"),
                             tr("%1 could not be written: %2").arg(path, why));
}

void StatisticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatisticsView::retranslate()
{
    m_regionLabel->setText(tr("&Territory:"));
    m_yearLabel->setText(tr("School &year:"));
    m_csv->setText(tr("Export &CSV…"));
    m_pdf->setText(tr("Export &PDF report…"));
    m_csv->setToolTip(withKeys(m_csv, tr("Saves the figures shown as a CSV file (UTF-8)")));
    m_pdf->setToolTip(withKeys(
        m_pdf, tr("Saves a PDF report with the charts and tables, to send to your rector or "
                  "ministry")));
    m_region->setAccessibleName(tr("Territory"));
    m_year->setAccessibleName(tr("School year"));
    m_csv->setAccessibleName(tr("Export CSV"));
    m_pdf->setAccessibleName(tr("Export PDF report"));
    m_yearsTable->setAccessibleName(tr("Figures of each school year"));
    m_monthsTable->setAccessibleName(tr("Figures of each month of the school year"));
    m_yearsChart->setAccessibleName(tr("Chart of the evolution over the school years"));
    m_monthsChart->setAccessibleName(tr("Chart of the months of the school year"));
    m_labelsChart->setAccessibleName(tr("Chart of the Quality Labels over the school years"));
    m_empty->setText(tr("No statistics here yet. Sync to receive your territory's statistics "
                        "(Account → Synchronise now, F5); the server counts them every few "
                        "minutes."));
    m_empty->setAccessibleName(m_empty->text());
    m_note->setAccessibleName(tr("About these figures"));
    // The tables' corner (select all) is a control too.
    for (QTableView *t : {m_yearsTable, m_monthsTable})
        for (QAbstractButton *corner : t->findChildren<QAbstractButton *>())
            corner->setAccessibleName(tr("Whole table"));
    if (m_statistics)
        reload();
}

} // namespace etw
