// SPDX-License-Identifier: GPL-3.0-or-later
// The English QLocale names of our countries and languages, as marked for translation.
#pragma once

#include <vector>

namespace etw::catalogue {
const std::vector<const char *> &countryNameSources();
const std::vector<const char *> &languageNameSources();
} // namespace etw::catalogue
