// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace's pages as mutations: create, rename and move, delete, publish a text.
#pragma once

#include "mutation_handler.h"

namespace etw::server::page_mutations {

// Each names its project (data.projectId) and is for the project's active members while it is
// active. A draft is its author's; a published page is every member's. Publishing a text made
// on an older revision merges it with what was published since (three-way, by block); text
// that overlaps is kept as a revision and answered as a conflict.
QList<MutationHandler> handlers();

} // namespace etw::server::page_mutations
