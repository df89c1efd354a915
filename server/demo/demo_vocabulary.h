// SPDX-License-Identifier: GPL-3.0-or-later
// Word lists the demo seeder draws from: names, cities, schools and profile texts per country, in
// that country's language and script.
#pragma once
#include <span>
namespace etw::demo {
struct CountryVocabulary
{
    const char *country;  // ISO 3166-1 alpha-2, upper case, e.g. "FR"
    const char *language; // ISO 639-1 code of the language the texts below are in, e.g. "fr"
    std::span<const char *const>
        firstNames; // >= 40, most common first (the seeder draws with a Zipf skew)
    std::span<const char *const> lastNames; // >= 40, most common first
    const char *firstNameGenders;           // one char per firstNames entry, same order: 'f' or 'm'
    const char *lastNameGenders; // one char per lastNames entry, same order: 'f', 'm', or 'n' (the
                                 // same for both)
    std::span<const char *const> cities; // >= 15 real towns/cities of that country, largest first
    std::span<const char *const>
        schoolPatterns; // >= 6, school name templates in the local language; "%1" is replaced by a
                        // city or a famous local person name, e.g. "Lycée Victor Hugo", "École
                        // élémentaire de %1", "Collège Jean Moulin de %1"
    std::span<const char *const>
        schoolPatternTypes; // same length as schoolPatterns: the school type of each pattern, one
                            // of "pre_primary", "primary", "lower_secondary", "upper_secondary",
                            // "vocational", "special_needs"
    std::span<const char *const>
        bioSentences; // >= 25 distinct first-person sentences a teacher would write in a
                      // partner-search profile, in the local language (e.g. "J'enseigne
                      // l'histoire-géographie depuis douze ans.", "Nous cherchons des partenaires
                      // pour un projet sur l'eau.")
};
std::span<const CountryVocabulary> vocabularies(); // all 43 countries, in the order listed below
} // namespace etw::demo
