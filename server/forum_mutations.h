// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace forum as mutations: discussions, threads and replies created, edited, deleted.
#pragma once

#include "mutation_handler.h"

namespace etw::server::forum_mutations {

// Each names its project (data.projectId) and is for the project's active members while it is
// active. Only its author edits an item; its author or an active founder deletes it, and with
// it what it holds. Something written into a discussion or thread that is gone is refused with
// `discussion_gone` / `thread_gone`, so that the client gives the text back to its writer. An
// account's creations are rate-limited (MutationLimits): beyond, it is asked to wait.
QList<MutationHandler> handlers();

} // namespace etw::server::forum_mutations
