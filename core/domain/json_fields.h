// SPDX-License-Identifier: GPL-3.0-or-later
// Reads typed fields from a JSON object and records a field error for each missing or mistyped one.
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QStringList>

namespace etw::json {

enum Presence { Required, Optional };

class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    {}

    QString string(const QString &key, Presence presence = Required);
    qint64 integer(const QString &key, Presence presence = Required);
    bool boolean(const QString &key, Presence presence = Required);
    QStringList stringList(const QString &key, Presence presence = Required);
    QJsonObject object(const QString &key, Presence presence = Required);

    const FieldErrors &errors() const { return m_errors; }

private:
    bool present(const QString &key, Presence presence);
    void wrongType(const QString &key);

    const QJsonObject &m_object;
    FieldErrors m_errors;
};

} // namespace etw::json
