// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label in the demo: a French school that is eligible, with its head
// teacher (head.fr, who signs in), and one that meets every prerequisite but one (only two of
// its teachers were active since the round's cut-off).
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace etw::server::demo {

struct SchoolLabelSeed
{
    qint64 now = 0;       // ms since the epoch
    QString passwordHash; // the demo accounts'
};

// The accounts it adds that sign in (with the demo's password): the head teacher's.
inline constexpr const char *headTeacherUsername = "head.fr";

// Inside the seeding transaction, after the Quality Labels (their awards make schools
// eligible).
Result<bool> seedSchoolLabels(QSqlDatabase &db, const SchoolLabelSeed &seed);

} // namespace etw::server::demo
