// SPDX-License-Identifier: GPL-3.0-or-later
// Talks JSON over HTTP to the eTwinning server; turns every failure into an Error.
#pragma once

#include "domain/account.h"
#include "domain/error.h"
#include "domain/school.h"
#include "domain/sign_up.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace etw {

struct ApiReply
{
    int httpStatus = 0; // 0: no answer (network)
    QJsonObject body;
    Error error; // null when the request succeeded
    // The server's Retry-After (seconds from now, at most maxRetryAfterSecs): how long it
    // asked to be left alone (a 429 or a 503). 0 when it said nothing.
    int retryAfterSecs = 0;
    static constexpr int maxRetryAfterSecs = 3600;

    bool ok() const { return error.isNull(); }
    // Worth retrying later: no answer, or the server was unavailable.
    bool transient() const
    {
        return !ok() && (httpStatus == 0 || httpStatus >= 500 || httpStatus == 429);
    }
};

struct SignInReply
{
    QString token;
    QDateTime expiresAt;
    Account account;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);

    // Accepts "host:port", "http://host:port" or "https://…"; an invalid URL when unusable.
    // A bare host is https://, but on loopback.
    static QUrl normalizedServerUrl(const QString &text);
    static bool isLoopback(const QUrl &url);
    // Plain HTTP to another computer is refused (insecure_server) unless allowed; by default
    // as the administrator's preset says (AppSettings::plainHttpAllowed).
    void setPlainHttpAllowed(bool allowed) { m_plainHttpAllowed = allowed; }

    void setServer(const QUrl &url) { m_server = url; }
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }

    using Callback = std::function<void(const ApiReply &)>;
    void get(const QString &path, const Callback &done);
    void post(const QString &path, const QJsonObject &body, const Callback &done);
    void remove(const QString &path, const Callback &done);

    // Runs a request to its end on this thread's event loop. For the sync thread only: the UI
    // thread must use the asynchronous calls.
    ApiReply getBlocking(const QString &path);
    ApiReply postBlocking(const QString &path, const QJsonObject &body);

    // Starts a GET now and waits for it later, so that the sync thread can apply one page while
    // the next one is on its way.
    struct Pending;
    std::shared_ptr<Pending> startGet(const QString &path);
    ApiReply await(const std::shared_ptr<Pending> &pending);
    // GETs a large body into `out` as it arrives (sync thread only, like getBlocking); the
    // reply's body stays empty. progress(received, total) as bytes come; total -1 if unknown.
    // Stops with an error once more than maxBytes would be written.
    ApiReply downloadBlocking(const QString &path, QIODevice &out, qint64 maxBytes,
                              const std::function<void(qint64, qint64)> &progress = {});
    // Ends the request in progress with an "aborted" error.
    void abort();

    void signIn(const QString &username, const QString &password,
                const std::function<void(const Result<SignInReply> &)> &done);
    // Creates a teacher's account (no session needed); it then waits for its national support
    // service's validation. The server's field errors come back in the UI language.
    void createAccount(const SignUp &form,
                       const std::function<void(const Result<Account> &)> &done);
    // The schools of a country whose name or city has words starting with those of `text` (at
    // most 20, by name), for the sign-up form.
    void findSchools(const QString &country, const QString &text,
                     const std::function<void(const Result<QList<School>> &)> &done);

private:
    // Why no request may go to the server as set, if so.
    std::optional<Error> refusal() const;
    QNetworkRequest requestFor(const QString &path) const;
    // The body is JSON, and must be there unless bodyExpected is false (a download's own
    // body went elsewhere) or the status is 204.
    static ApiReply replyFrom(QNetworkReply *reply, const QByteArray &data,
                              bool bodyExpected = true);
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
              const Callback &done);
    std::shared_ptr<Pending> track(const std::function<void(const Callback &)> &start);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
    static constexpr int timeoutMs = 30000; // a request silent for this long has failed
    QList<QPointer<QNetworkReply>> m_inFlight;
    bool m_plainHttpAllowed;
};

} // namespace etw
