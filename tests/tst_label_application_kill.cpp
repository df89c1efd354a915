// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher writes a Quality Label application over three sittings, offline, and the client is
// killed with SIGKILL 1.5 s after the last keystroke of each: started again, it shows every
// character typed so far and has sent nothing. Submitted at last, it reaches the server once,
// whole. The client runs in processes of its own (this program run as "child").
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "labels/label_application_dialog.h"
#include "session/account_session.h"
#include "session/label_desk.h"
#include "sync/sync_controller.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

// Several scripts, and characters beyond the first UTF-16 plane.
const QHash<QString, QString> &texts()
{
    static const QHash<QString, QString> t{
        {u"collaboration"_s, u"Nos classes de Lyon et de Turin — insieme, chaque semaine"_s},
        {u"technology"_s,
         u"Un mur collaboratif, des cartes partagées 🗺️, Ελληνικά"_s},
        {u"pedagogy"_s, u"Apprentissage par projet; les élèves choisissent leurs sujets"_s},
        {u"curriculum"_s, u"Géographie et langues: le cycle de l'eau, Łódź, 日本語"_s},
        {u"results"_s, u"Un atlas commun des rivières 🌊, publié dans le TwinSpace"_s},
        {u"ownRole"_s, u"J'ai coordonné le calendrier avec Giulia et animé les visios"_s},
    };
    return t;
}
const QString outsidePage = u"https://example.org/atlas-des-rivieres"_s;

// What each sitting types: questions answered yes, texts written, and the evidence.
struct Sitting
{
    QStringList questions;
    QStringList criteria;
    bool tickFirstPage = false;
    bool addLink = false;
};
const QList<Sitting> sittings{
    {{u"commonGoals"_s, u"finished"_s, u"contributed"_s}, {u"collaboration"_s, u"technology"_s}},
    {{u"collaborative"_s, u"dataProtection"_s}, {u"pedagogy"_s, u"curriculum"_s}, true},
    {{}, {u"results"_s, u"ownRole"_s}, false, true},
};

// One key press and release per character (a surrogate pair is one), as a keyboard sends them.
void type(QWidget *field, const QString &text)
{
    field->setFocus();
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

// The client: "type <n>" types sitting n and waits to be killed; "show" prints what it shows.
int childMain(const QStringList &args)
{
    const QString mode = args.value(2);
    const auto account =
        Account::fromJson(QJsonDocument::fromJson(args.value(5).toUtf8()).object());
    if (!account)
        return 2;
    const qint64 project = args.value(6).toLongLong();
    Translations translations;
    translations.setLanguage(u"en"_s);
    // No token: the client is offline from the first sitting on.
    AccountSession session(QUrl(args.value(3)), account.value(), args.value(4), nullptr);
    if (!session.open().ok())
        return 3;
    LabelApplicationDialog dialog(session.labels(), project, u"Nos rivières"_s, nullptr);
    dialog.show();
    QTextStream out(stdout);
    if (mode == u"type") {
        const Sitting &s = sittings.value(args.value(7).toInt());
        for (const QString &q : s.questions) {
            dialog.question(q)->setFocus();
            QTest::keyClick(dialog.question(q), Qt::Key_Space);
        }
        if (s.tickFirstPage) {
            dialog.evidence()->setFocus();
            dialog.evidence()->setCurrentRow(0);
            QTest::keyClick(dialog.evidence(), Qt::Key_Space);
        }
        if (s.addLink) {
            type(dialog.linkField(), outsidePage);
            QTest::keyClick(dialog.linkField(), Qt::Key_Return);
        }
        for (const QString &c : s.criteria)
            type(dialog.criterion(c), texts().value(c)); // the last one: the last keystroke
        out << "typed" << Qt::endl;
        return QApplication::exec(); // until killed
    }
    QJsonObject shown{{u"waitingEdits"_s, session.waitingEdits()}};
    QJsonArray yes, evidence;
    for (const QString &q : label::eligibilityQuestions())
        if (dialog.question(q)->isChecked())
            yes.append(q);
    for (const QString &c : texts().keys())
        shown.insert(c, dialog.criterion(c)->toPlainText());
    for (int i = 0; i < dialog.evidence()->count(); ++i)
        if (dialog.evidence()->item(i)->checkState() == Qt::Checked)
            evidence.append(dialog.evidence()->item(i)->text());
    shown.insert(u"yes"_s, yes);
    shown.insert(u"evidence"_s, evidence);
    out << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}

} // namespace

class TestLabelApplicationKill : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;

    QByteArray run(const QStringList &args, bool killAfterTyping)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), args);
        if (!child.waitForStarted())
            return "not started";
        if (!killAfterTyping) {
            child.waitForFinished(60000);
            return child.exitCode() == 0 ? child.readAllStandardOutput() : "failed";
        }
        QByteArray said;
        QDeadlineTimer deadline(60000);
        while (!said.contains("typed\n") && !deadline.hasExpired() &&
               child.state() == QProcess::Running)
            if (child.waitForReadyRead(1000))
                said += child.readAllStandardOutput();
        if (!said.contains("typed\n"))
            return "did not type: " + said;
        // Killed 1.5 s after the last keystroke, whatever it was doing.
        QThread::msleep(1500);
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(10000);
        return child.exitStatus() == QProcess::CrashExit ? "killed" : "not killed";
    }

private Q_SLOTS:
    void threeSittingsKilledLoseNothingAndArriveOnce()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"100"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        const auto in = signInClient(m_server.url(), u"teacher.fr"_s);
        QVERIFY(in);
        const QString cache = m_home.path() + u"/teacher.fr.sqlite"_s;
        qint64 project = 0;
        {
            // Signed in once: the projects and their TwinSpaces are on this computer.
            AccountSession session(m_server.url(), in->account, cache, nullptr);
            QVERIFY(session.open().ok());
            session.setToken(in->token);
            QVERIFY(syncedUpToDate(*session.sync()));
            for (const Project &p : session.myProjects())
                if (p.title == u"Nos rivières, i nostri fiumi"_s)
                    project = p.id;
        }
        QVERIFY(project > 0);
        const QStringList args{
            u"child"_s,
            {},
            m_server.url().toString(),
            cache,
            QString::fromUtf8(QJsonDocument(in->account.toJson()).toJson(QJsonDocument::Compact)),
            QString::number(project),
            {}};

        QStringList yes, written;
        bool page = false, linked = false;
        for (int n = 0; n < sittings.size(); ++n) {
            QStringList typeArgs = args;
            typeArgs[1] = u"type"_s;
            typeArgs[6] = QString::number(n);
            QCOMPARE(run(typeArgs, true), QByteArray("killed"));
            yes += sittings[n].questions;
            written += sittings[n].criteria;
            page = page || sittings[n].tickFirstPage;
            linked = linked || sittings[n].addLink;

            QStringList showArgs = args;
            showArgs[1] = u"show"_s;
            const QByteArray text = run(showArgs, false);
            const QJsonObject shown = QJsonDocument::fromJson(text.trimmed()).object();
            QVERIFY2(!shown.isEmpty(), text.constData());
            QStringList shownYes;
            for (const QJsonValue &v : shown[u"yes"_s].toArray())
                shownYes << v.toString();
            QStringList expectedYes = yes;
            expectedYes.sort();
            shownYes.sort();
            QCOMPARE(shownYes, expectedYes);
            for (const QString &c : texts().keys())
                QCOMPARE(shown[c].toString(), written.contains(c) ? texts().value(c) : QString());
            const QJsonArray evidence = shown[u"evidence"_s].toArray();
            QCOMPARE(evidence.size(), int(page) + int(linked));
            if (linked)
                QCOMPARE(evidence.last().toString(), outsidePage);
            // Kept here, not sent: nothing was submitted.
            QCOMPARE(shown[u"waitingEdits"_s].toInt(), 0);
        }

        // Submitted at last, online: the server has it once, whole.
        AccountSession session(m_server.url(), in->account, cache, nullptr);
        QVERIFY(session.open().ok());
        session.setToken(in->token);
        const auto sent = session.labels()->submit(project);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
        QVERIFY(syncedUpToDate(*session.sync()));
        QCOMPARE(session.waitingEdits(), 0);
        Http http(m_server.url());
        http.setToken(in->token);
        QList<QJsonObject> found;
        const auto mine = http.pullScope(u"me"_s);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            if (it.key().startsWith(u"label_application/"_s))
                found.append(*it);
        QCOMPARE(found.size(), 1);
        for (const QString &c : label::criteria())
            QCOMPARE(found[0][u"criteria"_s][c].toString(), texts().value(c));
        QCOMPARE(found[0][u"ownRole"_s].toString(), texts().value(u"ownRole"_s));
        QCOMPARE(found[0][u"evidence"_s].toArray().size(), 2);
        QCOMPARE(found[0][u"evidence"_s].toArray().last()[u"url"_s].toString(), outsidePage);
        QVERIFY(!session.labels()->draft(project));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"child")
        return childMain(args);
    TestLabelApplicationKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_label_application_kill.moc"
