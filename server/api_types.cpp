// SPDX-License-Identifier: GPL-3.0-or-later
#include "api_types.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace etw::server {

using namespace Qt::StringLiterals;

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    return raw(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

ApiResponse ApiResponse::raw(QByteArray jsonText, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = std::move(jsonText);
    return r;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const FieldErrors &fields)
{
    return error(status, Error{code, message, fields});
}

ApiResponse ApiResponse::error(int status, const Error &error)
{
    return json(QJsonObject{{u"error"_s, error.toJson()}}, status);
}

std::variant<QJsonObject, ApiResponse> parseJsonBody(const ApiRequest &request)
{
    const QByteArray type = request.header("Content-Type");
    if (!type.isEmpty() && !type.startsWith("application/json"))
        return ApiResponse::error(415, u"unsupported_media_type"_s,
                                  u"The body must be JSON (Content-Type: application/json)."_s);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiResponse::error(
            400, u"malformed_json"_s,
            u"The body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return ApiResponse::error(400, u"malformed_json"_s, u"The body must be a JSON object."_s);
    return doc.object();
}

} // namespace etw::server
