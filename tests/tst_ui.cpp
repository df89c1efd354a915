// SPDX-License-Identifier: GPL-3.0-or-later
// The widgets, offscreen, against the real server: sign in (and its errors), search, filter,
// see a profile, edit mine with errors at the field, switch the language at runtime.
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "tls_proxy.h"

#include "app_controller.h"
#include "auth/credential_store.h"
#include "main_window.h"
#include "net/api_client.h"
#include "partner_detail_view.h"
#include "partner_list_model.h"
#include "partner_search_view.h"
#include "profile_editor.h"
#include "session/account_session.h"
#include "settings/app_settings.h"
#include "sign_in_dialog.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "sync/sync_controller.h"
#include "sync_issues_dialog.h"
#include "sync_status_label.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUi : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    SignInReply m_reply;

    template <typename T> T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

    QString trySignIn(const QString &server, const QString &user, const QString &password,
                      bool expectSuccess)
    {
        SignInDialog dialog;
        dialog.setServer(server, false);
        dialog.show();
        child<QLineEdit>(&dialog, u"username"_s)->setText(user);
        child<QLineEdit>(&dialog, u"password"_s)->setText(password);
        QTest::mouseClick(child<QPushButton>(&dialog, u"signInButton"_s), Qt::LeftButton);
        auto *error = child<QLabel>(&dialog, u"signInError"_s);
        if (expectSuccess) {
            [&] { QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000); }();
            m_reply = dialog.reply();
            return {};
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000); }();
        // What the user typed is still there.
        if (child<QLineEdit>(&dialog, u"username"_s)->text() != user)
            return u"<lost>"_s;
        return error->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // With a directory snapshot, as the product runs: the first sync below takes it.
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"1500"_s,
                                 u"--snapshot-min-records"_s, u"0"_s}),
                 qPrintable(m_server.lastOutput()));
        QVERIFY(!m_server.waitForDirectorySnapshot(60000).isEmpty());
        m_translations.setLanguage(u"en"_s);
    }

    void signInErrors()
    {
        const QString url = m_server.url().toString();
        QVERIFY(trySignIn(url, u"teacher.fr"_s, u"wrong"_s, false).contains(u"wrong"_s));
        QVERIFY(trySignIn(u"http://exa mple:80:80"_s, u"teacher.fr"_s, u"demo1234"_s, false)
                    .contains(u"address is not valid"_s));
        // A closed port on loopback: unreachable.
        QVERIFY(trySignIn(u"127.0.0.1:9"_s, u"teacher.fr"_s, u"demo1234"_s, false)
                    .contains(u"cannot be reached"_s));
        // HTTPS with a certificate this computer does not trust (the proxy's own, never made
        // trusted here): said so, and why nothing went.
        TlsProxy untrusted(m_server.url());
        QVERIFY(untrusted.start());
        const QString tls =
            trySignIn(untrusted.url().toString(), u"teacher.fr"_s, u"demo1234"_s, false);
        QVERIFY2(tls.contains(u"certificate is not trusted"_s), qPrintable(tls));
        QVERIFY2(tls.contains(u"nothing was sent"_s), qPrintable(tls));
    }

    void signInAndSync()
    {
        QCOMPARE(trySignIn(m_server.url().toString(), u"teacher.fr"_s, u"demo1234"_s, true),
                 QString());
        QVERIFY(!m_reply.token.isEmpty());
        m_session = std::make_unique<AccountSession>(m_server.url(), m_reply.account,
                                                     m_home.path() + u"/ui.sqlite"_s, nullptr);
        QVERIFY(m_session->open().ok());
        m_window = std::make_unique<MainWindow>(m_session.get(), &m_translations);
        m_window->show();
        m_session->setToken(m_reply.token);
        auto *status = child<QLabel>(m_window.get(), u"syncStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Up to date"_s), 120000);
        // The directory came as the server's snapshot, and the list (its own thread and
        // connection, opened on the empty directory before) shows all of it.
        QCOMPARE(m_session->store().directoryGeneration(), 1);
        QSqlDatabase db = m_session->store().connection();
        const int teachers = directory_store::count(db, {});
        QVERIFY(teachers > 1000);
        auto *count = child<QLabel>(m_window.get(), u"resultCount"_s);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), u"%L1 teachers found"_s.arg(teachers), 20000);
    }

    void searchFilterAndDetail()
    {
        auto *text = child<QLineEdit>(m_window.get(), u"searchText"_s);
        auto *list = child<QListView>(m_window.get(), u"results"_s);
        auto *count = child<QLabel>(m_window.get(), u"resultCount"_s);
        // All teachers first; the list holds one page, not the whole directory.
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 20000);
        QVERIFY(list->model()->rowCount() <= 2 * PartnerListModel::pageSize);

        QTest::keyClicks(text, u"emilie durand"_s);
        const auto *results = static_cast<PartnerListModel *>(list->model());
        QTRY_VERIFY_WITH_TIMEOUT(results->query().text == u"emilie durand"_s &&
                                     !results->isLoading() && results->rowCount() > 0,
                                 10000);
        // Typed without the accent, found with it; the count says how many.
        int emilie = -1;
        for (int i = 0; i < results->rowCount(); ++i) {
            QVERIFY(results->rowAt(i).displayName.contains(u"Émilie"_s));
            if (results->rowAt(i).displayName == u"Émilie Durand"_s &&
                results->rowAt(i).country == u"FR"_s)
                emilie = i;
        }
        QVERIFY(emilie >= 0);
        QCOMPARE(count->text(), results->totalCount() == 1
                                    ? u"One teacher found"_s
                                    : u"%L1 teachers found"_s.arg(results->totalCount()));

        list->setCurrentIndex(list->model()->index(emilie, 0));
        auto *detail = child<PartnerDetailView>(m_window.get(), u"partnerDetail"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detail->toPlainText().contains(u"Émilie Durand"_s), 10000);
        QVERIFY(detail->toPlainText().contains(u"France"_s));

        text->clear();
        auto *country = child<QComboBox>(m_window.get(), u"countryFilter"_s);
        country->setCurrentIndex(country->findData(u"IT"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            count->text().contains(u"teachers found"_s) && list->model()->rowCount() > 0, 10000);
        const auto *model = static_cast<PartnerListModel *>(list->model());
        for (int i = 0; i < model->rowCount(); ++i)
            QCOMPARE(model->rowAt(i).country, u"IT"_s);
        const int italians = model->totalCount();
        auto *subject = child<QComboBox>(m_window.get(), u"subjectFilter"_s);
        subject->setCurrentIndex(subject->findData(u"maths"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() < italians, 10000);
        for (int i = 0; i < model->rowCount(); ++i)
            QVERIFY(model->rowAt(i).subjects.contains(u"maths"_s));
        country->setCurrentIndex(0);
        subject->setCurrentIndex(0);
    }

    void profileEditShowsErrorsAtTheField()
    {
        auto *editor = m_window->profileEditor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->isEnabled(), 10000);
        auto *ageMin = child<QSpinBox>(editor, u"ageMin"_s);
        auto *ageMax = child<QSpinBox>(editor, u"ageMax"_s);
        auto *bio = child<QPlainTextEdit>(editor, u"bio"_s);
        ageMin->setValue(12);
        ageMax->setValue(9);
        bio->setPlainText(u"J'aimerais travailler sur le patrimoine."_s);
        QVERIFY(!editor->save());
        auto *error = child<QLabel>(editor, u"error_ageMax"_s);
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(u"maximum age"_s));
        QCOMPARE(bio->toPlainText(), u"J'aimerais travailler sur le patrimoine."_s); // kept
        ageMax->setValue(14);
        QVERIFY(editor->save());
        QVERIFY(error->isHidden());
        QCOMPARE(m_session->myProfile()->bio, u"J'aimerais travailler sur le patrimoine."_s);
        auto *status = child<QLabel>(m_window.get(), u"syncStatus"_s);
        QSqlDatabase db = m_session->store().connection();
        QTRY_VERIFY_WITH_TIMEOUT(outbox::count(db) == 0 &&
                                     status->text().startsWith(u"Up to date"_s) &&
                                     !status->text().contains(u"waiting"_s),
                                 30000);
        // Accepted by the server, not turned into an issue for the user, and the form says so.
        QVERIFY2(!status->text().contains(u"attention"_s), qPrintable(status->text()));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(editor, u"profileState"_s)->text(),
                                  u"Your profile is up to date on the server."_s, 10000);
        QVERIFY(m_session->issues().isEmpty());
    }

    // What is typed is kept on this computer at once when the field loses focus (not only
    // by the timer), shown again by a new window, and sent only when saved.
    void typingIsKeptWhenTheFieldLosesFocus()
    {
        auto *editor = m_window->profileEditor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->isEnabled(), 10000);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *bio = child<QPlainTextEdit>(editor, u"bio"_s);
        auto *ageMin = child<QSpinBox>(editor, u"ageMin"_s);
        bio->setFocus();
        QVERIFY(bio->hasFocus());
        QTest::keyClick(bio, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(bio, u"Kept when I move on"_s);
        QVERIFY(!m_session->typedEarlier(u"profile"_s).has_value()); // the timer has not run
        ageMin->setFocus();
        const auto typed = m_session->typedEarlier(u"profile"_s);
        QVERIFY(typed.has_value());
        QCOMPARE(typed->value(u"bio"_s).toString(), u"Kept when I move on"_s);
        QCOMPARE(m_session->waitingEdits(), 0);
        {
            MainWindow again(m_session.get(), &m_translations);
            QCOMPARE(child<QPlainTextEdit>(again.profileEditor(), u"bio"_s)->toPlainText(),
                     u"Kept when I move on"_s);
            // Kept for people: what a teacher sees when the program opens on kept changes.
            again.profileEditor()->resize(900, 600);
            QVERIFY(again.profileEditor()->grab().save(u"ui-profile-kept.png"_s));
            QVERIFY(child<QPushButton>(again.profileEditor(), u"saveProfile"_s)->isEnabled());
        }
        // Undo: the server's copy again, and nothing kept any more.
        child<QPushButton>(editor, u"revertProfile"_s)->click();
        QVERIFY(!m_session->typedEarlier(u"profile"_s).has_value());
        QCOMPARE(bio->toPlainText(), m_session->myProfile()->bio);
    }

    // Someone changes the bio on another computer; this one, not yet aware, changes it too.
    // The server keeps its version; what was typed here is kept in the list of edits needing
    // attention, shown with the reason, and leaves it when dismissed.
    void conflictingEditIsKeptAndShown()
    {
        Http other(m_server.url());
        other.signIn(u"teacher.fr"_s, u"demo1234"_s);
        qint64 version = 0;
        for (const QJsonValue v :
             other.get(u"/api/v1/sync/me?since=0"_s).json[u"changes"_s].toArray())
            if (v[u"type"_s].toString() == u"teacher")
                version = v[u"version"_s].toInteger();
        const QJsonObject mutation{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {u"type"_s, u"profile"_s},
                                   {u"op"_s, u"update"_s},
                                   {u"entityId"_s, m_reply.account.id},
                                   {u"baseVersion"_s, version},
                                   {u"data"_s, QJsonObject{{u"bio"_s, u"Changé ailleurs"_s}}}};
        QCOMPARE(other.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, QJsonArray{mutation}}})
                     .json[u"results"_s][0][u"status"_s]
                     .toString(),
                 u"applied"_s);

        auto *bio = child<QPlainTextEdit>(m_window->profileEditor(), u"bio"_s);
        bio->setPlainText(u"Changé ici"_s);
        QVERIFY(m_window->profileEditor()->save());
        auto *status = child<QLabel>(m_window.get(), u"syncStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"needs your attention"_s), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(bio->toPlainText(), u"Changé ailleurs"_s, 30000);

        QAction *show = m_window->findChild<QAction *>(u"showIssues"_s);
        QVERIFY(show->isEnabled());
        show->trigger();
        auto *dialog = m_window->findChild<SyncIssuesDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 1);
        const QString changed = dialog->model()->index(0, 1).data().toString();
        const QString why = dialog->model()->index(0, 2).data().toString();
        QVERIFY2(changed.contains(u"Changé ici"_s), qPrintable(changed));
        QVERIFY2(why.contains(u"Changé ailleurs"_s), qPrintable(why));

        QVERIFY(dialog->grab().save(u"ui-sync-issues.png"_s)); // for people to look at
        auto *view = dialog->findChild<QTreeView *>();
        view->selectionModel()->select(dialog->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::mouseClick(child<QPushButton>(dialog, u"dismissIssues"_s), Qt::LeftButton);
        QCOMPARE(dialog->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(u"attention"_s), 30000);
        dialog->close();
    }

    void switchLanguageAtRuntime()
    {
        auto *tabs = m_window->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(0), u"Find partners"_s);
        auto *country = child<QComboBox>(m_window.get(), u"countryFilter"_s);
        QCOMPARE(country->itemText(0), u"All countries"_s);
        QVERIFY(country->findText(u"Germany"_s) > 0);

        QAction *french = m_window->findChild<QAction *>(u"language_fr"_s);
        QVERIFY(french);
        french->trigger();
        // Qt delivers QEvent::LanguageChange through the event loop.
        QTRY_COMPARE(tabs->tabText(0), u"Trouver des partenaires"_s);
        QCOMPARE(tabs->tabText(1), u"Mes projets"_s);
        QCOMPARE(tabs->tabText(2), u"TwinSpace"_s);
        QCOMPARE(tabs->tabText(3), u"Mon profil"_s);
        QCOMPARE(country->itemText(0), u"Tous les pays"_s);
        QVERIFY(country->findText(u"Allemagne"_s) > 0);
        auto *count = child<QLabel>(m_window.get(), u"resultCount"_s);
        QVERIFY2(count->text().contains(u"trouvé"_s), qPrintable(count->text()));
        auto *status = child<QLabel>(m_window.get(), u"syncStatus"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(u"À jour"_s),
                                  qPrintable(status->text()), 30000);

        m_window->findChild<QAction *>(u"language_en"_s)->trigger();
        QTRY_COMPARE(tabs->tabText(0), u"Find partners"_s);
    }

    void screenshot()
    {
        // Kept for people: build/tests/ui-main-window.png shows what the test saw.
        m_window->resize(1100, 700);
        QVERIFY(m_window->grab().save(u"ui-main-window.png"_s));
        auto *tabWidget = m_window->findChild<QTabWidget *>();
        tabWidget->setCurrentWidget(m_window->profileEditor());
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(u"ui-my-profile.png"_s));
        tabWidget->setCurrentIndex(0);
        m_translations.setLanguage(u"fr"_s);
        auto *tabs = m_window->findChild<QTabWidget *>();
        QTRY_COMPARE(tabs->tabText(0), u"Trouver des partenaires"_s);
        QTest::qWait(200); // let the layouts follow the longer French texts
        QVERIFY(m_window->grab().save(u"ui-main-window-fr.png"_s));
    }

    // Pupils are minors: no partner directory for them, and no public profile.
    void pupilSeesNoDirectory()
    {
        const SignInReply teacher = m_reply;
        QCOMPARE(trySignIn(m_server.url().toString(), u"pupil.fr"_s, u"demo1234"_s, true),
                 QString());
        const SignInReply pupil = m_reply;
        QCOMPARE(pupil.account.role, Role::Pupil);
        AccountSession session(m_server.url(), pupil.account, m_home.path() + u"/pupil.sqlite"_s,
                               nullptr);
        QVERIFY(session.open().ok());
        MainWindow window(&session, &m_translations);
        window.show();
        session.setToken(pupil.token);
        QVERIFY(waitForUpToDate(*session.sync(), 30000));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(!tabs->isTabVisible(0));
        QCOMPARE(tabs->currentWidget(), window.profileEditor());
        auto *state = child<QLabel>(window.profileEditor(), u"profileState"_s);
        QCOMPARE(state->text(), u"Only teachers have a profile in the partner search."_s);
        QSqlDatabase db = session.store().connection();
        QCOMPARE(directory_store::count(db, {}), 0);
        m_reply = teacher; // later tests go on as the teacher
    }

    // Started again with the server gone: the last account's cache opens at once, searchable,
    // and the status bar says the program works offline.
    void startsOfflineWithTheLastAccount()
    {
        const Account account = m_reply.account;
        {
            AccountSession session(m_server.url(), account); // the default per-account file
            QVERIFY(session.open().ok());
            session.setToken(m_reply.token);
            QVERIFY(waitForUpToDate(*session.sync(), 120000));
        }
        m_window.reset();
        m_session.reset();
        AppSettings settings;
        settings.setServerUrl(m_server.url().toString());
        settings.setLastAccount(account.toJson());
        // Signed in: the token waits in the keychain, so the program tries the server at once.
        CredentialStore keychain;
        std::optional<CredentialStore::Where> kept;
        keychain.save(CredentialStore::keyFor(
                          ApiClient::normalizedServerUrl(m_server.url().toString()).toString(),
                          account.username),
                      m_reply.token,
                      [&](CredentialStore::Where where, const QString &) { kept = where; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 20000);
        QCOMPARE(*kept, CredentialStore::Where::Keychain);
        m_server.stop();

        AppController controller(&m_translations, QString());
        controller.start();
        QVERIFY(controller.mainWindow());
        auto *status = child<QLabel>(controller.mainWindow(), u"syncStatus"_s);
        // It tried with the token and found no server (not "sign in", not "up to date").
        QVERIFY(waitForState(*controller.session()->sync(), SyncStatus::State::Offline, 60000));
        QVERIFY(!controller.session()->token().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Offline: working from this computer's copy"_s,
                                  20000);
        auto *list = child<QListView>(controller.mainWindow(), u"results"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 20000);
        auto *count = child<QLabel>(controller.mainWindow(), u"resultCount"_s);
        QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(u"teachers found"_s), 20000);
    }

    // A failed check must not leave the next test in French.
    void cleanup()
    {
        if (m_translations.language() != u"en")
            m_translations.setLanguage(u"en"_s);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
