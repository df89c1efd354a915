// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/directory_store.h"

#include "domain/text_fold.h"
#include "store/sql_statement.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcDirectory, "etw.directory", QtInfoMsg)

namespace etw::directory_store {

using namespace Qt::StringLiterals;

namespace {

// Prepared once per apply() call and reused for every row of the page.
struct Statements
{
    explicit Statements(QSqlDatabase &db)
        : upsertSchool(db)
        , schoolOf(db)
        , refreshTeachers(db)
        , teachersOfSchool(db)
        , upsertTeacher(db)
        , removeTeacher(db)
        , removeFts(db)
        , insertFts(db)
        , removeSubjects(db)
        , insertSubject(db)
        , removeLanguages(db)
        , insertLanguage(db)
    {
        upsertSchool.prepare(u"INSERT OR REPLACE INTO schools (id, name, city, country, type, "
                             u"version, label_until) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''))"_s);
        schoolOf.prepare(u"SELECT name, city, type, label_until FROM schools WHERE id = ?"_s);
        refreshTeachers.prepare(u"UPDATE teachers SET school_name = ?, city = ?, school_type = ?, "
                                u"school_label_until = COALESCE(?, '') WHERE school_id = ?"_s);
        teachersOfSchool.prepare(u"SELECT data FROM teachers WHERE school_id = ?"_s);
        upsertTeacher.prepare(
            u"INSERT OR REPLACE INTO teachers (id, display_name, sort_key, "
            u"school_id, school_name, city, school_type, country, age_min, "
            u"age_max, version, data, school_label_until, quality_labels) VALUES (?, ?, ?, ?, "
            u"COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, COALESCE(?, ''), "
            u"?)"_s);
        removeTeacher.prepare(u"DELETE FROM teachers WHERE id = ?"_s);
        removeFts.prepare(u"DELETE FROM teacher_fts WHERE rowid = ?"_s);
        insertFts.prepare(u"INSERT INTO teacher_fts (rowid, name, school, city, bio) "
                          u"VALUES (?, ?, ?, ?, ?)"_s);
        removeSubjects.prepare(u"DELETE FROM teacher_subjects WHERE teacher_id = ?"_s);
        insertSubject.prepare(u"INSERT OR IGNORE INTO teacher_subjects (subject, teacher_id) "
                              u"VALUES (?, ?)"_s);
        removeLanguages.prepare(u"DELETE FROM teacher_languages WHERE teacher_id = ?"_s);
        insertLanguage.prepare(u"INSERT OR IGNORE INTO teacher_languages (language, teacher_id) "
                               u"VALUES (?, ?)"_s);
    }
    QSqlQuery upsertSchool, schoolOf, refreshTeachers, teachersOfSchool, upsertTeacher,
        removeTeacher, removeFts, insertFts, removeSubjects, insertSubject, removeLanguages,
        insertLanguage;
};

// Set when a statement of this thread found the file damaged (SQLITE_CORRUPT, also inside the
// text index, or SQLITE_NOTADB); taken by tookDamage().
thread_local bool damageSeen = false;

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (runStatement(query, sql, values, lcDirectory()))
        return true;
    const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
    damageSeen = damageSeen || code == 11 || code == 26;
    return false;
}

bool exec(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qCWarning(lcDirectory) << "exec failed:" << q.lastError().text() << q.lastQuery();
    return false;
}

bool removeTeacher(Statements &s, qint64 id)
{
    return exec(s.removeTeacher, {id}) && exec(s.removeFts, {id}) && exec(s.removeSubjects, {id}) &&
           exec(s.removeLanguages, {id});
}

// The searchable text of a teacher, folded (see foldForSearch) so that matching ignores case
// and diacritics.
bool indexText(Statements &s, const TeacherProfile &p, const QString &schoolName,
               const QString &city)
{
    return exec(s.insertFts, {p.id, foldForSearch(p.displayName), foldForSearch(schoolName),
                              foldForSearch(city), foldForSearch(p.bio)});
}

bool applyTeacher(Statements &s, const Change &change)
{
    if (!removeTeacher(s, change.id))
        return false;
    if (change.deleted)
        return true;
    const auto parsed = TeacherProfile::fromJson(change.data);
    if (!parsed)
        return true; // a row this version cannot read is skipped, not fatal to the page
    const TeacherProfile &p = parsed.value();
    // A teacher whose school has not arrived yet is listed without it until it does.
    QString schoolName, city, type, labelUntil;
    if (exec(s.schoolOf, {p.schoolId}) && s.schoolOf.next()) {
        schoolName = s.schoolOf.value(0).toString();
        city = s.schoolOf.value(1).toString();
        type = s.schoolOf.value(2).toString();
        labelUntil = s.schoolOf.value(3).toString();
    }
    s.schoolOf.finish();
    const QString data =
        QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact));
    if (!exec(s.upsertTeacher, {p.id, p.displayName, foldForSearch(p.displayName), p.schoolId,
                                schoolName, city, type, p.country, p.ageMin, p.ageMax, p.version,
                                data, labelUntil, int(p.labels.size())}) ||
        !indexText(s, p, schoolName, city))
        return false;
    for (const QString &subject : p.subjects)
        if (!exec(s.insertSubject, {subject, p.id}))
            return false;
    for (const QString &language : p.languages)
        if (!exec(s.insertLanguage, {language, p.id}))
            return false;
    return true;
}

bool applySchool(Statements &s, const Change &change)
{
    if (change.deleted)
        return true; // schools are never removed while teachers point at them
    const auto parsed = School::fromJson(change.data);
    if (!parsed)
        return true;
    const School &school = parsed.value();
    if (!exec(s.upsertSchool, {school.id, school.name, school.city, school.country, school.type,
                               school.version, school.labelUntil}) ||
        !exec(s.refreshTeachers,
              {school.name, school.city, school.type, school.labelUntil, school.id}) ||
        !exec(s.teachersOfSchool, {school.id}))
        return false;
    // Teachers are found by their school's name and town: their text is indexed again.
    QList<TeacherProfile> teachers;
    while (s.teachersOfSchool.next())
        if (auto p = TeacherProfile::fromJson(
                QJsonDocument::fromJson(s.teachersOfSchool.value(0).toString().toUtf8()).object()))
            teachers.append(p.value());
    s.teachersOfSchool.finish();
    for (const TeacherProfile &p : std::as_const(teachers))
        if (!exec(s.removeFts, {p.id}) || !indexText(s, p, school.name, school.city))
            return false;
    return true;
}

// WHERE clause and bound values for a query, shared by search() and count().
// How the WHERE clause is made for a given way of finding rows.
enum class Drive {
    Planner,  // the planner's choice: the text's matches or a subject's list as a list
    Walk,     // rows come one by one (the name order): every filter is a probe of its own
    TextIndex // rows come from the text index (teacher_fts f); only probes by id (no t)
};

QString whereClause(const PartnerQuery &query, QVariantList &values, Drive drive = Drive::Planner)
{
    QStringList conditions;
    const QString id = drive == Drive::TextIndex ? u"f.rowid"_s : u"t.id"_s;
    const QString fts = query.ftsExpression();
    if (!fts.isEmpty()) {
        conditions.append(
            drive == Drive::TextIndex
                ? u"f.teacher_fts MATCH ?"_s
                : u"t.id IN (SELECT rowid FROM teacher_fts WHERE teacher_fts MATCH ?)"_s);
        values.append(fts);
    }
    if (!query.country.isEmpty()) {
        conditions.append(u"t.country = ?"_s);
        values.append(query.country);
    }
    if (!query.schoolType.isEmpty()) {
        conditions.append(u"t.school_type = ?"_s);
        values.append(query.schoolType);
    }
    // Correlated EXISTS, not IN (…): a common language ("en") would otherwise build a set of
    // most of the directory on every search; this is one primary-key probe per candidate row.
    if (!query.subject.isEmpty()) {
        conditions.append(drive == Drive::Planner
                              ? u"t.id IN (SELECT teacher_id FROM teacher_subjects "
                                u"WHERE subject = ?)"_s
                              : u"EXISTS (SELECT 1 FROM teacher_subjects s WHERE "
                                u"s.teacher_id = %1 AND s.subject = ?)"_s.arg(id));
        values.append(query.subject);
    }
    if (!query.language.isEmpty()) {
        conditions.append(u"EXISTS (SELECT 1 FROM teacher_languages l WHERE l.teacher_id = %1 "
                          u"AND l.language = ?)"_s.arg(id));
        values.append(query.language);
    }
    if (query.ageFrom > 0) {
        conditions.append(u"t.age_max >= ?"_s);
        values.append(query.ageFrom);
    }
    if (query.ageTo > 0) {
        conditions.append(u"t.age_min <= ?"_s);
        values.append(query.ageTo);
    }
    // A label valid today (ISO dates compare as text).
    if (query.eTwinningSchools) {
        conditions.append(u"t.school_label_until >= ?"_s);
        values.append(QDate::currentDate().toString(Qt::ISODate));
    }
    if (query.qualityLabels)
        conditions.append(u"t.quality_labels > 0"_s);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

// Whether a filter needs the teacher's row (the others are probes by id).
bool needsTeacherRow(const PartnerQuery &query)
{
    return !query.country.isEmpty() || !query.schoolType.isEmpty() || query.ageFrom > 0 ||
           query.ageTo > 0 || query.eTwinningSchools || query.qualityLabels;
}

// Where a page of results starts from. With a text, its matches in the full-text index, each
// looked up (in rowid order, which reads the table in order) and the few that pass sorted.
// Filters only: walking the name order (an index; within a country, (country, sort_key)) and
// checking each row, which stops as soon as the page is full instead of looking up and sorting
// every teacher of a subject (20,000 and more) as the planner would.
bool walksNameOrder(const PartnerQuery &query)
{
    // One- or two-letter prefixes (a name being typed) match a quarter of the directory: the
    // name order finds a page of them sooner than sorting them all.
    const QStringList terms = searchTerms(foldForSearch(query.text));
    return std::all_of(terms.cbegin(), terms.cend(), [](const QString &t) { return t.size() < 3; });
}

QString rowSource(const PartnerQuery &query)
{
    if (!walksNameOrder(query))
        return u"teachers t"_s;
    return query.country.isEmpty() ? u"teachers t INDEXED BY teachers_sort"_s
                                   : u"teachers t INDEXED BY teachers_country"_s;
}

} // namespace

bool apply(QSqlDatabase &db, const QList<Change> &changes)
{
    Statements s(db);
    for (const Change &change : changes) {
        bool ok = true;
        if (change.type == u"teacher")
            ok = applyTeacher(s, change);
        else if (change.type == u"school")
            ok = applySchool(s, change);
        if (!ok)
            return false;
    }
    return true;
}

bool tookDamage()
{
    return std::exchange(damageSeen, false);
}

bool clear(QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const auto *table :
         {"teachers", "schools", "teacher_fts", "teacher_subjects", "teacher_languages"})
        if (!q.exec(u"DELETE FROM "_s + QLatin1String(table)))
            return false;
    return true;
}

QList<PartnerRow> search(QSqlDatabase &db, const PartnerQuery &query,
                         const std::optional<PartnerRow> &after, int limit)
{
    QVariantList values;
    QString where =
        whereClause(query, values, walksNameOrder(query) ? Drive::Walk : Drive::Planner);
    if (after) {
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + u"(t.sort_key, t.id) > (?, ?)"_s;
        values.append(after->sortKey);
        values.append(after->id);
    }
    values.append(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<PartnerRow> rows;
    if (!run(q,
             u"SELECT t.id, t.sort_key, t.display_name, t.school_name, t.city, "
             u"t.country, t.school_type, t.age_min, t.age_max, "
             u"(SELECT group_concat(subject, ',') FROM teacher_subjects s "
             u"WHERE s.teacher_id = t.id), t.school_label_until, t.quality_labels FROM "_s +
                 rowSource(query) + where + u" ORDER BY t.sort_key, t.id LIMIT ?"_s,
             values))
        return rows;
    while (q.next()) {
        PartnerRow r;
        r.id = q.value(0).toLongLong();
        r.sortKey = q.value(1).toString();
        r.displayName = q.value(2).toString();
        r.schoolName = q.value(3).toString();
        r.city = q.value(4).toString();
        r.country = q.value(5).toString();
        r.schoolType = q.value(6).toString();
        r.ageMin = q.value(7).toInt();
        r.ageMax = q.value(8).toInt();
        r.subjects = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
        r.schoolLabelUntil = q.value(10).toString();
        r.qualityLabels = q.value(11).toInt();
        rows.append(std::move(r));
    }
    return rows;
}

int count(QSqlDatabase &db, const PartnerQuery &query, int upTo)
{
    // A text whose other filters are probes by id (subject, language): counted as its matches
    // stream from the text index, without reading a teacher's row (38,000 matches of "ma"
    // with a subject and a language: 24 ms instead of 69 ms for a list of them built first and
    // each row read). With a country, ages or a school type, the planner's way is quicker
    // (from a country's part of the name index, say).
    const bool fromText = !query.ftsExpression().isEmpty() && !needsTeacherRow(query);
    QVariantList values;
    const QString where = whereClause(query, values, fromText ? Drive::TextIndex : Drive::Planner);
    const QString source = fromText ? u"teacher_fts f"_s : u"teachers t"_s;
    QString sql = u"SELECT COUNT(*) FROM "_s + source + where;
    if (upTo > 0) {
        sql = u"SELECT COUNT(*) FROM (SELECT 1 FROM "_s + source + where + u" LIMIT ?)"_s;
        values.append(upTo + 1);
    }
    QSqlQuery q(db);
    if (!run(q, sql, values) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<PartnerDetail> detail(QSqlDatabase &db, qint64 teacherId)
{
    QSqlQuery q(db);
    if (!run(q,
             u"SELECT t.data, s.id, s.name, s.city, s.country, s.type, s.version, "
             u"s.label_until "
             u"FROM teachers t LEFT JOIN schools s ON s.id = t.school_id "
             u"WHERE t.id = ?"_s,
             {teacherId}) ||
        !q.next())
        return std::nullopt;
    auto teacher =
        TeacherProfile::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!teacher)
        return std::nullopt;
    PartnerDetail d{teacher.value(), {}};
    d.school.id = q.value(1).toLongLong();
    d.school.name = q.value(2).toString();
    d.school.city = q.value(3).toString();
    d.school.country = q.value(4).toString();
    d.school.type = q.value(5).toString();
    d.school.version = q.value(6).toLongLong();
    d.school.labelUntil = q.value(7).toString();
    return d;
}

QList<School> schools(QSqlDatabase &db, const QString &country)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<std::pair<QString, School>> sorted;
    if (!run(q, u"SELECT id, name, city, type, version FROM schools WHERE country = ?"_s,
             {country}))
        return {};
    while (q.next()) {
        School s{q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toString(), country,
                 q.value(3).toString(),   q.value(4).toLongLong()};
        sorted.append({foldForSearch(s.name + u' ' + s.city), std::move(s)});
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<School> out;
    out.reserve(sorted.size());
    for (auto &entry : sorted)
        out.append(std::move(entry.second));
    return out;
}

} // namespace etw::directory_store
