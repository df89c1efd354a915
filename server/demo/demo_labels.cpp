// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_labels.h"

#include "change_feed.h"
#include "database.h"
#include "eql_store.h"
#include "grid_store.h"
#include "label_store.h"
#include "profile_store.h"
#include "project_store.h"
#include "scopes.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>

#include <random>

namespace etw::server::demo {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 day = 24LL * 3600 * 1000;

struct Teacher
{
    qint64 id = 0;
    qint64 school = 0;
};

const char *const titles[] = {
    "Europe au fil de l'eau",   "Les saisons de nos villes", "Récits croisés",
    "Un pont entre nos écoles", "Climat: nos enquêtes",      "Cuisines d'Europe",
    "Nos héros du quotidien",   "Sciences sans frontières",  "Poésie en partage",
    "Villes durables",          "Le journal des deux rives", "Jeux d'antan, jeux d'ailleurs",
};

class Labels
{
public:
    Labels(QSqlDatabase &db, const LabelSeed &seed)
        : m_db(db)
        , m_seed(seed)
        , m_engine(2005) // eTwinning's first year: a fixed draw, the same demo everywhere
    {}

    Result<bool> run()
    {
        const auto fr = teachers(u"FR"_s), it = teachers(u"IT"_s);
        const auto grid = grid_store::current(m_db, u"FR"_s, {});
        if (!fr || !it || !grid)
            return failed(u"teachers or grid"_s);
        const qint64 nationalFr = accountId(u"correspondent.fr"_s),
                     assessorFr = accountId(u"assessor.fr"_s),
                     nationalIt = accountId(u"correspondent.it"_s);
        // Teachers take part in several projects, each applying at most four times a year.
        const qsizetype needed = (m_seed.decidedLastYear + m_seed.waitingInFrance + 3) / 4;
        if (fr->size() < needed || it->size() < needed || !nationalFr || !assessorFr || !nationalIt)
            return true; // a tiny demo: no labels
        const auto french = [&](int i) { return fr->at(i % fr->size()); };
        const auto italian = [&](int i) { return it->at(i % it->size()); };
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_seed.now, Qt::UTC).date();
        const QString thisYear = label::schoolYearOf(today);
        const QString lastYear = label::schoolYearOf(label::boundsOf(thisYear).first.addDays(-1));
        const qint64 lastYearMiddle =
            label::boundsOf(lastYear).first.addDays(200).startOfDay(Qt::UTC).toMSecsSinceEpoch();

        for (int i = 0; i < m_seed.decidedLastYear; ++i) {
            const qint64 project =
                addProject(french(i), italian(i), i, i % 2 ? u"archived"_s : u"active"_s);
            if (!project)
                return failed(u"project"_s);
            // Most are awarded in both countries (the European label's candidates); some are
            // refused in one, for a low score in data protection.
            const bool refusedInItaly = i % 4 == 3, refusedInFrance = i % 8 == 5;
            if (!apply(project, french(i), u"FR"_s, lastYear, lastYearMiddle,
                       {nationalFr, assessorFr}, nationalFr, !refusedInFrance, *grid) ||
                !apply(project, italian(i), u"IT"_s, lastYear, lastYearMiddle + day, {nationalIt},
                       nationalIt, !refusedInItaly, *grid))
                return failed(u"last year's applications"_s);
        }
        // Last year's European label candidates, as the server would have counted them.
        if (!eql_store::publish(m_db, lastYear))
            return failed(u"European label candidates"_s);
        // Their labels on the awarded teachers' profiles in the directory.
        QList<ChangeRecord> profiles;
        if (!profile_store::republish(m_db, m_awarded.values(), profiles) ||
            !change_feed::record(m_db, profiles))
            return failed(u"the awarded teachers' profiles"_s);
        for (int n = 0; n < m_seed.waitingInFrance; ++n) {
            const int i = m_seed.decidedLastYear + n;
            const qint64 project = addProject(french(i), italian(i), i, u"active"_s);
            const qint64 submitted = m_seed.now - qint64(below(40)) * day - day;
            if (!project ||
                !apply(project, french(i), u"FR"_s, thisYear, submitted, {}, 0, false, *grid) ||
                (n % 4 == 0 && !apply(project, italian(i), u"IT"_s, thisYear, submitted + day, {},
                                      0, false, *grid)))
                return failed(u"this year's applications"_s);
        }
        return true;
    }

    // This school year's application of a teacher of the project, submitted yesterday.
    Result<bool> waiting(qint64 project, qint64 applicant, const QList<LabelEvidence> &evidence)
    {
        QSqlQuery q(m_db);
        if (!Database::run(q,
                           u"SELECT t.school_id, s.country FROM teacher_profiles t "
                           u"JOIN schools s ON s.id = t.school_id WHERE t.account_id = ?"_s,
                           {applicant}) ||
            !q.next())
            return failed(u"the applicant's school"_s);
        const Teacher t{applicant, q.value(0).toLongLong()};
        const QString country = q.value(1).toString();
        q.finish();
        const auto grid = grid_store::current(m_db, country, {});
        if (!grid)
            return failed(u"grid"_s);
        const QString year =
            label::schoolYearOf(QDateTime::fromMSecsSinceEpoch(m_seed.now, Qt::UTC).date());
        if (!apply(project, t, country, year, m_seed.now - day, {}, 0, false, *grid, evidence))
            return failed(u"a waiting application"_s);
        return true;
    }

private:
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }

    Error failed(const QString &what)
    {
        return Error{
            u"database_error"_s, u"labels (%1): %2"_s.arg(what, m_db.lastError().text()), {}};
    }

    qint64 accountId(const QString &username)
    {
        QSqlQuery q(m_db);
        return Database::run(q, u"SELECT id FROM accounts WHERE username = ?"_s, {username}) &&
                       q.next()
                   ? q.value(0).toLongLong()
                   : 0;
    }

    // The directory's validated teachers of a country (not the named demo accounts), from the
    // end of the list: the review queues draw theirs from its start.
    std::optional<QList<Teacher>> teachers(const QString &country)
    {
        QSqlQuery q(m_db);
        if (!Database::run(q,
                           u"SELECT t.account_id, t.school_id FROM teacher_profiles t "
                           u"JOIN schools s ON s.id = t.school_id "
                           u"JOIN accounts a ON a.id = t.account_id WHERE s.country = ? "
                           u"AND t.status = 'validated' AND COALESCE(a.password_hash, '') = '' "
                           u"ORDER BY t.account_id DESC"_s,
                           {country}))
            return std::nullopt;
        QList<Teacher> out;
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        return out;
    }

    qint64 addProject(const Teacher &french, const Teacher &italian, int n, const QString &status)
    {
        const QHash<QString, qint64> services{{u"FR"_s, accountId(u"correspondent.fr"_s)},
                                              {u"IT"_s, accountId(u"correspondent.it"_s)}};
        const qint64 created = m_seed.now - (400 + qint64(below(200))) * day;
        Project p;
        p.kind = u"european"_s;
        p.title = QString::fromUtf8(titles[n % std::size(titles)]) + u" · "_s +
                  QString::number(n / qsizetype(std::size(titles)) + 1);
        p.summary = u"Une classe française et une classe italienne mènent l'enquête ensemble, "
                    u"publient leurs travaux dans le TwinSpace et se retrouvent en visio."_s;
        p.subjects = {u"geography"_s, u"foreign_languages"_s};
        p.languages = {u"fr"_s, u"it"_s, u"en"_s};
        p.ageMin = 10;
        p.ageMax = 14;
        p.durationMonths = 9;
        p.aims = u"Collaborer avec de vrais partenaires et écrire pour eux."_s;
        p.status = status;
        p.createdBy = french.id;
        p.updatedAt = created + 30 * day;
        p.version = 3;
        p.id = project_store::insert(m_db, p);
        if (!p.id ||
            !project_store::setMember(m_db, p.id, french.id, u"founder"_s, u"active"_s, 0,
                                      created) ||
            !project_store::setMember(m_db, p.id, italian.id, u"founder"_s, u"active"_s, french.id,
                                      created + day))
            return 0;
        for (const QString &country : {u"FR"_s, u"IT"_s})
            if (!project_store::addDecision(
                    m_db, p.id,
                    {country, u"approved"_s, {}, created + 5 * day, services.value(country), {}},
                    services.value(country)))
                return 0;
        auto stored = project_store::loadForUpdate(m_db, p.id);
        return stored && change_feed::record(m_db, scopes::ofProject(stored->project)) ? p.id : 0;
    }

    // One teacher's application; decided when it has assessors (all scored), awarded or not.
    bool apply(qint64 project, const Teacher &t, const QString &country, const QString &year,
               qint64 submitted, const QList<qint64> &assessors, qint64 decidedBy, bool award,
               const AssessmentGrid &grid, const QList<LabelEvidence> &evidence = {})
    {
        LabelApplication a;
        a.evidence = evidence;
        a.projectId = project;
        a.applicantId = t.id;
        a.schoolId = t.school;
        a.country = country;
        QSqlQuery q(m_db);
        if (!Database::run(q, u"SELECT region FROM schools WHERE id = ?"_s, {t.school}) ||
            !q.next())
            return false;
        a.region = q.value(0).toString();
        a.schoolYear = year;
        a.status = u"submitted"_s;
        for (const QString &question : label::eligibilityQuestions())
            a.answers.insert(question, true);
        const bool fr = country == u"FR";
        const QStringList texts =
            fr ? QStringList{u"Chaque semaine, des groupes mixtes franco-italiens ont travaillé "
                             u"ensemble sur un mur collaboratif et en visio."_s,
                             u"Cartes partagées, padlet, enregistrements audio; les élèves ont "
                             u"appris à citer leurs sources et à protéger leurs données."_s,
                             u"Démarche d'enquête: les élèves choisissent les questions, "
                             u"répartissent les rôles et présentent leurs résultats."_s,
                             u"Le projet couvre le programme de géographie et de langues "
                             u"vivantes du cycle 3."_s,
                             u"Un atlas commun publié dans le TwinSpace, présenté aux familles "
                             u"lors d'une exposition."_s}
               : QStringList{u"Ogni settimana gruppi misti hanno lavorato insieme online."_s,
                             u"Mappe condivise e registrazioni audio, nel rispetto della "
                             u"privacy."_s,
                             u"Apprendimento per progetti: gli alunni scelgono le domande."_s,
                             u"Il progetto copre geografia e lingue straniere."_s,
                             u"Un atlante comune pubblicato nel TwinSpace."_s};
        for (qsizetype i = 0; i < label::criteria().size(); ++i)
            a.criteria.insert(label::criteria().at(i), texts.at(i));
        a.ownRole = fr ? u"J'ai coordonné le calendrier et animé les visioconférences."_s
                       : u"Ho coordinato il calendario e le videoconferenze."_s;
        a.submittedAt = submitted;
        a.version = 1;
        if (!label_store::save(m_db, a))
            return false;
        for (qint64 assessor : assessors) {
            LabelAssessment x;
            x.applicationId = a.id;
            x.assessorId = assessor;
            for (const QString &key : grid.subCriterionKeys()) {
                const SubCriterion *s = grid.subCriterion(key);
                const int points = award                      ? s->maxPoints - int(below(2))
                                   : key == u"dataProtection" ? 0
                                                              : s->maxPoints - int(below(3));
                x.scores.insert(key, std::max(points, award ? s->minimum : 0));
            }
            x.comment =
                fr ? u"Une collaboration réelle et suivie."_s : u"Una collaborazione reale."_s;
            x.updatedAt = submitted + 30 * day;
            x.version = 1;
            if (!label_store::saveAssessment(m_db, x))
                return false;
        }
        if (!assessors.isEmpty()) {
            a.gridId = grid.id;
            a.status = award ? u"awarded"_s : u"not_awarded"_s;
            a.decision = LabelDecision{
                a.status,
                award ? (fr ? u"Félicitations à vous et à vos élèves !"_s
                            : u"Congratulazioni a voi e ai vostri alunni!"_s)
                      : (fr ? u"La protection des données des élèves n'est pas décrite: "
                              u"dites comment vous l'avez assurée."_s
                            : u"Descrivete come avete protetto i dati degli alunni."_s),
                decidedBy,
                {},
                submitted + 40 * day};
            a.version = 2 + int(assessors.size());
            if (!label_store::save(m_db, a))
                return false;
            if (award)
                m_awarded.insert(t.id);
        }
        const auto stored = label_store::forUpdate(m_db, a.id);
        if (!stored)
            return false;
        const auto named = label_store::assessments(m_db, a.id); // with the assessors' names
        if (!named)
            return false;
        QList<ChangeRecord> records = scopes::ofLabelApplication(*stored);
        for (const LabelAssessment &x : *named)
            records += scopes::ofLabelAssessment(x, *stored);
        return change_feed::record(m_db, records);
    }

    QSqlDatabase &m_db;
    const LabelSeed &m_seed;
    std::mt19937_64 m_engine;
    QSet<qint64> m_awarded; // teachers awarded a National Quality Label
};
} // namespace

Result<bool> seedLabels(QSqlDatabase &db, const LabelSeed &seed)
{
    return Labels(db, seed).run();
}

Result<bool> seedWaitingApplication(QSqlDatabase &db, qint64 projectId, qint64 applicantId,
                                    const QList<LabelEvidence> &evidence, qint64 now)
{
    const LabelSeed seed{0, 0, now};
    return Labels(db, seed).waiting(projectId, applicantId, evidence);
}

} // namespace etw::server::demo
