// SPDX-License-Identifier: GPL-3.0-or-later
#include "server_process.h"

#include "http.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <limits>

namespace etw::test {

using namespace Qt::StringLiterals;

namespace {
// Admin connection to the test cluster, for CREATE / DROP DATABASE.
QSqlDatabase adminConnection()
{
    const QString name = u"etw-test-admin"_s;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QUrl url(qEnvironmentVariable("ETW_TEST_POSTGRES_URL"));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setPassword(qEnvironmentVariable("ETW_DATABASE_PASSWORD"));
    if (!db.open())
        qWarning("cannot reach the PostgreSQL test cluster (%s): %s", qPrintable(url.toString()),
                 qPrintable(db.lastError().text()));
    return db;
}

bool admin(const QString &sql)
{
    QSqlQuery q(adminConnection());
    if (q.exec(sql))
        return true;
    // The cluster may have restarted under the connection (the outage test): once more.
    QSqlDatabase db = adminConnection();
    db.close();
    if (db.open() && (q = QSqlQuery(db)).exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}
} // namespace

bool ServerProcess::usesPostgresql()
{
    return qEnvironmentVariable("ETW_TEST_BACKEND") == u"postgresql";
}

ServerProcess::ServerProcess()
{
    if (!usesPostgresql()) {
        m_databaseUrl = u"sqlite:"_s + m_dir.filePath(u"etwinning.sqlite"_s);
        return;
    }
    const QString name = u"etw_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!admin(u"CREATE DATABASE %1"_s.arg(name)))
        return;
    m_postgresName = name;
    QUrl url(qEnvironmentVariable("ETW_TEST_POSTGRES_URL"));
    url.setPath(u"/"_s + name);
    m_databaseUrl = url.toString();
}

ServerProcess::~ServerProcess()
{
    stop();
    if (!m_postgresName.isEmpty()) {
        admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_postgresName));
        if (m_hasBackup)
            admin(u"DROP DATABASE IF EXISTS %1_bak WITH (FORCE)"_s.arg(m_postgresName));
    }
}

void ServerProcess::shareDatabaseWith(const ServerProcess &other)
{
    m_databaseUrl = other.m_databaseUrl;
}

bool ServerProcess::backupDatabase()
{
    if (m_process)
        return false;
    m_hasBackup = true;
    if (!m_postgresName.isEmpty())
        return admin(u"DROP DATABASE IF EXISTS %1_bak"_s.arg(m_postgresName)) &&
               admin(u"CREATE DATABASE %1_bak TEMPLATE %1"_s.arg(m_postgresName));
    const QString db = m_dir.filePath(u"etwinning.sqlite"_s);
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        QFile::remove(db + suffix + u".bak"_s);
        if (QFile::exists(db + suffix) && !QFile::copy(db + suffix, db + suffix + u".bak"_s))
            return false;
    }
    return true;
}

bool ServerProcess::restoreDatabase()
{
    if (m_process)
        return false;
    m_hasBackup = false;
    if (!m_postgresName.isEmpty())
        return admin(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(m_postgresName)) &&
               admin(u"ALTER DATABASE %1_bak RENAME TO %1"_s.arg(m_postgresName));
    const QString db = m_dir.filePath(u"etwinning.sqlite"_s);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(db + suffix);
    for (const QString &suffix : {QString(), u"-wal"_s})
        if (QFile::exists(db + suffix + u".bak"_s) &&
            !QFile::rename(db + suffix + u".bak"_s, db + suffix))
            return false;
    return true;
}

bool ServerProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    return launch(extraArgs) && waitUntilListening(timeoutMs);
}

bool ServerProcess::launch(const QStringList &extraArgs)
{
    stop();
    m_output.clear();
    if (m_databaseUrl.isEmpty()) {
        m_output = u"no database for the server (is the PostgreSQL test cluster running? "
                   u"scripts/test starts it)"_s;
        qWarning("%s", qPrintable(m_output));
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{u"--listen"_s,   u"127.0.0.1:%1"_s.arg(m_port),
                     u"--data-dir"_s, m_dir.path(),
                     u"--database"_s, m_databaseUrl};
    // Directory snapshots are built in the background a few seconds after the start: whether
    // a first sync takes one would depend on timing. Tests about snapshots ask for them.
    if (!extraArgs.contains(u"--snapshot-min-records"_s))
        args += {u"--snapshot-min-records"_s, QString::number(std::numeric_limits<int>::max())};
    args += extraArgs;
    m_extraArgs = extraArgs;
    m_process->start(QString::fromUtf8(ETW_SERVER_BINARY), args);
    return m_process->waitForStarted(10000);
}

bool ServerProcess::waitUntilListening(int timeoutMs)
{
    if (!m_process)
        return false;
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        m_output += QString::fromUtf8(m_process->readAll());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process->readAll());
    qWarning("server did not start: %s", qPrintable(m_output));
    return false;
}

bool ServerProcess::waitForOutput(const QString &text, int timeoutMs)
{
    if (!m_process)
        return false;
    QDeadlineTimer deadline(timeoutMs);
    m_output += QString::fromUtf8(m_process->readAll());
    while (!m_output.contains(text) && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        m_output += QString::fromUtf8(m_process->readAll());
    }
    return m_output.contains(text);
}

QJsonObject ServerProcess::waitForDirectorySnapshot(int timeoutMs)
{
    Http http(url());
    if (http.signIn(u"correspondent.it"_s, u"demo1234"_s).status != 200)
        return {};
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonArray scopes = http.get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray();
        for (const QJsonValue v : scopes)
            if (v[u"name"_s].toString() == u"directory" && v[u"snapshot"_s].isObject())
                return v[u"snapshot"_s].toObject();
        QThread::msleep(200);
    }
    return {};
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_output += QString::fromUtf8(m_process->readAll());
    m_process.reset();
}

bool ServerProcess::restart(const QStringList &extraArgs)
{
    stop();
    return start(extraArgs);
}

qint64 ServerProcess::peakMemoryKiB() const
{
    if (!m_process)
        return -1;
    QFile status(u"/proc/%1/status"_s.arg(m_process->processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(u"VmHWM:\\s+(\\d+) kB"_s);
    const auto match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QUrl ServerProcess::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

} // namespace etw::test
