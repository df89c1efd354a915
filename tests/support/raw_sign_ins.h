// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-ins sent at once from a chosen loopback address, for the throttling tests.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace etw::test {

struct RawAnswer
{
    int status = 0;
    int retryAfter = 0;
    QByteArray body;
};

// One sign-in per password, spread over the servers on `ports`, from the address `from` (all
// of 127.0.0.0/8 is this machine, and the server sees the socket's own address, which
// QNetworkAccessManager cannot choose). All are written before any answer is read, so that the
// servers handle them at the same time. Empty when a socket could not be bound or connected.
QList<RawAnswer> signInsFrom(const QList<quint16> &ports, const QString &from,
                             const QString &username, const QStringList &passwords);
int countStatus(const QList<RawAnswer> &answers, int status);

} // namespace etw::test
