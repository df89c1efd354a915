// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_territory.h"

#include "database.h"

namespace etw::server::review_territory {

using namespace Qt::StringLiterals;

bool sees(const Account &a, const QString &country, const QStringList &regions)
{
    return a.role == Role::Correspondent && !a.country.isEmpty() && a.country == country &&
           (a.region.isEmpty() || regions.contains(a.region));
}

std::optional<bool> decides(QSqlDatabase &db, const Account &a, const QString &country,
                            const QStringList &regions)
{
    if (!sees(a, country, regions))
        return false;
    if (a.region.isEmpty())
        return true;
    const auto s = setting(db, country);
    if (!s)
        return std::nullopt;
    return s->regionalDecisions;
}

QStringList founderRegions(const Project &p, const QString &country)
{
    QStringList out;
    for (const ProjectMember &m : p.members)
        if (m.role == u"founder" && m.state == u"active" && m.country == country &&
            !m.region.isEmpty() && !out.contains(m.region))
            out.append(m.region);
    return out;
}

std::optional<ReviewSetting> setting(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT regional_decisions, version FROM review_settings "
                       u"WHERE country = ?"_s,
                       {country}))
        return std::nullopt;
    ReviewSetting s{country, false, 0};
    if (q.next()) {
        s.regionalDecisions = q.value(0).toInt() != 0;
        s.version = q.value(1).toLongLong();
    }
    return s;
}

bool saveSetting(QSqlDatabase &db, const ReviewSetting &s, qint64 by, qint64 now)
{
    QSqlQuery q(db);
    if (s.version == 1)
        return Database::run(q,
                             u"INSERT INTO review_settings (country, regional_decisions, version, "
                             u"updated_by, updated_at) VALUES (?, ?, 1, ?, ?)"_s,
                             {s.country, s.regionalDecisions ? 1 : 0, by, now});
    return Database::run(q,
                         u"UPDATE review_settings SET regional_decisions = ?, version = ?, "
                         u"updated_by = ?, updated_at = ? WHERE country = ?"_s,
                         {s.regionalDecisions ? 1 : 0, s.version, by, now, s.country}) &&
           q.numRowsAffected() == 1;
}

} // namespace etw::server::review_territory
