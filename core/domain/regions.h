// SPDX-License-Identifier: GPL-3.0-or-later
// Regions (ISO 3166-2) per country: a school is in one, a regional correspondent works in one.
#pragma once

#include <QString>
#include <QStringList>

namespace etw::regions {

// A country's regions in the order a list shows them (by name); empty if it has no catalogue.
const QStringList &codes(const QString &countryCode);
// Whether a school's region belongs to the school's country (another country's is refused).
bool isRegion(const QString &countryCode, const QString &regionCode);
// The country a region belongs to ("FR-IDF" -> "FR"), empty if the code is unknown.
QString countryOf(const QString &regionCode);
// The name in the region's own language, untranslated like a school's; the code if unknown.
QString name(const QString &regionCode);
// The countries whose schools carry a region: FR, IT, DE, ES, PL.
QStringList countriesWithRegions();

} // namespace etw::regions
