// SPDX-License-Identifier: GPL-3.0-or-later
// The push side of sync: applies a batch of idempotent mutations, one transaction each.
#pragma once

#include "api_types.h"
#include "database.h"
#include "mutation_handler.h"

#include "domain/sync_types.h"

namespace etw::server {

class MutationService
{
public:
    MutationService(Database &database, const MutationLimits &limits);

    ApiResponse push(const ApiRequest &request);

private:
    // *retryAfterSecs > 0: not answered now, to be sent again that much later.
    MutationResult apply(const Account &account, const Mutation &mutation, int *retryAfterSecs);

    Database &m_database;
    MutationLimits m_limits;
};

} // namespace etw::server
