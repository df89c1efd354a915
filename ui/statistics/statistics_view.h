// SPDX-License-Identifier: GPL-3.0-or-later
// The Statistics tab of a correspondent: their territory's figures by region and school year,
// charts of the evolution over the years and of the year's months with the same figures in
// tables beside them, exported as CSV or as a PDF report. Read from the cache: works offline.
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace etw {

class StatisticsTableModel;
class TerritoryStatistics;

class StatisticsView : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsView(TerritoryStatistics *statistics, QWidget *parent = nullptr);

    // The territory chosen: empty for the whole country, else a region's code.
    QString region() const;
    QString schoolYear() const;
    void setRegion(const QString &region);
    void setSchoolYear(const QString &schoolYear);
    // The territory as the report names it: "Île-de-France (France)", "France".
    QString territoryName() const;

    // What the buttons do after asking for a file; empty on success, else why not.
    QString exportCsv(const QString &path);
    QString exportPdf(const QString &path);

    // The name a measure has on the screen, in the report and in the tables.
    static QString measureName(const QString &measure);

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void showFigures();
    // The charts, for the screen and (bigger, without animation) for the report.
    // Lines of `measures` over the school years (the headline figures, or the labels').
    QChart *yearsChart(const QString &title, const QStringList &measures) const;
    QChart *monthsChart() const;
    // The label measures the territory has figures for (its labels' chart draws them).
    QStringList labelsCharted() const;
    void askCsv();
    void askPdf();

    TerritoryStatistics *m_statistics;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_yearLabel;
    QComboBox *m_year;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QGroupBox *m_yearsBox;
    QGroupBox *m_monthsBox;
    QGroupBox *m_labelsBox; // shown when the territory has Quality Label figures
    QChartView *m_yearsChart;
    QChartView *m_monthsChart;
    QChartView *m_labelsChart;
    QTableView *m_yearsTable;
    QTableView *m_monthsTable;
    StatisticsTableModel *m_years;
    StatisticsTableModel *m_months;
    QLabel *m_note;
    bool m_filling = false;
};

} // namespace etw
