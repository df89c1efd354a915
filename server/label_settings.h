// SPDX-License-Identifier: GPL-3.0-or-later
// A country's label settings: when its school year starts (the four applications are counted
// per school year).
#pragma once

#include "domain/label.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::label_settings {

std::optional<label::SchoolYearStart> yearStart(QSqlDatabase &db, const QString &country);
bool setYearStart(QSqlDatabase &db, const QString &country, label::SchoolYearStart start, qint64 by,
                  qint64 now);

} // namespace etw::server::label_settings
