// SPDX-License-Identifier: GPL-3.0-or-later
// The one table of mutation handlers, by (type, op), each with its access rule.
#pragma once

#include "mutation_handler.h"

namespace etw::server::mutation_handlers {

// nullptr: not a mutation this server knows.
const MutationHandler *find(const QString &type, const QString &op);
// Every (type, op) handled, for the API's documentation and its tests.
QStringList all();

} // namespace etw::server::mutation_handlers
