// SPDX-License-Identifier: GPL-3.0-or-later
// The national services' mutations: registration decisions, notes, reason templates, setting.
#pragma once

#include "mutation_handler.h"

namespace etw::server::review_mutations {
QList<MutationHandler> handlers();
}
