// SPDX-License-Identifier: GPL-3.0-or-later
// Fills an empty database with a deterministic, realistic directory and the demo accounts.
#pragma once

#include "database.h"

namespace etw::server::demo {

inline constexpr auto demoPassword = "demo1234";

struct DemoAccount
{
    const char *username;
    const char *role;
    const char *country;
    const char *displayName;
};
// teacher.fr, teacher.it, correspondent.fr, pupil.fr.
const std::vector<DemoAccount> &demoAccounts();

// Seeds when the database has no account yet; `teachers` directory profiles (plus 40% as
// many schools, at least 8,000 when teachers >= 20,000). Same seed, same data, every time.
Result<bool> seedIfEmpty(Database &database, int teachers);

} // namespace etw::server::demo
