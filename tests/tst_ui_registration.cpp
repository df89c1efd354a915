// SPDX-License-Identifier: GPL-3.0-or-later
// "Create an account" from the sign-in dialog, offscreen against the real server: errors at
// their fields, the draft kept as typed (never the password), the school found as one types and
// the new-school path, the account created and signed in; then the window says it waits for
// validation and disables what cannot work, until correspondent.fr validates it.
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "account_creation_dialog.h"
#include "domain/regions.h"
#include "main_window.h"
#include "partner_search_view.h"
#include "profile_editor.h"
#include "projects/projects_view.h"
#include "registration_banner.h"
#include "session/account_session.h"
#include "settings/app_settings.h"
#include "sign_in_dialog.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
const QString email = u"ana.lopes@ecole.example.fr"_s;
const QString password = u"Rivers of Burgundy in autumn"_s;
} // namespace

class TestUiRegistration : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    std::unique_ptr<SignInDialog> m_signIn;
    QPointer<AccountCreationDialog> m_dialog;
    SignInReply m_reply;

    template <typename T> T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

    static void check(QListWidget *list, const QString &code)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == code)
                list->item(i)->setCheckState(Qt::Checked);
    }

    static void select(QComboBox *combo, const QString &code)
    {
        combo->setCurrentIndex(combo->findData(code));
    }

    // correspondent.fr decides on the registration of the account made here; the result's status.
    QString decide(const QString &decision, qint64 request, const QString &reason)
    {
        Http service(m_server.url());
        if (service.signIn(u"correspondent.fr"_s, u"demo1234"_s).status != 200)
            return {};
        const HttpResult r = service.postJson(
            u"/api/v1/mutations"_s,
            {{u"mutations"_s,
              QJsonArray{QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"type"_s, u"registration_decision"_s},
                                     {u"op"_s, u"create"_s},
                                     {u"entityId"_s, m_reply.account.id},
                                     {u"data"_s, QJsonObject{{u"decision"_s, decision},
                                                             {u"reason"_s, reason},
                                                             {u"request"_s, request}}}}}}});
        return r.json[u"results"_s][0][u"status"_s].toString();
    }

    void shot(QWidget *w, const QString &name)
    {
        saveScreenshot(w, name, QStringLiteral(QT_TESTCASE_BUILDDIR));
        qInfo("screenshot: %s/%s", QT_TESTCASE_BUILDDIR, qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        m_signIn = std::make_unique<SignInDialog>();
        m_signIn->setServer(m_server.url().toString(), false);
        m_signIn->show();
    }

    void opensFromSignIn()
    {
        auto *button = child<QPushButton>(m_signIn.get(), u"createAccount"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(m_signIn->findChild<AccountCreationDialog *>());
        m_dialog = m_signIn->findChild<AccountCreationDialog *>();
        QTRY_VERIFY(m_dialog->isVisible());
    }

    void errorsShowAtTheirFields()
    {
        QTest::keyClicks(child<QLineEdit>(m_dialog, u"displayName"_s), u"Ana Lopes"_s);
        QTest::keyClicks(child<QLineEdit>(m_dialog, u"email"_s), u"ana.lopes"_s);
        QTest::keyClicks(child<QLineEdit>(m_dialog, u"password"_s), u"short"_s);
        auto *hint = child<QLabel>(m_dialog, u"passwordHint"_s);
        QVERIFY(hint->text().startsWith(u"Too short"_s));
        QTest::mouseClick(child<QPushButton>(m_dialog, u"createAccountButton"_s), Qt::LeftButton);
        auto *emailError = child<QLabel>(m_dialog, u"error_email"_s);
        QVERIFY(!emailError->isHidden());
        QCOMPARE(emailError->text(),
                 u"E-mail address: is not an e-mail address (name@example.org)."_s);
        QVERIFY(!child<QLabel>(m_dialog, u"error_password"_s)->isHidden());
        QVERIFY(!child<QLabel>(m_dialog, u"error_country"_s)->isHidden());
        QVERIFY(!child<QLabel>(m_dialog, u"error_schoolId"_s)->isHidden());
        QVERIFY(child<QLabel>(m_dialog, u"error_displayName"_s)->isHidden());
        QVERIFY(m_dialog->isVisible()); // nothing typed is lost
        QCOMPARE(child<QLineEdit>(m_dialog, u"displayName"_s)->text(), u"Ana Lopes"_s);

        // The hint follows the password as it is typed.
        auto *field = child<QLineEdit>(m_dialog, u"password"_s);
        field->clear();
        QTest::keyClicks(field, u"anaLopes2024"_s);
        QVERIFY(hint->text().startsWith(u"Too easy"_s));
        field->clear();
        QTest::keyClicks(field, password);
        QVERIFY(hint->text().startsWith(u"Strong"_s));
        QTest::mouseClick(child<QPushButton>(m_dialog, u"createAccountButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(m_dialog, u"error_password"_s)->isHidden());
        shot(m_dialog, u"account_creation_errors.png"_s);
        // A corrected field's error goes as it is corrected; the others stay.
        QTest::keyClicks(child<QLineEdit>(m_dialog, u"email"_s), u"@ecole"_s);
        QVERIFY(child<QLabel>(m_dialog, u"error_email"_s)->isHidden());
        QVERIFY(!child<QLabel>(m_dialog, u"error_country"_s)->isHidden());
    }

    void typedIsKeptButNotThePassword()
    {
        auto *field = child<QLineEdit>(m_dialog, u"email"_s);
        field->clear();
        QTest::keyClicks(field, email);
        // On disk within a second of the last keystroke.
        QTRY_COMPARE_WITH_TIMEOUT(AppSettings().signUpDraft()[u"email"_s].toString(), email, 1000);
        QCOMPARE(AppSettings().signUpDraft()[u"displayName"_s].toString(), u"Ana Lopes"_s);
        QVERIFY(!AppSettings().signUpDraft().contains(u"password"_s));
        QFile file(QSettings(QSettings::NativeFormat, QSettings::UserScope, u"eTwinning"_s,
                             u"eTwinning Desktop"_s)
                       .fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));
    }

    void newSchoolPathHasTheCountrysRegions()
    {
        auto *country = child<QComboBox>(m_dialog, u"country"_s);
        auto *notListed = child<QCheckBox>(m_dialog, u"schoolNotListed"_s);
        auto *group = child<QGroupBox>(m_dialog, u"newSchool"_s);
        auto *region = child<QComboBox>(m_dialog, u"region"_s);
        select(country, u"FR"_s);
        QVERIFY(group->isHidden());
        notListed->setFocus();
        QTest::keyClick(notListed, Qt::Key_Space); // keyboard-operable
        QVERIFY(notListed->isChecked());
        QVERIFY(group->isVisible());
        QVERIFY(region->isVisible());
        QCOMPARE(region->count(), 1 + regions::codes(u"FR"_s).size());
        QVERIFY(region->findData(u"FR-IDF"_s) > 0);
        select(country, u"PT"_s); // no region catalogue: no region asked
        QVERIFY(!region->isVisible());
        select(country, u"FR"_s);
        QVERIFY(region->isVisible());
        QVERIFY(namesEveryControl(m_dialog));
        shot(m_dialog, u"account_creation_new_school.png"_s);
        QTest::keyClick(notListed, Qt::Key_Space);
        QVERIFY(group->isHidden());
    }

    void schoolIsFoundAsOneTypes()
    {
        auto *search = child<QLineEdit>(m_dialog, u"schoolSearch"_s);
        auto *results = child<QListWidget>(m_dialog, u"schoolResults"_s);
        QVERIFY(search->isVisible());
        search->setFocus();
        QTest::keyClicks(search, u"lycee"_s);
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 10000);
        for (int i = 0; i < results->count(); ++i)
            QVERIFY(results->item(i)->text().startsWith(u"Lycée"_s));
        results->setFocus();
        QTest::keyClick(results, Qt::Key_Down);
        QVERIFY(results->currentItem());
        auto *picked = child<QLabel>(m_dialog, u"pickedSchool"_s);
        QVERIFY(picked->isVisible());
        QVERIFY(picked->text().contains(results->currentItem()->text()));
    }

    void createsTheAccountAndSignsIn()
    {
        select(child<QComboBox>(m_dialog, u"schoolRole"_s), u"teacher"_s);
        check(child<QListWidget>(m_dialog, u"subjects"_s), u"history"_s);
        check(child<QListWidget>(m_dialog, u"languages"_s), u"fr"_s);
        check(child<QListWidget>(m_dialog, u"languages"_s), u"es"_s);
        child<QSpinBox>(m_dialog, u"ageMin"_s)->setValue(12);
        child<QSpinBox>(m_dialog, u"ageMax"_s)->setValue(15);
        QVERIFY(namesEveryControl(m_dialog));
        shot(m_dialog, u"account_creation_filled.png"_s);
        QTest::mouseClick(child<QPushButton>(m_dialog, u"createAccountButton"_s), Qt::LeftButton);
        // Created, then signed in through the sign-in dialog's own path.
        QTRY_COMPARE_WITH_TIMEOUT(m_signIn->result(), int(QDialog::Accepted), 30000);
        m_reply = m_signIn->reply();
        QCOMPARE(m_reply.account.username, email);
        QCOMPARE(m_reply.account.displayName, u"Ana Lopes"_s);
        QVERIFY(!m_reply.token.isEmpty());
        QTRY_VERIFY(!m_dialog);                         // closed and gone
        QVERIFY(AppSettings().signUpDraft().isEmpty()); // the account exists: nothing to keep
    }

    void windowSaysItWaitsForValidation()
    {
        AccountSession session(m_server.url(), m_reply.account, m_home.path() + u"/ana.sqlite"_s,
                               nullptr);
        QVERIFY(session.open().ok());
        session.setToken(m_reply.token);
        MainWindow window(&session, &m_translations);
        window.show();
        QVERIFY(syncedUpToDate(*session.sync()));
        auto *banner = child<RegistrationBanner>(&window, u"registrationBanner"_s);
        auto *text = child<QLabel>(banner, u"registrationText"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(text->text().contains(u"national support service of France"_s));
        QVERIFY(text->text().contains(u"not in the partner directory"_s));
        QVERIFY(!banner->accessibleName().isEmpty());
        // What cannot work until then is disabled, and says why.
        auto *registerButton = child<QPushButton>(window.projectsView(), u"registerProject"_s);
        auto *invite = child<QPushButton>(window.searchView(), u"inviteToProject"_s);
        QVERIFY(!registerButton->isEnabled());
        QVERIFY(registerButton->toolTip().contains(u"waiting for validation"_s));
        QVERIFY(!invite->isEnabled());
        QVERIFY(invite->toolTip().contains(u"waiting for validation"_s));
        // A waiting teacher still searches the directory (it is not in it).
        auto *count = child<QLabel>(window.searchView(), u"resultCount"_s);
        QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(u"teachers found"_s) &&
                                     !count->text().startsWith(u"0 "_s),
                                 20000);
        shot(&window, u"registration_banner.png"_s);

        // correspondent.fr refuses it with a reason: the teacher reads it, and what to do.
        QCOMPARE(decide(u"reject"_s, 1, u"Cette adresse n'est pas celle de l'établissement."_s),
                 u"applied"_s);
        QVERIFY(syncedUpToDate(*session.sync()));
        QTRY_VERIFY(text->text().contains(u"did not validate"_s));
        QVERIFY(text->text().contains(u"Cette adresse n'est pas celle de l'établissement."_s));
        QVERIFY(text->text().contains(u"changing school asks for a new validation"_s));
        QVERIFY(registerButton->toolTip().contains(u"did not validate"_s));
        QVERIFY(!registerButton->isEnabled());
        shot(&window, u"registration_banner_rejected.png"_s);

        // Another school, chosen in My profile among the directory's schools of France, asks
        // again: request 2, which the service validates; then the banner goes.
        ProfileEditor *editor = window.profileEditor();
        window.findChild<QTabWidget *>()->setCurrentWidget(editor);
        auto *school = child<QComboBox>(editor, u"schoolId"_s);
        QTRY_VERIFY_WITH_TIMEOUT(school->count() > 1, 10000);
        const qint64 before = session.myProfile()->schoolId;
        QCOMPARE(school->currentData().toLongLong(), before);
        school->setFocus();
        QTest::keyClick(school,
                        school->currentIndex() + 1 < school->count() ? Qt::Key_Down : Qt::Key_Up);
        const qint64 chosen = school->currentData().toLongLong();
        QVERIFY(chosen != before);
        QVERIFY(namesEveryControl(editor));
        shot(&window, u"profile_school.png"_s);
        QVERIFY(editor->save());
        QCOMPARE(session.myProfile()->status, u"pending"_s); // at once, before the server
        QVERIFY(syncedUpToDate(*session.sync()));
        QTRY_VERIFY(text->text().contains(u"waiting for validation"_s));
        QCOMPARE(session.myProfile()->schoolId, chosen);
        QCOMPARE(decide(u"validate"_s, 1, {}), u"rejected"_s); // that request is gone
        QCOMPARE(decide(u"validate"_s, 2, {}), u"applied"_s);
        QVERIFY(syncedUpToDate(*session.sync()));
        QTRY_VERIFY(banner->isHidden());
        QVERIFY(registerButton->isEnabled());
        QVERIFY(registerButton->toolTip().isEmpty());
    }

    void speaksFrench()
    {
        m_translations.setLanguage(u"fr"_s);
        AppSettings().setSignUpDraft({}); // an empty form, whatever ran before
        AccountCreationDialog dialog(m_server.url());
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Créer un compte eTwinning"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"createAccountButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&dialog, u"error_email"_s)->text(),
                 u"Adresse e-mail\u00a0: est obligatoire."_s);
        QVERIFY(namesEveryControl(&dialog));
        shot(&dialog, u"account_creation_fr.png"_s);
        dialog.reject();
        m_translations.setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestUiRegistration)
#include "tst_ui_registration.moc"
