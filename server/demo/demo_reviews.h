// SPDX-License-Identifier: GPL-3.0-or-later
// The national services' queues in the demo: teachers waiting for validation, projects waiting
// for approval, some decided already, and reason templates — enough for a day's work offline.
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

#include <functional>

namespace etw::server::demo {

struct ReviewQueueSeed
{
    int items = 2000;          // France's queue (registrations and projects); Italy's a tenth
    qint64 now = 0;            // ms since the epoch
    qint64 firstAccountId = 0; // ids from here are free
    std::function<QString(const QString &country)> personName; // a name of that country
};

// Inside the seeding transaction, after the directory's teachers and the demo accounts.
Result<bool> seedReviewQueues(QSqlDatabase &db, const ReviewQueueSeed &seed);

} // namespace etw::server::demo
