// SPDX-License-Identifier: GPL-3.0-or-later
// A country's label settings: when its school year starts (the four applications are counted
// per school year).
#pragma once

#include "domain/label_setting.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::label_settings {

// The country's setting; version 0 and the default start when its service never chose one.
std::optional<LabelSetting> setting(QSqlDatabase &db, const QString &country);
std::optional<label::SchoolYearStart> yearStart(QSqlDatabase &db, const QString &country);
// Stores `setting` as it is (its version already the next one).
bool save(QSqlDatabase &db, const LabelSetting &setting, qint64 by, qint64 now);

} // namespace etw::server::label_settings
