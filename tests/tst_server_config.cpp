// SPDX-License-Identifier: GPL-3.0-or-later
// How an operator configures the server: a --config INI file with the database and a password
// file, the command line winning over the file, and clear refusals of bad settings.
#include "http.h"
#include "server_process.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace etw::test;
using namespace Qt::StringLiterals;

class TestServerConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    // Runs the server to completion (for settings it must refuse).
    static Run runServer(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QString::fromUtf8(ETW_SERVER_BINARY), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return f.fileName();
    }

private Q_SLOTS:
    void configFileWithPasswordFile()
    {
        ServerProcess holder; // makes the empty database; started by hand below
        QVERIFY(holder.hasDatabase());
        const QString passwordFile = writeFile(
            u"db-password"_s, qEnvironmentVariable("ETW_DATABASE_PASSWORD").toUtf8() + "\n");
        const QString config = writeFile(u"server.conf"_s, "; etwinning-server settings\n"
                                                           "listen = 127.0.0.1:1\n"
                                                           "database = " +
                                                               holder.databaseUrl().toUtf8() +
                                                               "\n"
                                                               "database-password-file = " +
                                                               passwordFile.toUtf8() +
                                                               "\n"
                                                               "data-dir = " +
                                                               m_dir.filePath(u"data"_s).toUtf8() +
                                                               "\n"
                                                               "threads = 3\n");
        QVERIFY(!config.isEmpty());
        // No password in the environment: it must come from the file.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"ETW_DATABASE_PASSWORD"_s);
        env.remove(u"PGPASSWORD"_s);
        QProcess server;
        server.setProcessEnvironment(env);
        server.setProcessChannelMode(QProcess::MergedChannels);
        // The command line's --listen wins over the file's (port 1 would fail).
        server.start(QString::fromUtf8(ETW_SERVER_BINARY),
                     {u"--config"_s, config, u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(server.waitForStarted());
        static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QString output;
        QDeadlineTimer deadline(60000);
        QRegularExpressionMatch match;
        while (!deadline.hasExpired() && server.state() == QProcess::Running) {
            server.waitForReadyRead(200);
            output += QString::fromUtf8(server.readAll());
            if ((match = listening.match(output)).hasMatch())
                break;
        }
        QVERIFY2(match.hasMatch(), qPrintable(output));
        QVERIFY(output.contains(u"database "_s + holder.databaseUrl()));
        Http http(QUrl(u"http://127.0.0.1:"_s + match.captured(1)));
        const HttpResult ready = http.get(u"/readyz"_s);
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json[u"database"_s].toString(),
                 ServerProcess::usesPostgresql() ? u"postgresql"_s : u"sqlite"_s);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }

    void badSettingsAreRefusedByName_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown scheme")
            << QStringList{u"--database"_s, u"mysql://etw@localhost/etw"_s}
            << u"--database: unknown scheme 'mysql'"_s;
        QTest::newRow("password in the URL")
            << QStringList{u"--database"_s, u"postgresql://etw:secret@localhost/etw"_s}
            << u"a password does not belong in the URL"_s;
        QTest::newRow("no database name")
            << QStringList{u"--database"_s, u"postgresql://etw@localhost"_s}
            << u"the database name is missing"_s;
        QTest::newRow("threads") << QStringList{u"--threads"_s, u"0"_s}
                                 << u"--threads must be a number between 1 and 256"_s;
        QTest::newRow("listen") << QStringList{u"--listen"_s, u"localhost"_s}
                                << u"--listen must be ADDR:PORT"_s;
        QTest::newRow("missing config") << QStringList{u"--config"_s, u"/nonexistent/server.conf"_s}
                                        << u"--config: cannot read /nonexistent/server.conf"_s;
        QTest::newRow("missing password file")
            << QStringList{u"--database"_s, u"postgresql://etw@127.0.0.1:1/etw"_s,
                           u"--database-password-file"_s, u"/nonexistent/pw"_s}
            << u"--database-password-file: cannot read /nonexistent/pw"_s;
        QTest::newRow("database down")
            << QStringList{u"--database"_s, u"postgresql://etw@127.0.0.1:1/etw"_s}
            << u"postgresql://etw@127.0.0.1:1/etw: "_s;
    }

    void badSettingsAreRefusedByName()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QStringList all = args + QStringList{u"--data-dir"_s, m_dir.filePath(u"refused"_s)};
        if (!args.contains(u"--listen"_s))
            all += QStringList{u"--listen"_s, u"127.0.0.1:0"_s};
        const Run run = runServer(all, QProcessEnvironment::systemEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(expected), qPrintable(run.output));
        QVERIFY(!run.output.contains(u"listening on"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
