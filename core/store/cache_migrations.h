// SPDX-License-Identifier: GPL-3.0-or-later
// The cache schema as numbered steps, tracked in PRAGMA user_version.
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace etw::cache_migrations {
int latestVersion();
// Applies the missing steps; refuses a cache made by a newer program (downgrade).
Result<int> migrate(QSqlDatabase db);
} // namespace etw::cache_migrations
