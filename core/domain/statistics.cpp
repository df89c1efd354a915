// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/statistics.h"

#include <QDateTime>
#include <QRegularExpression>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject StatisticsRecord::toJson() const
{
    QJsonObject counts;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        counts.insert(it.key(), it.value());
    return {{u"id"_s, id},           {u"country"_s, country},       {u"region"_s, region},
            {u"month"_s, month},     {u"schoolYear"_s, schoolYear}, {u"figures"_s, counts},
            {u"version"_s, version}, {u"updatedAt"_s, updatedAt}};
}

Result<StatisticsRecord> StatisticsRecord::fromJson(const QJsonObject &o)
{
    static const QRegularExpression monthPattern(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    StatisticsRecord r;
    r.id = o.value(u"id"_s).toInteger();
    r.country = o.value(u"country"_s).toString();
    r.region = o.value(u"region"_s).toString();
    r.month = o.value(u"month"_s).toString();
    r.schoolYear = o.value(u"schoolYear"_s).toString();
    r.version = o.value(u"version"_s).toInteger();
    r.updatedAt = o.value(u"updatedAt"_s).toInteger();
    if (r.country.isEmpty() || !monthPattern.match(r.month).hasMatch())
        return Error{u"invalid"_s, u"a statistics record needs a country and a month"_s, {}};
    if (r.schoolYear.isEmpty())
        r.schoolYear = statistics::schoolYearOf(r.month);
    const QJsonObject counts = o.value(u"figures"_s).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        if (it.value().toInteger() != 0)
            r.figures.insert(it.key(), it.value().toInteger());
    return r;
}

namespace statistics {

QString projectMeasure(const QString &kind, const QString &status)
{
    return u"projects."_s + kind + u'.' + status;
}

std::pair<QString, QString> projectKindAndStatus(const QString &measure)
{
    const QStringList parts = measure.split(u'.');
    if (parts.size() != 3 || parts[0] != u"projects")
        return {};
    return {parts[1], parts[2]};
}

QStringList projectKinds()
{
    return {u"national"_s, u"european"_s};
}

QStringList projectStatuses()
{
    return {u"waiting_partners"_s, u"waiting_approval"_s, u"active"_s, u"archived"_s,
            u"rejected"_s};
}

qint64 projectTotal(const QMap<QString, qint64> &figures)
{
    qint64 total = 0;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        if (it.key().startsWith(u"projects."))
            total += it.value();
    return total;
}

QStringList labelMeasures()
{
    return {QString::fromLatin1(labelsApplied),    QString::fromLatin1(labelsAwarded),
            QString::fromLatin1(labelsNotAwarded), QString::fromLatin1(eqlNominations),
            QString::fromLatin1(eqlAwards),        QString::fromLatin1(schoolsLabelled)};
}

QString monthOf(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM"_s);
}

QString schoolYearOf(const QString &month)
{
    const int year = month.left(4).toInt();
    const int m = month.mid(5, 2).toInt();
    const int start = m >= 9 ? year : year - 1;
    return QString::number(start) + u'-' + QString::number(start + 1);
}

QStringList monthsOf(const QString &schoolYear)
{
    const int start = schoolYear.left(4).toInt();
    QStringList out;
    for (int i = 0; i < 12; ++i) {
        const int m = (8 + i) % 12 + 1;
        const int y = m >= 9 ? start : start + 1;
        out.append(u"%1-%2"_s.arg(y, 4, 10, QChar(u'0')).arg(m, 2, 10, QChar(u'0')));
    }
    return out;
}

} // namespace statistics
} // namespace etw
