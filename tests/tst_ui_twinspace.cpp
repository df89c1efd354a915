// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace screen, offscreen, against the real server seeded with demo TwinSpaces: the
// page tree, the editor (formatting, text kept as typed within a second, publishing), a page
// created here and seen by a partner, the history with a version restored; every control has
// a name a screen reader reads.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "main_window.h"
#include "net/api_client.h"
#include "session/account_session.h"
#include "session/twin_space.h"
#include "sync/sync_controller.h"
#include "translations.h"
#include "twinspace/page_editor.h"
#include "twinspace/page_history_dialog.h"
#include "twinspace/page_tree_model.h"
#include "twinspace/twinspace_view.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeView>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiTwinSpace : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    QHash<QString, SignInReply> m_accounts;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;

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
    TwinSpaceView *view() { return m_window->twinSpaceView(); }
    QModelIndex pageNamed(const QString &title)
    {
        const QModelIndexList found =
            view()->model()->match(view()->model()->index(0, 0), Qt::DisplayRole, title, 1,
                                   Qt::MatchStartsWith | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }
    QHash<QString, QJsonObject> serverScope(const QString &user, qint64 project)
    {
        Http http(m_server.url());
        http.setToken(m_accounts[user].token);
        return http.pullScope(u"project:%1"_s.arg(project));
    }
    static void save(QWidget *w, const QString &name)
    {
        // The layout requests still posted (a page just shown), handled before the picture.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        w->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/") + name);
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
        m_session = openSession(u"teacher.fr"_s);
        QVERIFY(m_session);
        m_window = std::make_unique<MainWindow>(m_session.get(), &m_translations);
        m_window->show();
        QVERIFY(syncedUpToDate(*m_session->sync()));
        auto *tabs = m_window->findChild<QTabWidget *>();
        tabs->setCurrentWidget(view());
    }

    void theSeededTwinSpaceShowsItsTreeAndText()
    {
        auto *projects = view()->findChild<QComboBox *>(u"twinSpaceProject"_s);
        // Active projects have a TwinSpace; one still waiting for approval has none yet.
        QTRY_COMPARE(projects->count(), 2);
        QVERIFY(projects->findText(u"Nos rivières, i nostri fiumi"_s) >= 0);
        QCOMPARE(projects->findText(u"Contes d'Europe"_s), -1);
        view()->openProject(projects
                                ->itemData(projects->findText(u"Nos rivières, i nostri "
                                                              u"fiumi"_s))
                                .toLongLong());
        const QModelIndex calendar = pageNamed(u"Calendrier"_s);
        QVERIFY(calendar.isValid());
        QCOMPARE(view()->model()->rowCount(calendar), 2); // its two months
        QCOMPARE(view()->model()->rowCount(), 3);
        view()->tree()->setCurrentIndex(pageNamed(u"Bienvenue"_s));
        QVERIFY(view()->editor()->body()->toPlainText().contains(u"Benvenuti nel nostro"_s));
        auto *status = view()->findChild<QLabel *>(u"pageStatus"_s);
        QVERIFY2(status->text().contains(u"version 3"_s), qPrintable(status->text()));
        save(m_window.get(), u"ui-twinspace.png"_s);

        // A screen reader names every control of the screen.
        for (QWidget *w : view()->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(qobject_cast<QAbstractButton *>(w) ||
                                     qobject_cast<QLineEdit *>(w) || qobject_cast<QTextEdit *>(w) ||
                                     qobject_cast<QComboBox *>(w) || qobject_cast<QTreeView *>(w)))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(),
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) + u" "_s +
                                w->objectName()));
        }
        // ... and every formatting action has its shortcut in its tooltip.
        for (const char *name : {"formatBold", "formatItalic", "formatUnderline", "insertLink"}) {
            auto *action = view()->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            QVERIFY(!action->shortcut().isEmpty());
            QVERIFY(
                action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        }
    }

    void typedTextIsKeptWithinASecondThenPublished()
    {
        const QModelIndex calendar = pageNamed(u"Calendrier"_s);
        view()->tree()->setCurrentIndex(calendar);
        const qint64 pageId = calendar.data(PageTreeModel::PageIdRole).toLongLong();
        QTextEdit *body = view()->editor()->body();
        body->setFocus();
        QTextCursor end = body->textCursor();
        end.movePosition(QTextCursor::End);
        body->setTextCursor(end);
        QElapsedTimer typing;
        QTest::keyClicks(body, u" Janvier : le carnaval"_s);
        typing.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->twinSpace()->typed(pageId).has_value(), 1000);
        QVERIFY(typing.elapsed() < 1000);
        QVERIFY(m_session->twinSpace()->typed(pageId)->body.contains(u"carnaval"_s));
        // Bold on a selected word, with the toolbar's action.
        QTextCursor word = body->textCursor();
        word.movePosition(QTextCursor::PreviousWord, QTextCursor::KeepAnchor);
        body->setTextCursor(word);
        view()->findChild<QAction *>(u"formatBold"_s)->trigger();
        QVERIFY(body->document()->find(u"carnaval"_s).charFormat().fontWeight() >= QFont::Bold);

        QVERIFY(view()->editor()->publish());
        QVERIFY(!m_session->twinSpace()->typed(pageId).has_value());
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const QJsonObject page =
            serverScope(u"teacher.fr"_s, view()->projectId()).value(u"page/%1"_s.arg(pageId));
        QCOMPARE(page[u"revision"_s].toInteger(), 2);
        const QString html = page[u"body"_s].toString();
        QVERIFY2(html.contains(u"carnaval"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<b>carnaval</b>"_s) || html.contains(u"font-weight"_s),
                 qPrintable(html));
        QVERIFY2(html.contains(u"<li>"_s), qPrintable(html)); // the list survived the editor
    }

    void aPageCreatedHereShowsAtOnceAndReachesThePartner()
    {
        QVERIFY(view()->createPage(u"Photos de classe"_s, false));
        // Before any sync: in the tree, as a draft not sent yet.
        const QModelIndex created = pageNamed(u"Photos de classe"_s);
        QVERIFY(created.isValid());
        QVERIFY(created.data().toString().contains(u"draft"_s));
        QVERIFY(created.data(PageTreeModel::PageIdRole).toLongLong() < 0);
        QTest::keyClicks(view()->editor()->body(), u"Nos photos de la riviere."_s);
        QVERIFY(view()->editor()->publish());
        QVERIFY(syncedUpToDate(*m_session->sync()));
        // Now with the server's id, still selected, published.
        const QModelIndex published = pageNamed(u"Photos de classe"_s);
        QVERIFY(published.isValid());
        const qint64 id = published.data(PageTreeModel::PageIdRole).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(view()->tree()->currentIndex(), published);
        QVERIFY(!published.data().toString().contains(u"draft"_s));

        auto partner = openSession(u"teacher.it"_s);
        QVERIFY(syncedUpToDate(*partner->sync()));
        const auto page = partner->twinSpace()->page(view()->projectId(), id);
        QVERIFY(page);
        QVERIFY(page->page.body.contains(u"Nos photos de la riviere."_s));
    }

    void exportOpensWithoutTheApp()
    {
        QTemporaryDir target;
        QSignalSpy finished(view(), &TwinSpaceView::exportFinished);
        view()->exportTo(target.path());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QStringList folders =
            QDir(target.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        const QDir folder(target.filePath(folders.first()));
        QVERIFY(folder.exists(u"index.html"_s));
        QVERIFY(folder.exists(u"README.txt"_s));
        // The pages the window shows, the one published from this computer included.
        QFile index(folder.filePath(u"index.html"_s));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        QVERIFY(html.contains(u"Photos de classe"_s));
        QVERIFY(html.contains(u"Calendrier"_s));
        QCOMPARE(QDir(target.path()).entryList({u"*.zip"_s}, QDir::Files).size(), 1);
        QVERIFY(view()->findChild<QLabel *>(u"exportStatus"_s)->text().contains(folder.path()) ||
                view()
                    ->findChild<QLabel *>(u"exportStatus"_s)
                    ->text()
                    .contains(QDir::toNativeSeparators(folder.path())));
    }

    void historyComparesAndRestores()
    {
        const QModelIndex welcome = pageNamed(u"Bienvenue"_s);
        view()->tree()->setCurrentIndex(welcome);
        const qint64 pageId = welcome.data(PageTreeModel::PageIdRole).toLongLong();
        view()->showHistory();
        auto *dialog = m_window->findChild<PageHistoryDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 3);
        QVERIFY(dialog->list()->item(0)->text().startsWith(u"Version 3"_s));
        dialog->select(1);
        QVERIFY(!dialog->view()->toPlainText().contains(u"Benvenuti"_s));
        dialog->findChild<QPushButton *>(u"compareRevision"_s)->click();
        QVERIFY(dialog->view()->toPlainText().contains(u"Benvenuti"_s)); // right: the current
        save(dialog, u"ui-page-history.png"_s);
        dialog->findChild<QPushButton *>(u"restoreRevision"_s)->click();
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const auto scope = serverScope(u"teacher.fr"_s, view()->projectId());
        QCOMPARE(scope.value(u"page/%1"_s.arg(pageId))[u"revision"_s].toInteger(), 4);
        const QJsonObject four = scope.value(u"page_revision/%1"_s.arg((pageId << 20) | 4));
        QCOMPARE(four[u"kind"_s].toString(), u"restored"_s);
        QCOMPARE(four[u"restoredFrom"_s].toInteger(), 1);
        QTRY_VERIFY(!view()->editor()->body()->toPlainText().contains(u"Benvenuti"_s));
    }
};

QTEST_MAIN(TestUiTwinSpace)
#include "tst_ui_twinspace.moc"
