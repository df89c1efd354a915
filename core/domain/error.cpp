// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/error.h"

namespace etw {

QJsonObject Error::toJson() const
{
    QJsonObject object{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fields.isEmpty()) {
        QJsonObject fieldObject;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            fieldObject.insert(it.key(), QJsonObject{{QStringLiteral("code"), it->code},
                                                     {QStringLiteral("message"), it->message}});
        object.insert(QStringLiteral("fields"), fieldObject);
    }
    return object;
}

Error Error::fromJson(const QJsonObject &object)
{
    Error error{object.value(QStringLiteral("code")).toString(),
                object.value(QStringLiteral("message")).toString(),
                {}};
    const QJsonObject fieldObject = object.value(QStringLiteral("fields")).toObject();
    for (auto it = fieldObject.constBegin(); it != fieldObject.constEnd(); ++it) {
        const QJsonObject f = it.value().toObject();
        error.fields.insert(it.key(), {f.value(QStringLiteral("code")).toString(),
                                       f.value(QStringLiteral("message")).toString()});
    }
    return error;
}

} // namespace etw
