// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/label_setting.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject LabelSetting::toJson() const
{
    return {{u"country"_s, country},
            {u"yearStartMonth"_s, yearStart.month},
            {u"yearStartDay"_s, yearStart.day},
            {u"version"_s, version}};
}

Result<LabelSetting> LabelSetting::fromJson(const QJsonObject &object)
{
    if (FieldErrors errors = label::validateSetting(object); !errors.isEmpty())
        return invalidInput(errors);
    json::Reader r(object);
    LabelSetting s;
    s.country = r.string(u"country"_s);
    s.yearStart = {int(r.integer(u"yearStartMonth"_s)), int(r.integer(u"yearStartDay"_s))};
    s.version = r.integer(u"version"_s);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return s;
}

namespace label {

FieldErrors validateSetting(const QJsonObject &data)
{
    FieldErrors errors;
    const auto check = [&](const QString &field, int last) {
        const QJsonValue v = data.value(field);
        if (v.isUndefined())
            errors.insert(field, fieldError(field, u"required"_s));
        else if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            errors.insert(field, fieldError(field, u"wrong_type"_s));
        else if (v.toInt() < 1 || v.toInt() > last)
            errors.insert(field, fieldError(field, u"out_of_range"_s));
    };
    check(u"yearStartMonth"_s, 12);
    // Up to the 28th: a year starting on 29 February would have no start in three of four.
    check(u"yearStartDay"_s, 28);
    return errors;
}

} // namespace label

} // namespace etw
