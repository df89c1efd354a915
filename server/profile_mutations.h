// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's edits of their own profile, merged field by field.
#pragma once

#include "mutation_handler.h"

namespace etw::server::profile_mutations {

QList<MutationHandler> handlers();

} // namespace etw::server::profile_mutations
