// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's "Create an account" form: its fields, the checks that need no server, role names.
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace etw {

// A school the teacher did not find in the lookup; its national service checks it.
struct NewSchool
{
    QString name;
    QString city;
    QString address;
    QString type;   // catalogue::schoolTypeCodes()
    QString region; // regions::codes(country); empty where the country has no catalogue

    friend bool operator==(const NewSchool &, const NewSchool &) = default;
};

struct SignUp
{
    QString email; // also the user name
    QString password;
    QString displayName;
    QString country;
    qint64 schoolId = 0; // an existing school of the country, or 0 with newSchool
    std::optional<NewSchool> newSchool;
    QString schoolRole; // registration::schoolRoleCodes()
    QStringList subjects;
    QStringList languages;
    int ageMin = 0;
    int ageMax = 0;

    // The body of POST /api/v1/accounts (the password in it).
    QJsonObject toJson() const;
    friend bool operator==(const SignUp &, const SignUp &) = default;
};

namespace sign_up {
inline constexpr int maxEmailLength = 254; // RFC 5321's longest path
inline constexpr int maxNameLength = 100;  // a person's, a school's or a town's name
inline constexpr int maxAddressLength = 200;
// Fewer characters cannot hold enough guesses whatever they are; the strength estimate
// (core/auth/password_strength.h) decides beyond.
inline constexpr int minPasswordLength = 10;
inline constexpr int maxPasswordLength = 1000; // as sign-in takes

// The longest text a field of the form takes (0: not one of its text fields).
int maxLength(const QString &field);
// "name@school.example": one @, a dot in the domain, no spaces.
bool isEmail(const QString &text);

// Reads the form and checks what needs no server: formats, lengths, catalogues, a region of
// the school's country, ages. Errors are keyed by the form's field names, a new school's as
// schoolName, schoolCity, schoolAddress, schoolType and region. The password's strength, a
// free e-mail and an existing school are checked beside (they need zxcvbn or the database).
Result<SignUp> read(const QJsonObject &form);

// A role in the school in the UI language ("Head teacher").
QString schoolRoleName(const QString &code);
} // namespace sign_up

} // namespace etw
