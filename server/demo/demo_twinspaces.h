// SPDX-License-Identifier: GPL-3.0-or-later
// Demo projects with TwinSpaces that look lived-in: page trees in French and Italian, with
// their history of revisions, pictures and leaflets, so that a newcomer sees a real TwinSpace at
// first sign-in.
#pragma once

#include "blob_store.h"
#include "database.h"

namespace etw::server::demo {

// Seeds when the database has no project yet (the demo accounts must exist); materials' contents
// go to `blobs`. true: seeded.
Result<bool> seedTwinSpacesIfNone(Database &database, BlobStore &blobs);

} // namespace etw::server::demo
