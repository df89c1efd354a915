// SPDX-License-Identifier: GPL-3.0-or-later
// The National Quality Label's mutations: a teacher's application, assessors' scores, the
// service's decision, and the country's school year.
#pragma once

#include "mutation_handler.h"

namespace etw::server::label_mutations {
QList<MutationHandler> handlers();
// Whether this correspondent may decide on a label application of that territory, with a
// decision and feedback that hold (the National Quality Label's and the eTwinning School
// label's): the refusal, or nothing with `decision` and `feedback` read.
std::optional<MutationResult> refuseDecision(MutationContext &c, const QString &country,
                                             const QString &region, QString *decision,
                                             QString *feedback);
} // namespace etw::server::label_mutations
