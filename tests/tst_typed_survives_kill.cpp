// SPDX-License-Identifier: GPL-3.0-or-later
// What a teacher types survives a kill: the client, in a process of its own (this program run
// as "child"), types into the profile and the registration wizard, and is killed with SIGKILL
// 1.5 s after the last keystroke, with no save, no page change and no focus change since. Started
// again, it shows every character, on the wizard page it was left on, and has sent nothing;
// the same for a TwinSpace page's text.
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "main_window.h"
#include "net/api_client.h"
#include "profile_editor.h"
#include "projects/project_wizard.h"
#include "session/account_session.h"
#include "sync/sync_controller.h"
#include "translations.h"
#include "twinspace/page_editor.h"
#include "twinspace/page_tree_model.h"
#include "twinspace/twinspace_view.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>
#include <QThread>
#include <QTreeView>

#include <csignal>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

// Several scripts, and characters that need more than one byte or two UTF-16 units.
const QString bio = u"Professeure d'histoire à Lyon — Ελληνικά, Łódź, 日本語, 🌍 ok"_s;
const QString title = u"Fleuves d'Europe: Ποτάμια"_s;
const QString summary = u"Nos élèves comparent les fleuves de leurs villes."_s;
const QString description = u"Chaque école filme son fleuve."_s;
const QString aims = u"Comprendre le cycle de l'eau; écrire en anglais pour de vrais lecteurs"_s;
const QString pageText = u"Notre calendrier — Ημερολόγιο, 🌊 jusqu'en juin"_s;

// The demo TwinSpace's calendar page, opened in the TwinSpace tab.
QTextEdit *openCalendar(MainWindow &window)
{
    TwinSpaceView *view = window.twinSpaceView();
    auto *projects = view->findChild<QComboBox *>(u"twinSpaceProject"_s);
    const int index = projects->findText(u"Nos rivières, i nostri fiumi"_s);
    if (index < 0)
        return nullptr;
    view->openProject(projects->itemData(index).toLongLong());
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, u"Calendrier"_s, 1,
                             Qt::MatchStartsWith | Qt::MatchRecursive);
    if (found.isEmpty())
        return nullptr;
    view->tree()->setCurrentIndex(found.first());
    return view->editor()->body();
}

// Replaces what the field holds (Ctrl+A), then one key press and release per character (a
// surrogate pair is one character), as a keyboard sends them.
void type(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() ? 2 : 1;
        const QString c = text.mid(i, length);
        i += length - 1;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, c);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, c);
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
        QCoreApplication::processEvents();
    }
}

template <typename T> T *field(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no field %s", qPrintable(name));
    return w;
}

void check(QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            list->item(i)->setCheckState(Qt::Checked);
}

QString checked(QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes.append(list->item(i)->data(Qt::UserRole).toString());
    return codes.join(u',');
}

// The client: "type" fills the forms and waits to be killed; "show" prints what they show.
int childMain(const QStringList &args)
{
    const QString mode = args.value(2);
    const auto account =
        Account::fromJson(QJsonDocument::fromJson(args.value(5).toUtf8()).object());
    if (!account)
        return 2;
    Translations translations;
    translations.setLanguage(u"en"_s);
    AccountSession session(QUrl(args.value(3)), account.value(), args.value(4), nullptr);
    if (!session.open().ok())
        return 3;
    MainWindow window(&session, &translations);
    window.show();
    ProfileEditor *profile = window.profileEditor();
    auto *bioField = field<QPlainTextEdit>(profile, u"bio"_s);
    QTextStream out(stdout);

    if (mode == u"type") {
        if (!QTest::qWaitFor([&] { return profile->isEnabled(); }, 10000))
            return 4;
        QTextEdit *page = openCalendar(window);
        if (!page)
            return 6;
        type(page, pageText);
        // The bio takes the focus: the page's text is kept then.
        type(bioField, bio);
        // Opening the wizard moves the focus: the profile is kept then, not only by the timer.
        ProjectWizard wizard(&session, {}, &window);
        wizard.show();
        wizard.next(); // kind: European, as proposed
        type(field<QLineEdit>(&wizard, u"title"_s), title);
        type(field<QPlainTextEdit>(&wizard, u"summary"_s), summary);
        type(field<QPlainTextEdit>(&wizard, u"description"_s), description);
        wizard.next();
        check(field<QListWidget>(&wizard, u"subjects"_s), u"geography"_s);
        check(field<QListWidget>(&wizard, u"languages"_s), u"fr"_s);
        wizard.next();
        if (wizard.currentId() != ProjectWizard::PlanPage)
            return 5;
        type(field<QPlainTextEdit>(&wizard, u"aims"_s), aims); // the last keystroke
        out << "typed" << Qt::endl;
        return QApplication::exec(); // until killed
    }

    // "show": started again after the kill.
    const auto drafts = session.drafts();
    ProjectWizard wizard(&session, drafts.isEmpty() ? QString() : drafts.first().localId, &window);
    wizard.show();
    QTextEdit *page = openCalendar(window);
    const QJsonObject shown{
        {u"page text"_s, page ? page->toPlainText() : QString()},
        {u"bio"_s, bioField->toPlainText()},
        {u"profileDirty"_s, field<QPushButton>(profile, u"saveProfile"_s)->isEnabled()},
        {u"drafts"_s, int(drafts.size())},
        {u"page"_s, wizard.currentId()},
        {u"title"_s, field<QLineEdit>(&wizard, u"title"_s)->text()},
        {u"summary"_s, field<QPlainTextEdit>(&wizard, u"summary"_s)->toPlainText()},
        {u"description"_s, field<QPlainTextEdit>(&wizard, u"description"_s)->toPlainText()},
        {u"subjects"_s, checked(field<QListWidget>(&wizard, u"subjects"_s))},
        {u"languages"_s, checked(field<QListWidget>(&wizard, u"languages"_s))},
        {u"aims"_s, field<QPlainTextEdit>(&wizard, u"aims"_s)->toPlainText()},
        {u"waitingEdits"_s, session.waitingEdits()},
    };
    out << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}

} // namespace

class TestTypedSurvivesKill : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;

private Q_SLOTS:
    void killedAfterTypingShowsEveryCharacter()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"100"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        ApiClient api;
        api.setServer(m_server.url());
        std::optional<Result<SignInReply>> in;
        api.signIn(u"teacher.fr"_s, u"demo1234"_s, [&](const Result<SignInReply> &r) { in = r; });
        QTRY_VERIFY_WITH_TIMEOUT(in.has_value(), 30000);
        QVERIFY(in->ok());
        const QString cache = m_home.path() + u"/teacher.fr.sqlite"_s;
        {
            // Signed in once: the profile is on this computer. From here the client is offline.
            AccountSession session(m_server.url(), in->value().account, cache, nullptr);
            QVERIFY(session.open().ok());
            session.setToken(in->value().token);
            QVERIFY(syncedUpToDate(*session.sync()));
        }
        const QStringList args{
            u"child"_s,
            {},
            m_server.url().toString(),
            cache,
            QString::fromUtf8(
                QJsonDocument(in->value().account.toJson()).toJson(QJsonDocument::Compact))};

        QProcess typing;
        typing.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList typeArgs = args;
        typeArgs[1] = u"type"_s;
        typing.start(QCoreApplication::applicationFilePath(), typeArgs);
        QVERIFY(typing.waitForStarted());
        QByteArray said;
        QDeadlineTimer deadline(60000);
        while (!said.contains("typed\n") && !deadline.hasExpired() &&
               typing.state() == QProcess::Running)
            if (typing.waitForReadyRead(1000))
                said += typing.readAllStandardOutput();
        QVERIFY2(said.contains("typed\n"), said.constData());
        // The specification: killed 1.5 s after the last keystroke, whatever it was doing.
        QThread::msleep(1500);
        ::kill(pid_t(typing.processId()), SIGKILL);
        QVERIFY(typing.waitForFinished(10000));
        QCOMPARE(typing.exitStatus(), QProcess::CrashExit);

        QProcess showing;
        showing.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList showArgs = args;
        showArgs[1] = u"show"_s;
        showing.start(QCoreApplication::applicationFilePath(), showArgs);
        QVERIFY(showing.waitForFinished(60000));
        QCOMPARE(showing.exitCode(), 0);
        const QByteArray shownText = showing.readAllStandardOutput();
        const QJsonObject shown = QJsonDocument::fromJson(shownText.trimmed()).object();
        QVERIFY2(!shown.isEmpty(), shownText.constData());
        QCOMPARE(shown[u"page text"_s].toString(), pageText);
        QCOMPARE(shown[u"bio"_s].toString(), bio);
        QVERIFY(shown[u"profileDirty"_s].toBool()); // kept, and Save still to press
        QCOMPARE(shown[u"drafts"_s].toInt(), 1);
        QCOMPARE(shown[u"page"_s].toInt(), int(ProjectWizard::PlanPage));
        QCOMPARE(shown[u"title"_s].toString(), title);
        QCOMPARE(shown[u"summary"_s].toString(), summary);
        QCOMPARE(shown[u"description"_s].toString(), description);
        QCOMPARE(shown[u"subjects"_s].toString(), u"geography"_s);
        QCOMPARE(shown[u"languages"_s].toString(), u"fr"_s);
        QCOMPARE(shown[u"aims"_s].toString(), aims);
        // Kept here, not sent: nothing was saved or submitted.
        QCOMPARE(shown[u"waitingEdits"_s].toInt(), 0);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"child")
        return childMain(args);
    TestTypedSurvivesKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_typed_survives_kill.moc"
