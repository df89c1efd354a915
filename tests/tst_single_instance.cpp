// SPDX-License-Identifier: GPL-3.0-or-later
// One client per account: a second process for the same account asks the first to come
// forward instead of opening the cache too; a first one that was killed leaves nothing in the
// way. (This program run as "hold" is the first client.)
#include "session/account_instance.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace etw;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Starts the first client on `cache`; returns once it holds the account.
    static bool startHolder(QProcess &holder, const QString &cache)
    {
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(QCoreApplication::applicationFilePath(), {u"hold"_s, cache});
        return holder.waitForStarted() && QTest::qWaitFor(
                                              [&] {
                                                  holder.waitForReadyRead(100);
                                                  return holder.peek(64).contains("held");
                                              },
                                              30000);
    }

private Q_SLOTS:
    void aSecondStartRaisesTheFirst()
    {
        const QString cache = m_dir.filePath(u"accounts/a.sqlite"_s);
        QProcess holder;
        QVERIFY(startHolder(holder, cache));
        {
            AccountInstance second(cache);
            QCOMPARE(second.acquire(), AccountInstance::Outcome::RaisedOther);
            QVERIFY(second.holder().contains(QString::number(holder.processId())));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                holder.waitForReadyRead(100);
                return holder.peek(64).contains("raised");
            },
            10000));
        // A first client that does not answer (stopped, hung) is named, not replaced.
        ::kill(pid_t(holder.processId()), SIGSTOP);
        {
            AccountInstance third(cache);
            QCOMPARE(third.acquire(), AccountInstance::Outcome::HeldElsewhere);
            QVERIFY(third.holder().contains(QString::number(holder.processId())));
        }
        ::kill(pid_t(holder.processId()), SIGCONT);
        // Another account is not in the way.
        AccountInstance other(m_dir.filePath(u"accounts/b.sqlite"_s));
        QCOMPARE(other.acquire(), AccountInstance::Outcome::Acquired);

        // Killed, the first leaves its lock behind: the next start takes the account.
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
        AccountInstance next(cache);
        QCOMPARE(next.acquire(), AccountInstance::Outcome::Acquired);
        // ... and is the one a later start raises.
        bool raised = false;
        connect(&next, &AccountInstance::raiseRequested, this, [&] { raised = true; });
        QProcess later;
        later.start(QCoreApplication::applicationFilePath(), {u"try"_s, cache});
        QVERIFY(QTest::qWaitFor([&] { return raised; }, 10000));
        QVERIFY(later.waitForFinished(10000));
        QCOMPARE(later.exitCode(), int(AccountInstance::Outcome::RaisedOther));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"hold") {
        AccountInstance instance(args.value(2));
        if (instance.acquire() != AccountInstance::Outcome::Acquired)
            return 2;
        QObject::connect(&instance, &AccountInstance::raiseRequested, [] {
            std::fputs("raised\n", stdout);
            std::fflush(stdout);
        });
        std::fputs("held\n", stdout);
        std::fflush(stdout);
        return QCoreApplication::exec(); // until killed
    }
    if (args.value(1) == u"try") {
        AccountInstance instance(args.value(2));
        return int(instance.acquire());
    }
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_single_instance.moc"
