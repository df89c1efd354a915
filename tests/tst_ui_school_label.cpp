// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label's screens, offscreen, against the real server and its demo: the
// head teacher of an eligible school sees each prerequisite met with its facts, writes the
// school's application from the keyboard (kept within a second of typing), is told what is
// missing at its field, sends it; the national service reads it in its eTwinning Schools tab
// and awards the label from the keyboard. Every control is named for a screen reader;
// screenshots are saved.
#include "http.h"
#include "server_process.h"
#include "signed_in_window.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "labels/school_applications_view.h"
#include "labels/school_label_dialog.h"
#include "main_window.h"
#include "partner_search_view.h"
#include "session/account_session.h"
#include "session/school_label.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiSchoolLabel : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;

    static void save(QWidget *w, const QString &name)
    {
        saveScreenshot(w, name, QStringLiteral(QT_TESTCASE_BUILDDIR));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
    }

    void theHeadTeacherWritesAndSendsTheApplication()
    {
        auto head = openSignedIn(m_server.url(), u"head.fr"_s, m_home.path() + u"/head.sqlite"_s,
                                 &m_translations, {1200, 800});
        QVERIFY(head);
        auto *action = head->window->findChild<QAction *>(u"showSchoolLabel"_s);
        QVERIFY(action);
        QVERIFY(action->text().contains(u'&')); // a mnemonic in the Account menu
        action->trigger();
        SchoolLabelDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = head->window->findChild<SchoolLabelDialog *>()));
        QTRY_VERIFY(dialog->isVisible());
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        // Each prerequisite of the current rules, met, with the facts behind it.
        QListWidget *rules = dialog->prerequisites();
        QCOMPARE(rules->count(), 3);
        for (int i = 0; i < rules->count(); ++i)
            QVERIFY2(rules->item(i)->text().startsWith(u"✓ Met: "_s),
                     qPrintable(rules->item(i)->text()));
        QVERIFY(rules->item(1)->text().contains(u"teachers active since"_s));
        QVERIFY(rules->item(0)->data(Qt::AccessibleTextRole).toString().startsWith(u"Met: "_s));

        // Typed: kept on this computer within a second, as one edit.
        dialog->answer(u"vision"_s)->setFocus();
        QTest::keyClicks(dialog->answer(u"vision"_s), u"eTwinning is in our school plan."_s);
        QTRY_VERIFY_WITH_TIMEOUT(head->session->schoolLabel()->application() &&
                                     head->session->schoolLabel()->application()->application.text(
                                         u"vision"_s) == u"eTwinning is in our school plan."_s,
                                 1000);
        // Sent too soon: the missing answers named at their fields, the first has the focus.
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(dialog->message()->text().contains(u"cannot be sent yet"_s));
        auto *error = dialog->findChild<QLabel *>(u"error_pupils"_s);
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().startsWith(u"The pupils"_s), qPrintable(error->text()));
        QVERIFY(dialog->findChild<QLabel *>(u"error_declared"_s)->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(u"error_vision"_s)->isVisible());
        QVERIFY(dialog->answer(u"team"_s)->hasFocus());

        for (const QString &q : {u"team"_s, u"pupils"_s, u"safety"_s, u"plans"_s}) {
            dialog->answer(q)->setFocus();
            QTest::keyClicks(dialog->answer(q), u"Our school: "_s + q);
        }
        dialog->headName()->setFocus();
        QTest::keyClicks(dialog->headName(), u"Claire Dubois"_s);
        dialog->declaration()->setFocus();
        QTest::keyClick(dialog->declaration(), Qt::Key_Space);
        QVERIFY(dialog->declaration()->isChecked());
        save(dialog, u"school-label.png"_s);
        QVERIFY(namesEveryControl(dialog));
        QVERIFY(namesEveryNode(QAccessible::queryAccessibleInterface(dialog)));

        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(dialog->message()->text() == u"Sent with the next sync."_s,
                     qPrintable(dialog->message()->text()));
        QVERIFY(syncedUpToDate(*head->session->sync()));
        QCOMPARE(head->session->waitingEdits(), 0);
        QTRY_VERIFY2(dialog->state()->text().startsWith(u"Sent by Claire Dubois"_s),
                     qPrintable(dialog->state()->text()));
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->answer(u"plans"_s)->isReadOnly());
        save(dialog, u"school-label-sent.png"_s);

        // The server has it once, as typed.
        Http http(m_server.url());
        http.setToken(head->in.token);
        const auto school = head->session->schoolLabel()->eligibility()->facts.schoolId;
        const auto scope = http.pullScope(u"school:%1"_s.arg(school));
        int found = 0;
        for (auto it = scope.cbegin(); it != scope.cend(); ++it)
            if (it.key().startsWith(u"school_application/"_s)) {
                ++found;
                QCOMPARE((*it)[u"status"_s].toString(), u"submitted"_s);
                QCOMPARE((*it)[u"fields"_s][u"plans"_s].toString(), u"Our school: plans"_s);
                QCOMPARE((*it)[u"fields"_s][u"headName"_s].toString(), u"Claire Dubois"_s);
            }
        QCOMPARE(found, 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void theNationalServiceAwardsIt()
    {
        auto national =
            openSignedIn(m_server.url(), u"correspondent.fr"_s,
                         m_home.path() + u"/national.sqlite"_s, &m_translations, {1280, 800});
        QVERIFY(national);
        auto *view = national->window->findChild<SchoolApplicationsView *>();
        QVERIFY(view);
        auto *tabs = national->window->findChild<QTabWidget *>();
        tabs->setCurrentWidget(view);
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), u"eTwinning Schools"_s);
        // The demo's school labelled last year, and the one just sent, which is shown first.
        QTRY_COMPARE(view->queueModel()->rowCount(), 2);
        QCOMPARE(view->queueModel()->application(view->queueView()->currentIndex().row())->status,
                 u"submitted"_s);
        QVERIFY(view->applicationText()->toPlainText().contains(u"Our school: pupils"_s));
        QVERIFY(view->applicationText()->toPlainText().contains(
            u"Declared by the head teacher, Claire Dubois."_s));
        // Refused without feedback: said, the feedback field has the focus.
        view->queueView()->setFocus();
        QTest::keyClick(national->window.get(), Qt::Key_Return,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!view->message()->text().isEmpty());
        QVERIFY2(view->message()->text().startsWith(u"Feedback to the school: needed"_s),
                 qPrintable(view->message()->text()));
        QTRY_VERIFY(view->feedbackField()->hasFocus());
        QTest::keyClicks(view->feedbackField(), u"Well done, the whole school."_s);
        save(national->window.get(), u"school-applications.png"_s);
        QVERIFY(namesEveryControl(view));
        QVERIFY(namesEveryNode(QAccessible::queryAccessibleInterface(view)));
        QTest::keyClick(national->window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(view->message()->text().startsWith(u"Awarded"_s),
                     qPrintable(view->message()->text()));
        QVERIFY(syncedUpToDate(*national->session->sync()));
        QCOMPARE(national->session->waitingEdits(), 0);
        QTRY_COMPARE(view->queueModel()
                         ->index(view->queueView()->currentIndex().row(), SchoolQueueModel::State)
                         .data()
                         .toString(),
                     u"Awarded"_s);
        QVERIFY(!view->awardButton()->isEnabled());
    }

    // The partner directory finds the teachers of eTwinning Schools (the demo's school
    // labelled last year, and the one just awarded), and says so in each result.
    void theDirectoryFindsETwinningSchools()
    {
        auto teacher = openSignedIn(m_server.url(), u"teacher.it"_s,
                                    m_home.path() + u"/it.sqlite"_s, &m_translations, {1200, 800});
        QVERIFY(teacher);
        PartnerSearchView *search = teacher->window->searchView();
        auto *only = search->findChild<QCheckBox *>(u"eTwinningSchoolsFilter"_s);
        auto *list = search->findChild<QListView *>(u"results"_s);
        QVERIFY(only && list);
        QTRY_VERIFY(list->model()->rowCount() > 0);
        const int all = list->model()->rowCount();
        // Alt+T, its mnemonic.
        QTest::keyClick(teacher->window.get(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(only->isChecked());
        QTRY_VERIFY(list->model()->rowCount() > 0 && list->model()->rowCount() < all);
        for (int r = 0; r < list->model()->rowCount(); ++r)
            QVERIFY2(list->model()->index(r, 0).data().toString().contains(u"(eTwinning School)"_s),
                     qPrintable(list->model()->index(r, 0).data().toString()));
        list->setCurrentIndex(list->model()->index(0, 0));
        QTRY_VERIFY(search->findChild<QTextBrowser *>() &&
                    search->findChild<QTextBrowser *>()->toPlainText().contains(
                        u"An eTwinning School until"_s));
        save(teacher->window.get(), u"search-etwinning-schools.png"_s);
        QVERIFY(namesEveryControl(search));
    }

    // It finds the teachers awarded Quality Labels too (the demo's labels of last year), and
    // their profile lists each label with its project and year.
    void theDirectoryFindsTeachersWithQualityLabels()
    {
        auto teacher = openSignedIn(m_server.url(), u"teacher.de"_s,
                                    m_home.path() + u"/de.sqlite"_s, &m_translations, {1200, 800});
        QVERIFY(teacher);
        PartnerSearchView *search = teacher->window->searchView();
        auto *only = search->findChild<QCheckBox *>(u"qualityLabelsFilter"_s);
        auto *list = search->findChild<QListView *>(u"results"_s);
        QVERIFY(only && list);
        QTRY_VERIFY(list->model()->rowCount() > 0);
        const int all = list->model()->rowCount();
        QVERIFY(!only->accessibleName().isEmpty() || !only->text().isEmpty());
        // Alt+Q, its mnemonic.
        QTest::keyClick(teacher->window.get(), Qt::Key_Q, Qt::AltModifier);
        QTRY_VERIFY(only->isChecked());
        QTRY_VERIFY(list->model()->rowCount() > 0 && list->model()->rowCount() < all);
        for (int r = 0; r < list->model()->rowCount(); ++r)
            QVERIFY2(list->model()->index(r, 0).data().toString().contains(u"Quality Label"_s),
                     qPrintable(list->model()->index(r, 0).data().toString()));
        list->setCurrentIndex(list->model()->index(0, 0));
        QTRY_VERIFY(search->findChild<QTextBrowser *>() &&
                    search->findChild<QTextBrowser *>()->toPlainText().contains(
                        u"National Quality Label "_s));
        save(teacher->window.get(), u"search-quality-labels.png"_s);
        // Unticked, every teacher again.
        QTest::keyClick(teacher->window.get(), Qt::Key_Q, Qt::AltModifier);
        QTRY_COMPARE(list->model()->rowCount(), all);
    }
};

QTEST_MAIN(TestUiSchoolLabel)
#include "tst_ui_school_label.moc"
