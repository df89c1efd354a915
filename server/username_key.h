// SPDX-License-Identifier: GPL-3.0-or-later
// The form of a user name that sign-in and throttling compare: case does not matter.
#pragma once

#include <QString>

namespace etw::server {

// Unicode case folding done here, not by SQL lower(): SQLite folds ASCII only and PostgreSQL
// follows the database's collation, so the two engines would disagree.
inline QString usernameKey(const QString &username)
{
    return username.trimmed().toCaseFolded();
}

} // namespace etw::server
