// SPDX-License-Identifier: GPL-3.0-or-later
#include "server_process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

namespace etw::test {

using namespace Qt::StringLiterals;

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    stop();
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port), u"--data-dir"_s, m_dir.path()};
    args += extraArgs;
    m_process->start(QString::fromUtf8(ETW_SERVER_BINARY), args);
    if (!m_process->waitForStarted(10000))
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
