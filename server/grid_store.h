// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment grids: the shipped default, each service's imports, one version per import.
#pragma once

#include "domain/assessment_grid.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::grid_store {

// The grid an application of `country` in `schoolYear` is assessed on when its assessment
// begins: the country's newest for that year, else its newest for every year, else the default.
std::optional<AssessmentGrid> current(QSqlDatabase &db, const QString &country,
                                      const QString &schoolYear);
std::optional<AssessmentGrid> byId(QSqlDatabase &db, qint64 id);
// Stores `grid` as the next version of its (country, school year), in a write transaction,
// and sends it to the review scopes it serves; id and version are written back.
bool add(QSqlDatabase &db, AssessmentGrid &grid, const QString &source, qint64 now);
// The grid shipped with the server (resources/grids/default.json), parsed.
Result<AssessmentGrid> shippedDefault();
// Adds the shipped default when there is no default grid yet (a new database).
Result<bool> ensureDefault(QSqlDatabase &db, qint64 now);

} // namespace etw::server::grid_store
