// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace chat as mutations: a message sent to a project's room.
#pragma once

#include "mutation_handler.h"

namespace etw::server::chat_mutations {

// chat_message/create names its project (data.projectId) and is for the project's active
// members while it is active (a closed project's room is read-only, an outsider's is not
// found). Messages are never edited: a live exchange reads as it happened. An account's
// messages are rate-limited (MutationLimits): beyond, it is asked to wait; others are not.
QList<MutationHandler> handlers();

} // namespace etw::server::chat_mutations
