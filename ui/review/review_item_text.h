// SPDX-License-Identifier: GPL-3.0-or-later
// What the review workspace shows of an item: a registration or a project's full form, its
// founders, partners and schools, the decisions on it and the service's notes (as HTML).
#pragma once

#include "domain/project.h"
#include "domain/registration.h"
#include "domain/review.h"

#include <QString>

namespace etw::review_item_text {

QString registration(const Registration &registration);
QString project(const Project &project);
QString notes(const QList<ReviewNote> &notes);

} // namespace etw::review_item_text
