// SPDX-License-Identifier: GPL-3.0-or-later
#include "label_settings.h"

#include "database.h"

#include <QSqlQuery>

namespace etw::server::label_settings {

using namespace Qt::StringLiterals;

std::optional<LabelSetting> setting(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT year_start_month, year_start_day, version FROM label_settings "
                       u"WHERE country = ?"_s,
                       {country}))
        return std::nullopt;
    LabelSetting s{country, {}, 0};
    if (q.next()) {
        s.yearStart = {q.value(0).toInt(), q.value(1).toInt()};
        s.version = q.value(2).toLongLong();
    }
    return s;
}

std::optional<label::SchoolYearStart> yearStart(QSqlDatabase &db, const QString &country)
{
    const auto s = setting(db, country);
    if (!s)
        return std::nullopt;
    return s->yearStart;
}

bool save(QSqlDatabase &db, const LabelSetting &s, qint64 by, qint64 now)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO label_settings (country, year_start_month, year_start_day, "
                         u"version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                         u"ON CONFLICT (country) DO UPDATE SET "
                         u"year_start_month = excluded.year_start_month, "
                         u"year_start_day = excluded.year_start_day, version = excluded.version, "
                         u"updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s,
                         {s.country, s.yearStart.month, s.yearStart.day, s.version, by, now});
}

} // namespace etw::server::label_settings
