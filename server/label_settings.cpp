// SPDX-License-Identifier: GPL-3.0-or-later
#include "label_settings.h"

#include "database.h"

#include <QSqlQuery>

namespace etw::server::label_settings {

using namespace Qt::StringLiterals;

std::optional<label::SchoolYearStart> yearStart(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT year_start_month, year_start_day FROM label_settings "
                       u"WHERE country = ?"_s,
                       {country}))
        return std::nullopt;
    if (!q.next())
        return label::SchoolYearStart{};
    return label::SchoolYearStart{q.value(0).toInt(), q.value(1).toInt()};
}

bool setYearStart(QSqlDatabase &db, const QString &country, label::SchoolYearStart start, qint64 by,
                  qint64 now)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO label_settings (country, year_start_month, year_start_day, "
                         u"updated_by, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (country) "
                         u"DO UPDATE SET year_start_month = excluded.year_start_month, "
                         u"year_start_day = excluded.year_start_day, "
                         u"updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s,
                         {country, start.month, start.day, by, now});
}

} // namespace etw::server::label_settings
