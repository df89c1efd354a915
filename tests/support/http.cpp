// SPDX-License-Identifier: GPL-3.0-or-later
#include "http.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace etw::test {

using namespace Qt::StringLiterals;

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QString HttpResult::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

HttpResult Http::request(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    bool hasType = false;
    for (const auto &[k, v] : headers) {
        request.setRawHeader(k, v);
        hasType = hasType || k.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasType)
        request.setRawHeader("Content-Type", "application/json");
    if (!m_token.isEmpty() && !request.hasRawHeader("Authorization"))
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

HttpResult Http::postJson(const QString &path, const QJsonObject &object)
{
    return request("POST", path, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject Http::mutate(const QString &type, const QString &op, qint64 entityId,
                         const QJsonObject &data, qint64 baseVersion)
{
    return mutateWithId(QUuid::createUuid().toString(QUuid::WithoutBraces), type, op, entityId,
                        data, baseVersion);
}

QJsonObject Http::mutateWithId(const QString &id, const QString &type, const QString &op,
                               qint64 entityId, const QJsonObject &data, qint64 baseVersion)
{
    const HttpResult r =
        postJson(u"/api/v1/mutations"_s,
                 {{u"mutations"_s, QJsonArray{QJsonObject{{u"id"_s, id},
                                                          {u"type"_s, type},
                                                          {u"op"_s, op},
                                                          {u"entityId"_s, entityId},
                                                          {u"baseVersion"_s, baseVersion},
                                                          {u"data"_s, data}}}}});
    if (r.status != 200)
        qWarning("mutation answered %d: %s", r.status, r.body.constData());
    return r.json[u"results"_s][0].toObject();
}

HttpResult Http::signIn(const QString &username, const QString &password)
{
    m_token.clear();
    HttpResult r =
        postJson(u"/api/v1/session"_s, {{u"username"_s, username}, {u"password"_s, password}});
    if (r.status == 200)
        m_token = r.json.value(u"token"_s).toString();
    return r;
}

QHash<QString, QJsonObject> Http::pullScope(const QString &scope, int *status)
{
    QHash<QString, QJsonObject> held;
    qint64 since = 0;
    for (;;) {
        const HttpResult r = get(u"/api/v1/sync/%1?since=%2&limit=500"_s.arg(scope).arg(since));
        if (status)
            *status = r.status;
        if (r.status != 200)
            return {};
        for (const QJsonValue c : r.json[u"changes"_s].toArray()) {
            const QString key =
                c[u"type"_s].toString() + u'/' + QString::number(c[u"id"_s].toInteger());
            if (c[u"deleted"_s].toBool())
                held.remove(key);
            else
                held.insert(key, c[u"data"_s].toObject());
        }
        since = r.json[u"cursor"_s].toInteger();
        if (!r.json[u"more"_s].toBool())
            return held;
    }
}

} // namespace etw::test
