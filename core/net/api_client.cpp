// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/api_client.h"

#include "domain/validation_messages.h"
#include "net/zstd_decoder.h"
#include "settings/app_settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcNet, "etw.net", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

namespace {

Error networkError(QNetworkReply::NetworkError code, const QString &detail)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return {u"unreachable"_s,
                QCoreApplication::translate(
                    "etw::ApiClient",
                    "The server cannot be reached. Check the address and your network "
                    "connection (%1).")
                    .arg(detail),
                {}};
    case QNetworkReply::OperationCanceledError:
        return {u"aborted"_s,
                QCoreApplication::translate("etw::ApiClient", "The request was cancelled."),
                {}};
    case QNetworkReply::SslHandshakeFailedError:
        // Most often a certificate this computer does not trust (self-signed, expired, for
        // another name): said so, since nothing is sent to such a server.
        return {u"tls_failed"_s,
                QCoreApplication::translate(
                    "etw::ApiClient",
                    "The server's certificate is not trusted by this computer, so nothing was "
                    "sent to it (%1). Check the address; if it is right, ask your administrator "
                    "to install a valid certificate on the server.")
                    .arg(detail),
                {}};
    default:
        return {u"network_error"_s,
                QCoreApplication::translate("etw::ApiClient", "Network error: %1").arg(detail),
                {}};
    }
}

// Retry-After is seconds or an HTTP date (RFC 9110); a wait longer than an hour is read as an
// hour, so that a wrong header never holds edits back for days.
int retryAfterOf(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return 0;
    bool ok = false;
    qint64 secs = value.toLongLong(&ok);
    if (!ok) {
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
        if (!at.isValid())
            return 0;
        secs = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(at));
    }
    return int(std::clamp<qint64>(secs, 0, ApiReply::maxRetryAfterSecs));
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_plainHttpAllowed(AppSettings().plainHttpAllowed())
{
    m_network.setAutoDeleteReplies(true);
}

QUrl ApiClient::normalizedServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // A bare address is HTTPS, but on this computer (a local test server).
    if (!t.contains(u"://"_s))
        t.prepend(isLoopback(QUrl(u"http://"_s + t)) ? u"http://"_s : u"https://"_s);
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ApiClient::get(const QString &path, const Callback &done)
{
    send("GET", path, {}, done);
}

void ApiClient::post(const QString &path, const QJsonObject &body, const Callback &done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), done);
}

void ApiClient::remove(const QString &path, const Callback &done)
{
    send("DELETE", path, {}, done);
}

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 ||
           QHostAddress(host).isLoopback();
}

std::optional<Error> ApiClient::refusal() const
{
    if (!m_server.isValid())
        return Error{
            u"bad_address"_s,
            QCoreApplication::translate("etw::ApiClient", "The server address is not valid."),
            {}};
    // Passwords and session tokens never cross a network in clear text: plain HTTP only to
    // this computer, unless an administrator's preset allows it (a test network, say).
    if (m_server.scheme() == u"http" && !isLoopback(m_server) && !m_plainHttpAllowed)
        return Error{u"insecure_server"_s,
                     QCoreApplication::translate(
                         "etw::ApiClient",
                         "This address uses plain HTTP: your password and your session would "
                         "cross the network unprotected. Use its https:// address, or ask your "
                         "administrator."),
                     {}};
    return std::nullopt;
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                     const Callback &done)
{
    if (const auto refused = refusal()) {
        done({0, {}, *refused});
        return;
    }
    QNetworkRequest request = requestFor(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        m_inFlight.removeAll(reply);
        done(replyFrom(reply, reply->readAll()));
    });
}

ApiReply ApiClient::replyFrom(QNetworkReply *reply, const QByteArray &data, bool bodyExpected)
{
    ApiReply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.retryAfterSecs = retryAfterOf(reply);
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    result.body = doc.object();
    if (result.httpStatus == 0) {
        result.error = networkError(reply->error(), reply->errorString());
    } else if (result.httpStatus >= 400) {
        result.error = Error::fromJson(result.body.value(u"error"_s).toObject());
        if (result.error.isNull())
            result.error = {u"http_%1"_s.arg(result.httpStatus),
                            QCoreApplication::translate("etw::ApiClient",
                                                        "The server answered with HTTP status %1.")
                                .arg(result.httpStatus),
                            {}};
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = networkError(reply->error(), reply->errorString()); // cut short
        result.httpStatus = 0;
    } else if ((!data.isEmpty() || (bodyExpected && result.httpStatus != 204)) && !doc.isObject()) {
        // Every answer of this API is a JSON object: an empty or cut one is not a success.
        result.error = {
            u"bad_reply"_s,
            QCoreApplication::translate("etw::ApiClient",
                                        "The server sent an answer this program cannot read."),
            {}};
    }
    qCDebug(lcNet) << reply->operation() << reply->url().path() << result.httpStatus
                   << result.error.code;
    return result;
}

QNetworkRequest ApiClient::requestFor(const QString &path) const
{
    QUrl url = m_server;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(timeoutMs);
    return request;
}

ApiReply ApiClient::downloadBlocking(const QString &path, QIODevice &out, qint64 maxBytes,
                                     const std::function<void(qint64, qint64)> &progress)
{
    if (const auto refused = refusal())
        return {0, {}, *refused};
    QNetworkRequest request = requestFor(path);
    // zstd, decoded here: several times quicker to decode than gzip, and smaller. (Asking
    // ourselves also stops Qt from decoding anything on its own.)
    request.setRawHeader("Accept-Encoding", "zstd");
    QNetworkReply *reply = m_network.get(request);
    m_inFlight.append(reply);
    std::optional<ZstdDecoder> zstd;
    QString failure;
    // Written as it arrives: a large body never sits whole in memory.
    auto drain = [&] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200 ||
            !failure.isEmpty())
            return;
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (!zstd && encoding == "zstd") {
            zstd.emplace();
            zstd->setLimit(maxBytes);
        }
        const QByteArray chunk = reply->readAll();
        const bool plain = encoding.isEmpty() || encoding == "identity";
        const bool written =
            zstd    ? zstd->write(chunk, out)
            : plain ? out.pos() + chunk.size() <= maxBytes && out.write(chunk) == chunk.size()
                    : false;
        if (!written) {
            failure =
                zstd    ? zstd->error()
                : plain ? (out.pos() + chunk.size() > maxBytes ? u"too large"_s : out.errorString())
                        : u"unexpected encoding "_s + QString::fromLatin1(encoding);
            reply->abort();
        }
    };
    QEventLoop loop;
    connect(reply, &QNetworkReply::readyRead, &loop, drain);
    connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        if (progress)
            progress(received, total);
    });
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    m_inFlight.removeAll(reply);
    if (!reply->isFinished()) { // the thread is stopping
        reply->abort();
        reply->deleteLater();
        return {0,
                {},
                {u"aborted"_s,
                 QCoreApplication::translate("etw::ApiClient", "The request was cancelled."),
                 {}}};
    }
    drain();
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    ApiReply result = replyFrom(reply, ok ? QByteArray() : reply->readAll(), !ok);
    reply->deleteLater();
    if (ok && failure.isEmpty() && zstd && !zstd->complete())
        failure = u"the download ended before its end"_s;
    if (ok && !failure.isEmpty())
        result.error = {
            u"bad_download"_s,
            QCoreApplication::translate("etw::ApiClient", "The download could not be read (%1).")
                .arg(failure),
            {}};
    return result;
}

struct ApiClient::Pending
{
    QEventLoop *loop = nullptr; // set while someone waits
    ApiReply result;
    bool finished = false;
};

std::shared_ptr<ApiClient::Pending>
ApiClient::track(const std::function<void(const Callback &)> &start)
{
    // Shared, not on the stack: a reply that ends after its waiter gave up still finds it alive.
    auto pending = std::make_shared<Pending>();
    start([pending](const ApiReply &reply) {
        pending->result = reply;
        pending->finished = true;
        if (pending->loop)
            pending->loop->quit();
    });
    return pending;
}

ApiReply ApiClient::await(const std::shared_ptr<Pending> &pending)
{
    if (!pending->finished) {
        QEventLoop loop;
        pending->loop = &loop;
        loop.exec();
        pending->loop = nullptr;
    }
    if (!pending->finished) {
        // The thread is stopping (QThread::quit ends nested loops too).
        abort();
        return {0,
                {},
                {u"aborted"_s,
                 QCoreApplication::translate("etw::ApiClient", "The request was cancelled."),
                 {}}};
    }
    return pending->result;
}

std::shared_ptr<ApiClient::Pending> ApiClient::startGet(const QString &path)
{
    return track([&](const Callback &cb) { get(path, cb); });
}

ApiReply ApiClient::getBlocking(const QString &path)
{
    return await(startGet(path));
}

ApiReply ApiClient::postBlocking(const QString &path, const QJsonObject &body)
{
    return await(track([&](const Callback &cb) { post(path, body, cb); }));
}

void ApiClient::abort()
{
    const auto replies = m_inFlight;
    for (const auto &reply : replies)
        if (reply)
            reply->abort();
}

void ApiClient::signIn(const QString &username, const QString &password,
                       const std::function<void(const Result<SignInReply> &)> &done)
{
    m_token.clear();
    post(u"/api/v1/session"_s, {{u"username"_s, username}, {u"password"_s, password}},
         [done](const ApiReply &reply) {
             if (!reply.ok()) {
                 done(reply.error);
                 return;
             }
             auto account = Account::fromJson(reply.body.value(u"account"_s).toObject());
             const QString token = reply.body.value(u"token"_s).toString();
             if (!account || token.isEmpty()) {
                 done(Error{
                     u"bad_reply"_s,
                     QCoreApplication::translate(
                         "etw::ApiClient", "The server sent an answer this program cannot read."),
                     {}});
                 return;
             }
             done(SignInReply{token,
                              QDateTime::fromString(reply.body.value(u"expiresAt"_s).toString(),
                                                    Qt::ISODateWithMs),
                              account.value()});
         });
}

namespace {
Error unreadableReply()
{
    return {u"bad_reply"_s,
            QCoreApplication::translate("etw::ApiClient",
                                        "The server sent an answer this program cannot read."),
            {}};
}
} // namespace

void ApiClient::createAccount(const SignUp &form,
                              const std::function<void(const Result<Account> &)> &done)
{
    post(u"/api/v1/accounts"_s, form.toJson(), [done](const ApiReply &reply) {
        if (!reply.ok()) {
            done(localized(reply.error));
            return;
        }
        auto account = Account::fromJson(reply.body.value(u"account"_s).toObject());
        if (!account) {
            done(unreadableReply());
            return;
        }
        done(account.value());
    });
}

void ApiClient::findSchools(const QString &country, const QString &text,
                            const std::function<void(const Result<QList<School>> &)> &done)
{
    QUrlQuery query;
    query.addQueryItem(u"country"_s, country);
    query.addQueryItem(u"q"_s, text);
    get(u"/api/v1/schools?"_s + query.toString(QUrl::FullyEncoded), [done](const ApiReply &reply) {
        if (!reply.ok()) {
            done(localized(reply.error));
            return;
        }
        QList<School> schools;
        for (const QJsonValue v : reply.body.value(u"schools"_s).toArray()) {
            QJsonObject o = v.toObject();
            o.insert(u"version"_s, 1); // not said: a lookup's schools are not cached
            auto school = School::fromJson(o);
            if (!school) {
                done(unreadableReply());
                return;
            }
            schools.append(school.value());
        }
        done(schools);
    });
}

} // namespace etw
