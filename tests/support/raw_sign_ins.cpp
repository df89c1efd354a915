// SPDX-License-Identifier: GPL-3.0-or-later
#include "raw_sign_ins.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <memory>
#include <vector>

namespace etw::test {

using namespace Qt::StringLiterals;

QList<RawAnswer> signInsFrom(const QList<quint16> &ports, const QString &from,
                             const QString &username, const QStringList &passwords)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (qsizetype i = 0; i < passwords.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        if (!socket->bind(QHostAddress(from))) {
            qWarning("cannot bind to %s: %s", qPrintable(from), qPrintable(socket->errorString()));
            return {};
        }
        socket->connectToHost(QHostAddress::LocalHost, ports.at(i % ports.size()));
        sockets.push_back(std::move(socket));
    }
    for (const auto &socket : sockets)
        if (!socket->waitForConnected(5000))
            return {};
    for (qsizetype i = 0; i < passwords.size(); ++i) {
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, passwords[i]}})
                .toJson(QJsonDocument::Compact);
        sockets[i]->write("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    // Into the kernel now, every one of them (Qt would send each only once its socket is
    // waited on, one after the other).
    for (const auto &socket : sockets)
        socket->waitForBytesWritten(5000);
    QList<RawAnswer> answers;
    for (const auto &socket : sockets) {
        // Connection: close: the answer ends when the server closes.
        QByteArray bytes;
        QDeadlineTimer deadline(60000);
        while (socket->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
            if (socket->waitForReadyRead(100) || socket->bytesAvailable())
                bytes += socket->readAll();
        bytes += socket->readAll();
        RawAnswer a;
        a.status = bytes.mid(9, 3).toInt(); // "HTTP/1.1 429 …"
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        for (const QByteArray &line : bytes.left(end).split('\n'))
            if (line.toLower().startsWith("retry-after:"))
                a.retryAfter = line.mid(12).trimmed().toInt();
        a.body = bytes.mid(end + 4);
        answers.append(a);
    }
    return answers;
}

int countStatus(const QList<RawAnswer> &answers, int status)
{
    return int(std::count_if(answers.cbegin(), answers.cend(),
                             [status](const RawAnswer &a) { return a.status == status; }));
}

} // namespace etw::test
