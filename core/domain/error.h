// SPDX-License-Identifier: GPL-3.0-or-later
// The one error idiom of the project: a stable code, a human message and per-field details.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <utility>
#include <variant>

namespace etw {

struct FieldError
{
    QString code;    // stable, e.g. "required", "too_long", "unknown_value"
    QString message; // human text in the language of whoever produced it
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QMap<QString, FieldError>;

struct Error
{
    QString code;    // stable machine code, e.g. "validation_failed", "unauthorized"
    QString message; // human text
    FieldErrors fields;

    bool isNull() const { return code.isEmpty(); }
    // {"code":…,"message":…,"fields":{name:{"code":…,"message":…}}}
    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &object);
};

// Either a value or an Error.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_value(std::move(error))
    {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_value); }
    T &value() { return std::get<0>(m_value); }
    const Error &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, Error> m_value;
};

} // namespace etw
