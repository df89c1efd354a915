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
    const char *region = ""; // a regional correspondent's (ISO 3166-2)
};
// teacher.fr, teacher.it, correspondent.fr, pupil.fr, … correspondent.fr.idf.
const std::vector<DemoAccount> &demoAccounts();

// Seeds when the database has no account yet; `teachers` directory profiles (plus 40% as
// many schools, at least 8,000 when teachers >= 20,000). Same seed, same data, every time.
// `reviewQueue`: the items France's national service finds to review (demo_reviews.h).
Result<bool> seedIfEmpty(Database &database, int teachers, int reviewQueue = 2000);

} // namespace etw::server::demo
