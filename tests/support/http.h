// SPDX-License-Identifier: GPL-3.0-or-later
// A plain blocking HTTP client for tests that send exactly the bytes they want.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace etw::test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const; // json.error.code
};

class Http
{
public:
    explicit Http(QUrl base)
        : m_base(std::move(base))
    {}
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult get(const QString &path) { return request("GET", path); }
    HttpResult postJson(const QString &path, const QJsonObject &object);
    // Sends one mutation under a new id; its result object (empty when the push was refused,
    // with a warning that shows the answer).
    QJsonObject mutate(const QString &type, const QString &op, qint64 entityId,
                       const QJsonObject &data, qint64 baseVersion = 0);
    // The same under the id given (a mutation sent again).
    QJsonObject mutateWithId(const QString &id, const QString &type, const QString &op,
                             qint64 entityId, const QJsonObject &data, qint64 baseVersion = 0);
    // Signs in and keeps the token; returns the sign-in answer.
    HttpResult signIn(const QString &username, const QString &password);
    // Everything a sync scope holds now, by "type/id", paging to its end (tombstones removed);
    // empty, with the HTTP status in *status, when a page is refused.
    QHash<QString, QJsonObject> pullScope(const QString &scope, int *status = nullptr);

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
};

} // namespace etw::test
