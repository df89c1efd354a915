// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label's mutations: a school's shared application (started, written,
// submitted by its teachers) and its national service's decision.
#pragma once

#include "mutation_handler.h"

namespace etw::server::school_label_mutations {
QList<MutationHandler> handlers();
}
