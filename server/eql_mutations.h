// SPDX-License-Identifier: GPL-3.0-or-later
// The European Quality Label's mutations: a national service's nomination, the central support
// service's award and the settings of a school year.
#pragma once

#include "mutation_handler.h"

namespace etw::server::eql_mutations {
QList<MutationHandler> handlers();
}
