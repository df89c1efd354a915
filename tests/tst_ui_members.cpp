// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace's members, offscreen, against the real server seeded with the demo's
// TwinSpaces: the tab opened from the keyboard, the demo's partner teachers with their school,
// country, role and last day here; a profile opened with Enter; the forum's form addressed to a
// partner and posted; their joining in the updates; every control named, in French too.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "main_window.h"
#include "partner_detail_view.h"
#include "partner_profile_dialog.h"
#include "profile_editor.h"
#include "session/account_session.h"
#include "session/forum.h"
#include "sync/sync_controller.h"
#include "translations.h"
#include "twinspace/forum_panel.h"
#include "twinspace/forum_tree_model.h"
#include "twinspace/forum_view.h"
#include "twinspace/member_list_model.h"
#include "twinspace/members_panel.h"
#include "twinspace/page_editor.h"
#include "twinspace/twinspace_view.h"
#include "twinspace/updates_panel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiMembers : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    QHash<QString, SignInReply> m_accounts;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QJsonObject m_project; // the shared project as the server publishes it

    TwinSpaceView *view() { return m_window->twinSpaceView(); }
    MembersPanel *members() { return view()->members(); }
    MemberListModel *model() { return members()->model(); }
    qint64 idOf(const QString &user) { return m_accounts[user].account.id; }
    // A member who has not signed in here, by name.
    qint64 idNamed(const QString &name)
    {
        for (const QJsonValue m : m_project[u"members"_s].toArray())
            if (m[u"displayName"_s].toString() == name)
                return m[u"accountId"_s].toInteger();
        return 0;
    }
    QJsonObject serverMember(qint64 accountId)
    {
        for (const QJsonValue m : m_project[u"members"_s].toArray())
            if (m[u"accountId"_s].toInteger() == accountId)
                return m.toObject();
        return {};
    }
    QString cell(qint64 accountId, int column)
    {
        const QModelIndex row = model()->indexOf(accountId);
        return row.isValid() ? row.siblingAtColumn(column).data().toString() : QString();
    }
    static void save(QWidget *w, const QString &name)
    {
        saveScreenshot(w, name, QStringLiteral(QT_TESTCASE_BUILDDIR));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        // Giulia signs in too: her last day here is today; Anna keeps the demo's.
        for (const QString &user : {u"teacher.fr"_s, u"teacher.it"_s}) {
            const auto in = signInClient(m_server.url(), user);
            QVERIFY(in);
            m_accounts.insert(user, *in);
        }
        m_session =
            std::make_unique<AccountSession>(m_server.url(), m_accounts[u"teacher.fr"_s].account,
                                             m_home.path() + u"/teacher.fr.sqlite"_s, nullptr);
        QVERIFY(m_session->open().ok());
        m_session->setToken(m_accounts[u"teacher.fr"_s].token);
        m_window = std::make_unique<MainWindow>(m_session.get(), &m_translations);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        m_window->findChild<QTabWidget *>()->setCurrentWidget(view());
        auto *projects = view()->findChild<QComboBox *>(u"twinSpaceProject"_s);
        QTRY_VERIFY(projects->findText(u"Nos rivières, i nostri fiumi"_s) >= 0);
        const qint64 id =
            projects->itemData(projects->findText(u"Nos rivières, i nostri fiumi"_s)).toLongLong();
        view()->openProject(id);
        Http http(m_server.url());
        http.setToken(m_accounts[u"teacher.fr"_s].token);
        m_project = http.pullScope(u"project:%1"_s.arg(id)).value(u"project/%1"_s.arg(id));
        QVERIFY(!m_project.isEmpty());
    }

    // Alt+R from the page tree: the members, founders first, each with their school, country
    // (in words), role and last day here; the list has the focus on the first partner.
    void theMembersTabOpensFromTheKeyboard()
    {
        view()->tree()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(view()->sides()->currentWidget(), members());
        QVERIFY(members()->list()->hasFocus());
        QCOMPARE(model()->rowCount(), 3);
        const qint64 me = idOf(u"teacher.fr"_s), giulia = idOf(u"teacher.it"_s);
        const qint64 anna = idNamed(u"Anna Schmidt"_s);
        QVERIFY(anna > 0);
        QCOMPARE(model()->index(0, 0).data(MemberListModel::AccountIdRole).toLongLong(), me);
        QCOMPARE(model()->index(1, 0).data(MemberListModel::AccountIdRole).toLongLong(), giulia);
        QCOMPARE(model()->index(2, 0).data(MemberListModel::AccountIdRole).toLongLong(), anna);
        QCOMPARE(cell(me, MemberListModel::NameColumn), u"Émilie Durand (you)"_s);
        QCOMPARE(cell(giulia, MemberListModel::NameColumn), u"Giulia Rossi"_s);
        QCOMPARE(cell(anna, MemberListModel::NameColumn), u"Anna Schmidt"_s);
        for (qint64 id : {me, giulia, anna}) {
            const QString school = serverMember(id)[u"schoolName"_s].toString();
            QVERIFY(!school.isEmpty());
            QCOMPARE(cell(id, MemberListModel::SchoolColumn), school);
        }
        QCOMPARE(cell(me, MemberListModel::CountryColumn), u"France"_s);
        QCOMPARE(cell(giulia, MemberListModel::CountryColumn), u"Italy"_s);
        QCOMPARE(cell(anna, MemberListModel::CountryColumn), u"Germany"_s);
        QCOMPARE(cell(me, MemberListModel::RoleColumn), u"Founder"_s);
        QCOMPARE(cell(giulia, MemberListModel::RoleColumn), u"Founder"_s);
        QCOMPARE(cell(anna, MemberListModel::RoleColumn), u"Partner"_s);
        // Giulia signed in just now; Anna was last here ten days ago in the demo: a date.
        QCOMPARE(cell(giulia, MemberListModel::LastActiveColumn), u"Today"_s);
        QCOMPARE(cell(me, MemberListModel::LastActiveColumn), u"Today"_s);
        const qint64 annaLast = serverMember(anna)[u"lastActiveAt"_s].toInteger();
        QVERIFY(annaLast > 0);
        QCOMPARE(
            cell(anna, MemberListModel::LastActiveColumn),
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(annaLast).date(), u"d MMM yyyy"_s));
        // The first one who is not oneself is chosen, so that Enter opens someone's profile.
        QCOMPARE(members()->current()->accountId, giulia);
        QVERIFY(members()->emptyLabel()->isHidden());
        // The members take the room: the page editor is not shown beside them.
        QVERIFY(!view()->editor()->isVisible());
        QVERIFY(namesEveryControl(view()));
        save(m_window.get(), u"ui-members.png"_s);
    }

    void lastActivityInWords()
    {
        const QDate today(2025, 3, 14);
        auto at = [](QDate d, int hour) {
            return QDateTime(d, QTime(hour, 0)).toMSecsSinceEpoch();
        };
        QCOMPARE(MemberListModel::lastActiveText(0, today), u"Not known"_s);
        QCOMPARE(MemberListModel::lastActiveText(at(today, 0), today), u"Today"_s);
        QCOMPARE(MemberListModel::lastActiveText(at(today.addDays(1), 8), today), u"Today"_s);
        QCOMPARE(MemberListModel::lastActiveText(at(today.addDays(-1), 23), today), u"Yesterday"_s);
        QCOMPARE(MemberListModel::lastActiveText(at(today.addDays(-2), 9), today), u"2 days ago"_s);
        QCOMPARE(MemberListModel::lastActiveText(at(today.addDays(-6), 9), today), u"6 days ago"_s);
        QCOMPARE(MemberListModel::lastActiveText(at(today.addDays(-7), 9), today),
                 QLocale().toString(today.addDays(-7), u"d MMM yyyy"_s));
        QCOMPARE(MemberListModel::lastActiveText(at(QDate(2025, 2, 20), 9), today),
                 u"20 Feb 2025"_s);
        // Roles of a later version are listed after the teachers, never dropped.
        QVERIFY(MemberListModel::roleRank(u"founder"_s) < MemberListModel::roleRank(u"partner"_s));
        QVERIFY(MemberListModel::roleRank(u"partner"_s) < MemberListModel::roleRank(u"pupil"_s));
        QVERIFY(MemberListModel::roleRank(u"visitor"_s) <
                MemberListModel::roleRank(u"something new"_s));
    }

    // Enter on a partner: their profile from the partner directory, in a window of its own;
    // on oneself: "My profile".
    void enterOpensTheProfile()
    {
        view()->sides()->setCurrentWidget(members());
        // The button's key, on oneself.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        members()->select(idOf(u"teacher.fr"_s));
        QVERIFY(!members()->writeButton()->isEnabled()); // not to oneself
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
        // A button's mnemonic clicks it after its animation.
        QTRY_COMPARE(m_window->findChild<QTabWidget *>()->currentWidget(),
                     m_window->profileEditor());
        m_window->findChild<QTabWidget *>()->setCurrentWidget(view());
        view()->sides()->setCurrentWidget(members());
        members()->select(idOf(u"teacher.it"_s));
        QTest::keyClick(members()->list(), Qt::Key_Return);
        PartnerProfileDialog *dialog = m_window->profileDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->accountId(), idOf(u"teacher.it"_s));
        // The directory's profile, not only what the project knows: subjects and languages.
        QTRY_VERIFY2(dialog->detail()->toPlainText().contains(u"Subjects"_s),
                     qPrintable(dialog->detail()->toPlainText()));
        QVERIFY(dialog->detail()->toPlainText().contains(u"Giulia Rossi"_s));
        QVERIFY(dialog->detail()->toPlainText().contains(
            serverMember(idOf(u"teacher.it"_s))[u"schoolName"_s].toString()));
        QCOMPARE(dialog->windowTitle(), u"Profile of Giulia Rossi"_s);
        QVERIFY(namesEveryControl(dialog));
        save(dialog, u"ui-member-profile.png"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->profileDialog());
    }

    // "Write in the forum" on Anna: the forum's new thread, titled for her, the cursor after
    // it; a sync meanwhile leaves the form as it is; posted, the thread is hers to read.
    void writeOpensTheForumAddressed()
    {
        // The profile's window has gone: the main one is active again.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view()->sides()->setCurrentWidget(members());
        const qint64 anna = idNamed(u"Anna Schmidt"_s);
        members()->select(anna);
        QVERIFY(members()->writeButton()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        ForumView *forum = view()->forumView();
        QCOMPARE(view()->sides()->currentWidget(), view()->forumPanel());
        QVERIFY(forum->newTitle()->isVisible());
        QVERIFY2(forum->newTitle()->hasFocus(),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : u"nothing"_s));
        QCOMPARE(forum->newTitle()->text(), u"For Anna Schmidt: "_s);
        QCOMPARE(forum->newTitle()->cursorPosition(), int(forum->newTitle()->text().size()));
        // In a discussion of the forum: the first one, chosen in the tree and named above.
        const QModelIndex first = view()->forumPanel()->model()->index(0, 0);
        QCOMPARE(view()->forumPanel()->currentDiscussion(),
                 first.data(ForumTreeModel::DiscussionIdRole).toLongLong());
        QCOMPARE(forum->findChild<QLabel *>(u"forumFormHeading"_s)->text(),
                 u"New thread in “%1”"_s.arg(first.data().toString()));
        save(m_window.get(), u"ui-member-write.png"_s);

        QTest::keyClicks(forum->newTitle(), u"Birds on the Isar"_s);
        // The window reads the cache again (a sync brought something): the form stays.
        view()->reload();
        QVERIFY(forum->newTitle()->isVisible());
        QCOMPARE(forum->newTitle()->text(), u"For Anna Schmidt: Birds on the Isar"_s);
        QTest::keyClicks(forum->newText(), u"How many herons did your class count?"_s);
        QTest::keyClick(forum->newText(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(forum->threadId() != 0, qPrintable(forum->message()));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QCOMPARE(m_session->issues().size(), 0);
        Http http(m_server.url());
        http.setToken(m_accounts[u"teacher.it"_s].token);
        bool found = false;
        for (const QJsonObject &o : http.pullScope(u"project:%1"_s.arg(view()->projectId())))
            found = found || o[u"title"_s].toString() == u"For Anna Schmidt: Birds on the Isar"_s;
        QVERIFY2(found, "the partners' server has the thread");
    }

    // Giulia and Anna joined the project: said in the updates, and Enter shows them among the
    // members.
    void joiningShowsInTheUpdates()
    {
        view()->sides()->setCurrentWidget(view()->updates());
        QStandardItemModel *updates = view()->updates()->model();
        QModelIndex joined;
        for (int row = 0; row < updates->rowCount(); ++row)
            if (updates->index(row, 0).data().toString().startsWith(
                    u"Anna Schmidt joined the project"_s))
                joined = updates->index(row, 0);
        QVERIFY(joined.isValid());
        QCOMPARE(joined.data(UpdatesPanel::WhatRole).toString(), u"member_joined"_s);
        view()->updates()->list()->setCurrentIndex(joined);
        QTest::keyClick(view()->updates()->list(), Qt::Key_Return);
        QCOMPARE(view()->sides()->currentWidget(), members());
        QCOMPARE(members()->current()->accountId, idNamed(u"Anna Schmidt"_s));
    }

    void inFrench()
    {
        m_translations.setLanguage(u"fr"_s);
        view()->sides()->setCurrentWidget(members());
        // Each widget hears of the language change through a posted event.
        QTRY_COMPARE(view()->sides()->tabText(view()->sides()->indexOf(members())), u"M&embres"_s);
        QCOMPARE(model()->headerData(MemberListModel::LastActiveColumn, Qt::Horizontal).toString(),
                 u"Dernière visite"_s);
        QCOMPARE(cell(idOf(u"teacher.it"_s), MemberListModel::LastActiveColumn), u"Aujourd'hui"_s);
        QCOMPARE(cell(idOf(u"teacher.it"_s), MemberListModel::CountryColumn), u"Italie"_s);
        QCOMPARE(cell(idNamed(u"Anna Schmidt"_s), MemberListModel::RoleColumn), u"Partenaire"_s);
        QVERIFY(namesEveryControl(view()));
        save(m_window.get(), u"ui-members-fr.png"_s);
        m_translations.setLanguage(u"en"_s);
        QTRY_COMPARE(model()->headerData(MemberListModel::NameColumn, Qt::Horizontal).toString(),
                     u"Name"_s);
    }

    // A founder removes a partner: gone from the members at once, and once the server took it,
    // said in the updates.
    void aPartnerWhoLeavesIsSaidInTheUpdates()
    {
        const qint64 anna = idNamed(u"Anna Schmidt"_s);
        QVERIFY(m_session->removePartner(view()->projectId(), anna).ok());
        view()->reload();
        QVERIFY(!model()->indexOf(anna).isValid());
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QCOMPARE(m_session->issues().size(), 0);
        view()->sides()->setCurrentWidget(view()->updates());
        QStandardItemModel *updates = view()->updates()->model();
        bool left = false;
        for (int row = 0; row < updates->rowCount(); ++row)
            left = left || (updates->index(row, 0).data(UpdatesPanel::WhatRole).toString() ==
                                u"member_left"_s &&
                            updates->index(row, 0).data().toString().startsWith(
                                u"Anna Schmidt is no longer a member of the project"_s));
        QVERIFY(left);
    }
};

QTEST_MAIN(TestUiMembers)
#include "tst_ui_members.moc"
