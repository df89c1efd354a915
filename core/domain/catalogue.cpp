// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/catalogue.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace etw::catalogue {

using namespace Qt::StringLiterals;
namespace {

struct Subject
{
    const char *code;
    const char *name;
};

// Names are marked for translation here and translated when shown.
constexpr std::array subjects{
    Subject{"maths", QT_TRANSLATE_NOOP("etw::Subject", "Mathematics")},
    Subject{"physics", QT_TRANSLATE_NOOP("etw::Subject", "Physics")},
    Subject{"chemistry", QT_TRANSLATE_NOOP("etw::Subject", "Chemistry")},
    Subject{"biology", QT_TRANSLATE_NOOP("etw::Subject", "Biology")},
    Subject{"science", QT_TRANSLATE_NOOP("etw::Subject", "Natural sciences")},
    Subject{"history", QT_TRANSLATE_NOOP("etw::Subject", "History")},
    Subject{"geography", QT_TRANSLATE_NOOP("etw::Subject", "Geography")},
    Subject{"citizenship", QT_TRANSLATE_NOOP("etw::Subject", "Citizenship")},
    Subject{"mother_tongue", QT_TRANSLATE_NOOP("etw::Subject", "Mother tongue and literature")},
    Subject{"foreign_languages", QT_TRANSLATE_NOOP("etw::Subject", "Foreign languages")},
    Subject{"arts", QT_TRANSLATE_NOOP("etw::Subject", "Visual arts")},
    Subject{"music", QT_TRANSLATE_NOOP("etw::Subject", "Music")},
    Subject{"drama", QT_TRANSLATE_NOOP("etw::Subject", "Drama")},
    Subject{"physical_education", QT_TRANSLATE_NOOP("etw::Subject", "Physical education")},
    Subject{"ict", QT_TRANSLATE_NOOP("etw::Subject", "Computer science and ICT")},
    Subject{"technology", QT_TRANSLATE_NOOP("etw::Subject", "Technology")},
    Subject{"environment", QT_TRANSLATE_NOOP("etw::Subject", "Environmental education")},
    Subject{"economics", QT_TRANSLATE_NOOP("etw::Subject", "Economics")},
    Subject{"philosophy", QT_TRANSLATE_NOOP("etw::Subject", "Philosophy")},
    Subject{"religion_ethics", QT_TRANSLATE_NOOP("etw::Subject", "Religion and ethics")},
    Subject{"pre_primary", QT_TRANSLATE_NOOP("etw::Subject", "Pre-primary education")},
    Subject{"primary", QT_TRANSLATE_NOOP("etw::Subject", "Primary school subjects")},
    Subject{"special_needs", QT_TRANSLATE_NOOP("etw::Subject", "Special needs education")},
    Subject{"vocational", QT_TRANSLATE_NOOP("etw::Subject", "Vocational training")},
    Subject{"media_literacy", QT_TRANSLATE_NOOP("etw::Subject", "Media literacy and eSafety")},
    Subject{"library", QT_TRANSLATE_NOOP("etw::Subject", "School library")},
};

constexpr std::array schoolTypes{
    Subject{"pre_primary", QT_TRANSLATE_NOOP("etw::SchoolType", "Pre-primary school")},
    Subject{"primary", QT_TRANSLATE_NOOP("etw::SchoolType", "Primary school")},
    Subject{"lower_secondary", QT_TRANSLATE_NOOP("etw::SchoolType", "Lower secondary school")},
    Subject{"upper_secondary", QT_TRANSLATE_NOOP("etw::SchoolType", "Upper secondary school")},
    Subject{"vocational", QT_TRANSLATE_NOOP("etw::SchoolType", "Vocational school")},
    Subject{"special_needs", QT_TRANSLATE_NOOP("etw::SchoolType", "Special needs school")},
};

struct CountryEntry
{
    const char *code;
    QLocale::Territory territory;
};

// EU 27, the other Erasmus+ programme countries and the eTwinning Plus countries.
constexpr std::array countries{
    CountryEntry{"AT", QLocale::Austria},
    CountryEntry{"BE", QLocale::Belgium},
    CountryEntry{"BG", QLocale::Bulgaria},
    CountryEntry{"HR", QLocale::Croatia},
    CountryEntry{"CY", QLocale::Cyprus},
    CountryEntry{"CZ", QLocale::Czechia},
    CountryEntry{"DK", QLocale::Denmark},
    CountryEntry{"EE", QLocale::Estonia},
    CountryEntry{"FI", QLocale::Finland},
    CountryEntry{"FR", QLocale::France},
    CountryEntry{"DE", QLocale::Germany},
    CountryEntry{"GR", QLocale::Greece},
    CountryEntry{"HU", QLocale::Hungary},
    CountryEntry{"IE", QLocale::Ireland},
    CountryEntry{"IT", QLocale::Italy},
    CountryEntry{"LV", QLocale::Latvia},
    CountryEntry{"LT", QLocale::Lithuania},
    CountryEntry{"LU", QLocale::Luxembourg},
    CountryEntry{"MT", QLocale::Malta},
    CountryEntry{"NL", QLocale::Netherlands},
    CountryEntry{"PL", QLocale::Poland},
    CountryEntry{"PT", QLocale::Portugal},
    CountryEntry{"RO", QLocale::Romania},
    CountryEntry{"SK", QLocale::Slovakia},
    CountryEntry{"SI", QLocale::Slovenia},
    CountryEntry{"ES", QLocale::Spain},
    CountryEntry{"SE", QLocale::Sweden},
    CountryEntry{"AL", QLocale::Albania},
    CountryEntry{"BA", QLocale::BosniaAndHerzegovina},
    CountryEntry{"MK", QLocale::Macedonia},
    CountryEntry{"IS", QLocale::Iceland},
    CountryEntry{"LI", QLocale::Liechtenstein},
    CountryEntry{"NO", QLocale::Norway},
    CountryEntry{"RS", QLocale::Serbia},
    CountryEntry{"TR", QLocale::Turkey},
    CountryEntry{"AM", QLocale::Armenia},
    CountryEntry{"AZ", QLocale::Azerbaijan},
    CountryEntry{"GE", QLocale::Georgia},
    CountryEntry{"MD", QLocale::Moldova},
    CountryEntry{"UA", QLocale::Ukraine},
    CountryEntry{"TN", QLocale::Tunisia},
    CountryEntry{"JO", QLocale::Jordan},
    CountryEntry{"LB", QLocale::Lebanon},
};

// Languages of the participating countries, plus English.
constexpr std::array<const char *, 36> languages{
    "bg", "bs", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga",
    "hr", "hu", "hy", "is", "it", "ka", "lb", "lt", "lv", "mk", "mt", "nb",
    "nl", "pl", "pt", "ro", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "ar",
};

template <typename Array> QStringList codesOf(const Array &array)
{
    QStringList out;
    for (const auto &entry : array)
        out.append(QString::fromLatin1(entry.code));
    return out;
}

template <typename Array>
QString nameOf(const Array &array, const char *context, const QString &code)
{
    for (const auto &entry : array)
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate(context, entry.name);
    return code;
}

} // namespace

const QStringList &countryCodes()
{
    static const QStringList codes = codesOf(countries);
    return codes;
}

bool isCountry(const QString &code)
{
    return countryCodes().contains(code);
}

QLocale::Territory territory(const QString &countryCode)
{
    for (const auto &entry : countries)
        if (countryCode == QLatin1String(entry.code))
            return entry.territory;
    return QLocale::AnyTerritory;
}

QString countryName(const QString &countryCode)
{
    const QLocale::Territory t = territory(countryCode);
    if (t == QLocale::AnyTerritory)
        return countryCode;
    // QLocale knows the names in English; our translation catalogue carries them into the
    // UI language (see catalogue_names.cpp, checked against QLocale by tst_domain).
    const QString english = QLocale::territoryToString(t);
    const QString name = QCoreApplication::translate("etw::Country", english.toUtf8().constData());
    // QLocale capitalises every word ("Bosnia And Herzegovina"); English writes "and".
    return name == english ? QString(name).replace(u" And "_s, u" and "_s) : name;
}

const QStringList &languageCodes()
{
    static const QStringList codes = [] {
        QStringList out;
        for (const char *code : languages)
            out.append(QString::fromLatin1(code));
        return out;
    }();
    return codes;
}

bool isLanguage(const QString &code)
{
    return languageCodes().contains(code);
}

QString languageName(const QString &languageCode)
{
    const QLocale locale(languageCode);
    if (locale.language() == QLocale::C || !isLanguage(languageCode))
        return languageCode;
    return QCoreApplication::translate(
        "etw::Language", QLocale::languageToString(locale.language()).toUtf8().constData());
}

const QStringList &subjectCodes()
{
    static const QStringList codes = codesOf(subjects);
    return codes;
}

bool isSubject(const QString &code)
{
    return subjectCodes().contains(code);
}
QString subjectName(const QString &code)
{
    return nameOf(subjects, "etw::Subject", code);
}

const QStringList &schoolTypeCodes()
{
    static const QStringList codes = codesOf(schoolTypes);
    return codes;
}

bool isSchoolType(const QString &code)
{
    return schoolTypeCodes().contains(code);
}
QString schoolTypeName(const QString &code)
{
    return nameOf(schoolTypes, "etw::SchoolType", code);
}

} // namespace etw::catalogue
