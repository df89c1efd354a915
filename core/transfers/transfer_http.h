// SPDX-License-Identifier: GPL-3.0-or-later
// What the transfers' requests share: where they go and with which token (as ApiClient sends
// them), and what an answer says once read (status, error code, headers, when to come back).
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace etw {

class LocalStore;
class MaterialFiles;

// What every transfer job of the worker's thread uses; the worker owns it, jobs read it at
// each request (a new token goes on with the next one).
struct TransferContext
{
    QNetworkAccessManager *network = nullptr;
    LocalStore *store = nullptr;
    MaterialFiles *files = nullptr;
    QUrl server;
    QString token;
    qint64 chunkBytes = 8 * 1024 * 1024; // the server's largest PATCH body (tus_headers.h)

    // A request to `url` with the bearer token; HTTP/1.1 only, no redirects followed (a token
    // goes to the server it was given for, and nowhere else).
    QNetworkRequest request(const QUrl &url) const;
    QNetworkRequest request(const QString &path) const;
    // `location` (a tus Location: a path, or a URL) on this server; invalid when it names
    // another one.
    QUrl onServer(const QString &location) const;
};

// Plain HTTP to another computer is refused, as ApiClient refuses it: a session token never
// crosses a network in clear text unless the administrator allowed it.
std::optional<Error> serverRefusal(const QUrl &server, bool plainHttpAllowed);

struct HttpAnswer
{
    int status = 0; // 0: no answer (network)
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    QString networkText;
    QJsonObject error; // the body's "error" object, when there is one
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpAnswer of(QNetworkReply *reply);
    QByteArray header(const QByteArray &name) const;
    QString code() const { return error.value(QStringLiteral("code")).toString(); }
    // No answer, the server or a proxy unavailable, or "come back later": retried alone.
    bool transient() const { return status == 0 || status >= 500 || status == 429; }
    // Retry-After in ms, -1 without one.
    int retryAfterMs() const;
};

} // namespace etw
