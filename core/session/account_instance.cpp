// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/account_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
constexpr int answerMs = 3000;
const QByteArray raiseRequest = "raise\n";
const QByteArray raiseAnswer = "raised\n";
} // namespace

AccountInstance::AccountInstance(const QString &cacheFile, QObject *parent)
    : QObject(parent)
    // Named after the cache file, which is already this OS user's and this account's own.
    , m_socketName(u"etwinning-"_s +
                   QString::fromLatin1(
                       QCryptographicHash::hash(QFileInfo(cacheFile).absoluteFilePath().toUtf8(),
                                                QCryptographicHash::Sha256)
                           .toHex()
                           .left(24)))
    , m_cacheFile(cacheFile)
    , m_lock(cacheFile + u".lock"_s)
{
    // A lock left by a process that died is taken over at once (QLockFile checks its PID);
    // a live holder keeps it however long it runs.
    m_lock.setStaleLockTime(0);
}

AccountInstance::~AccountInstance() = default;

AccountInstance::Outcome AccountInstance::acquire()
{
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    if (m_lock.tryLock(0)) {
        m_server = std::make_unique<QLocalServer>();
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        QLocalServer::removeServer(m_socketName); // a socket left by a process that died
        if (!m_server->listen(m_socketName))
            qWarning("cannot listen for other starts on %s: %s", qPrintable(m_socketName),
                     qPrintable(m_server->errorString()));
        connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                    if (!socket->canReadLine() || socket->readLine() != raiseRequest)
                        return;
                    socket->write(raiseAnswer);
                    socket->flush();
                    Q_EMIT raiseRequested();
                });
            }
        });
        return Outcome::Acquired;
    }
    QLocalSocket socket;
    socket.connectToServer(m_socketName);
    if (socket.waitForConnected(answerMs)) {
        socket.write(raiseRequest);
        if (socket.waitForBytesWritten(answerMs) && socket.waitForReadyRead(answerMs) &&
            socket.readLine() == raiseAnswer)
            return Outcome::RaisedOther;
    }
    return Outcome::HeldElsewhere;
}

QString AccountInstance::holder() const
{
    qint64 pid = 0;
    QString host, application;
    if (!m_lock.getLockInfo(&pid, &host, &application))
        return {};
    return u"%1 (%2 on %3)"_s.arg(application).arg(pid).arg(host);
}

} // namespace etw
