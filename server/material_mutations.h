// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace's materials as mutations: rename and move to a folder, delete. (A material is
// created by its upload's completion, not by a mutation: see upload_service.h.)
#pragma once

#include "mutation_handler.h"

namespace etw::server::material_mutations {

// Each names its project (data.projectId) and is for the project's active members while it is
// active. Renames and moves are last-writer-wins (no text to merge, nothing lost); a deletion
// leaves a tombstone in the project's scope, and the content goes from the store once no
// material has it (StorageCollector).
QList<MutationHandler> handlers();

} // namespace etw::server::material_mutations
