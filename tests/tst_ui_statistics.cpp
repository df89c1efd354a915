// SPDX-License-Identifier: GPL-3.0-or-later
// The Statistics tab, offscreen, against the real server's demo: empty until a sync, then the
// cache's figures in its tables, the region and school year filters, the CSV export, and the
// PDF report read back with pdftotext (territory, year, figures) and drawn with pdftoppm; the
// accessibility tree names every control; screenshots and the report's pages are saved to be
// looked at.
#include "client_sign_in.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "domain/statistics.h"
#include "main_window.h"
#include "session/account_session.h"
#include "session/territory_statistics.h"
#include "statistics/statistics_table_model.h"
#include "statistics/statistics_view.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiStatistics : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    SignInReply m_in;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_year;

    StatisticsView *view() { return m_window->findChild<StatisticsView *>(); }
    QTableView *table(const char *name)
    {
        return view()->findChild<QTableView *>(QString::fromLatin1(name));
    }
    auto *model(const char *name)
    {
        return static_cast<StatisticsTableModel *>(table(name)->model());
    }
    static QString folder() { return QStringLiteral(QT_TESTCASE_BUILDDIR); }
    // The row of a measure in a table, -1 when absent.
    static int rowOf(StatisticsTableModel *m, const QString &measure)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->rowName(r) == StatisticsView::measureName(measure))
                return r;
        return -1;
    }
    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return u"<%1 failed: %2>"_s.arg(program, QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(
                     {u"--demo"_s, u"--demo-size"_s, u"400"_s, u"--demo-review-queue"_s, u"120"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        const auto in = signInClient(m_server.url(), u"correspondent.fr"_s);
        QVERIFY(in);
        m_in = *in;
        m_session = std::make_unique<AccountSession>(m_server.url(), m_in.account,
                                                     m_home.path() + u"/fr.sqlite"_s, nullptr);
        QVERIFY(m_session->open().ok());
        QVERIFY(m_session->statistics());
        m_window = std::make_unique<MainWindow>(m_session.get(), &m_translations);
        m_window->resize(1400, 900);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_year = statistics::schoolYearOf(statistics::monthOf(QDateTime::currentMSecsSinceEpoch()));
    }

    void emptyUntilSynced()
    {
        QVERIFY(view());
        auto *tabs = m_window->findChild<QTabWidget *>();
        const int index = tabs->indexOf(view());
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), u"Statistics"_s);
        // Beside the Review tab, which stays the first one shown.
        QVERIFY(tabs->currentWidget() != view());
        tabs->setCurrentWidget(view());
        auto *empty = view()->findChild<QLabel *>(u"statisticsEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"Sync to receive your territory's statistics"_s));
        QVERIFY(!view()->findChild<QPushButton *>(u"exportPdf"_s)->isEnabled());
        saveScreenshot(m_window.get(), u"statistics-empty.png"_s, folder());

        // The server counted at its start: the sync brings the records, and the view shows them.
        // Its first count writes the records a chunk at a time: synced once it said it is done
        // (halfway, a region could hold a school year its country did not have yet).
        QVERIFY2(m_server.waitForOutput(u"statistics: "_s), qPrintable(m_server.lastOutput()));
        m_session->setToken(m_in.token);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QTRY_VERIFY(!empty->isVisible());
    }

    void theTablesShowTheCachesFigures()
    {
        TerritoryStatistics *stats = m_session->statistics();
        QCOMPARE(view()->region(), QString());
        QCOMPARE(view()->schoolYear(), m_year);
        // The evolution: each school year's figures, as the cache adds them up.
        const auto years = stats->years({});
        auto *y = model("statisticsYears");
        QCOMPARE(y->columnCount(), int(stats->schoolYears().size()));
        QCOMPARE(y->columnCount(), int(years.size()));
        QVERIFY(years.size() >= 4);
        const int registered = rowOf(y, u"teachers_registered"_s);
        QVERIFY(registered >= 0);
        int c = 0;
        for (const auto &[year, figures] : years.asKeyValueRange()) {
            QCOMPARE(y->columnTitle(c), year);
            QCOMPARE(y->value(registered, c), figures.value(u"teachers_registered"_s));
            QCOMPARE(y->value(rowOf(y, u"projects"_s), c), statistics::projectTotal(figures));
            ++c;
        }
        // The labels: the demo's applications of last year, decided, and this year's.
        const int awarded = rowOf(y, u"labels_awarded"_s);
        QVERIFY(awarded >= 0 && rowOf(y, u"labels_applied"_s) >= 0);
        qint64 awardedInAll = 0;
        for (int col = 0; col < y->columnCount(); ++col)
            awardedInAll += y->value(awarded, col);
        QVERIFY(awardedInAll > 0);
        // And their chart: a line per label measure the territory has, each year a point, the
        // points the table's figures.
        auto *labelsChart = view()->findChild<QChartView *>(u"statisticsLabelsChart"_s);
        QVERIFY(labelsChart && labelsChart->isVisible());
        QStringList lines;
        for (QAbstractSeries *series : labelsChart->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            QVERIFY(line);
            lines.append(line->name());
            if (line->name() == StatisticsView::measureName(u"labels_awarded"_s))
                for (int col = 0; col < y->columnCount(); ++col)
                    QCOMPARE(qint64(line->at(col).y()), y->value(awarded, col));
        }
        QVERIFY2(lines.contains(StatisticsView::measureName(u"labels_awarded"_s)),
                 qPrintable(lines.join(u", "_s)));
        QVERIFY(lines.contains(StatisticsView::measureName(u"labels_applied"_s)));
        QVERIFY(!lines.contains(StatisticsView::measureName(u"teachers_registered"_s)));
        // The months of the year, and the year's total.
        auto *m = model("statisticsMonths");
        QCOMPARE(m->columnCount(), 13);
        const auto months = stats->months({}, m_year);
        const QStringList order = statistics::monthsOf(m_year);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(m->value(registered, i),
                     months.value(order[i]).value(u"teachers_registered"_s));
        QCOMPARE(m->value(registered, 12), years.value(m_year).value(u"teachers_registered"_s));
        QCOMPARE(table("statisticsMonths")->model()->index(registered, 12).data().toString(),
                 QLocale().toString(years.value(m_year).value(u"teachers_registered"_s)));
        saveScreenshot(m_window.get(), u"statistics-france.png"_s, folder());

        // Every school year: each month as the cache has it, the last column their sum and the
        // year's figure.
        auto *choice = view()->findChild<QComboBox *>(u"statisticsYear"_s);
        int septembers = 0;
        for (int i = 0; i < choice->count(); ++i) {
            choice->setCurrentIndex(i);
            const QString shown = view()->schoolYear();
            const auto byMonth = stats->months({}, shown);
            const QStringList order = statistics::monthsOf(shown);
            for (int r = 0; r < m->rowCount(); ++r) {
                qint64 sum = 0;
                for (int c = 0; c < 12; ++c)
                    sum += m->value(r, c);
                QCOMPARE(m->value(r, 12), sum);
            }
            for (int c = 0; c < 12; ++c)
                QCOMPARE(m->value(registered, c),
                         byMonth.value(order[c]).value(u"teachers_registered"_s));
            QCOMPARE(m->value(registered, 12), years.value(shown).value(u"teachers_registered"_s));
            septembers += m->value(registered, 0) > 0;
        }
        QVERIFY(septembers > 0); // a first column with figures: the total must count it
        choice->setCurrentIndex(choice->findData(m_year));
    }

    void theFiltersChangeTheTables()
    {
        auto *y = model("statisticsYears");
        const int registered = rowOf(y, u"teachers_registered"_s);
        const qint64 national = y->value(registered, y->columnCount() - 1);
        // A national service chooses all of France or one region.
        auto *regions = view()->findChild<QComboBox *>(u"statisticsRegion"_s);
        QVERIFY(regions->count() >= 3);
        QCOMPARE(regions->itemData(0).toString(), QString());
        QVERIFY(regions->findData(u"FR-IDF"_s) > 0);
        regions->setCurrentIndex(regions->findData(u"FR-IDF"_s));
        QCOMPARE(view()->region(), u"FR-IDF"_s);
        view()->reload();
        QCOMPARE(view()->region(), u"FR-IDF"_s);
        const auto idf = m_session->statistics()->years(u"FR-IDF"_s);
        const qint64 region = idf.last().value(u"teachers_registered"_s);
        QCOMPARE(y->value(registered, y->columnCount() - 1), region);
        QVERIFY(region < national);
        QVERIFY(view()->findChild<QGroupBox *>() != nullptr);
        QVERIFY(view()->territoryName().contains(u"Île-de-France"_s));
        // Another school year: the months' columns follow it.
        auto *years = view()->findChild<QComboBox *>(u"statisticsYear"_s);
        QVERIFY(years->count() >= 4);
        const QString earlier = years->itemData(2).toString();
        years->setCurrentIndex(2);
        QCOMPARE(view()->schoolYear(), earlier);
        QCOMPARE(model("statisticsMonths")->value(registered, 12),
                 idf.value(earlier).value(u"teachers_registered"_s));
        QVERIFY(model("statisticsMonths")->columnTitle(0).contains(earlier.left(4)));
        saveScreenshot(m_window.get(), u"statistics-idf.png"_s, folder());
        years->setCurrentIndex(years->findData(m_year));
    }

    void theCsvHoldsTheFigures()
    {
        view()->setRegion(u"FR-IDF"_s);
        view()->setSchoolYear(m_year);
        const QString path = m_home.path() + u"/idf.csv"_s;
        QCOMPARE(view()->exportCsv(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"country,region,school_year,month,measure,value"_s);
        const auto months = m_session->statistics()->months(u"FR-IDF"_s, m_year);
        const auto years = m_session->statistics()->years(u"FR-IDF"_s);
        int checked = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(u',');
            QCOMPARE(cells.size(), 6);
            QCOMPARE(cells[0], u"FR"_s);
            QCOMPARE(cells[1], u"FR-IDF"_s);
            const qint64 expected = cells[3].isEmpty() ? years.value(cells[2]).value(cells[4])
                                                       : months.value(cells[3]).value(cells[4]);
            QCOMPARE(cells[5].toLongLong(), expected);
            ++checked;
        }
        // Every month of the year and every school year, for each measure.
        const int measures = int(m_session->statistics()->measures(u"FR-IDF"_s).size());
        QCOMPARE(checked, measures * (12 + int(years.size())));
    }

    void thePdfReportHoldsTerritoryYearAndFigures()
    {
        view()->setRegion(QString());
        view()->setSchoolYear(m_year);
        const QString path = folder() + u"/statistics-report.pdf"_s;
        QFile::remove(path);
        QCOMPARE(view()->exportPdf(path), QString());
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY2(text.contains(u"Statistics of the territory"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"France"_s));
        QVERIFY(text.contains(u"School year "_s + m_year));
        QVERIFY(text.contains(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
        // The figures of its tables: each school year's teachers registered, and this year's.
        const auto years = m_session->statistics()->years({});
        for (const auto &[year, figures] : years.asKeyValueRange()) {
            QVERIFY(text.contains(year));
            QVERIFY2(text.contains(QLocale().toString(figures.value(u"teachers_registered"_s))),
                     qPrintable(year));
        }
        QVERIFY(text.contains(u"Teachers validated"_s));
        // Page 1 (the title page) and 2 (the charts), drawn to be looked at.
        QCOMPARE(run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"50"_s, u"-f"_s, u"1"_s, u"-l"_s, u"2"_s,
                                     path, folder() + u"/statistics-report"_s})
                     .left(1),
                 QString());
        QImage first(folder() + u"/statistics-report-1.png"_s);
        QVERIFY(!first.isNull());
        QImage charts(folder() + u"/statistics-report-2.png"_s);
        QVERIFY(!charts.isNull());
        // The charts' page is not blank: many pixels are neither white nor near it.
        auto inked = [](const QImage &page) {
            int n = 0;
            for (int yy = 0; yy < page.height(); ++yy)
                for (int xx = 0; xx < page.width(); ++xx)
                    n += qGray(page.pixel(xx, yy)) < 220;
            return n;
        };
        QVERIFY2(inked(charts) > 3000, qPrintable(QString::number(inked(charts))));
        QVERIFY2(inked(first) > 500, qPrintable(QString::number(inked(first))));
        // The title page's sentence holds the year's figures.
        const auto year = years.value(m_year);
        QVERIFY2(text.simplified().contains(u"%1 teachers registered, %2 validated"_s.arg(
                     QLocale().toString(year.value(u"teachers_registered"_s)),
                     QLocale().toString(year.value(u"teachers_validated"_s)))),
                 qPrintable(text.left(600)));
    }

    void aRegionalCorrespondentStartsOnTheirRegion()
    {
        const auto in = signInClient(m_server.url(), u"correspondent.fr.idf"_s);
        QVERIFY(in);
        AccountSession session(m_server.url(), in->account, m_home.path() + u"/idf.sqlite"_s,
                               nullptr);
        QVERIFY(session.open().ok());
        session.setToken(in->token);
        QVERIFY(syncedUpToDate(*session.sync()));
        StatisticsView regional(session.statistics());
        regional.resize(1400, 800);
        // Their region first, then the whole country to compare with; no other region.
        auto *regions = regional.findChild<QComboBox *>(u"statisticsRegion"_s);
        QCOMPARE(regions->count(), 2);
        QCOMPARE(regional.region(), u"FR-IDF"_s);
        QCOMPARE(regions->itemData(1).toString(), QString());
        QCOMPARE(regional.territoryName(), u"Île-de-France (France)"_s);
        const auto years = session.statistics()->years(u"FR-IDF"_s);
        auto *y = static_cast<StatisticsTableModel *>(
            regional.findChild<QTableView *>(u"statisticsYears"_s)->model());
        const int registered = rowOf(y, u"teachers_registered"_s);
        // Every school year of the country, those without a figure here at 0.
        QCOMPARE(y->columnCount(), int(session.statistics()->schoolYears().size()));
        for (int c = 0; c < y->columnCount(); ++c)
            QCOMPARE(y->value(registered, c),
                     years.value(y->columnTitle(c)).value(u"teachers_registered"_s));
        regional.show();
        saveScreenshot(&regional, u"statistics-regional.png"_s, folder());
        const QString path = folder() + u"/statistics-report-idf.pdf"_s;
        QCOMPARE(regional.exportPdf(path), QString());
        const QString text = run(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY2(text.contains(u"Île-de-France (France)"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"School year "_s + m_year));
        regions->setCurrentIndex(1);
        // A sync bringing new figures keeps what was chosen (the whole country here).
        regional.reload();
        QCOMPARE(regional.region(), QString());
        QCOMPARE(regions->currentIndex(), 1);
        QCOMPARE(y->value(registered, y->columnCount() - 1),
                 session.statistics()->years({}).last().value(u"teachers_registered"_s));
        saveScreenshot(&regional, u"statistics-regional-france.png"_s, folder());
    }

    void everyControlIsNamed()
    {
        QVERIFY(namesEveryControl(view()));
        for (auto *b : view()->findChildren<QPushButton *>())
            QVERIFY2(b->toolTip().contains(u"Ctrl+"_s), qPrintable(b->toolTip()));
    }

    void inFrench()
    {
        m_translations.setLanguage(u"fr"_s);
        auto *tabs = m_window->findChild<QTabWidget *>();
        // Each widget hears of the language change through a posted event.
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(view())), u"Statistiques"_s);
        QTRY_COMPARE(view()->findChild<QPushButton *>(u"exportPdf"_s)->text(),
                     u"Exporter le rapport &PDF…"_s);
        QVERIFY(view()->territoryName().contains(u"France"_s));
        QCOMPARE(StatisticsView::measureName(u"projects.european.active"_s),
                 u"Projets européens, actifs"_s);
        saveScreenshot(m_window.get(), u"statistics-fr.png"_s, folder());
        m_translations.setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestUiStatistics)
#include "tst_ui_statistics.moc"
