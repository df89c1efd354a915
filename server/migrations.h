// SPDX-License-Identifier: GPL-3.0-or-later
// The server schema as numbered steps; step N takes the schema from version N-1 to N.
#pragma once

#include <QSqlDatabase>

#include <vector>

namespace etw::server {
struct MigrationStep
{
    std::vector<const char *> statements;
    // Data conversion that SQL cannot do alike on both engines (e.g. Unicode case folding).
    bool (*data)(QSqlDatabase &db) = nullptr;
    // Run after the data conversion (constraints the converted data must meet).
    std::vector<const char *> finally = {};
};
const std::vector<MigrationStep> &migrations();
} // namespace etw::server
