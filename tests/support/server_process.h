// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real etwinning-server on loopback for a test, with its own data folder.
#pragma once

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

    // Starts the server (port 0 the first time: the OS picks; the same port on a restart).
    // Returns false with the server's output in lastOutput() if it did not come up.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 120000);
    void stop();
    // Stops, then starts again on the same port and data folder.
    bool restart(const QStringList &extraArgs = {});

    QUrl url() const;
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    QString lastOutput() const { return m_output; }
    // The server's peak resident memory (VmHWM), in KiB; -1 when unknown.
    qint64 peakMemoryKiB() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_output;
};

} // namespace etw::test
