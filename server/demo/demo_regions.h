// SPDX-License-Identifier: GPL-3.0-or-later
// The region of each demo city (demo_vocabulary.cpp), so that demo schools carry a real region.
#pragma once

#include <QString>

namespace etw::server::demo {

// The ISO 3166-2 code (regions.h) of the region `city` is in; empty for a country without
// regions or a city the demo lists do not have.
QString demoRegion(const QString &country, const QString &city);

} // namespace etw::server::demo
