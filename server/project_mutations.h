// SPDX-License-Identifier: GPL-3.0-or-later
// The project life cycle as mutations: register, edit, invite and answer, remove, decide, close.
#pragma once

#include "domain/account.h"
#include "domain/sync_types.h"

#include <QSqlDatabase>

namespace etw::server::project_mutations {

// Whether this module handles the mutation's type.
bool handles(const QString &type);
// Applies one mutation inside the caller's write transaction. The rules, each with its own
// error code: only validated teachers register; only active founders edit, invite, withdraw
// invitations, remove partners and close; only the invitee answers; only a correspondent of a
// founder's country decides, once per country (the first decision wins).
MutationResult apply(QSqlDatabase &db, const Account &account, const Mutation &mutation);

} // namespace etw::server::project_mutations
