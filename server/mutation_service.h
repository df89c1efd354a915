// SPDX-License-Identifier: GPL-3.0-or-later
// The push side of sync: applies a batch of idempotent mutations, one transaction each.
#pragma once

#include "api_types.h"
#include "database.h"

#include "domain/sync_types.h"

namespace etw::server {

class MutationService
{
public:
    explicit MutationService(Database &database);

    ApiResponse push(const ApiRequest &request);

private:
    MutationResult apply(const Account &account, const Mutation &mutation);

    Database &m_database;
};

} // namespace etw::server
