// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/directory_schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace etw::directory_schema {

using namespace Qt::StringLiterals;

namespace {

const char *const statements[] = {
    // Where the directory's pull stands: kept in this file so that a page and its cursor are
    // written in one transaction, and so that a snapshot carries the cursor it was made at.
    "CREATE TABLE sync_state (scope TEXT PRIMARY KEY, cursor INTEGER NOT NULL, "
    "epoch TEXT NOT NULL DEFAULT '', synced_at INTEGER)",
    // label_until: the last day of its eTwinning School label, '' without one (format 3).
    "CREATE TABLE schools (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, "
    "country TEXT NOT NULL, type TEXT NOT NULL, version INTEGER NOT NULL, "
    "label_until TEXT NOT NULL DEFAULT '')",
    // School fields are copied into each teacher row so that a search needs no join.
    // quality_labels: how many Quality Labels the teacher holds (format 4).
    "CREATE TABLE teachers (id INTEGER PRIMARY KEY, display_name TEXT NOT NULL, "
    "sort_key TEXT NOT NULL, school_id INTEGER NOT NULL, school_name TEXT NOT NULL, "
    "city TEXT NOT NULL, school_type TEXT NOT NULL, country TEXT NOT NULL, "
    "age_min INTEGER NOT NULL, age_max INTEGER NOT NULL, version INTEGER NOT NULL, "
    "data TEXT NOT NULL, school_label_until TEXT NOT NULL DEFAULT '', "
    "quality_labels INTEGER NOT NULL DEFAULT 0)",
    // The name order, for walking it page by page. `id` keeps the order (sort_key, id) the
    // list shows; the filters' columns after it let a walk skip rows without reading the
    // table (format 2).
    "CREATE INDEX teachers_sort ON teachers (sort_key, id, age_min, age_max, school_type, "
    "country, school_label_until, quality_labels)",
    "CREATE INDEX teachers_country ON teachers (country, sort_key, id, age_min, age_max, "
    "school_type, school_label_until, quality_labels)",
    "CREATE INDEX teachers_school ON teachers (school_id)",
    // Keyed by teacher for updates, indexed by value for the filters.
    "CREATE TABLE teacher_subjects (teacher_id INTEGER NOT NULL, subject TEXT NOT NULL, "
    "PRIMARY KEY (teacher_id, subject)) WITHOUT ROWID",
    "CREATE INDEX teacher_subjects_subject ON teacher_subjects (subject, teacher_id)",
    "CREATE TABLE teacher_languages (teacher_id INTEGER NOT NULL, language TEXT NOT NULL, "
    "PRIMARY KEY (teacher_id, language)) WITHOUT ROWID",
    "CREATE INDEX teacher_languages_language ON teacher_languages (language, teacher_id)",
    // Folded text (see foldForSearch), so matching ignores case and diacritics.
    "CREATE VIRTUAL TABLE teacher_fts USING fts5(name, school, city, bio, "
    "tokenize = 'unicode61 remove_diacritics 0')",
};

QStringList schemaOf(QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT type, name, tbl_name, COALESCE(sql, '') FROM main.sqlite_schema "
                u"ORDER BY type, name"_s))
        return {u"error: "_s + q.lastError().text()};
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString()}
                        .join(u'|'));
    return rows;
}

int pragma(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA main."_s + name) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

bool create(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA main.journal_mode=WAL"_s) || !db.transaction())
        return false;
    for (const char *statement : statements)
        if (!q.exec(QString::fromUtf8(statement))) {
            db.rollback();
            return false;
        }
    return q.exec(u"PRAGMA main.user_version = %1"_s.arg(formatVersion)) &&
           q.exec(u"PRAGMA main.application_id = %1"_s.arg(applicationId)) && db.commit();
}

bool matches(QSqlDatabase &db, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (pragma(db, u"application_id"_s) != applicationId)
        return fail(u"not a directory file"_s);
    if (const int format = pragma(db, u"user_version"_s); format != formatVersion)
        return fail(u"format %1, expected %2"_s.arg(format).arg(formatVersion));
    // The reference: what create() makes with this program's SQLite.
    const QString name = u"etw-directory-reference-"_s + QUuid::createUuid().toString();
    QStringList expected;
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        reference.setDatabaseName(u":memory:"_s);
        if (reference.open() && create(reference))
            expected = schemaOf(reference);
        reference.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QStringList actual = schemaOf(db);
    if (expected.isEmpty() || actual != expected)
        return fail(u"unexpected tables"_s);
    return true;
}

QString layoutProblem(QSqlDatabase &db)
{
    QString why;
    if (!matches(db, &why))
        return why;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA main.encoding"_s) || !q.next() || q.value(0).toString() != u"UTF-8")
        return u"not UTF-8"_s;
    return {};
}

QString problem(QSqlDatabase &db)
{
    if (QString why = layoutProblem(db); !why.isEmpty())
        return why;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA main.quick_check"_s) || !q.next() || q.value(0).toString() != u"ok")
        return u"damaged"_s;
    return {};
}

} // namespace etw::directory_schema
