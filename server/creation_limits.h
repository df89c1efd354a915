// SPDX-License-Identifier: GPL-3.0-or-later
// Rate limits on what one account creates (forum posts, chat messages): how long it must wait.
#pragma once

#include "mutation_handler.h"

#include <functional>
#include <optional>

namespace etw::server::creation_limits {

struct Window
{
    qint64 ms = 0;
    int limit = 0;
};
// What the account created since a time: how many, and the oldest one's time.
struct Recent
{
    qint64 count = 0;
    qint64 oldest = 0;
};
using CountSince = std::function<std::optional<Recent>(qint64 since)>;

// Seconds the account must wait before its next creation (0: none); nullopt when the database
// failed. One account's creations are counted and made one request at a time (two computers of
// one teacher at once would otherwise both find room), after the project's lock as the uploads
// take it, so that the two locks are always taken in the same order.
std::optional<int> secondsToWait(MutationContext &c, const QList<Window> &windows,
                                 const CountSince &countSince);

} // namespace etw::server::creation_limits
