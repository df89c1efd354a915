// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/json_fields.h"

#include "domain/validation_messages.h"

#include <QJsonArray>

#include <cmath>

namespace etw::json {

using namespace Qt::StringLiterals;

bool Reader::present(const QString &key, Presence presence)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isUndefined() && !v.isNull())
        return true;
    if (presence == Required)
        m_errors.insert(key, fieldError(key, u"required"_s));
    return false;
}

void Reader::wrongType(const QString &key)
{
    m_errors.insert(key, fieldError(key, u"wrong_type"_s));
}

QString Reader::string(const QString &key, Presence presence)
{
    if (!present(key, presence))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        wrongType(key);
        return {};
    }
    return v.toString();
}

qint64 Reader::integer(const QString &key, Presence presence)
{
    if (!present(key, presence))
        return 0;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    // Integers only, and within the range a double represents exactly.
    if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740991.0) {
        wrongType(key);
        return 0;
    }
    return qint64(d);
}

bool Reader::boolean(const QString &key, Presence presence)
{
    if (!present(key, presence))
        return false;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        wrongType(key);
        return false;
    }
    return v.toBool();
}

QStringList Reader::stringList(const QString &key, Presence presence)
{
    if (!present(key, presence))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        wrongType(key);
        return {};
    }
    QStringList out;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString()) {
            wrongType(key);
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonObject Reader::object(const QString &key, Presence presence)
{
    if (!present(key, presence))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        wrongType(key);
        return {};
    }
    return v.toObject();
}

} // namespace etw::json
