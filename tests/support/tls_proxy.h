// SPDX-License-Identifier: GPL-3.0-or-later
// TLS in front of the test server, as nginx is in front of the real one: it accepts https on
// loopback with a certificate for localhost and 127.0.0.1 made for the tests (trusted by calling
// trustCertificate()), and passes the bytes on to the server in plain HTTP. On a thread of its
// own, so that it keeps forwarding while the test's thread waits.
#pragma once

#include <QThread>
#include <QUrl>

namespace etw::test {

class TlsProxy
{
public:
    explicit TlsProxy(QUrl upstream);
    ~TlsProxy();
    TlsProxy(const TlsProxy &) = delete;
    TlsProxy &operator=(const TlsProxy &) = delete;

    // Makes the proxy's certificate one this process trusts (QSslConfiguration's default).
    static void trustCertificate();
    bool start();
    // https://localhost:<port>
    QUrl url() const;

    class Core;

private:
    QUrl m_upstream;
    quint16 m_port = 0;
    QThread m_thread;
    Core *m_core = nullptr;
};

} // namespace etw::test
