// SPDX-License-Identifier: GPL-3.0-or-later
// The correspondent's review workspace, offscreen, against the real server seeded with the
// demo's queues: the queues with their counts, filters by region and text, a registration
// validated and another refused from the keyboard (a refusal without its reason is named at
// the field), a note written and kept, all while the server is down — then sent once; the
// accessibility tree names every control; screenshots are saved to be looked at.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "signed_in_window.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "domain/text_fold.h"
#include "main_window.h"
#include "review/review_queue_model.h"
#include "review/review_workspace.h"
#include "review/service_settings_dialog.h"
#include "session/account_session.h"
#include "session/review_desk.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiReview : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    std::optional<SignedInWindow> m_client;

    ReviewWorkspace *workspace() { return m_client->window->findChild<ReviewWorkspace *>(); }
    ReviewQueueModel *model() { return workspace()->queueModel(); }
    const review_cache::Item *current()
    {
        return model()->item(workspace()->queueView()->currentIndex().row());
    }
    static void save(QWidget *w, const QString &name)
    {
        saveScreenshot(w, name, QStringLiteral(QT_TESTCASE_BUILDDIR));
    }
    QJsonObject onServer(qint64 id)
    {
        Http http(m_server.url());
        http.setToken(m_client->in.token);
        return http.pullScope(u"review:FR"_s).value(u"registration/%1"_s.arg(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(
                     {u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-review-queue"_s, u"120"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        m_client = openSignedIn(m_server.url(), u"correspondent.fr"_s,
                                m_home.path() + u"/fr.sqlite"_s, &m_translations);
        QVERIFY(m_client);
        QVERIFY(m_client->session->review());
    }

    void theQueuesShowWithTheirCounts()
    {
        QVERIFY(workspace());
        QCOMPARE(m_client->window->findChild<QTabWidget *>()->currentWidget(), workspace());
        const int waiting = m_client->session->review()->count(ReviewDesk::Queue::Registrations);
        QVERIFY(waiting > 20);
        QTRY_COMPARE(model()->rowCount(), waiting);
        QVERIFY(workspace()->queues()->tabText(0).contains(QString::number(waiting)));
        QVERIFY(m_client->session->review()->count(ReviewDesk::Queue::Projects) > 5);
        QVERIFY(m_client->session->review()->count(ReviewDesk::Queue::Decided) > 0);
        // Longest waiting first, the first one open beside the queue.
        QVERIFY(current());
        for (int r = 1; r < model()->rowCount(); ++r)
            QVERIFY(model()->item(r - 1)->queuedAt <= model()->item(r)->queuedAt);
        QVERIFY(workspace()->itemText()->toPlainText().contains(current()->title));
        QVERIFY(workspace()->itemText()->toPlainText().contains(u"@ecole.example"_s));
        // The Review menu lists each action with its shortcut.
        QMenu *menu = nullptr;
        for (QAction *a : m_client->window->menuBar()->actions())
            if (a->text() == u"&Review"_s)
                menu = a->menu();
        QVERIFY(menu);
        for (QAction *a : menu->actions()) {
            QVERIFY(!a->shortcut().isEmpty());
            QVERIFY(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)));
        }
        save(m_client->window.get(), u"review-queues.png"_s);
        QVERIFY(namesEveryControl(m_client->window.get()));
        QVERIFY(namesEveryNode(QAccessible::queryAccessibleInterface(m_client->window.get())));
    }

    void filtersNarrowTheQueue()
    {
        const int all = model()->rowCount();
        QComboBox *region = workspace()->regionFilter();
        region->setCurrentIndex(region->findData(u"FR-IDF"_s));
        QTRY_VERIFY(model()->rowCount() < all);
        QVERIFY(model()->rowCount() > 0);
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY(model()->item(r)->regions.contains(u"FR-IDF"_s));
        region->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), all);
        // Text search folds accents and case, as partner search does.
        const QString name = model()->item(0)->title;
        const QString first = name.section(u' ', 0, 0);
        QTest::keyClick(m_client->window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(workspace()->searchField()->hasFocus());
        workspace()->searchField()->setText(first.toUpper());
        QTRY_VERIFY(model()->rowCount() >= 1);
        const QString folded = foldForSearch(first);
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY(model()->item(r)->folded.contains(folded));
        workspace()->searchField()->clear();
        QTRY_COMPARE(model()->rowCount(), all);
    }

    void theServiceKeepsItsTemplatesAndItsSetting()
    {
        // Ctrl+Shift+T from the queue opens the service's settings.
        workspace()->queueView()->setFocus();
        QTest::keyClick(workspace()->queueView(), Qt::Key_T,
                        Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = workspace()->findChild<ServiceSettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The offscreen platform activates no window by itself.
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const int before = dialog->templateList()->count();
        QVERIFY(before > 0); // the demo's three per country
        // A new template without a title is named at its field.
        QTest::keyClick(dialog, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(dialog->titleField()->hasFocus());
        QVERIFY(dialog->titleField()->text().isEmpty());
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(dialog->message()->text().startsWith(u"Title: "_s),
                 qPrintable(dialog->message()->text()));
        QVERIFY(dialog->titleField()->hasFocus());
        QTest::keyClicks(dialog->titleField(), u"No school e-mail"_s);
        QTest::keyClick(dialog->titleField(), Qt::Key_Tab);
        QVERIFY(dialog->textField()->hasFocus());
        QTest::keyClicks(dialog->textField(), u"Please register with your school's address."_s);
        // What is typed is kept before it is saved: a dialog closed and opened shows it again.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        const auto typed = m_client->session->review()->typed(u"review-template:registration:0"_s);
        QVERIFY(typed);
        QCOMPARE((*typed)[u"title"_s].toString(), u"No school e-mail"_s);
        delete dialog;
        QApplication::setActiveWindow(m_client->window.get());
        QTest::keyClick(workspace()->queueView(), Qt::Key_T,
                        Qt::ControlModifier | Qt::ShiftModifier);
        dialog = workspace()->findChild<ServiceSettingsDialog *>();
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->titleField()->text(), u"No school e-mail"_s);
        QCOMPARE(dialog->textField()->toPlainText(),
                 u"Please register with your school's address."_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(dialog->templateList()->count(), before + 1);
        QVERIFY(!m_client->session->review()->typed(u"review-template:registration:0"_s));
        // The demo lets France's regional correspondents decide; the service takes it back.
        QVERIFY(dialog->regionalDecisions()->isVisible());
        QVERIFY(dialog->regionalDecisions()->isChecked());
        dialog->regionalDecisions()->setFocus();
        QTest::keyClick(dialog->regionalDecisions(), Qt::Key_Space);
        QVERIFY(!m_client->session->review()->setting().regionalDecisions);
        // Alt+Y reaches when the school year starts, 1 September until the service says; the
        // day typed and the month chosen are queued at once.
        QTest::keyClick(dialog, Qt::Key_Y, Qt::AltModifier);
        QVERIFY(dialog->yearStartDay()->hasFocus());
        QCOMPARE(dialog->yearStartDay()->value(), 1);
        QCOMPARE(dialog->yearStartMonth()->currentText(), u"September"_s);
        QTest::keyClick(dialog->yearStartDay(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->yearStartDay(), u"15"_s);
        QTest::keyClick(dialog->yearStartDay(), Qt::Key_Tab);
        QVERIFY(dialog->yearStartMonth()->hasFocus());
        QTest::keyClick(dialog->yearStartMonth(), Qt::Key_Up);
        QCOMPARE(dialog->yearStartMonth()->currentText(), u"August"_s);
        QCOMPARE(m_client->session->review()->yearStart().month, 8);
        QCOMPARE(m_client->session->review()->yearStart().day, 15);
        save(dialog, u"review-service-settings.png"_s);
        QVERIFY(namesEveryControl(dialog));
        QVERIFY(namesEveryNode(QAccessible::queryAccessibleInterface(dialog)));

        // Both reach the server, and the refusal's template menu offers the new one.
        QVERIFY(syncedUpToDate(*m_client->session->sync()));
        QCOMPARE(m_client->session->waitingEdits(), 0);
        Http http(m_server.url());
        http.setToken(m_client->in.token);
        const auto scope = http.pullScope(u"review:FR"_s);
        QVERIFY(std::any_of(scope.cbegin(), scope.cend(), [](const QJsonObject &e) {
            return e[u"title"_s].toString() == u"No school e-mail"_s;
        }));
        QCOMPARE(scope.value(u"review_setting/1"_s)[u"regionalDecisions"_s].toBool(true), false);
        // The school year's start, in the country's scope its teachers read too.
        const QJsonObject setting = http.pullScope(u"country:FR"_s).value(u"label_setting/1"_s);
        QCOMPARE(setting[u"yearStartMonth"_s].toInt(), 8);
        QCOMPARE(setting[u"yearStartDay"_s].toInt(), 15);
        QCOMPARE(m_client->session->review()->yearStart().day, 15);
        QTRY_VERIFY(dialog->templateList()->count() == before + 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QApplication::setActiveWindow(m_client->window.get());
        QTRY_VERIFY(workspace()->templateChoice()->findText(u"No school e-mail"_s) > 0);
    }

    void decisionsAndNotesAreMadeOfflineFromTheKeyboard()
    {
        m_server.stop();
        QTableView *table = workspace()->queueView();
        table->setFocus();
        table->selectRow(0);
        const qint64 first = current()->id;
        // Validate: Ctrl+Return; the next one comes up.
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(current() && current()->id != first);
        QCOMPARE(model()->item(model()->rowOf(u"registration"_s, first))->queuedDecision,
                 u"validate"_s);
        // Refusing without a reason names the field and keeps the item open.
        const qint64 second = current()->id;
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(workspace()->reasonField()->hasFocus());
        QCOMPARE(current()->id, second);
        QVERIFY(current()->queuedDecision.isEmpty());
        const auto labels = workspace()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().startsWith(u"Reason for a refusal: "_s) && l->text().size() > 24;
        }));
        QTest::keyClicks(workspace()->reasonField(), u"The school is not known at this address."_s);
        QTest::keyClick(workspace()->reasonField(), Qt::Key_Return,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(model()->item(model()->rowOf(u"registration"_s, second))->queuedDecision,
                     u"reject"_s);
        // A note, then Alt+Up back to the first: it is kept there, waiting.
        const qint64 third = current()->id;
        QTest::keyClick(m_client->window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(workspace()->noteField()->hasFocus());
        QTest::keyClicks(workspace()->noteField(), u"Phoned the head teacher: fine."_s);
        QTest::keyClick(workspace()->noteField(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(m_client->session->review()->notes(u"registration"_s, third).size(), 1);
        save(m_client->window.get(), u"review-offline.png"_s);
        QCOMPARE(m_client->session->waitingEdits(), 3);

        // The server back: everything lands once.
        QVERIFY(m_server.restart());
        QVERIFY(syncedUpToDate(*m_client->session->sync()));
        QCOMPARE(m_client->session->waitingEdits(), 0);
        QCOMPARE(onServer(first)[u"status"_s].toString(), u"validated"_s);
        QCOMPARE(onServer(second)[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(onServer(second)[u"decision"_s][u"reason"_s].toString(),
                 u"The school is not known at this address."_s);
        QTRY_COMPARE(m_client->session->review()->notes(u"registration"_s, third).size(), 1);
        QVERIFY(m_client->session->review()->notes(u"registration"_s, third).first().id > 0);
        // In the history, latest first, with who decided.
        workspace()->queues()->setCurrentIndex(2);
        QTRY_VERIFY(model()->rowOf(u"registration"_s, second) >= 0);
        QVERIFY(
            ReviewQueueModel::stateText(*model()->item(model()->rowOf(u"registration"_s, second)))
                .contains(u"Nathalie Lefèvre"_s));
        save(m_client->window.get(), u"review-history.png"_s);
    }

    // The rest of the keyboard's paths, the date filter, a template applied and edited, what
    // is typed kept within a second, a project's whole form, and when each decision was made.
    void keyboardPathsFiltersTemplatesAndTypedTexts()
    {
        workspace()->queues()->setCurrentIndex(0);
        QTRY_VERIFY(model()->rowCount() > 3);
        QTableView *table = workspace()->queueView();
        QApplication::setActiveWindow(m_client->window.get());
        table->setFocus();
        table->selectRow(0);
        const qint64 first = current()->id;
        // Alt+Down and Alt+Up move through the queue, wherever the focus is.
        QTest::keyClick(m_client->window.get(), Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(current() && current()->id != first);
        QTest::keyClick(m_client->window.get(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(current()->id, first);

        // Ctrl+Shift+R goes to the reason; a template fills it, to be edited.
        QTest::keyClick(m_client->window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(workspace()->reasonField()->hasFocus());
        QComboBox *templates = workspace()->templateChoice();
        const int chosen = templates->findText(u"No school e-mail"_s);
        QVERIFY(chosen > 0);
        Q_EMIT templates->activated(chosen);
        QCOMPARE(workspace()->reasonField()->toPlainText(),
                 u"Please register with your school's address."_s);
        QVERIFY(workspace()->reasonField()->hasFocus());
        QCOMPARE(templates->currentIndex(), 0);
        // Edited, then kept on this computer within a second, untouched by the next item.
        QTextCursor end = workspace()->reasonField()->textCursor();
        end.movePosition(QTextCursor::End);
        workspace()->reasonField()->setTextCursor(end);
        QTest::keyClicks(workspace()->reasonField(), u" Thank you."_s);
        const QString reasonKey = u"review-reason:registration:%1"_s.arg(first);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->session->review()->typed(reasonKey).has_value(), 1000);
        // ... and the note as well.
        QTest::keyClick(m_client->window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(workspace()->noteField(), u"Asked for the address"_s);
        const QString noteKey = u"review-note:registration:%1"_s.arg(first);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->session->review()->typed(noteKey).has_value(), 1000);
        QTest::keyClick(m_client->window.get(), Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(current()->id != first);
        QVERIFY(!workspace()->reasonField()->toPlainText().contains(u"Thank you"_s));
        QTest::keyClick(m_client->window.get(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(current()->id, first);
        QCOMPARE(workspace()->reasonField()->toPlainText(),
                 u"Please register with your school's address. Thank you."_s);
        QCOMPARE(workspace()->noteField()->toPlainText(), u"Asked for the address"_s);
        QCOMPARE(m_client->session->waitingEdits(), 0); // typed, not sent

        // Waiting more than 30 days: only those, oldest first.
        const int all = model()->rowCount();
        QComboBox *since = workspace()->sinceFilter();
        since->setCurrentIndex(2);
        QTRY_VERIFY(model()->rowCount() < all);
        const qint64 monthAgo =
            QDateTime::currentDateTime().addDays(-30).toMSecsSinceEpoch() + 60'000;
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY(model()->item(r)->queuedAt <= monthAgo);
        since->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), all);

        // A project to approve shows its whole form, with its founders and their schools.
        workspace()->queues()->setCurrentIndex(1);
        QTRY_VERIFY(model()->rowCount() > 0);
        table->selectRow(0);
        QTRY_VERIFY(current() && current()->type == u"project"_s);
        const QString form = workspace()->itemText()->toPlainText();
        for (const QString &field : {u"Aims"_s, u"Founders"_s, u"Subjects"_s})
            QVERIFY2(form.contains(field), qPrintable(form));
        QVERIFY2(form.contains(current()->title), qPrintable(form));
        save(m_client->window.get(), u"review-project.png"_s);

        // Decided: by whom and on which day.
        workspace()->queues()->setCurrentIndex(2);
        QTRY_VERIFY(model()->rowCount() > 0);
        const review_cache::Item *decided = model()->item(0);
        const QString day = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(decided->decidedAt).date(), QLocale::ShortFormat);
        QVERIFY(decided->decidedAt > 0);
        QVERIFY2(ReviewQueueModel::stateText(*decided).contains(day),
                 qPrintable(ReviewQueueModel::stateText(*decided)));
        workspace()->queues()->setCurrentIndex(0);
    }

    void inFrench()
    {
        m_translations.setLanguage(u"fr"_s);
        auto *tabs = m_client->window->findChild<QTabWidget *>();
        // Each widget hears of the language change through a posted event.
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(workspace())), u"Instruction"_s);
        workspace()->queues()->setCurrentIndex(0);
        QTRY_VERIFY(workspace()->queues()->tabText(0).startsWith(u"Insc&riptions ("_s));
        QVERIFY(workspace()->queues()->tabText(2).startsWith(u"&Traités ("_s));
        QCOMPARE(workspace()->approveButton()->text(), u"&Valider"_s);
        QVERIFY(namesEveryControl(m_client->window.get()));
        QVERIFY(namesEveryNode(QAccessible::queryAccessibleInterface(m_client->window.get())));
        save(m_client->window.get(), u"review-fr.png"_s);
        ServiceSettingsDialog *dialog = workspace()->openServiceSettings();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->windowTitle(), u"Réglages du service"_s);
        QVERIFY(namesEveryControl(dialog));
        save(dialog, u"review-service-settings-fr.png"_s);
        dialog->close();
        m_translations.setLanguage(u"en"_s);
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(workspace())), u"Review"_s);
    }
};

QTEST_MAIN(TestUiReview)
#include "tst_ui_review.moc"
