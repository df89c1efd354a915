// SPDX-License-Identifier: GPL-3.0-or-later
// Who reviews what: a national service its country, a regional correspondent their region.
#pragma once

#include "domain/account.h"
#include "domain/project.h"
#include "domain/review.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::review_territory {

// Whether a correspondent's review shows an item of `country` whose schools are in `regions`.
bool sees(const Account &account, const QString &country, const QStringList &regions);
// Whether they decide on it: the national service always, a regional correspondent when the
// country's setting lets them; nullopt on a database failure.
std::optional<bool> decides(QSqlDatabase &db, const Account &account, const QString &country,
                            const QStringList &regions);
// The regions of a project's active founders' schools in `country`.
QStringList founderRegions(const Project &project, const QString &country);

// A country's setting (the default one, version 0, when its service never chose).
std::optional<ReviewSetting> setting(QSqlDatabase &db, const QString &country);
bool saveSetting(QSqlDatabase &db, const ReviewSetting &setting, qint64 by, qint64 now);

} // namespace etw::server::review_territory
