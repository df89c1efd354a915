// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_school_labels.h"

#include "change_feed.h"
#include "database.h"
#include "json_columns.h"
#include "profile_store.h"
#include "registration_store.h"
#include "school_label_store.h"
#include "scopes.h"
#include "username_key.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace etw::server::demo {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 day = 24LL * 3600 * 1000;

class SchoolLabels
{
public:
    SchoolLabels(QSqlDatabase &db, const SchoolLabelSeed &seed)
        : m_db(db)
        , m_seed(seed)
    {}

    Result<bool> run()
    {
        // Two French schools whose teachers' projects were labelled last year.
        QSqlQuery q(m_db);
        if (!Database::run(q, u"SELECT school_id FROM label_applications WHERE country = 'FR' "
                              u"AND decision = 'awarded' ORDER BY id"_s))
            return failed(u"labelled schools"_s);
        QList<qint64> schools;
        while (q.next() && schools.size() < 2)
            if (!schools.contains(q.value(0).toLongLong()))
                schools.append(q.value(0).toLongLong());
        if (schools.size() < 2)
            return true; // a tiny demo: no labels
        // Both registered five years ago.
        for (qint64 school : schools)
            if (!Database::run(q, u"UPDATE schools SET created_at = ? WHERE id = ?"_s,
                               {m_seed.now - 5 * 365 * day, school}))
                return failed(u"schools"_s);
        // The eligible one: its head teacher signs in, and four of its teachers were here lately.
        if (!addHeadTeacher(schools[0]) || !activeTeachers(schools[0], 4))
            return failed(u"the eligible school"_s);
        // The other meets every prerequisite but one: two active teachers, three needed. It
        // was labelled last year, so it is an eTwinning School until next year all the same.
        if (!activeTeachers(schools[1], 2) || !labelledLastYear(schools[1]))
            return failed(u"the nearly eligible school"_s);
        // Counted now, not at the statistics' first round: the head teacher signing in right
        // after the start sees the prerequisites at once (on either database).
        for (qint64 school : schools)
            if (!school_label_store::publish(m_db, m_seed.now, school, nullptr, &m_changes))
                return failed(u"eligibility"_s);
        return change_feed::record(m_db, m_changes) ? Result<bool>(true)
                                                    : Result<bool>(failed(u"feed"_s));
    }

private:
    Error failed(const QString &what)
    {
        return Error{u"database_error"_s,
                     u"school labels (%1): %2"_s.arg(what, m_db.lastError().text()),
                     {}};
    }

    bool addHeadTeacher(qint64 school)
    {
        const QString user = QString::fromLatin1(headTeacherUsername);
        const QString name = u"Claire Dubois"_s;
        QSqlQuery q(m_db);
        if (!Database::run(q, u"SELECT MAX(id) + 1 FROM accounts"_s) || !q.next())
            return false;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        if (!Database::run(q,
                           u"INSERT INTO accounts (id, username, username_key, password_hash, "
                           u"role, country, display_name, created_at, email, last_active_at) "
                           u"VALUES (?, ?, ?, ?, 'teacher', 'FR', ?, ?, ?, ?)"_s,
                           {id, user, usernameKey(user), m_seed.passwordHash, name,
                            m_seed.now - 6 * 365 * day, QString(user + u"@ecole.example"_s),
                            m_seed.now - 3600 * 1000}) ||
            !Database::run(q,
                           u"INSERT INTO teacher_profiles (account_id, school_id, subjects, "
                           u"languages, age_min, age_max, bio, looking, status, version, "
                           u"school_role) VALUES (?, ?, ?, ?, 11, 15, ?, 0, 'validated', 1, "
                           u"'head_teacher')"_s,
                           {id, school, json_columns::fromList({u"history"_s}),
                            json_columns::fromList({u"fr"_s, u"en"_s}),
                            u"Principale du collège : eTwinning fait partie de notre projet "
                            u"d'établissement."_s}))
            return false;
        const auto p = profile_store::loadForUpdate(m_db, id);
        if (!p)
            return false;
        // Not looking for partners: out of the directory, where a first pull has no tombstone.
        auto records = scopes::ofProfile(p->profile);
        if (!profile_store::inDirectory(p->profile))
            records.removeFirst();
        m_changes += records;
        m_changes.append({scopes::account(id), u"account"_s, id, 1, false,
                          QJsonObject{{u"id"_s, id},
                                      {u"username"_s, user},
                                      {u"displayName"_s, name},
                                      {u"role"_s, u"teacher"_s},
                                      {u"country"_s, u"FR"_s},
                                      {u"region"_s, QString()}}});
        return true;
    }

    // Exactly `count` of the school's validated teachers active lately (its head teacher
    // included), moving other French teachers of the directory in when it has too few.
    bool activeTeachers(qint64 school, int count)
    {
        QSqlQuery q(m_db);
        QList<qint64> staff;
        if (!Database::run(q,
                           u"SELECT account_id FROM teacher_profiles WHERE school_id = ? "
                           u"AND status = 'validated' ORDER BY account_id"_s,
                           {school}))
            return false;
        while (q.next())
            staff.append(q.value(0).toLongLong());
        if (staff.size() < count) {
            // Teachers without a sign-in, projects or labels of their own.
            if (!Database::run(q,
                               u"SELECT t.account_id FROM teacher_profiles t "
                               u"JOIN schools s ON s.id = t.school_id "
                               u"JOIN accounts a ON a.id = t.account_id WHERE s.country = 'FR' "
                               u"AND t.status = 'validated' AND t.school_id <> ? "
                               u"AND COALESCE(a.password_hash, '') = '' "
                               u"AND NOT EXISTS (SELECT 1 FROM project_members m "
                               u"WHERE m.account_id = t.account_id) "
                               u"AND NOT EXISTS (SELECT 1 FROM label_applications l "
                               u"WHERE l.applicant_id = t.account_id) "
                               u"ORDER BY t.account_id LIMIT ?"_s,
                               {school, qint64(count - staff.size())}))
                return false;
            QList<qint64> moved;
            while (q.next())
                moved.append(q.value(0).toLongLong());
            for (qint64 id : moved) {
                if (!Database::run(q,
                                   u"UPDATE teacher_profiles SET school_id = ?, "
                                   u"version = version + 1 WHERE account_id = ?"_s,
                                   {school, id}))
                    return false;
                const auto p = profile_store::loadForUpdate(m_db, id);
                if (!p)
                    return false;
                auto records = scopes::ofProfile(p->profile);
                records.removeLast(); // no sign-in: no own scope
                if (profile_store::inDirectory(p->profile))
                    m_changes += records;
                staff.append(id);
            }
        }
        for (qsizetype i = 0; i < staff.size(); ++i)
            if (!Database::run(
                    q, u"UPDATE accounts SET last_active_at = ? WHERE id = ?"_s,
                    // Hours ago: after the cut-off (1 September) on any day.
                    {i < count ? m_seed.now - (i + 1) * 3600 * 1000 : qint64(0), staff[i]}))
                return false;
        return true;
    }

    // Its application of last year's round, awarded by its national service.
    bool labelledLastYear(qint64 schoolId)
    {
        const auto school = registration_store::school(m_db, schoolId);
        QSqlQuery q(m_db);
        if (!school ||
            !Database::run(q, u"SELECT id, display_name FROM accounts WHERE username = ?"_s,
                           {u"correspondent.fr"_s}) ||
            !q.next())
            return false;
        const qint64 service = q.value(0).toLongLong();
        const QString serviceName = q.value(1).toString();
        q.finish();
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_seed.now, Qt::UTC).date();
        const QString thisYear = label::schoolYearOf(today);
        const QDate lastYearStart = label::boundsOf(thisYear).first.addYears(-1);
        const qint64 submitted = lastYearStart.addDays(150).startOfDay(Qt::UTC).toMSecsSinceEpoch();
        const qint64 decided = submitted + 40 * day;
        school_label_store::Stored s;
        SchoolApplication &a = s.application;
        a.schoolId = schoolId;
        a.schoolName = school->name;
        a.country = school->country;
        a.region = school->region;
        a.schoolYear = label::schoolYearOf(lastYearStart);
        a.status = u"awarded"_s;
        a.fields = {{u"vision"_s, u"eTwinning fait partie du projet d'école depuis cinq ans."_s},
                    {u"team"_s, u"Quatre enseignants, la documentaliste et la direction."_s},
                    {u"pupils"_s, u"Chaque classe de CM mène un projet par an."_s},
                    {u"safety"_s, u"Une charte d'usage du numérique signée par les familles."_s},
                    {u"plans"_s, u"Ouvrir un projet avec le collège de secteur."_s},
                    {u"headName"_s, u"Jean Martin"_s},
                    {u"declared"_s, true}};
        a.submittedAt = submitted;
        a.updatedAt = decided;
        a.decision = LabelDecision{u"awarded"_s, u"Une équipe engagée : félicitations."_s, service,
                                   serviceName, decided};
        a.validUntil =
            school_application::validUntil(QDateTime::fromMSecsSinceEpoch(decided, Qt::UTC).date());
        a.version = 4;
        const auto labelled = school_label_store::setLabel(m_db, schoolId, a.validUntil);
        if (!labelled || !school_label_store::save(m_db, s))
            return false;
        m_changes += scopes::ofSchool(*labelled);
        m_changes += scopes::ofSchoolApplication(a);
        return true;
    }

    QSqlDatabase &m_db;
    SchoolLabelSeed m_seed;
    QList<ChangeRecord> m_changes;
};
} // namespace

Result<bool> seedSchoolLabels(QSqlDatabase &db, const SchoolLabelSeed &seed)
{
    return SchoolLabels(db, seed).run();
}

} // namespace etw::server::demo
