// SPDX-License-Identifier: GPL-3.0-or-later
// Demo projects with TwinSpaces that look lived-in: page trees in French and Italian, with
// their history of revisions, so that a newcomer sees a real TwinSpace at first sign-in.
#pragma once

#include "database.h"

namespace etw::server::demo {

// Seeds when the database has no project yet (the demo accounts must exist). true: seeded.
Result<bool> seedTwinSpacesIfNone(Database &database);

} // namespace etw::server::demo
