// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real etwinning-server on loopback for a test, with its own data folder and its own
// database: an SQLite file, or with ETW_TEST_BACKEND=postgresql a fresh database in the test
// cluster that scripts/test starts (ETW_TEST_POSTGRES_URL, ETW_DATABASE_PASSWORD).
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace etw::test {

class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Which backend the tests run against, from ETW_TEST_BACKEND ("sqlite" by default).
    static bool usesPostgresql();
    // An empty database was made for this server (false, with a warning, when the test
    // cluster is not reachable: the test fails instead of testing less).
    bool hasDatabase() const { return !m_databaseUrl.isEmpty(); }
    // The --database value: sqlite:<file> or postgresql://…
    QString databaseUrl() const { return m_databaseUrl; }
    // A second instance on the same database (several servers behind a load balancer).
    void shareDatabaseWith(const ServerProcess &other);

    // While stopped: keep a copy of the database, and later put it back (an operator's
    // restore from backup). The data folder with its feed watermark is left alone.
    bool backupDatabase();
    bool restoreDatabase();

    // Starts the server (port 0 the first time: the OS picks; the same port on a restart).
    // Without directory snapshots unless extraArgs set --snapshot-min-records: first syncs
    // then pull pages, whatever the timing.
    // Returns false with the server's output in lastOutput() if it did not come up.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 120000);
    // The same in two steps, to start several servers at once.
    bool launch(const QStringList &extraArgs = {});
    bool waitUntilListening(int timeoutMs = 120000);
    // Started with --snapshot-min-records: waits until the sync listing offers the directory
    // snapshot the server builds in the background; returns what it says of it (empty on
    // timeout).
    QJsonObject waitForDirectorySnapshot(int timeoutMs = 120000);
    // Waits until the server has written `text` to its output (a log line: a background task
    // done); false on timeout or when it stopped.
    bool waitForOutput(const QString &text, int timeoutMs = 60000);
    void stop();
    // Stops, then starts again on the same port and data folder.
    bool restart(const QStringList &extraArgs = {});

    QUrl url() const;
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    QString lastOutput() const { return m_output; }
    // The extra arguments of the last start.
    QStringList lastArguments() const { return m_extraArgs; }
    // The server's peak resident memory (VmHWM), in KiB; -1 when unknown.
    qint64 peakMemoryKiB() const;

private:
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    QString m_postgresName; // the database this object made and drops, on PostgreSQL
    bool m_hasBackup = false;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_output;
    QStringList m_extraArgs;
};

} // namespace etw::test
