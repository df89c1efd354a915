// SPDX-License-Identifier: GPL-3.0-or-later
// The national service's Quality Labels tab, offscreen, against the real server with the
// demo's applications: the queue with its counts, an application read beside its grid, scores
// given from the keyboard (each one saved as given), why an award is not possible yet, a
// refusal without feedback named at its field, an award — all offline, then sent once; the
// accessibility tree names every control; in French; screenshots saved to be looked at.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "signed_in_window.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "labels/assessment_view.h"
#include "labels/european_label_view.h"
#include "labels/label_queue_model.h"
#include "main_window.h"
#include "session/account_session.h"
#include "session/label_desk.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiAssessments : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    std::optional<SignedInWindow> m_client;

    AssessmentView *view() { return m_client->window->assessmentView(); }
    static void save(QWidget *w, const QString &name)
    {
        saveScreenshot(w, name, QStringLiteral(QT_TESTCASE_BUILDDIR));
    }
    const LabelApplication *current()
    {
        return view()->queueModel()->application(view()->queueView()->currentIndex().row());
    }
    // Types a score into a spin box and leaves it with Tab, as an assessor does.
    void give(QSpinBox *spin, int points)
    {
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(points));
        QTest::keyClick(spin, Qt::Key_Tab);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        m_client = openSignedIn(m_server.url(), u"correspondent.fr"_s,
                                m_home.path() + u"/fr.sqlite"_s, &m_translations, {1400, 900});
        QVERIFY(m_client);
        QVERIFY(view());
        m_client->window->findChild<QTabWidget *>()->setCurrentWidget(view());
    }

    void anApplicationIsAssessedAndAwardedFromTheKeyboardOffline()
    {
        // The demo's 24 waiting in France, oldest first, the first one open.
        QTRY_COMPARE(view()->queueModel()->rowCount(), 24);
        auto *count = view()->findChild<QLabel *>(u"labelCount"_s);
        QVERIFY(count);
        QVERIFY2(count->text().startsWith(u"24 waiting, 16 decided"_s), qPrintable(count->text()));
        QVERIFY(current());
        const qint64 first = current()->id;
        QVERIFY(view()->applicationText()->toPlainText().contains(current()->applicantName));
        QVERIFY(view()->applicationText()->toPlainText().contains(u"Collaboration between"_s));
        // The default grid: five criteria, ten sub-criteria, each with its score field.
        QCOMPARE(view()->grid()->rowCount(), 15);
        QVERIFY(view()->scoreField(u"dataProtection"_s));
        QVERIFY(view()->reasons()->isVisible()); // nothing scored yet
        QVERIFY(view()->reasons()->text().contains(u"No sub-criterion is scored yet."_s));

        m_server.stop();
        // Scores from the keyboard, each saved as given; data protection below its minimum.
        const QStringList keys{u"methods"_s,
                               u"pupilAutonomy"_s,
                               u"curriculumLinks"_s,
                               u"keySkills"_s,
                               u"pupilCollaboration"_s,
                               u"teacherCollaboration"_s,
                               u"digitalTools"_s,
                               u"impact"_s,
                               u"documentation"_s};
        give(view()->scoreField(u"methods"_s), 2);
        // A score saved as given leaves the keyboard where it went: Tab, to the sub-criterion's
        // comment, then to the next score.
        auto *note = view()->findChild<QLineEdit *>(u"comment_methods"_s);
        QVERIFY(note && note->hasFocus());
        QVERIFY(note->accessibleName().startsWith(u"My comment: "_s));
        QTest::keyClicks(note, u"Clear methods, shared with the partner."_s);
        QTest::keyClick(note, Qt::Key_Tab);
        QSpinBox *next = view()->scoreField(u"pupilAutonomy"_s);
        QVERIFY(QApplication::focusWidget() &&
                (next->hasFocus() || next->isAncestorOf(QApplication::focusWidget())));
        for (const QString &k : keys)
            give(view()->scoreField(k), 2);
        give(view()->scoreField(u"dataProtection"_s), 0);
        QCOMPARE(m_client->session->waitingEdits(), 11); // ten scores, a comment
        QTRY_VERIFY(view()->reasons()->text().contains(u"below the minimum of 1"_s));
        // Award refused here, and why; a refusal without feedback names its field.
        view()->queueView()->setFocus();
        QTest::keyClick(view()->queueView(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(view()->message()->text().contains(u"below the minimum"_s),
                 qPrintable(view()->message()->text()));
        QTest::keyClick(view()->queueView(), Qt::Key_Return,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(view()->message()->text().startsWith(u"Feedback to the teacher: "_s),
                 qPrintable(view()->message()->text()));
        QVERIFY(view()->feedbackField()->hasFocus());
        // Raised: the award is possible; a comment and feedback typed, then Ctrl+Return.
        give(view()->scoreField(u"dataProtection"_s), 2);
        QTRY_VERIFY(!view()->reasons()->isVisible());
        view()->commentField()->setFocus();
        QTest::keyClicks(view()->commentField(), u"Real joint work between the classes."_s);
        view()->feedbackField()->setFocus();
        QTest::keyClicks(view()->feedbackField(), u"Congratulations to your pupils!"_s);
        save(m_client->window.get(), u"label-assessment.png"_s);
        QVERIFY(namesEveryControl(view()));
        QVERIFY(namesEveryNode(QAccessible::queryAccessibleInterface(view())));
        QTest::keyClick(view()->feedbackField(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(current() && current()->id != first);
        QVERIFY(view()->message()->text().startsWith(u"Awarded"_s));
        // 10 scores, a sub-criterion's comment, the raised score, the comment, the decision.
        QCOMPARE(m_client->session->waitingEdits(), 14);
        QCOMPARE(view()->queueModel()->rowCount(), 23);
        view()->filter()->setCurrentIndex(1);
        const int decidedRow = view()->queueModel()->rowOf(first);
        QVERIFY(decidedRow >= 0);
        QCOMPARE(view()->queueModel()->application(decidedRow)->status, u"awarded"_s);
        view()->filter()->setCurrentIndex(0);

        // Back online: sent once, as made.
        QVERIFY(m_server.restart());
        m_client->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*m_client->session->sync()));
        QCOMPARE(m_client->session->waitingEdits(), 0);
        QVERIFY(m_client->session->issues().isEmpty());
        Http http(m_server.url());
        http.setToken(m_client->in.token);
        const auto scope = http.pullScope(u"review:FR"_s);
        const QJsonObject a = scope.value(u"label_application/%1"_s.arg(first));
        QCOMPARE(a[u"status"_s].toString(), u"awarded"_s);
        QCOMPARE(a[u"decision"_s][u"feedback"_s].toString(), u"Congratulations to your pupils!"_s);
        QCOMPARE(a[u"score"_s].toDouble(), 9 * 2 + 2.0);
        int mine = 0;
        for (auto it = scope.cbegin(); it != scope.cend(); ++it)
            if (it.key().startsWith(u"label_assessment/"_s) &&
                (*it)[u"applicationId"_s].toInteger() == first) {
                ++mine;
                QCOMPARE((*it)[u"comment"_s].toString(), u"Real joint work between the classes."_s);
                QCOMPARE((*it)[u"comments"_s][u"methods"_s].toString(),
                         u"Clear methods, shared with the partner."_s);
            }
        QCOMPARE(mine, 1);
    }

    void aCandidateIsNominatedThenAwardedByTheCentralService()
    {
        auto *tabs = m_client->window->findChild<QTabWidget *>();
        EuropeanLabelView *european = m_client->window->europeanLabelView();
        QVERIFY(european);
        tabs->setCurrentWidget(european);
        // Last year's candidates, each with its facts; the first nominable one is nominated.
        QTRY_VERIFY(european->candidates()->count() >= 5);
        int row = -1;
        for (int r = 0; r < european->candidates()->count() && row < 0; ++r) {
            european->candidates()->setCurrentRow(r);
            if (european->actionButton()->isEnabled())
                row = r;
        }
        QVERIFY(row >= 0);
        const QString title = european->candidates()->item(row)->text().section(u" — "_s, 0, 0);
        const QString reasons = european->reasons()->toPlainText();
        QVERIFY2(reasons.contains(u"Labelled in 2 countries: France, Italy."_s),
                 qPrintable(reasons));
        QVERIFY(reasons.contains(u"above the threshold of 20"_s));
        QVERIFY(reasons.contains(u"Your share: 3 nominations of your 14 labelled projects"_s));
        european->candidates()->setFocus();
        QTest::keyClick(european->candidates(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(european->message()->text().startsWith(u"Nominated"_s));
        QVERIFY(european->reasons()->toPlainText().contains(u"1 made, 2 left"_s));
        save(m_client->window.get(), u"european-label-nomination.png"_s);
        QVERIFY(namesEveryControl(european));
        QVERIFY(syncedUpToDate(*m_client->session->sync()));
        QCOMPARE(m_client->session->waitingEdits(), 0);

        // The central support service sees it nominated, and awards it from the keyboard.
        auto central = openSignedIn(m_server.url(), u"central.support"_s,
                                    m_home.path() + u"/css.sqlite"_s, &m_translations);
        QVERIFY(central);
        MainWindow &window = *central->window;
        EuropeanLabelView *awarding = window.europeanLabelView();
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), awarding);
        QTRY_VERIFY(awarding->candidates()->count() >= 5);
        int nominated = -1;
        for (int r = 0; r < awarding->candidates()->count(); ++r)
            if (awarding->candidates()->item(r)->text().startsWith(title + u" — "_s))
                nominated = r;
        QVERIFY(nominated >= 0);
        QVERIFY(awarding->candidates()->item(nominated)->text().endsWith(u"(nominated)"_s));
        // One not nominated cannot be awarded, and says why.
        awarding->candidates()->setCurrentRow(nominated == 0 ? 1 : 0);
        QVERIFY(!awarding->actionButton()->isEnabled());
        QVERIFY(
            awarding->reasons()->toPlainText().contains(u"No national service has nominated"_s));
        awarding->candidates()->setCurrentRow(nominated);
        QVERIFY(awarding->actionButton()->isEnabled());
        QVERIFY(awarding->reasons()->toPlainText().contains(u"Nominated by: France."_s));
        awarding->candidates()->setFocus();
        QTest::keyClick(awarding->candidates(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(awarding->message()->text().startsWith(u"Awarded"_s));
        QVERIFY(
            awarding->reasons()->toPlainText().contains(u"Awarded the European Quality Label."_s));
        save(&window, u"european-label-award.png"_s);
        QVERIFY(namesEveryControl(awarding));
        QVERIFY(syncedUpToDate(*central->session->sync()));
        QCOMPARE(central->session->waitingEdits(), 0);
        QVERIFY(central->session->issues().isEmpty());

        // The year's settings, from the keyboard: the share (Alt+S) and the threshold (Alt+H),
        // shown as saved at once, then counted with by the server.
        QVERIFY(awarding->shareField()->isVisible());
        QCOMPARE(awarding->shareField()->value(), 25);
        QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(awarding->shareField()->hasFocus());
        QTest::keyClick(awarding->shareField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(awarding->shareField(), u"30"_s);
        QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(awarding->thresholdField()->hasFocus());
        QTest::keyClick(awarding->thresholdField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(awarding->thresholdField(), QLocale().toString(22.5, 'f', 1));
        m_server.stop();
        QTest::keyClick(&window, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(awarding->message()->text().startsWith(u"The year's settings are saved"_s));
        QCOMPARE(central->session->waitingEdits(), 1);
        // The candidates read again show what is waiting, not what the server last said.
        for (const EqlCandidate &c : central->session->labels()->europeanCandidates())
            if (c.schoolYear == awarding->years()->currentText())
                QCOMPARE(c.threshold, 22.5);
        QCOMPARE(awarding->shareField()->value(), 30);
        QVERIFY2(awarding->reasons()->toPlainText().contains(
                     u"nominate 30 % of its labelled projects whose average score is above "_s +
                     QLocale().toString(22.5)),
                 qPrintable(awarding->reasons()->toPlainText()));
        QVERIFY(m_server.start(m_server.lastArguments()));
        central->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*central->session->sync()));
        QCOMPARE(central->session->waitingEdits(), 0);
        QVERIFY(central->session->issues().isEmpty());
        // What the server counted with (nothing is waiting here any more).
        const QString year = awarding->years()->currentText();
        for (const EqlCandidate &c : central->session->labels()->europeanCandidates())
            if (c.schoolYear == year) {
                QCOMPARE(c.sharePercent, 30);
                QCOMPARE(c.threshold, 22.5);
            }
        QCOMPARE(awarding->thresholdField()->value(), 22.5);
        QVERIFY(namesEveryControl(awarding));
        save(&window, u"european-label-settings.png"_s);
        // The French service's view follows with its next sync.
        m_client->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*m_client->session->sync()));
        QTRY_VERIFY(european->candidates()->item(row)->text().endsWith(u"(awarded)"_s));
    }

    void inFrench()
    {
        m_translations.setLanguage(u"fr"_s);
        auto *tabs = m_client->window->findChild<QTabWidget *>();
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(view())), u"Labels de qualité"_s);
        QVERIFY(view()->grid()->item(0, 0)->text().startsWith(u"Innovation pédagogique"_s));
        save(m_client->window.get(), u"label-assessment-fr.png"_s);
        m_translations.setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestUiAssessments)
#include "tst_ui_assessments.moc"
