// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace chat room, offscreen, against the real server's demo: the tab reached from the
// keyboard shows the demo's exchange between the classes, a partner's message appears live,
// what is typed is kept within a second and Enter sends it, a message written offline shows
// as waiting and leaves once the server is back, a message too long is refused naming the
// field; every control has a name a screen reader reads.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "main_window.h"
#include "net/live_channel.h"
#include "session/account_session.h"
#include "session/chat.h"
#include "sync/sync_controller.h"
#include "translations.h"
#include "twinspace/chat_model.h"
#include "twinspace/chat_view.h"
#include "twinspace/twinspace_view.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiChat : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    QHash<QString, SignInReply> m_accounts;
    std::unique_ptr<AccountSession> m_fr, m_it;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_project = 0;

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
    ChatView *chat() { return m_window->twinSpaceView()->chatView(); }
    QStringList shown()
    {
        QStringList out;
        for (int row = 0; row < chat()->model()->rowCount(); ++row)
            out.append(chat()->model()->index(row).data(ChatModel::TextRole).toString());
        return out;
    }
    int rowOf(const QString &text) { return int(shown().indexOf(text)); }

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
        m_fr = openSession(u"teacher.fr"_s);
        m_it = openSession(u"teacher.it"_s);
        QVERIFY(m_fr && m_it);
        QVERIFY(syncedUpToDate(*m_fr->sync()));
        QVERIFY(syncedUpToDate(*m_it->sync()));
        for (const Project &p : m_fr->myProjects())
            if (p.title == u"Nos rivières, i nostri fiumi")
                m_project = p.id;
        QVERIFY(m_project > 0);
        m_window = std::make_unique<MainWindow>(m_fr.get(), &m_translations);
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->findChild<QTabWidget *>()->setCurrentWidget(m_window->twinSpaceView());
        m_window->twinSpaceView()->openProject(m_project);
    }

    void theRoomIsReachedFromTheKeyboardWithItsHistory()
    {
        // Alt+T, the tab's mnemonic, opens the room with the message box focused.
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(chat()->isVisible());
        QTRY_VERIFY(chat()->input()->hasFocus());
        QVERIFY2(shown().contains(u"Sì, alle 10. A dopo!"_s), qPrintable(shown().join(u'|')));
        QVERIFY(rowOf(u"Bonjour Turin ! La classe est prête, on vous voit bien à l'écran."_s) <
                rowOf(u"Sì, alle 10. A dopo!"_s));
        const QModelIndex last = chat()->model()->index(chat()->model()->rowCount() - 1);
        QCOMPARE(last.data(ChatModel::AuthorRole).toString(), u"Giulia Rossi"_s);
        QVERIFY(last.data(Qt::AccessibleTextRole).toString().startsWith(u"Giulia Rossi at "_s));
        QTRY_VERIFY_WITH_TIMEOUT(chat()->status().startsWith(u"Live"_s), 10000);
        saveScreenshot(m_window.get(), u"ui-chat.png"_s, QStringLiteral(QT_TESTCASE_BUILDDIR));
        QVERIFY(namesEveryControl(chat()));
        QVERIFY(namesEveryControl(m_window->twinSpaceView()));
    }

    void aPartnersMessageAppearsLive()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_it->chat()->send(m_project, u"Ciao! Siamo pronti per il quiz."_s));
        // Sync's own round is a minute away: only the live hint brings it this soon.
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(u"Ciao! Siamo pronti per il quiz."_s), 10000);
        qInfo("shown after %lld ms", clock.elapsed());
    }

    void typedIsKeptThenEnterSends()
    {
        chat()->input()->setFocus();
        QElapsedTimer typing;
        QTest::keyClicks(chat()->input(), u"Nous aussi, a tout de suite"_s);
        typing.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fr->chat()->typed(m_project).isEmpty(), 1000);
        QVERIFY(typing.elapsed() < 1000);
        QCOMPARE(m_fr->chat()->typed(m_project), u"Nous aussi, a tout de suite"_s);
        // Shift+Enter is a new line, Enter sends.
        QTest::keyClick(chat()->input(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(chat()->input(), u"!"_s);
        QTest::keyClick(chat()->input(), Qt::Key_Return);
        QCOMPARE(chat()->input()->toPlainText(), QString());
        QCOMPARE(m_fr->chat()->typed(m_project), QString());
        const QString sent = u"Nous aussi, a tout de suite\n!"_s;
        QVERIFY(shown().contains(sent));
        // It reaches the partner, under the server's id.
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &e : m_it->chat()->before(m_project, 0, 20))
                    if (e.message.text == sent && e.message.id > 0)
                        return true;
                return false;
            },
            10000));
        QTRY_VERIFY(!chat()->model()->index(rowOf(sent)).data(ChatModel::WaitingRole).toBool());
    }

    void aMessageTooLongNamesTheField()
    {
        chat()->input()->setPlainText(QString(2001, u'a'));
        QVERIFY(!chat()->send());
        QVERIFY2(chat()->error().contains(u"Message"_s) && chat()->error().contains(u"2000"_s),
                 qPrintable(chat()->error()));
        // Nothing typed is lost: the text stays to be shortened.
        QCOMPARE(chat()->input()->toPlainText().size(), 2001);
        chat()->input()->clear();
    }

    void offlineMessagesWaitAndLeaveLater()
    {
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(m_fr->live()->state() != LiveChannel::State::Live, 10000);
        chat()->input()->setPlainText(u"Message ecrit hors ligne"_s);
        QTest::keyClick(chat()->input(), Qt::Key_Return);
        const int row = rowOf(u"Message ecrit hors ligne"_s);
        QVERIFY(row >= 0);
        const QModelIndex index = chat()->model()->index(row);
        QVERIFY(index.data(ChatModel::WaitingRole).toBool());
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"waiting to be sent"_s));
        QTRY_VERIFY(chat()->status().contains(u"1 message waiting to be sent"_s));
        saveScreenshot(m_window.get(), u"ui-chat-offline.png"_s,
                       QStringLiteral(QT_TESTCASE_BUILDDIR));
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastOutput()));
        QVERIFY(syncedUpToDate(*m_fr->sync()));
        QTRY_VERIFY_WITH_TIMEOUT(!chat()
                                      ->model()
                                      ->index(rowOf(u"Message ecrit hors ligne"_s))
                                      .data(ChatModel::WaitingRole)
                                      .toBool(),
                                 10000);
        QCOMPARE(shown().count(u"Message ecrit hors ligne"_s), 1);
        QVERIFY(!chat()->status().contains(u"waiting to be sent"_s));
    }

    // A long history pages back on demand: the room opens on its last 50 messages, and
    // "Show older messages" (Ctrl+Home) brings 50 more each time, until the first.
    void aLongHistoryPagesBackOnDemand()
    {
        QVERIFY2(m_server.restart({u"--chat-messages-per-minute"_s, u"1000"_s,
                                   u"--chat-messages-per-hour"_s, u"10000"_s}),
                 qPrintable(m_server.lastOutput()));
        Http it(m_server.url());
        it.setToken(m_accounts[u"teacher.it"_s].token);
        for (int batch = 0; batch < 2; ++batch) {
            QJsonArray messages;
            for (int i = batch * 60; i < batch * 60 + 60; ++i)
                messages.append(
                    QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {u"type"_s, u"chat_message"_s},
                                {u"op"_s, u"create"_s},
                                {u"entityId"_s, -1 - i},
                                {u"data"_s, QJsonObject{{u"projectId"_s, m_project},
                                                        {u"text"_s, u"Messaggio %1"_s.arg(i)}}}});
            QCOMPARE(it.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, messages}}).status, 200);
        }
        QVERIFY(syncedUpToDate(*m_fr->sync()));
        // The room opened afresh (another project's, then this one's).
        TwinSpaceView *view = m_window->twinSpaceView();
        qint64 other = 0;
        for (const Project &p : m_fr->myProjects())
            if (p.id != m_project && p.status == u"active")
                other = p.id;
        QVERIFY(other > 0);
        view->openProject(other);
        view->openProject(m_project);
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(chat()->isVisible());
        QTRY_COMPARE(chat()->model()->rowCount(), ChatModel::pageSize);
        QCOMPARE(shown().last(), u"Messaggio 119"_s);
        auto *older = chat()->findChild<QPushButton *>(u"chatOlder"_s);
        QVERIFY(older && older->isVisible());
        QVERIFY(older->toolTip().contains(u"Ctrl+Home"_s));
        // From the history (in the message being written, Ctrl+Home is the text's own start).
        chat()->messages()->setFocus();
        QTest::keyClick(chat()->messages(), Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(chat()->model()->rowCount(), 2 * ChatModel::pageSize);
        QCOMPARE(shown().last(), u"Messaggio 119"_s); // still in order, nothing twice
        QCOMPARE(shown().count(u"Messaggio 70"_s), 1);
        while (older->isVisible())
            older->click();
        QVERIFY(chat()->model()->rowCount() > 120);
        QCOMPARE(shown().first(),
                 u"Bonjour Turin ! La classe est prête, on vous voit bien à l'écran."_s);
        for (int i = 1; i < 120; ++i)
            QVERIFY(rowOf(u"Messaggio %1"_s.arg(i - 1)) < rowOf(u"Messaggio %1"_s.arg(i)));
    }
};

QTEST_MAIN(TestUiChat)
#include "tst_ui_chat.moc"
