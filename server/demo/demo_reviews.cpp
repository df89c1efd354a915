// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_reviews.h"

#include "change_feed.h"
#include "database.h"
#include "domain/text_fold.h"
#include "json_columns.h"
#include "project_store.h"
#include "registration_store.h"
#include "review_store.h"
#include "review_territory.h"
#include "scopes.h"
#include "username_key.h"

#include <QSqlError>

#include <random>

namespace etw::server::demo {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 day = 24LL * 3600 * 1000;

struct Pool
{
    QList<qint64> schools;  // of the country
    QList<qint64> teachers; // validated ones, of the country
};

// What the queues are about: a few titles that read like real registrations.
const char *const projectTitles[] = {
    "Nos rivières, nos mers",    "Le goût de l'Europe",         "Contes d'ici et d'ailleurs",
    "Science en chantier",       "Mathématiques dans la ville", "Écrire le climat",
    "Lettres à un ami européen", "Patrimoine vivant",           "Jardins partagés",
    "Codeurs en herbe",          "Musiques du monde en classe", "Le sport, une langue commune",
};

class Queues
{
public:
    Queues(QSqlDatabase &db, const ReviewQueueSeed &seed)
        : m_db(db)
        , m_seed(seed)
        , m_engine(1958) // the Treaty of Rome's year: a fixed draw, the same demo everywhere
        , m_nextId(seed.firstAccountId)
    {}

    Result<bool> run()
    {
        const qint64 nationalFr = accountId(u"correspondent.fr"_s);
        const qint64 nationalIt = accountId(u"correspondent.it"_s);
        if (!nationalFr || !nationalIt)
            return Error{u"seed_failed"_s, u"no demo correspondents"_s, {}};
        // France lets its regional correspondents decide: correspondent.fr.idf works too.
        if (!review_territory::saveSetting(m_db, {u"FR"_s, true, 1}, nationalFr, m_seed.now) ||
            !change_feed::record(m_db, scopes::ofReviewSetting({u"FR"_s, true, 1})))
            return failed(u"setting"_s);
        for (const auto &[country, service, size] :
             {std::tuple{u"FR"_s, nationalFr, m_seed.items},
              std::tuple{u"IT"_s, nationalIt, m_seed.items / 10}}) {
            auto pool = poolOf(country);
            if (!pool)
                return failed(u"pool"_s);
            if (size == 0 || pool->schools.isEmpty() || pool->teachers.size() < 2)
                continue; // a tiny demo: no queue
            const int projects = size * 3 / 10;
            for (int i = 0; i < size - projects; ++i)
                if (!addRegistration(country, *pool, service, i))
                    return failed(u"registration"_s);
            for (int i = 0; i < projects; ++i)
                if (!addProject(country, *pool, service, i))
                    return failed(u"project"_s);
            if (!addTemplates(country, service))
                return failed(u"templates"_s);
        }
        return true;
    }

private:
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }

    Error failed(const QString &what)
    {
        return Error{u"database_error"_s,
                     u"review queues (%1): %2"_s.arg(what, m_db.lastError().text()),
                     {}};
    }

    qint64 accountId(const QString &username)
    {
        QSqlQuery q(m_db);
        return Database::run(q, u"SELECT id FROM accounts WHERE username = ?"_s, {username}) &&
                       q.next()
                   ? q.value(0).toLongLong()
                   : 0;
    }

    std::optional<Pool> poolOf(const QString &country)
    {
        Pool p;
        QSqlQuery q(m_db);
        if (!Database::run(q, u"SELECT id FROM schools WHERE country = ? ORDER BY id"_s, {country}))
            return std::nullopt;
        while (q.next())
            p.schools.append(q.value(0).toLongLong());
        if (!Database::run(q,
                           u"SELECT t.account_id FROM teacher_profiles t "
                           u"JOIN schools s ON s.id = t.school_id "
                           u"JOIN accounts a ON a.id = t.account_id WHERE s.country = ? "
                           u"AND t.status = 'validated' AND COALESCE(a.password_hash, '') = '' "
                           u"ORDER BY t.account_id"_s,
                           {country}))
            return std::nullopt;
        while (q.next())
            p.teachers.append(q.value(0).toLongLong());
        return p;
    }

    // A teacher who signed up lately; a tenth were decided already (the history), the rest wait.
    bool addRegistration(const QString &country, const Pool &pool, qint64 service, int n)
    {
        const qint64 id = m_nextId++;
        const QString name = m_seed.personName(country);
        const QString email = foldForSearch(name).replace(u' ', u'.') + u'.' + QString::number(id) +
                              u"@ecole.example"_s;
        const qint64 requested = m_seed.now - qint64(below(60 * 24)) * 3600 * 1000 - day;
        const qint64 school = pool.schools[qsizetype(below(quint64(pool.schools.size())))];
        static const char *const roles[] = {"teacher",        "teacher",   "teacher",
                                            "teacher",        "librarian", "head_teacher",
                                            "student_teacher"};
        QSqlQuery q(m_db);
        if (!Database::run(q,
                           u"INSERT INTO accounts (id, username, username_key, password_hash, "
                           u"role, country, display_name, created_at, email) "
                           u"VALUES (?, ?, ?, '', 'teacher', ?, ?, ?, ?)"_s,
                           {id, email, usernameKey(email), country, name, requested, email}) ||
            !Database::run(q,
                           u"INSERT INTO teacher_profiles (account_id, school_id, subjects, "
                           u"languages, age_min, age_max, bio, looking, status, version, "
                           u"school_role, request, requested_at) "
                           u"VALUES (?, ?, ?, ?, 11, 15, '', 1, 'pending', 1, ?, 1, ?)"_s,
                           {id, school, json_columns::fromList({u"maths"_s, u"science"_s}),
                            json_columns::fromList({country.toLower(), u"en"_s}),
                            QString::fromLatin1(roles[below(std::size(roles))]), requested}))
            return false;
        if (n % 10 == 9) {
            const bool validated = n % 30 != 29;
            const RegistrationDecision d{
                validated ? u"validated"_s : u"rejected"_s,
                validated ? QString() : u"L'établissement indiqué n'existe pas à cette adresse."_s,
                service,
                {},
                requested + qint64(below(5 * 24)) * 3600 * 1000};
            if (!registration_store::decide(m_db, id, 1, d))
                return false;
        }
        const auto g = registration_store::load(m_db, id);
        return g && change_feed::record(m_db, scopes::ofRegistration(*g, true));
    }

    // A project waiting for this country's approval: a European one with a partner country's
    // founder (some approved there already), or a national one; a tenth decided here already.
    bool addProject(const QString &country, const Pool &pool, qint64 service, int n)
    {
        const qint64 first = pool.teachers[qsizetype(below(quint64(pool.teachers.size())))];
        qint64 second = pool.teachers[qsizetype(below(quint64(pool.teachers.size())))];
        const bool national = n % 4 == 3;
        if (!national) {
            QSqlQuery q(m_db);
            const QString other = country == u"FR" ? u"IT"_s : u"FR"_s;
            if (!Database::run(q,
                               u"SELECT t.account_id FROM teacher_profiles t JOIN schools s ON "
                               u"s.id = t.school_id JOIN accounts a ON a.id = t.account_id "
                               u"WHERE s.country = ? AND t.status = 'validated' "
                               u"AND COALESCE(a.password_hash, '') = '' "
                               u"ORDER BY t.account_id LIMIT 1 OFFSET ?"_s,
                               {other, qint64(below(50))}) ||
                !q.next())
                return true; // no partner country in a tiny demo
            second = q.value(0).toLongLong();
        }
        if (second == first)
            return true;
        const qint64 submitted = m_seed.now - qint64(below(45 * 24)) * 3600 * 1000 - day;
        Project p;
        p.kind = national ? u"national"_s : u"european"_s;
        p.title = QString::fromUtf8(projectTitles[below(std::size(projectTitles))]) + u" · "_s +
                  QString::number(n + 1);
        p.summary = u"Deux classes partenaires échangent sur un thème commun, chaque mois, et "
                    u"publient leurs travaux dans le TwinSpace."_s;
        p.description = u"Les élèves travaillent en petits groupes mixtes et présentent leurs "
                        u"résultats lors d'une visioconférence finale."_s;
        p.subjects = {u"foreign_languages"_s, u"science"_s};
        p.languages = {u"fr"_s, u"en"_s};
        p.ageMin = 11;
        p.ageMax = 15;
        p.durationMonths = 6;
        p.aims = u"Pratiquer une langue étrangère en situation réelle."_s;
        p.workProcess = u"Un échange par mois, une production commune par trimestre."_s;
        p.expectedResults = u"Un livre numérique bilingue."_s;
        p.status = u"waiting_approval"_s;
        p.createdBy = first;
        p.updatedAt = submitted - 3 * day;
        p.version = 2;
        p.id = project_store::insert(m_db, p);
        if (!p.id ||
            !project_store::setMember(m_db, p.id, first, u"founder"_s, u"active"_s, 0,
                                      submitted - 3 * day) ||
            !project_store::setMember(m_db, p.id, second, u"founder"_s, u"active"_s, first,
                                      submitted))
            return false;
        if (n % 10 == 9 &&
            !project_store::addDecision(
                m_db, p.id, {country, u"approved"_s, {}, submitted + day, service, {}}, service))
            return false;
        auto stored = project_store::loadForUpdate(m_db, p.id);
        return stored && change_feed::record(m_db, scopes::ofProject(stored->project));
    }

    bool addTemplates(const QString &country, qint64 service)
    {
        const bool fr = country == u"FR";
        const QList<std::tuple<QString, QString, QString>> list{
            {u"registration"_s, fr ? u"Établissement introuvable"_s : u"Scuola non trovata"_s,
             fr ? u"Nous ne trouvons pas votre établissement à l'adresse indiquée. Vérifiez-la "
                  u"dans votre profil, puis demandez une nouvelle validation."_s
                : u"Non troviamo la scuola all'indirizzo indicato. Verificalo nel profilo."_s},
            {u"registration"_s, fr ? u"Adresse non professionnelle"_s : u"Indirizzo personale"_s,
             fr ? u"Merci d'utiliser l'adresse électronique académique fournie par votre "
                  u"établissement."_s
                : u"Usa l'indirizzo di posta istituzionale della scuola."_s},
            {u"project"_s, fr ? u"Formulaire incomplet"_s : u"Modulo incompleto"_s,
             fr ? u"Le déroulement et les résultats attendus doivent décrire le travail commun "
                  u"des élèves des écoles partenaires."_s
                : u"Descrivete il lavoro comune degli alunni delle scuole partner."_s},
        };
        for (const auto &[kind, title, text] : list) {
            review_store::StoredTemplate t{{0, kind, title, text, m_seed.now, 1}, country};
            if (!review_store::saveTemplate(m_db, t, service) ||
                !change_feed::record(m_db, scopes::ofReasonTemplate(country, t.reason, false)))
                return false;
        }
        return true;
    }

    QSqlDatabase &m_db;
    const ReviewQueueSeed &m_seed;
    std::mt19937_64 m_engine;
    qint64 m_nextId;
};
} // namespace

Result<bool> seedReviewQueues(QSqlDatabase &db, const ReviewQueueSeed &seed)
{
    return Queues(db, seed).run();
}

} // namespace etw::server::demo
