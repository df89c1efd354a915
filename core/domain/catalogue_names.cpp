// SPDX-License-Identifier: GPL-3.0-or-later
// Marks the names QLocale gives for our countries and languages so lupdate collects them
// for translation. tst_domain checks this list against QLocale so the two cannot drift.
#include "domain/catalogue_names.h"

#include <QtGlobal>

namespace etw::catalogue {

const std::vector<const char *> &countryNameSources()
{
    static const std::vector<const char *> names{
        QT_TRANSLATE_NOOP("etw::Country", "Austria"),
        QT_TRANSLATE_NOOP("etw::Country", "Belgium"),
        QT_TRANSLATE_NOOP("etw::Country", "Bulgaria"),
        QT_TRANSLATE_NOOP("etw::Country", "Croatia"),
        QT_TRANSLATE_NOOP("etw::Country", "Cyprus"),
        QT_TRANSLATE_NOOP("etw::Country", "Czechia"),
        QT_TRANSLATE_NOOP("etw::Country", "Denmark"),
        QT_TRANSLATE_NOOP("etw::Country", "Estonia"),
        QT_TRANSLATE_NOOP("etw::Country", "Finland"),
        QT_TRANSLATE_NOOP("etw::Country", "France"),
        QT_TRANSLATE_NOOP("etw::Country", "Germany"),
        QT_TRANSLATE_NOOP("etw::Country", "Greece"),
        QT_TRANSLATE_NOOP("etw::Country", "Hungary"),
        QT_TRANSLATE_NOOP("etw::Country", "Ireland"),
        QT_TRANSLATE_NOOP("etw::Country", "Italy"),
        QT_TRANSLATE_NOOP("etw::Country", "Latvia"),
        QT_TRANSLATE_NOOP("etw::Country", "Lithuania"),
        QT_TRANSLATE_NOOP("etw::Country", "Luxembourg"),
        QT_TRANSLATE_NOOP("etw::Country", "Malta"),
        QT_TRANSLATE_NOOP("etw::Country", "Netherlands"),
        QT_TRANSLATE_NOOP("etw::Country", "Poland"),
        QT_TRANSLATE_NOOP("etw::Country", "Portugal"),
        QT_TRANSLATE_NOOP("etw::Country", "Romania"),
        QT_TRANSLATE_NOOP("etw::Country", "Slovakia"),
        QT_TRANSLATE_NOOP("etw::Country", "Slovenia"),
        QT_TRANSLATE_NOOP("etw::Country", "Spain"),
        QT_TRANSLATE_NOOP("etw::Country", "Sweden"),
        QT_TRANSLATE_NOOP("etw::Country", "Albania"),
        QT_TRANSLATE_NOOP("etw::Country", "Bosnia And Herzegovina"),
        QT_TRANSLATE_NOOP("etw::Country", "Macedonia"),
        QT_TRANSLATE_NOOP("etw::Country", "Iceland"),
        QT_TRANSLATE_NOOP("etw::Country", "Liechtenstein"),
        QT_TRANSLATE_NOOP("etw::Country", "Norway"),
        QT_TRANSLATE_NOOP("etw::Country", "Serbia"),
        QT_TRANSLATE_NOOP("etw::Country", "Turkey"),
        QT_TRANSLATE_NOOP("etw::Country", "Armenia"),
        QT_TRANSLATE_NOOP("etw::Country", "Azerbaijan"),
        QT_TRANSLATE_NOOP("etw::Country", "Georgia"),
        QT_TRANSLATE_NOOP("etw::Country", "Moldova"),
        QT_TRANSLATE_NOOP("etw::Country", "Ukraine"),
        QT_TRANSLATE_NOOP("etw::Country", "Tunisia"),
        QT_TRANSLATE_NOOP("etw::Country", "Jordan"),
        QT_TRANSLATE_NOOP("etw::Country", "Lebanon"),
    };
    return names;
}

const std::vector<const char *> &languageNameSources()
{
    static const std::vector<const char *> names{
        QT_TRANSLATE_NOOP("etw::Language", "Bulgarian"),
        QT_TRANSLATE_NOOP("etw::Language", "Bosnian"),
        QT_TRANSLATE_NOOP("etw::Language", "Czech"),
        QT_TRANSLATE_NOOP("etw::Language", "Danish"),
        QT_TRANSLATE_NOOP("etw::Language", "German"),
        QT_TRANSLATE_NOOP("etw::Language", "Greek"),
        QT_TRANSLATE_NOOP("etw::Language", "English"),
        QT_TRANSLATE_NOOP("etw::Language", "Spanish"),
        QT_TRANSLATE_NOOP("etw::Language", "Estonian"),
        QT_TRANSLATE_NOOP("etw::Language", "Finnish"),
        QT_TRANSLATE_NOOP("etw::Language", "French"),
        QT_TRANSLATE_NOOP("etw::Language", "Irish"),
        QT_TRANSLATE_NOOP("etw::Language", "Croatian"),
        QT_TRANSLATE_NOOP("etw::Language", "Hungarian"),
        QT_TRANSLATE_NOOP("etw::Language", "Armenian"),
        QT_TRANSLATE_NOOP("etw::Language", "Icelandic"),
        QT_TRANSLATE_NOOP("etw::Language", "Italian"),
        QT_TRANSLATE_NOOP("etw::Language", "Georgian"),
        QT_TRANSLATE_NOOP("etw::Language", "Luxembourgish"),
        QT_TRANSLATE_NOOP("etw::Language", "Lithuanian"),
        QT_TRANSLATE_NOOP("etw::Language", "Latvian"),
        QT_TRANSLATE_NOOP("etw::Language", "Macedonian"),
        QT_TRANSLATE_NOOP("etw::Language", "Maltese"),
        QT_TRANSLATE_NOOP("etw::Language", "Norwegian Bokmal"),
        QT_TRANSLATE_NOOP("etw::Language", "Dutch"),
        QT_TRANSLATE_NOOP("etw::Language", "Polish"),
        QT_TRANSLATE_NOOP("etw::Language", "Portuguese"),
        QT_TRANSLATE_NOOP("etw::Language", "Romanian"),
        QT_TRANSLATE_NOOP("etw::Language", "Slovak"),
        QT_TRANSLATE_NOOP("etw::Language", "Slovenian"),
        QT_TRANSLATE_NOOP("etw::Language", "Albanian"),
        QT_TRANSLATE_NOOP("etw::Language", "Serbian"),
        QT_TRANSLATE_NOOP("etw::Language", "Swedish"),
        QT_TRANSLATE_NOOP("etw::Language", "Turkish"),
        QT_TRANSLATE_NOOP("etw::Language", "Ukrainian"),
        QT_TRANSLATE_NOOP("etw::Language", "Arabic"),
    };
    return names;
}

} // namespace etw::catalogue
