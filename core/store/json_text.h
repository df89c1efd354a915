// SPDX-License-Identifier: GPL-3.0-or-later
// JSON objects as the cache stores them in text columns (compact UTF-8), and back.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace etw::json_text {

inline QString from(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace etw::json_text
