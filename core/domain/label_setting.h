// SPDX-License-Identifier: GPL-3.0-or-later
// A country's Quality Label setting, chosen by its national service: when its school year starts.
#pragma once

#include "domain/error.h"
#include "domain/label.h"

#include <QJsonObject>

namespace etw {

struct LabelSetting
{
    QString country;
    label::SchoolYearStart yearStart;
    qint64 version = 0; // 0: never set, the default applies

    QJsonObject toJson() const;
    static Result<LabelSetting> fromJson(const QJsonObject &object);
};

namespace label {
// A change of the setting: yearStartMonth (1–12) and yearStartDay (1–28), both required; each
// error names its field, in the UI language. Checked alike on the client and the server.
FieldErrors validateSetting(const QJsonObject &data);
} // namespace label

} // namespace etw
