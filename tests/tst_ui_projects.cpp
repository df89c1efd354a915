// SPDX-License-Identifier: GPL-3.0-or-later
// The project screens, offscreen, against the real server: invite a teacher found in the
// partner search, fill the registration wizard from empty to submitted (with the messages at
// each field), see the project in "My projects"; the invitee accepts in their own window.
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "conflict_view.h"
#include "main_window.h"
#include "net/api_client.h"
#include "partner_list_model.h"
#include "pending_edits_dialog.h"
#include "projects/invite_dialog.h"
#include "projects/project_detail_view.h"
#include "projects/project_list_model.h"
#include "projects/project_wizard.h"
#include "projects/projects_view.h"
#include "session/account_session.h"
#include "sync/sync_controller.h"
#include "sync_issues_dialog.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiProjects : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    QHash<QString, SignInReply> m_accounts;

    template <typename T> T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

    std::unique_ptr<AccountSession> openSession(const QString &user)
    {
        auto s =
            std::make_unique<AccountSession>(m_server.url(), m_accounts[user].account,
                                             m_home.path() + u"/"_s + user + u".sqlite"_s, nullptr);
        if (!s->open().ok())
            return nullptr;
        s->setToken(m_accounts[user].token);
        return s;
    }

    static bool upToDate(AccountSession &s, int timeoutMs = 60000)
    {
        return syncedUpToDate(*s.sync(), timeoutMs);
    }

    // What a scope holds on the server now, by type/id (tombstones dropped), pulled over HTTP:
    // the server's word, not the client's copy with its queued edits on top.
    static QHash<QString, QJsonObject> serverScope(Http &http, const QString &scope)
    {
        return http.pullScope(scope);
    }

    static QString memberState(const QJsonObject &project, qint64 accountId)
    {
        for (const QJsonValue m : project[u"members"_s].toArray())
            if (m[u"accountId"_s].toInteger() == accountId)
                return m[u"state"_s].toString();
        return {};
    }

    static void save(QWidget *w, const QString &name)
    {
        QTest::qWait(50); // pending layout requests (a language change resizes buttons)
        w->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/") + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"1500"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        for (const QString &user : {u"teacher.fr"_s, u"teacher.it"_s, u"teacher2.fr"_s}) {
            ApiClient api;
            api.setServer(m_server.url());
            std::optional<Result<SignInReply>> r;
            api.signIn(user, u"demo1234"_s, [&](const Result<SignInReply> &x) { r = x; });
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 30000);
            QVERIFY(r->ok());
            m_accounts.insert(user, r->value());
        }
    }

    void inviteFromSearchThenWizardToSubmitted()
    {
        auto session = openSession(u"teacher.fr"_s);
        QVERIFY(session);
        MainWindow window(session.get(), &m_translations);
        window.show();
        QVERIFY(upToDate(*session));

        // Find Giulia Rossi and invite her to a new project, as a co-founder.
        auto *text = child<QLineEdit>(&window, u"searchText"_s);
        auto *results = child<QListView>(&window, u"results"_s);
        text->setText(u"Giulia Rossi"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            results->model()->rowCount() > 0 &&
                results->model()->index(0, 0).data().toString().startsWith(u"Giulia Rossi"_s),
            20000);
        results->setCurrentIndex(results->model()->index(0, 0));
        auto *invite = child<QPushButton>(&window, u"inviteToProject"_s);
        QTRY_VERIFY(invite->isEnabled());
        bool dialogSeen = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<InviteDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            QCOMPARE(dialog->projectId(), 0); // no project yet: a new one
            auto *role = child<QComboBox>(dialog, u"inviteRole"_s);
            role->setCurrentIndex(role->findData(u"founder"_s));
            save(dialog, u"ui-invite.png"_s);
            dialog->accept();
        });
        invite->click();
        QVERIFY(dialogSeen);

        // The wizard opened on a new draft, with Giulia already in its list.
        auto *tabs = window.findChild<QTabWidget *>();
        QCOMPARE(tabs->currentWidget(), window.projectsView());
        auto *wizard = window.findChild<ProjectWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ProjectWizard::KindPage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ProjectWizard::AboutPage));

        // Empty: the wizard stays, and says why at the field.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ProjectWizard::AboutPage));
        auto *titleError = child<QLabel>(wizard, u"error_title"_s);
        QVERIFY(titleError->isVisible());
        QCOMPARE(titleError->text(), u"Title: is required."_s);
        QCOMPARE(child<QLabel>(wizard, u"error_summary"_s)->text(), u"Summary: is required."_s);
        save(wizard, u"ui-wizard-errors.png"_s);
        child<QLineEdit>(wizard, u"title"_s)->setText(u"Ri"_s);
        wizard->next();
        QCOMPARE(titleError->text(), u"Title: is too short (at least 3 characters)."_s);
        child<QLineEdit>(wizard, u"title"_s)->setText(u"Rivers of Europe"_s);
        child<QPlainTextEdit>(wizard, u"summary"_s)
            ->setPlainText(u"Our pupils compare the rivers of their towns."_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ProjectWizard::PupilsPage));
        QVERIFY(!titleError->isVisible());

        // Nothing typed is lost: the draft is already on this computer.
        QCOMPARE(session->drafts().size(), 1);
        QCOMPARE(session->drafts().first().form[u"title"_s].toString(), u"Rivers of Europe"_s);

        wizard->next(); // no subject, no language
        QCOMPARE(wizard->currentId(), int(ProjectWizard::PupilsPage));
        QCOMPARE(child<QLabel>(wizard, u"error_subjects"_s)->text(), u"Subjects: is required."_s);
        auto check = [&](const QString &list, const QString &code) {
            auto *w = child<QListWidget>(wizard, list);
            for (int i = 0; i < w->count(); ++i)
                if (w->item(i)->data(Qt::UserRole).toString() == code)
                    w->item(i)->setCheckState(Qt::Checked);
        };
        check(u"subjects"_s, u"geography"_s);
        check(u"languages"_s, u"en"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ProjectWizard::PlanPage));
        wizard->next(); // aims are required
        QCOMPARE(child<QLabel>(wizard, u"error_aims"_s)->text(), u"Aims: is required."_s);
        child<QPlainTextEdit>(wizard, u"aims"_s)->setPlainText(u"Know the water cycle."_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ProjectWizard::PartnersPage));

        // A European project needs a co-founder abroad: as a partner only, Giulia is not enough.
        auto *invitations = child<QTreeWidget>(wizard, u"invitations"_s);
        QCOMPARE(invitations->topLevelItemCount(), 1);
        QCOMPARE(invitations->topLevelItem(0)->text(0), u"Giulia Rossi"_s);
        QCOMPARE(invitations->topLevelItem(0)->text(1), u"Italy"_s);
        auto *role =
            qobject_cast<QComboBox *>(invitations->itemWidget(invitations->topLevelItem(0), 2));
        role->setCurrentIndex(role->findData(u"partner"_s));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ProjectWizard::PartnersPage));
        QCOMPARE(child<QLabel>(wizard, u"error_invitations"_s)->text(),
                 u"Invited teachers: needs a co-founder from another country for a European "
                 u"project."_s);
        role->setCurrentIndex(role->findData(u"founder"_s));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ProjectWizard::SubmitPage));
        QVERIFY(child<QLabel>(wizard, u"submitSummary"_s)->text().contains(u"Rivers of Europe"_s));
        save(wizard, u"ui-wizard-submit.png"_s);
        wizard->accept();
        QTRY_VERIFY(!window.findChild<ProjectWizard *>() || !wizard->isVisible());

        // Queued at once, registered with the next sync, shown in "My projects".
        auto *projects = window.projectsView();
        QVERIFY(upToDate(*session));
        QTRY_VERIFY_WITH_TIMEOUT(
            projects->model()->rowCount() == 1 &&
                projects->model()->index(0).data(ProjectListModel::ProjectIdRole).toLongLong() > 0,
            30000);
        const QModelIndex row = projects->model()->index(0);
        QCOMPARE(row.data(ProjectListModel::StatusRole).toString(),
                 u"Waiting for the co-founders to accept"_s);
        projects->list()->setCurrentIndex(row);
        QTRY_VERIFY(projects->detail()->toPlainText().contains(u"Giulia Rossi"_s));
        QVERIFY(projects->detail()->toPlainText().contains(u"Invited"_s));
        // A founder may withdraw the open invitation; there is no partner to remove yet.
        QVERIFY(child<QPushButton>(projects, u"withdrawInvitation"_s)->isVisible());
        QVERIFY(!child<QPushButton>(projects, u"removePartner"_s)->isVisible());
        window.resize(1100, 720);
        save(&window, u"ui-projects.png"_s);

        // In French, the statuses and the details follow at once.
        m_translations.setLanguage(u"fr"_s);
        QTRY_COMPARE(projects->model()->index(0).data(ProjectListModel::StatusRole).toString(),
                     u"En attente de l'accord des cofondateurs"_s);
        QTRY_VERIFY(projects->detail()->toPlainText().contains(u"Établissements et enseignants"_s));
        QVERIFY(projects->detail()->toPlainText().contains(u"Projet européen"_s));
        save(&window, u"ui-projects-fr.png"_s);
        m_translations.setLanguage(u"en"_s);
    }

    void anEmptyWizardLeavesNoDraft()
    {
        auto session = openSession(u"teacher2.fr"_s);
        QVERIFY(session);
        ProjectsView view(session.get());
        ProjectWizard *wizard = view.openWizard();
        wizard->next();
        wizard->reject();
        QVERIFY(session->drafts().isEmpty());
        QTRY_VERIFY(!view.findChild<ProjectWizard *>()); // closed and gone
        // Something typed is kept, even when the wizard is closed at once.
        wizard = view.openWizard();
        wizard->next();
        wizard->findChild<QLineEdit *>(u"title"_s)->setText(u"Idée à creuser"_s);
        wizard->reject();
        QCOMPARE(session->drafts().size(), 1);
        QCOMPARE(session->drafts().first().form[u"title"_s].toString(), u"Idée à creuser"_s);
    }

    void inviteeAcceptsInTheirWindow()
    {
        auto session = openSession(u"teacher.it"_s);
        QVERIFY(session);
        ProjectsView view(session.get());
        view.show();
        QVERIFY(upToDate(*session));
        view.reload();
        auto *invitations = child<QListWidget>(&view, u"invitations"_s);
        QTRY_COMPARE(invitations->count(), 1);
        QVERIFY(invitations->item(0)->text().startsWith(u"Rivers of Europe"_s));
        save(&view, u"ui-invitation.png"_s);
        child<QPushButton>(&view, u"acceptInvitation"_s)->click();
        QCOMPARE(invitations->count(), 0); // answered here at once
        QVERIFY(upToDate(*session));
        view.reload();
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0).data(ProjectListModel::StatusRole).toString(),
                 u"Waiting for approval by the national support services"_s);
    }

    // Both founders change the title offline; the second to sync meets a conflict and settles
    // it in the dialog, field by field.
    void conflictOnTheSameProjectSettledSideBySide()
    {
        qint64 id = 0;
        {
            auto fr = openSession(u"teacher.fr"_s);
            QVERIFY(fr && upToDate(*fr));
            id = fr->myProjects().first().id;
        }
        // Fresh sessions without a token: what they edit stays here until they get one.
        auto fr =
            std::make_unique<AccountSession>(m_server.url(), m_accounts[u"teacher.fr"_s].account,
                                             m_home.path() + u"/teacher.fr.sqlite"_s, nullptr);
        auto it =
            std::make_unique<AccountSession>(m_server.url(), m_accounts[u"teacher.it"_s].account,
                                             m_home.path() + u"/teacher.it.sqlite"_s, nullptr);
        QVERIFY(fr->open().ok() && it->open().ok());
        QVERIFY(fr->editProject(id, {{u"title"_s, u"Fleuves d'Europe"_s}}).ok());
        QVERIFY(it->editProject(id, {{u"title"_s, u"Fiumi d'Europa"_s}, {u"durationMonths"_s, 9}})
                    .ok());

        // What waits, and since when.
        PendingEditsDialog pending(it.get());
        pending.show();
        QCOMPARE(pending.model()->rowCount(), 1);
        QCOMPARE(pending.model()->index(0, 0).data().toString(),
                 u"Change to Rivers of Europe: Duration in months, Title"_s);
        QCOMPARE(pending.model()->index(0, 2).data().toString(), u"0"_s);
        save(&pending, u"ui-pending.png"_s);

        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        QVERIFY(upToDate(*fr));
        it->setToken(m_accounts[u"teacher.it"_s].token);
        QTRY_COMPARE_WITH_TIMEOUT(it->issues().size(), 1, 60000);

        SyncIssuesDialog dialog(it.get());
        dialog.show();
        QCOMPARE(dialog.model()->rowCount(), 1);
        dialog.selectIssue(0);
        ConflictView *conflict = dialog.conflictView();
        QVERIFY(conflict->isVisible());
        QCOMPARE(conflict->values(u"title"_s),
                 qMakePair(u"Fiumi d'Europa"_s, u"Fleuves d'Europe"_s));
        QCOMPARE(conflict->values(u"durationMonths"_s), qMakePair(u"9"_s, u"6"_s));
        // The other founder's title, my duration.
        conflict->keepMine(u"title"_s, false);
        conflict->keepMine(u"durationMonths"_s, true);
        save(&dialog, u"ui-conflict.png"_s);
        dialog.applyChoices();
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(it->issues().isEmpty());

        QVERIFY(upToDate(*it));
        QVERIFY(upToDate(*fr));
        for (AccountSession *s : {fr.get(), it.get()}) {
            QCOMPARE(s->project(id)->title, u"Fleuves d'Europe"_s);
            QCOMPARE(s->project(id)->durationMonths, 9);
        }
    }

    void founderWithdrawsAnInvitation()
    {
        auto fr = openSession(u"teacher.fr"_s);
        QVERIFY(fr && upToDate(*fr));
        const qint64 id = fr->myProjects().first().id;
        const QString projectKey = u"project/%1"_s.arg(id);
        const QString invitationKey = u"invitation/%1"_s.arg(id);
        Http founder(m_server.url());
        founder.setToken(m_accounts[u"teacher.fr"_s].token);
        Http anna(m_server.url());
        const HttpResult in = anna.signIn(u"teacher.de"_s, u"demo1234"_s);
        QCOMPARE(in.status, 200);
        const qint64 annaId = in.json[u"account"_s][u"id"_s].toInteger();

        // Anna Schmidt is invited as a partner: once synced, the server has the invitation.
        QVERIFY(fr->invite(id, annaId, u"partner"_s).ok());
        QVERIFY(upToDate(*fr));
        QCOMPARE(
            memberState(serverScope(founder, u"project:%1"_s.arg(id)).value(projectKey), annaId),
            u"invited"_s);
        QVERIFY(serverScope(anna, u"me"_s).contains(invitationKey));

        // Then the founder changes their mind.
        ProjectsView view(fr.get());
        view.show();
        view.list()->setCurrentIndex(view.model()->index(0));
        auto *withdraw = child<QPushButton>(&view, u"withdrawInvitation"_s);
        QVERIFY(withdraw->isVisible());
        QTimer::singleShot(200, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            const int anna = int(dialog->comboBoxItems().indexOf(
                dialog->comboBoxItems().filter(u"Anna Schmidt"_s).value(0)));
            dialog->setTextValue(dialog->comboBoxItems().value(anna));
            dialog->accept();
        });
        withdraw->click();
        QVERIFY(upToDate(*fr));
        // The local copy shows the queued withdrawal whatever the server did with it: ask the
        // server. The project lists her as withdrawn, and her invitation is gone from her scope.
        QCOMPARE(
            memberState(serverScope(founder, u"project:%1"_s.arg(id)).value(projectKey), annaId),
            u"withdrawn"_s);
        QVERIFY(!serverScope(anna, u"me"_s).contains(invitationKey));
        const auto p = fr->project(id);
        const ProjectMember *member = p->member(annaId);
        QVERIFY(member);
        QCOMPARE(member->state, u"withdrawn"_s);
    }
};

QTEST_MAIN(TestUiProjects)
#include "tst_ui_projects.moc"
