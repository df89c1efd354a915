// SPDX-License-Identifier: GPL-3.0-or-later
// The National Quality Label's mutations: a teacher's application, assessors' scores, the
// service's decision, and the country's school year.
#pragma once

#include "mutation_handler.h"

namespace etw::server::label_mutations {
QList<MutationHandler> handlers();
}
