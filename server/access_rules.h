// SPDX-License-Identifier: GPL-3.0-or-later
// Checks a mutation's access rule before its handler runs (see Access in mutation_handler.h).
#pragma once

#include "mutation_handler.h"

namespace etw::server::access_rules {

// The refusal to answer, or nullopt when the sender may go on (the project is then loaded).
std::optional<MutationResult> check(Access access, MutationContext &context);

} // namespace etw::server::access_rules
