// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed lists of the domain: participating countries, languages, subjects, school types, ages.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace etw::catalogue {

// ISO 3166-1 alpha-2 codes of the 43 participating countries.
const QStringList &countryCodes();
bool isCountry(const QString &code);
QLocale::Territory territory(const QString &countryCode);
// The country's name in the UI language (QLocale's English name, translated by our catalogue).
QString countryName(const QString &countryCode);

// ISO 639-1 codes of the languages a teacher can work in.
const QStringList &languageCodes();
bool isLanguage(const QString &code);
QString languageName(const QString &languageCode);

// Stable subject codes ("maths", "history", …) and their names in the UI language.
const QStringList &subjectCodes();
bool isSubject(const QString &code);
QString subjectName(const QString &code);

const QStringList &schoolTypeCodes();
bool isSchoolType(const QString &code);
QString schoolTypeName(const QString &code);

// Pupils' ages span 3 (pre-primary) to 20 (vocational / post-secondary).
inline constexpr int minPupilAge = 3;
inline constexpr int maxPupilAge = 20;

} // namespace etw::catalogue
