// SPDX-License-Identifier: GPL-3.0-or-later
// The project life cycle as mutations: register, edit, invite and answer, remove, decide, close.
#pragma once

#include "mutation_handler.h"

namespace etw::server::project_mutations {

// Each inside the caller's write transaction, with its error codes: only validated teachers
// register; only active founders edit, invite, withdraw invitations, remove partners and
// close; only the invitee answers; only a correspondent of a founder's country decides, once
// per country (the first decision wins).
QList<MutationHandler> handlers();

} // namespace etw::server::project_mutations
