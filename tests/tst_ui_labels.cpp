// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's National Quality Label application, offscreen, against the real server with the
// demo's TwinSpaces: the rules met, listed; the questions, texts and evidence from the
// keyboard; what is missing named at its field; the draft kept when the dialog closes;
// submitted once; in French; the accessibility tree names every control; screenshots saved.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "signed_in_window.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "labels/label_application_dialog.h"
#include "main_window.h"
#include "projects/project_list_model.h"
#include "projects/projects_view.h"
#include "session/account_session.h"
#include "session/label_desk.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiLabels : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    std::optional<SignedInWindow> m_client;
    qint64 m_project = 0;

    static void save(QWidget *w, const QString &name)
    {
        saveScreenshot(w, name, QStringLiteral(QT_TESTCASE_BUILDDIR));
    }

    LabelApplicationDialog *open()
    {
        ProjectsView *projects = m_client->window->projectsView();
        m_client->window->findChild<QTabWidget *>()->setCurrentWidget(projects);
        QAbstractItemModel *model = projects->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(ProjectListModel::ProjectIdRole).toLongLong() == m_project)
                projects->list()->setCurrentIndex(model->index(r, 0));
        auto *button = projects->findChild<QPushButton *>(u"labelApplication"_s);
        if (!button || !button->isVisible())
            return nullptr;
        // Alt+Q, as its tooltip says (a mnemonic clicks a moment later).
        QTest::keyClick(m_client->window.get(), Qt::Key_Q, Qt::AltModifier);
        LabelApplicationDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                return (dialog = m_client->window->findChild<LabelApplicationDialog *>());
            }) ||
            !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
            return nullptr;
        QApplication::setActiveWindow(dialog);
        return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        m_client = openSignedIn(m_server.url(), u"teacher.fr"_s, m_home.path() + u"/fr.sqlite"_s,
                                &m_translations, {1200, 800});
        QVERIFY(m_client);
        for (const Project &p : m_client->session->myProjects())
            if (p.title == u"Nos rivières, i nostri fiumi"_s)
                m_project = p.id;
        QVERIFY(m_project > 0);
    }

    void theSchoolYearIsTheCountrysOwn()
    {
        // Applications are counted per school year: the dialog says which days it has, from
        // 1 September by default.
        const QDate today = QDate::currentDate();
        const int september = today.month() >= 9 ? today.year() : today.year() - 1;
        const auto says = [](LabelApplicationDialog *d, const QDate &first, const QDate &last) {
            return d->rules()->text().contains(u"This school year runs from %1 to %2"_s.arg(
                QLocale().toString(first, QLocale::LongFormat),
                QLocale().toString(last, QLocale::LongFormat)));
        };
        LabelApplicationDialog *dialog = open();
        QVERIFY(dialog);
        QVERIFY2(says(dialog, {september, 9, 1}, {september + 1, 8, 31}),
                 qPrintable(dialog->rules()->text()));
        // France's national service makes it a calendar year: the teacher's computer has it
        // with the next sync, and the open dialog says it.
        Http service(m_server.url());
        QCOMPARE(service.signIn(u"correspondent.fr"_s, u"demo1234"_s).status, 200);
        const auto startOn = [&](int month, int day) {
            const QJsonObject r =
                service.mutate(u"label_setting"_s, u"update"_s, 1,
                               {{u"yearStartMonth"_s, month}, {u"yearStartDay"_s, day}});
            m_client->session->sync()->syncNow();
            return r[u"status"_s].toString() == u"applied"_s;
        };
        QVERIFY(startOn(1, 1));
        QTRY_VERIFY2(says(dialog, {today.year(), 1, 1}, {today.year(), 12, 31}),
                     qPrintable(dialog->rules()->text()));
        // Back to the usual year for the tests that follow.
        QVERIFY(startOn(9, 1));
        QTRY_VERIFY(says(dialog, {september, 9, 1}, {september + 1, 8, 31}));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        delete dialog;
        QApplication::setActiveWindow(m_client->window.get());
    }

    void theApplicationIsWrittenFromTheKeyboardAndSubmittedOnce()
    {
        LabelApplicationDialog *dialog = open();
        QVERIFY(dialog);
        // The rules, all met for this active European project.
        QCOMPARE(dialog->rules()->text().count(u"✓"_s), 5);
        QVERIFY(!dialog->rules()->text().contains(u"✗"_s));
        QVERIFY(dialog->rules()->text().contains(u"A European project"_s));
        // The TwinSpace's published pages and its materials are offered as evidence.
        QVERIFY(dialog->evidence()->count() > 2);
        QVERIFY(dialog->evidence()->item(0)->text().startsWith(u"Page: "_s));

        // Submitted empty: each question and text is named, the first question has the focus.
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(dialog->message()->text().contains(u"not valid"_s));
        auto *error = dialog->findChild<QLabel *>(u"error_answers.finished"_s);
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().startsWith(u"“Is the project finished"_s),
                 qPrintable(error->text()));
        QVERIFY(dialog->findChild<QLabel *>(u"error_criteria.results"_s)->isVisible());
        QVERIFY(dialog->question(u"commonGoals"_s)->hasFocus());

        // Yes to each question (Space, Tab to the next), then each text.
        for (const QString &q : {u"commonGoals"_s, u"finished"_s, u"contributed"_s,
                                 u"collaborative"_s, u"dataProtection"_s}) {
            dialog->question(q)->setFocus();
            QTest::keyClick(dialog->question(q), Qt::Key_Space);
            QVERIFY(dialog->question(q)->isChecked());
            // Answered: its error goes.
            QVERIFY(!dialog->findChild<QLabel *>(u"error_answers."_s + q)->isVisible());
        }
        for (const QString &c : {u"collaboration"_s, u"technology"_s, u"pedagogy"_s,
                                 u"curriculum"_s, u"results"_s, u"ownRole"_s}) {
            dialog->criterion(c)->setFocus();
            QTest::keyClicks(dialog->criterion(c), u"Our pupils: "_s + c);
        }
        // A page of the TwinSpace ticked, and an outside page added.
        dialog->evidence()->setFocus();
        dialog->evidence()->setCurrentRow(0);
        QTest::keyClick(dialog->evidence(), Qt::Key_Space);
        QCOMPARE(dialog->evidence()->item(0)->checkState(), Qt::Checked);
        dialog->linkField()->setFocus();
        QTest::keyClicks(dialog->linkField(), u"javascript:alert(1)"_s);
        QTest::keyClick(dialog->linkField(), Qt::Key_Return);
        QVERIFY(dialog->findChild<QLabel *>(u"error_evidence"_s)->isVisible());
        QTest::keyClick(dialog->linkField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->linkField(), u"https://example.org/nos-rivieres"_s);
        QTest::keyClick(dialog->linkField(), Qt::Key_Return);
        QVERIFY(!dialog->findChild<QLabel *>(u"error_evidence"_s)->isVisible());
        QCOMPARE(dialog->evidence()->item(dialog->evidence()->count() - 1)->text(),
                 u"https://example.org/nos-rivieres"_s);
        save(dialog, u"label-application.png"_s);
        QVERIFY(namesEveryControl(dialog));
        QVERIFY(namesEveryNode(QAccessible::queryAccessibleInterface(dialog)));

        // Closed and opened again: everything as typed, nothing sent.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        delete dialog;
        QCOMPARE(m_client->session->waitingEdits(), 0);
        QApplication::setActiveWindow(m_client->window.get());
        dialog = open();
        QVERIFY(dialog);
        QVERIFY(dialog->question(u"dataProtection"_s)->isChecked());
        QCOMPARE(dialog->criterion(u"ownRole"_s)->toPlainText(), u"Our pupils: ownRole"_s);
        QCOMPARE(dialog->evidence()->item(0)->checkState(), Qt::Checked);

        // Submitted: it leaves with the sync and arrives once, with its evidence.
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(dialog->message()->text().startsWith(u"Application submitted"_s),
                     qPrintable(dialog->message()->text()));
        QVERIFY(syncedUpToDate(*m_client->session->sync()));
        QCOMPARE(m_client->session->waitingEdits(), 0);
        Http http(m_server.url());
        http.setToken(m_client->in.token);
        int applications = 0;
        const auto mine = http.pullScope(u"me"_s);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            if (it.key().startsWith(u"label_application/"_s)) {
                ++applications;
                QCOMPARE((*it)[u"criteria"_s][u"results"_s].toString(), u"Our pupils: results"_s);
                QCOMPARE((*it)[u"evidence"_s].toArray().size(), 2);
            }
        QCOMPARE(applications, 1);
        // The dialog follows it, and offers no second application for this project.
        QTRY_VERIFY(
            dialog->findChild<QLabel *>(u"labelState"_s)->text().startsWith(u"Submitted on"_s));
        QTRY_VERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->rules()->text().contains(u"✗ You have applied for this project already"_s));
        // What was sent shows, read only.
        QCOMPARE(dialog->criterion(u"results"_s)->toPlainText(), u"Our pupils: results"_s);
        QVERIFY(dialog->criterion(u"results"_s)->isReadOnly());
        QVERIFY(!dialog->question(u"finished"_s)->isEnabled());
        save(dialog, u"label-application-submitted.png"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        delete dialog;
    }

    void inFrench()
    {
        m_translations.setLanguage(u"fr"_s);
        QApplication::setActiveWindow(m_client->window.get());
        LabelApplicationDialog *dialog = open();
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().startsWith(u"Label national de qualité"_s),
                 qPrintable(dialog->windowTitle()));
        QVERIFY(dialog->question(u"finished"_s)->text().startsWith(u"Oui"_s));
        save(dialog, u"label-application-fr.png"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
        m_translations.setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestUiLabels)
#include "tst_ui_labels.moc"
