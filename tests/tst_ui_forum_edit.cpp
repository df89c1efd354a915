// SPDX-License-Identifier: GPL-3.0-or-later
// One's own forum writing changed and deleted from the thread, offscreen, from the keyboard,
// against the real server seeded with the demo's TwinSpaces: Tab to a reply's "Edit", the
// text prefilled and kept as typed, Ctrl+Return saves and Escape leaves it; "Delete" asks
// first; the server ends with the change and the deletion. A founder may delete a partner's
// reply, never change it. A reply refused because its thread went is copied whole from the
// list of edits needing attention (Ctrl+C).
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "main_window.h"
#include "session/account_session.h"
#include "session/forum.h"
#include "sync/sync_controller.h"
#include "sync_issues_dialog.h"
#include "translations.h"
#include "twinspace/forum_panel.h"
#include "twinspace/forum_tree_model.h"
#include "twinspace/forum_view.h"
#include "twinspace/twinspace_view.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QUuid>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiForumEdit : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    QHash<QString, SignInReply> m_accounts;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_project = 0;

    TwinSpaceView *twinSpace() { return m_window->twinSpaceView(); }
    ForumView *thread() { return twinSpace()->forumView(); }
    Forum *forum() { return m_session->forum(); }

    QHash<QString, QJsonObject> serverScope(const QString &user)
    {
        Http http(m_server.url());
        http.setToken(m_accounts[user].token);
        return http.pullScope(u"project:%1"_s.arg(m_project));
    }
    // Opens a thread of the demo's forum the partner wrote in, from the tree.
    qint64 openPartnersThread()
    {
        ForumTreeModel *model = twinSpace()->forumPanel()->model();
        for (const QModelIndex &i :
             model->match(model->index(0, 0), ForumTreeModel::KindRole, ForumTreeModel::Thread, -1,
                          Qt::MatchExactly | Qt::MatchRecursive)) {
            const qint64 id = i.data(ForumTreeModel::IdRole).toLongLong();
            for (const auto &p : forum()->posts(m_project, id))
                if (p.post.authorId != forum()->me()) {
                    twinSpace()->forumPanel()->tree()->setCurrentIndex(i);
                    return id;
                }
        }
        return 0;
    }
    // Presses Tab in the thread until the link to `link` is the one selected, as a keyboard
    // user goes through the thread's links; false when Tab never reaches it.
    bool tabTo(const QUrl &link)
    {
        QTextBrowser *posts = thread()->posts();
        posts->setFocus();
        for (int i = 0; i < 80; ++i) {
            if (linkSelected(posts) == link.toString())
                return true;
            QTest::keyClick(posts, Qt::Key_Tab);
            if (!posts->hasFocus())
                posts->setFocus(); // past the last link: round again from the top
        }
        return false;
    }
    static QString linkSelected(QTextBrowser *posts)
    {
        const QTextCursor c = posts->textCursor();
        if (!c.hasSelection())
            return {};
        QTextCursor inside(posts->document());
        inside.setPosition(c.selectionStart() + 1);
        return inside.charFormat().anchorHref();
    }
    static QStringList links(QTextBrowser *posts)
    {
        QStringList out;
        for (QTextBlock b = posts->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isAnchor())
                    out.append(it.fragment().charFormat().anchorHref());
        return out;
    }
    qint64 lastPostId(qint64 threadId)
    {
        const auto posts = forum()->posts(m_project, threadId);
        return posts.isEmpty() ? 0 : posts.last().post.id;
    }
    static QMessageBox *question()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w);
                box && box->objectName() == u"forumDeleteQuestion"_s && box->isVisible())
                return box;
        return nullptr;
    }
    // The question is asked, and takes the keys (the offscreen platform does not always hand
    // the activation over to a window-modal box by itself).
    static bool questionActive()
    {
        if (!QTest::qWaitFor([] { return question() != nullptr; }))
            return false;
        question()->activateWindow();
        return QTest::qWaitFor([] { return QApplication::activeWindow() == question(); });
    }
    static void save(QWidget *w, const QString &name)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        w->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/") + name);
    }
    // Keys reach the window's shortcuts once it is active again (a question closed, a dialog).
    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    static bool named(QWidget *w)
    {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        return a && !a->text(QAccessible::Name).isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
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
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(syncedUpToDate(*m_session->sync()));
        m_window->findChild<QTabWidget *>()->setCurrentWidget(twinSpace());
        auto *projects = twinSpace()->findChild<QComboBox *>(u"twinSpaceProject"_s);
        QTRY_VERIFY(projects->findText(u"Nos rivières, i nostri fiumi"_s) >= 0);
        m_project =
            projects->itemData(projects->findText(u"Nos rivières, i nostri fiumi"_s)).toLongLong();
        twinSpace()->openProject(m_project);
        twinSpace()->sides()->setCurrentWidget(twinSpace()->forumPanel());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(twinSpace()->forumPanel()->model()->rowCount() >= 2);
    }

    void aReplyIsChangedThenDeletedFromTheKeyboard()
    {
        const qint64 threadId = openPartnersThread();
        QVERIFY(threadId > 0);
        QCOMPARE(thread()->threadId(), threadId);
        // A reply of one's own, posted from the keyboard and taken by the server.
        thread()->replyEdit()->setFocus();
        QTest::keyClicks(thread()->replyEdit(), u"Notre sortie est mardi."_s);
        QTest::keyClick(thread()->replyEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const qint64 mine = lastPostId(threadId);
        QVERIFY(mine > 0);
        QCOMPARE(serverScope(u"teacher.it"_s).value(u"forum_post/%1"_s.arg(mine))[u"text"_s],
                 u"Notre sortie est mardi."_s);
        QTRY_VERIFY(links(thread()->posts())
                        .contains(ForumView::editLink(forum_cache::Kind::Post, mine).toString()));

        // Tab to its "Edit", Enter: the text, prefilled, where the reply was typed.
        QVERIFY(tabTo(ForumView::editLink(forum_cache::Kind::Post, mine)));
        QTest::keyClick(thread()->posts(), Qt::Key_Return);
        QVERIFY(thread()->isEditing());
        QVERIFY(thread()->editText()->isVisible());
        QVERIFY(!thread()->replyEdit()->isVisible());
        QVERIFY(!thread()->editTitle()->isVisible()); // a reply has no title
        QVERIFY(thread()->editText()->hasFocus());
        QCOMPARE(thread()->editText()->toPlainText(), u"Notre sortie est mardi."_s);
        QVERIFY(thread()->posts()->toPlainText().contains(u"being changed below"_s));
        for (QWidget *w : thread()->findChildren<QWidget *>())
            if (w->isVisible() &&
                (qobject_cast<QAbstractButton *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                 qobject_cast<QTextBrowser *>(w)))
                QVERIFY2(named(w), qPrintable(w->objectName()));

        // Escape leaves it as it was.
        QTest::keyClicks(thread()->editText(), u" Ou pas."_s);
        QTest::keyClick(thread()->editText(), Qt::Key_Escape);
        QVERIFY(!thread()->isEditing());
        QVERIFY(thread()->replyEdit()->isVisible());
        QVERIFY(!thread()->posts()->toPlainText().contains(u"Ou pas."_s));
        QVERIFY(!forum()->typed(forum_cache::editKey(threadId)));
        QCOMPARE(m_session->waitingEdits(), 0);

        // Again, changed this time: kept as typed within a second, saved with Ctrl+Return.
        QVERIFY(tabTo(ForumView::editLink(forum_cache::Kind::Post, mine)));
        QTest::keyClick(thread()->posts(), Qt::Key_Return);
        QVERIFY(thread()->editText()->hasFocus());
        QTest::keyClick(thread()->editText(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(thread()->editText(), u"Notre sortie est jeudi, a 9 h."_s);
        QTRY_COMPARE_WITH_TIMEOUT(forum()
                                      ->typed(forum_cache::editKey(threadId))
                                      .value_or(QJsonObject())
                                      .value(u"text"_s)
                                      .toString(),
                                  u"Notre sortie est jeudi, a 9 h."_s, 1000);
        save(m_window.get(), u"ui-forum-edit.png"_s);
        QTest::keyClick(thread()->editText(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!thread()->isEditing(), qPrintable(thread()->message()));
        const QString shown = thread()->posts()->toPlainText();
        QVERIFY(shown.contains(u"Notre sortie est jeudi, a 9 h."_s));
        QVERIFY(!shown.contains(u"Notre sortie est mardi."_s));
        QVERIFY(shown.contains(u"waiting to be sent"_s));
        QVERIFY(!forum()->typed(forum_cache::editKey(threadId)));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QCOMPARE(serverScope(u"teacher.it"_s).value(u"forum_post/%1"_s.arg(mine))[u"text"_s],
                 u"Notre sortie est jeudi, a 9 h."_s);
        QTRY_VERIFY(!thread()->posts()->toPlainText().contains(u"waiting to be sent"_s));

        // Its "Delete" asks first: Escape keeps it.
        QVERIFY(tabTo(ForumView::deleteLink(forum_cache::Kind::Post, mine)));
        QTest::keyClick(thread()->posts(), Qt::Key_Return);
        QVERIFY(questionActive());
        QVERIFY2(question()->text().contains(u"Delete your reply?"_s),
                 qPrintable(question()->text()));
        save(question(), u"ui-forum-delete-question.png"_s);
        QTest::keyClick(question(), Qt::Key_Escape);
        QTRY_VERIFY(!question());
        QVERIFY(thread()->posts()->toPlainText().contains(u"Notre sortie est jeudi"_s));
        // Asked again, and confirmed from the keyboard (Alt+D, the button's key).
        QVERIFY(tabTo(ForumView::deleteLink(forum_cache::Kind::Post, mine)));
        QTest::keyClick(thread()->posts(), Qt::Key_Return);
        QVERIFY(questionActive());
        QTest::keyClick(question(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(!question());
        QVERIFY(!thread()->posts()->toPlainText().contains(u"Notre sortie est jeudi"_s));
        QVERIFY2(thread()->message().contains(u"deleted"_s), qPrintable(thread()->message()));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QVERIFY(!serverScope(u"teacher.it"_s).contains(u"forum_post/%1"_s.arg(mine)));
        QCOMPARE(m_session->waitingEdits(), 0);
        QCOMPARE(m_session->issues().size(), 0);
        save(m_window.get(), u"ui-forum-after-delete.png"_s);
    }

    // The opening text of one's own thread is changed with its title; a change begun and left
    // for another thread comes back, as typed, when the thread opens again.
    void aThreadIsChangedWithItsTitleAndAChangeBegunComesBack()
    {
        activate();
        ForumPanel *panel = twinSpace()->forumPanel();
        QVERIFY(openPartnersThread() > 0); // in a discussion of the demo
        const qint64 discussion = panel->currentDiscussion();
        QVERIFY(discussion != 0);
        const auto made =
            forum()->createThread(m_project, discussion, u"Pique-nique"_s, u"Au bord du Rhône."_s);
        QVERIFY(made);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const qint64 mine = forum()->currentId(forum_cache::Kind::Thread, made.value());
        QVERIFY(mine > 0);
        panel->select(ForumTreeModel::Thread, mine);
        QCOMPARE(thread()->threadId(), mine);
        QVERIFY(tabTo(ForumView::editLink(forum_cache::Kind::Thread, mine)));
        QTest::keyClick(thread()->posts(), Qt::Key_Return);
        QVERIFY(thread()->editTitle()->isVisible());
        QCOMPARE(thread()->editTitle()->text(), u"Pique-nique"_s);
        QTest::keyClicks(thread()->editText(), u" Avec les parents."_s);
        thread()->editTitle()->setFocus();
        QTest::keyClick(thread()->editTitle(), Qt::Key_End);
        QTest::keyClicks(thread()->editTitle(), u" de juin"_s);

        // Another thread opens: the change waits, kept, and is back with its thread.
        const qint64 other = openPartnersThread();
        QVERIFY(other > 0 && other != mine);
        QVERIFY(!thread()->isEditing());
        panel->select(ForumTreeModel::Thread, mine);
        QVERIFY(thread()->isEditing());
        QCOMPARE(thread()->editTitle()->text(), u"Pique-nique de juin"_s);
        QCOMPARE(thread()->editText()->toPlainText(), u"Au bord du Rhône. Avec les parents."_s);
        QVERIFY(thread()->message().contains(u"unfinished change"_s));
        QTest::keyClick(thread()->editText(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!thread()->isEditing(), qPrintable(thread()->message()));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const QJsonObject onServer =
            serverScope(u"teacher.it"_s).value(u"forum_thread/%1"_s.arg(mine));
        QCOMPARE(onServer[u"title"_s].toString(), u"Pique-nique de juin"_s);
        QCOMPARE(onServer[u"text"_s].toString(), u"Au bord du Rhône. Avec les parents."_s);
        QTRY_COMPARE(
            panel->model()->indexOf(ForumTreeModel::Thread, mine).data(Qt::DisplayRole).toString(),
            u"Pique-nique de juin"_s);

        // Deleting one's thread takes its replies along, after asking.
        QVERIFY(tabTo(ForumView::deleteLink(forum_cache::Kind::Thread, mine)));
        QTest::keyClick(thread()->posts(), Qt::Key_Return);
        QVERIFY(questionActive());
        QVERIFY2(question()->text().contains(u"“Pique-nique de juin”"_s),
                 qPrintable(question()->text()));
        QTest::keyClick(question(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(!question());
        QCOMPARE(thread()->threadId(), 0);
        QVERIFY(!panel->model()->indexOf(ForumTreeModel::Thread, mine).isValid());
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QVERIFY(!serverScope(u"teacher.it"_s).contains(u"forum_thread/%1"_s.arg(mine)));
    }

    // teacher.fr founded the project: a partner's reply may be deleted, never changed.
    void aFounderMayDeleteAPartnersReplyNotChangeIt()
    {
        activate();
        const qint64 threadId = openPartnersThread();
        QVERIFY(threadId > 0);
        qint64 theirs = 0;
        for (const auto &p : forum()->posts(m_project, threadId))
            if (p.post.authorId != forum()->me())
                theirs = p.post.id;
        QVERIFY(theirs > 0);
        const QStringList shown = links(thread()->posts());
        QVERIFY(shown.contains(ForumView::deleteLink(forum_cache::Kind::Post, theirs).toString()));
        QVERIFY(!shown.contains(ForumView::editLink(forum_cache::Kind::Post, theirs).toString()));
        QVERIFY(!thread()->startEdit(forum_cache::Kind::Post, theirs));
    }

    // A reply written while its thread is deleted elsewhere comes back as an edit needing
    // attention; its text is copied whole (Ctrl+C, or the button) to be posted elsewhere.
    void aRefusedReplysTextIsCopiedWhole()
    {
        activate();
        Http partner(m_server.url());
        partner.setToken(m_accounts[u"teacher.it"_s].token);
        ForumPanel *panel = twinSpace()->forumPanel();
        QVERIFY(openPartnersThread() > 0); // in a discussion of the demo
        const qint64 discussion = panel->currentDiscussion();
        QVERIFY(discussion != 0);
        const auto pushed = partner.postJson(
            u"/api/v1/mutations"_s,
            {{u"mutations"_s,
              QJsonArray{QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"type"_s, u"forum_thread"_s},
                                     {u"op"_s, u"create"_s},
                                     {u"entityId"_s, -31},
                                     {u"baseVersion"_s, 0},
                                     {u"data"_s, QJsonObject{{u"projectId"_s, m_project},
                                                             {u"discussionId"_s, discussion},
                                                             {u"title"_s, u"Effimero"_s},
                                                             {u"text"_s, u"Presto via."_s}}}}}}});
        QCOMPARE(pushed.status, 200);
        const qint64 gone = pushed.json[u"results"_s][0][u"entityId"_s].toInteger();
        QVERIFY(gone > 0);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        // Written here while sync waits (no token), and the partner deletes the thread first.
        m_session->setToken({});
        const QString text = u"Une longue réponse que je ne veux pas perdre :\n"
                             u"1. le car part à 8 h ;\n2. retour vers 17 h."_s;
        QVERIFY(forum()->reply(m_project, gone, text));
        QCOMPARE(partner
                     .postJson(u"/api/v1/mutations"_s,
                               {{u"mutations"_s,
                                 QJsonArray{QJsonObject{
                                     {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"type"_s, u"forum_thread"_s},
                                     {u"op"_s, u"delete"_s},
                                     {u"entityId"_s, gone},
                                     {u"baseVersion"_s, 0},
                                     {u"data"_s, QJsonObject{{u"projectId"_s, m_project}}}}}}})
                     .json[u"results"_s][0][u"status"_s]
                     .toString(),
                 u"applied"_s);
        m_session->setToken(m_accounts[u"teacher.fr"_s].token);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QTRY_COMPARE(m_session->issues().size(), 1);

        SyncIssuesDialog dialog(m_session.get(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *copy = dialog.findChild<QPushButton *>(u"copyIssueText"_s);
        QVERIFY(copy);
        QVERIFY(named(copy));
        QVERIFY(!copy->isEnabled()); // nothing selected yet
        QGuiApplication::clipboard()->clear();
        auto *view = dialog.findChild<QTreeView *>();
        QVERIFY(named(view));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down); // the first row, from the keyboard
        QVERIFY(!view->selectionModel()->selectedRows().isEmpty());
        QVERIFY(copy->isEnabled());
        // The table shows a long text shortened; what is copied is the whole text as typed.
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        QVERIFY(dialog.findChild<QLabel *>(u"issueTextCopied"_s)->isVisible());
        save(&dialog, u"ui-issue-copied.png"_s);
        QGuiApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        QVERIFY(copy->toolTip().contains(
            QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
        dialog.close();
    }
};

QTEST_MAIN(TestUiForumEdit)
#include "tst_ui_forum_edit.moc"
