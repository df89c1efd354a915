// SPDX-License-Identifier: GPL-3.0-or-later
// A school as the partner directory shows it.
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QJsonObject>

namespace etw {

struct School
{
    qint64 id = 0;
    QString name;
    QString city;
    QString country; // ISO 3166-1 alpha-2
    QString type;    // catalogue::schoolTypeCodes()
    qint64 version = 0;
    QString region = {};  // ISO 3166-2 (regions.h); empty where the country has no catalogue
    QString address = {}; // street and post code, as its teacher typed it
    // The last day of its eTwinning School label ("2028-08-31"); empty when it has none.
    QString labelUntil = {};

    // Whether it is an eTwinning School on `day`.
    bool labelledOn(const QDate &day) const;

    QJsonObject toJson() const;
    static Result<School> fromJson(const QJsonObject &object);
    friend bool operator==(const School &, const School &) = default;
};

} // namespace etw
