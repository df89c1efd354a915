// SPDX-License-Identifier: GPL-3.0-or-later
// A signed-in account: who it is and what role it has.
#pragma once

#include "domain/error.h"

#include <QJsonObject>

namespace etw {

enum class Role { Teacher, Pupil, Correspondent, Admin };

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Teacher;
    QString country; // the teacher's school country, or the correspondent's country
    // A regional correspondent's region (ISO 3166-2, regions.h); empty for everyone else,
    // a national support service included.
    QString region = {};

    QJsonObject toJson() const;
    static Result<Account> fromJson(const QJsonObject &object);
    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace etw
