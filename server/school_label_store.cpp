// SPDX-License-Identifier: GPL-3.0-or-later
#include "school_label_store.h"

#include "change_feed.h"
#include "database.h"
#include "registration_store.h"
#include "scopes.h"
#include "sql_dialect.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSchoolLabel, "etw.school_label", QtInfoMsg)

namespace etw::server::school_label_store {

using namespace Qt::StringLiterals;

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

constexpr qint64 publishLockKey = 0x5c401;
} // namespace

const QList<SchoolRuleSet> &ruleSets()
{
    static const QList<SchoolRuleSet> sets = [] {
        QFile file(u":/grids/school_rule_sets.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return QList<SchoolRuleSet>();
        const auto parsed =
            school_label::parseRuleSets(QJsonDocument::fromJson(file.readAll()).object());
        if (!parsed)
            qCCritical(lcSchoolLabel)
                << "the shipped rule sets are not valid:" << parsed.error().message;
        return parsed ? parsed.value() : QList<SchoolRuleSet>();
    }();
    return sets;
}

const SchoolRuleSet *ruleSet(const QString &key)
{
    for (const SchoolRuleSet &r : ruleSets())
        if (r.key == key)
            return &r;
    return nullptr;
}

QString schoolYearOf(qint64 msecs)
{
    return label::schoolYearOf(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).date(), {});
}

std::optional<SchoolRound> round(QSqlDatabase &db, const QString &schoolYear)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT rule_set, cutoff FROM school_label_rounds WHERE school_year = ?"_s,
                       {schoolYear}))
        return std::nullopt;
    if (q.next())
        return SchoolRound{schoolYear, q.value(0).toString(),
                           QDate::fromString(q.value(1).toString(), Qt::ISODate)};
    return SchoolRound{schoolYear, u"current"_s, QDate(schoolYear.left(4).toInt(), 9, 1)};
}

QString roundProblem(const SchoolRound &r)
{
    const int first = r.schoolYear.left(4).toInt();
    if (r.schoolYear.size() != 9 || r.schoolYear.at(4) != u'-' || first < 2000 ||
        r.schoolYear.mid(5).toInt() != first + 1)
        return u"the school year must be like 2026-2027, not \"%1\""_s.arg(r.schoolYear);
    if (!ruleSet(r.ruleSet)) {
        QStringList keys;
        for (const SchoolRuleSet &s : ruleSets())
            keys.append(s.key);
        return u"no rule set \"%1\" here (there are: %2)"_s.arg(r.ruleSet, keys.join(u", "_s));
    }
    if (!r.cutoff.isValid())
        return u"the cut-off must be a day, YYYY-MM-DD"_s;
    const QDate start(first, 9, 1), end(first + 1, 8, 31);
    if (r.cutoff < start || r.cutoff > end)
        return u"the cut-off %1 is outside the school year %2 (%3 to %4)"_s.arg(
            r.cutoff.toString(Qt::ISODate), r.schoolYear, start.toString(Qt::ISODate),
            end.toString(Qt::ISODate));
    return {};
}

bool setRound(QSqlDatabase &db, const SchoolRound &r, qint64 now)
{
    QSqlQuery q(db);
    return Database::run(q, u"DELETE FROM school_label_rounds WHERE school_year = ?"_s,
                         {r.schoolYear}) &&
           Database::run(q,
                         u"INSERT INTO school_label_rounds (school_year, rule_set, cutoff, "
                         u"updated_at) VALUES (?, ?, ?, ?)"_s,
                         {r.schoolYear, r.ruleSet, r.cutoff.toString(Qt::ISODate), now});
}

std::optional<QHash<qint64, SchoolFacts>> facts(QSqlDatabase &db, const SchoolRound &r,
                                                qint64 schoolId)
{
    const qint64 cutoff = QDateTime(r.cutoff, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    // One school, or every one: the same queries, narrowed.
    const QString only = schoolId > 0 ? u" AND p.school_id = %1"_s.arg(schoolId) : QString();
    QHash<qint64, SchoolFacts> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Registered since its first teacher's account (or the school's own record, if older);
    // teachers counted once validated, active ones since the cut-off.
    if (!Database::run(q,
                       u"SELECT p.school_id, s.name, MIN(a.created_at), MIN(s.created_at), "
                       u"COUNT(*), SUM(CASE WHEN a.last_active_at >= ? THEN 1 ELSE 0 END) "
                       u"FROM teacher_profiles p JOIN accounts a ON a.id = p.account_id "
                       u"JOIN schools s ON s.id = p.school_id "
                       u"WHERE p.status = 'validated'"_s +
                           only + u" GROUP BY p.school_id, s.name"_s,
                       {cutoff}))
        return std::nullopt;
    while (q.next()) {
        SchoolFacts f;
        f.schoolId = q.value(0).toLongLong();
        f.schoolName = q.value(1).toString();
        qint64 first = q.value(2).toLongLong();
        if (const qint64 own = q.value(3).toLongLong(); own > 0 && own < first)
            first = own;
        f.registeredOn = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC).date();
        f.teachers = q.value(4).toInt();
        f.activeTeachers = q.value(5).toInt();
        out.insert(f.schoolId, f);
    }
    if (!Database::run(q, u"SELECT p.school_id, a.display_name FROM teacher_profiles p "
                          u"JOIN accounts a ON a.id = p.account_id WHERE p.status = 'validated' "
                          u"AND p.school_role = 'head_teacher'"_s +
                              only + u" ORDER BY a.display_name"_s))
        return std::nullopt;
    while (q.next())
        if (auto it = out.find(q.value(0).toLongLong()); it != out.end())
            it->management.append(q.value(1).toString());
    // Its teachers' awarded National Quality Labels (the label is for European projects).
    const QString labelsOnly = schoolId > 0 ? u" AND l.school_id = %1"_s.arg(schoolId) : QString();
    if (!Database::run(q, u"SELECT DISTINCT l.school_id, pr.title, l.school_year "
                          u"FROM label_applications l JOIN projects pr ON pr.id = l.project_id "
                          u"WHERE l.decision = 'awarded'"_s +
                              labelsOnly + u" ORDER BY l.school_year DESC, pr.title"_s))
        return std::nullopt;
    while (q.next())
        if (auto it = out.find(q.value(0).toLongLong()); it != out.end())
            it->labelledProjects.append({q.value(1).toString(), q.value(2).toString()});
    return out;
}

namespace {
std::optional<QHash<qint64, QString>> labelsUntil(QSqlDatabase &db, qint64 schoolId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Database::run(q, u"SELECT id, label_until FROM schools WHERE label_until <> ''"_s +
                              (schoolId > 0 ? u" AND id = %1"_s.arg(schoolId) : QString())))
        return std::nullopt;
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

std::optional<QList<SchoolEligibility>> count(QSqlDatabase &db, qint64 now, qint64 schoolId)
{
    const auto r = round(db, schoolYearOf(now));
    if (!r)
        return std::nullopt;
    const SchoolRuleSet *rules = ruleSet(r->ruleSet);
    if (!rules)
        return QList<SchoolEligibility>(); // a round of a later version's rules
    const auto all = facts(db, *r, schoolId);
    const auto labels = labelsUntil(db, schoolId);
    if (!all || !labels)
        return std::nullopt;
    QList<SchoolEligibility> out;
    for (const SchoolFacts &f : *all) {
        SchoolEligibility e{f, *r, *rules, false, {}};
        e.eligible = school_label::eligible(e.prerequisites());
        e.labelUntil = QDate::fromString(labels->value(f.schoolId), Qt::ISODate);
        out.append(e);
    }
    // Written in one order by every instance: two recounts at once wait for each other's
    // rows instead of deadlocking on them.
    std::sort(out.begin(), out.end(), [](const SchoolEligibility &a, const SchoolEligibility &b) {
        return a.facts.schoolId < b.facts.schoolId;
    });
    return out;
}
} // namespace

std::optional<SchoolEligibility> eligibility(QSqlDatabase &db, qint64 schoolId, qint64 now)
{
    const auto counted = count(db, now, schoolId);
    if (!counted)
        return std::nullopt;
    if (counted->isEmpty())
        return SchoolEligibility{}; // no validated teacher: nothing to count
    return counted->first();
}

bool publish(QSqlDatabase &db, qint64 now, qint64 schoolId, int *changed,
             QList<ChangeRecord> *collected)
{
    // One count at a time, whichever instance: a count made before another transaction's
    // change (a teacher's first request of the day) must not be written after the count
    // that sees it. Taken before the counter of the change feed, like every caller does.
    if (!SqlDialect::lockKey(db, publishLockKey))
        return false;
    const auto counted = count(db, now, schoolId);
    if (!counted)
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Database::run(q,
                       u"SELECT school_id, body, version FROM school_eligibility"_s +
                           (schoolId > 0 ? u" WHERE school_id = %1"_s.arg(schoolId) : QString())))
        return false;
    QHash<qint64, std::pair<QString, qint64>> before;
    while (q.next())
        before.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});
    QList<ChangeRecord> records;
    for (const SchoolEligibility &e : *counted) {
        const qint64 id = e.facts.schoolId;
        const QString body = compact(e.toJson());
        const auto old = before.value(id);
        if (old.first == body)
            continue;
        const qint64 version = old.second + 1;
        if (!Database::run(q,
                           u"INSERT INTO school_eligibility (school_id, body, version) "
                           u"VALUES (?, ?, ?) ON CONFLICT (school_id) DO UPDATE "
                           u"SET body = excluded.body, version = excluded.version"_s,
                           {id, body, version}))
            return false;
        records.append(
            {scopes::school(id), u"school_eligibility"_s, id, version, false, e.toJson()});
    }
    if (changed)
        *changed = int(records.size());
    if (collected) {
        collected->append(records);
        return true;
    }
    return records.isEmpty() || change_feed::record(db, records);
}

std::optional<qint64> schoolOf(QSqlDatabase &db, qint64 accountId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT school_id FROM teacher_profiles WHERE account_id = ? "
                       u"AND status = 'validated'"_s,
                       {accountId}))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {
std::optional<Stored> loadOne(QSqlDatabase &db, const QString &where, const QVariantList &binds,
                              bool *failed)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT a.body, a.field_versions, a.version FROM school_applications a "
                       u"WHERE "_s +
                           where + SqlDialect::rowLock(db, u"a"_s),
                       binds)) {
        *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    auto a = SchoolApplication::fromJson(objectOf(q.value(0).toString()));
    if (!a) {
        *failed = true;
        return std::nullopt;
    }
    Stored s{a.value(), objectOf(q.value(1).toString())};
    s.application.version = q.value(2).toLongLong();
    return s;
}
} // namespace

std::optional<Stored> forSchool(QSqlDatabase &db, qint64 schoolId, const QString &schoolYear,
                                bool *failed)
{
    return loadOne(db, u"a.school_id = ? AND a.school_year = ?"_s, {schoolId, schoolYear}, failed);
}

std::optional<Stored> forUpdate(QSqlDatabase &db, qint64 id, bool *failed)
{
    return loadOne(db, u"a.id = ?"_s, {id}, failed);
}

bool save(QSqlDatabase &db, Stored &s)
{
    SchoolApplication &a = s.application;
    QSqlQuery q(db);
    if (a.id == 0) {
        // The id is in the body too: inserted first, then written with it.
        if (!Database::run(q,
                           u"INSERT INTO school_applications (school_id, school_year, country, "
                           u"region, status, body, field_versions, version) "
                           u"VALUES (?, ?, ?, ?, ?, '{}', '{}', ?) RETURNING id"_s,
                           {a.schoolId, a.schoolYear, a.country, a.region, a.status, a.version}) ||
            !q.next())
            return false;
        a.id = q.value(0).toLongLong();
        q.finish();
    }
    return Database::run(
        q,
        u"UPDATE school_applications SET status = ?, body = ?, "
        u"field_versions = ?, version = ? WHERE id = ?"_s,
        {a.status, compact(a.toJson()), compact(s.fieldVersions), a.version, a.id});
}

std::optional<School> setLabel(QSqlDatabase &db, qint64 schoolId, const QDate &until)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"UPDATE schools SET label_until = ?, version = version + 1 "
                       u"WHERE id = ?"_s,
                       {until.toString(Qt::ISODate), schoolId}))
        return std::nullopt;
    return registration_store::school(db, schoolId);
}

} // namespace etw::server::school_label_store
