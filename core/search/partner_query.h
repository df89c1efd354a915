// SPDX-License-Identifier: GPL-3.0-or-later
// What a teacher asks the partner search, and one line of its answer.
#pragma once

#include <QMetaType>
#include <QStringList>

namespace etw {

struct PartnerQuery
{
    QString text;       // free text: names, school, city, profile; prefixes match
    QString country;    // ISO code or empty
    QString subject;    // subject code or empty
    QString language;   // language code or empty
    QString schoolType; // school type code or empty
    int ageFrom = 0;    // pupils' ages wanted; 0 = any. Matches profiles whose range overlaps.
    int ageTo = 0;
    bool eTwinningSchools = false; // only teachers of schools with a valid eTwinning School label
    bool qualityLabels = false;    // only teachers holding a Quality Label (national or European)

    // The FTS5 expression for text: every word, as a prefix, must match.
    QString ftsExpression() const;
    friend bool operator==(const PartnerQuery &, const PartnerQuery &) = default;
};

struct PartnerRow
{
    qint64 id = 0;
    QString sortKey;
    QString displayName;
    QString schoolName;
    QString city;
    QString country;
    QString schoolType;
    QStringList subjects;
    int ageMin = 0;
    int ageMax = 0;
    QString schoolLabelUntil = {}; // the school's eTwinning School label's last day, or empty
    int qualityLabels = 0;         // how many Quality Labels the teacher holds
};

} // namespace etw

Q_DECLARE_METATYPE(etw::PartnerQuery)
Q_DECLARE_METATYPE(etw::PartnerRow)
