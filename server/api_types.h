// SPDX-License-Identifier: GPL-3.0-or-later
// A request as our handlers see it, and the response they give back.
#pragma once

#include "domain/account.h"
#include "domain/error.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace etw::server {

struct ApiRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHostAddress remote;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<Account> account; // set once the bearer token is checked
    QString token;

    QByteArray header(const QByteArray &name) const;
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool binary = false;        // no charset in Content-Type
    QByteArray contentEncoding; // "gzip" or "zstd" when the body is compressed already
    // A large body sent from a file a piece at a time as the socket drains, instead of `body`
    // (never whole in memory). Opened by the handler: a file renamed or removed meanwhile is
    // still sent whole.
    std::shared_ptr<QFile> bodyFile;
    // The part of bodyFile sent (a byte range): from bodyOffset, bodyLength bytes (-1: to the
    // end).
    qint64 bodyOffset = 0;
    qint64 bodyLength = -1;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse raw(QByteArray jsonText, int status = 200);
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const FieldErrors &fields = {});
    static ApiResponse error(int status, const Error &error);
};

// Parses a JSON object body, or answers why not (400 malformed_json, 415, 422).
std::variant<QJsonObject, ApiResponse> parseJsonBody(const ApiRequest &request);

} // namespace etw::server
