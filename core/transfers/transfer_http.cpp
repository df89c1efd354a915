// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfer_http.h"

#include "net/api_client.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// As ApiClient: a request silent for this long has failed (a chunk in progress is not silent).
constexpr int timeoutMs = 30000;
} // namespace

QNetworkRequest TransferContext::request(const QUrl &url) const
{
    QNetworkRequest r(url);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    r.setTransferTimeout(timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // One request per connection at a time: Qt's HTTP/2 would only add its flow-control
    // windows to an 8 MiB body, and the server speaks HTTP/1.1.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

QNetworkRequest TransferContext::request(const QString &path) const
{
    QUrl url = server;
    url.setPath(path);
    return request(url);
}

QUrl TransferContext::onServer(const QString &location) const
{
    const QUrl url = server.resolved(QUrl(location));
    if (!url.isValid() || url.scheme() != server.scheme() ||
        url.host().compare(server.host(), Qt::CaseInsensitive) != 0 ||
        url.port(url.scheme() == u"https" ? 443 : 80) !=
            server.port(server.scheme() == u"https" ? 443 : 80))
        return {};
    return url;
}

std::optional<Error> serverRefusal(const QUrl &server, bool plainHttpAllowed)
{
    if (!server.isValid() || server.host().isEmpty())
        return Error{
            u"bad_address"_s,
            QCoreApplication::translate("etw::ApiClient", "The server address is not valid."),
            {}};
    if (server.scheme() == u"http" && !ApiClient::isLoopback(server) && !plainHttpAllowed)
        return Error{u"insecure_server"_s,
                     QCoreApplication::translate(
                         "etw::ApiClient",
                         "This address uses plain HTTP: your password and your session would "
                         "cross the network unprotected. Use its https:// address, or ask your "
                         "administrator."),
                     {}};
    return std::nullopt;
}

HttpAnswer HttpAnswer::of(QNetworkReply *reply)
{
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.network = reply->error();
    a.networkText = reply->errorString();
    a.headers = reply->rawHeaderPairs();
    if (a.status >= 400)
        a.error = QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toObject();
    // An answer cut short is no answer: what it said cannot be trusted.
    if (a.status != 0 && a.status < 400 && a.network != QNetworkReply::NoError &&
        a.network != QNetworkReply::OperationCanceledError && a.network < 200)
        a.status = 0;
    return a;
}

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

int HttpAnswer::retryAfterMs() const
{
    bool ok = false;
    const int seconds = header("Retry-After").trimmed().toInt(&ok);
    return ok && seconds >= 0 ? std::min(seconds, 3600) * 1000 : -1;
}

} // namespace etw
