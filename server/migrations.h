// SPDX-License-Identifier: GPL-3.0-or-later
// The server schema as numbered steps; step N takes the schema from version N-1 to N.
#pragma once

#include <vector>

namespace etw::server {
using MigrationStep = std::vector<const char *>;
const std::vector<MigrationStep> &migrations();
} // namespace etw::server
