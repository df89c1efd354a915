// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls_proxy.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

namespace etw::test {

using namespace Qt::StringLiterals;

namespace {
// Self-signed, for localhost and 127.0.0.1, valid until 2126 (openssl req -x509 -newkey ec).
const char certificate[] = R"(
-----BEGIN CERTIFICATE-----
MIIBnDCCAUGgAwIBAgIUX6OF6OdNpg4rMkDv/BRMTjefSBEwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwMTE2NDczOFoYDzIxMjYxMTA3
MTY0NzM4WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAR2oCbzGEXzK/pi2IWUdxm9OgJOO1zvojLePIeAT0zz5E5kz5CS63Xx
Ig+luV1VFWX17O00fDywhoxqyOaB4Z7Do28wbTAdBgNVHQ4EFgQU8njIH+OS651M
Cn/sgruID5kuQSYwHwYDVR0jBBgwFoAU8njIH+OS651MCn/sgruID5kuQSYwGgYD
VR0RBBMwEYIJbG9jYWxob3N0hwR/AAABMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZI
zj0EAwIDSQAwRgIhAK5WUuc93QmAR7slBg6laX0K2ukxlTrdMbIO2lcfVLAZAiEA
koNGyR92Qk7g5DqJyI3jVbuJQ53tSbcO6b28leDhr3s=
-----END CERTIFICATE-----
)";
const char privateKey[] = R"(
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgXJqIzTmpwKAmXAWw
OQhxjlNsWsmgr/yAtQqtHkBrJfehRANCAAR2oCbzGEXzK/pi2IWUdxm9OgJOO1zv
ojLePIeAT0zz5E5kz5CS63XxIg+luV1VFWX17O00fDywhoxqyOaB4Z7D
-----END PRIVATE KEY-----
)";

// Accepts TLS connections and pipes each to a plain one to the server.
class Listener : public QTcpServer
{
public:
    Listener(QUrl upstream, QObject *parent)
        : QTcpServer(parent)
        , m_upstream(std::move(upstream))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QSslSocket(this);
        if (!client->setSocketDescriptor(descriptor)) {
            delete client;
            return;
        }
        auto *server = new QTcpSocket(client);
        const auto close = [client, server] {
            server->disconnectFromHost();
            client->disconnectFromHost();
            client->deleteLater();
        };
        connect(client, &QSslSocket::encrypted, client, [this, server] {
            server->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        });
        connect(server, &QTcpSocket::connected, client,
                [client, server] { server->write(client->readAll()); });
        connect(client, &QSslSocket::readyRead, client, [client, server] {
            if (server->state() == QAbstractSocket::ConnectedState)
                server->write(client->readAll());
        });
        connect(server, &QTcpSocket::readyRead, client,
                [client, server] { client->write(server->readAll()); });
        connect(client, &QSslSocket::disconnected, client, close);
        connect(server, &QTcpSocket::disconnected, client, close);
        connect(client, &QSslSocket::errorOccurred, client, close);
        client->setLocalCertificate(QSslCertificate(QByteArray(certificate)));
        client->setPrivateKey(QSslKey(QByteArray(privateKey), QSsl::Ec));
        client->startServerEncryption();
    }

private:
    QUrl m_upstream;
};
} // namespace

class TlsProxy::Core : public QObject
{
public:
    explicit Core(QUrl upstream)
        : m_listener(std::move(upstream), this)
    {}
    Listener m_listener;
};

TlsProxy::TlsProxy(QUrl upstream)
    : m_upstream(std::move(upstream))
{
    m_thread.setObjectName(u"tls-proxy"_s);
}

TlsProxy::~TlsProxy()
{
    if (m_core)
        QMetaObject::invokeMethod(
            m_core, [core = m_core] { delete core; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TlsProxy::trustCertificate()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(QSslCertificate(QByteArray(certificate)));
    QSslConfiguration::setDefaultConfiguration(config);
}

bool TlsProxy::start()
{
    m_core = new Core(m_upstream);
    m_core->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_core,
        [&] {
            listening = m_core->m_listener.listen(QHostAddress::LocalHost);
            m_port = m_core->m_listener.serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QUrl TlsProxy::url() const
{
    return QUrl(u"https://localhost:%1"_s.arg(m_port));
}

} // namespace etw::test
