// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_seeder.h"

#include "change_feed.h"
#include "demo/demo_labels.h"
#include "demo/demo_regions.h"
#include "demo/demo_reviews.h"
#include "demo/demo_school_labels.h"
#include "demo/demo_vocabulary.h"
#include "domain/catalogue.h"
#include "password_hash.h"
#include "profile_store.h"
#include "scopes.h"
#include "username_key.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <random>

namespace etw::server::demo {

using namespace Qt::StringLiterals;
using etw::demo::CountryVocabulary;
using etw::demo::vocabularies;

const std::vector<DemoAccount> &demoAccounts()
{
    static const std::vector<DemoAccount> accounts{
        {"teacher.fr", "teacher", "FR", "Émilie Durand"},
        {"teacher.it", "teacher", "IT", "Giulia Rossi"},
        {"correspondent.fr", "correspondent", "FR", "Nathalie Lefèvre"},
        {"pupil.fr", "pupil", "FR", "Lucas Martin"},
        // For projects: a national one needs a second French founder, a European one the
        // approval of each founder's country.
        {"correspondent.it", "correspondent", "IT", "Marco Bianchi"},
        {"teacher2.fr", "teacher", "FR", "Julien Moreau"},
        {"teacher.de", "teacher", "DE", "Anna Schmidt"},
        // A regional correspondent: the académies of Île-de-France.
        {"correspondent.fr.idf", "correspondent", "FR", "Camille Bernard", "FR-IDF"},
        // A colleague of the French national service: label applications are scored by
        // several assessors, whose scores are averaged.
        {"assessor.fr", "correspondent", "FR", "Sophie Laurent"},
        // The central support service: it awards the European Quality Label.
        {"central.support", "admin", "BE", "Central Support Service"},
    };
    return accounts;
}

namespace {

// A fixed generator and our own integer draws: std:: distributions differ between standard
// libraries, and the demo must be the same everywhere.
class Draw
{
public:
    explicit Draw(quint64 seed)
        : m_engine(seed)
    {}
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }
    bool chance(int percent) { return int(below(100)) < percent; }
    // Zipf-like: index i is drawn with weight 1/(i+1), as word and name frequencies are.
    size_t zipfIndex(size_t n)
    {
        double total = 0;
        for (size_t i = 0; i < n; ++i)
            total += 1.0 / double(i + 1);
        double x = double(below(1'000'000)) / 1'000'000.0 * total;
        for (size_t i = 0; i < n; ++i) {
            x -= 1.0 / double(i + 1);
            if (x <= 0)
                return i;
        }
        return n - 1;
    }
    template <typename Span> const char *zipf(const Span &items)
    {
        return items[zipfIndex(items.size())];
    }
    template <typename Span> const char *uniform(const Span &items)
    {
        return items[below(items.size())];
    }

private:
    std::mt19937_64 m_engine;
};

// Rough share of registered teachers per country (eTwinning's largest communities first).
int countryWeight(const QString &code)
{
    static const QHash<QString, int> weights{
        {u"TR"_s, 30}, {u"IT"_s, 16}, {u"PL"_s, 14}, {u"ES"_s, 12}, {u"FR"_s, 12}, {u"RO"_s, 10},
        {u"GR"_s, 9},  {u"DE"_s, 7},  {u"PT"_s, 7},  {u"UA"_s, 6},  {u"HR"_s, 4},  {u"CZ"_s, 4},
        {u"SK"_s, 4},  {u"BG"_s, 4},  {u"RS"_s, 4},  {u"AZ"_s, 3},  {u"GE"_s, 3},  {u"AM"_s, 2},
        {u"HU"_s, 3},  {u"LT"_s, 3},  {u"NL"_s, 2},  {u"BE"_s, 2},  {u"SE"_s, 2},  {u"FI"_s, 2},
        {u"AT"_s, 2},  {u"MK"_s, 2},  {u"AL"_s, 2},  {u"JO"_s, 2},  {u"TN"_s, 2},  {u"MD"_s, 2},
    };
    return weights.value(code, 1);
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// A first name and a last name of the same gender where the language marks it
// ("Łukasz Kowalski", "Anna Kowalska"), never "Łukasz Kowalska".
QString personName(Draw &draw, const CountryVocabulary &v)
{
    const size_t first = draw.zipfIndex(v.firstNames.size());
    const char gender = v.firstNameGenders[first];
    size_t last = draw.zipfIndex(v.lastNames.size());
    for (int tries = 0; tries < 32; ++tries) {
        if (v.lastNameGenders[last] == 'n' || v.lastNameGenders[last] == gender)
            break;
        last = draw.zipfIndex(v.lastNames.size());
    }
    if (v.lastNameGenders[last] != 'n' && v.lastNameGenders[last] != gender)
        for (size_t i = 0; i < v.lastNames.size(); ++i)
            if (v.lastNameGenders[i] == 'n' || v.lastNameGenders[i] == gender) {
                last = i;
                break;
            }
    return QString::fromUtf8(v.firstNames[first]) + u' ' + QString::fromUtf8(v.lastNames[last]);
}

struct AgeBand
{
    const char *type;
    int min, max;
    const char *subjects[6];
};
const AgeBand bands[] = {
    {"pre_primary",
     3,
     6,
     {"pre_primary", "arts", "music", "environment", "mother_tongue", "physical_education"}},
    {"primary",
     6,
     11,
     {"primary", "maths", "science", "foreign_languages", "arts", "mother_tongue"}},
    {"lower_secondary",
     11,
     15,
     {"maths", "history", "foreign_languages", "biology", "geography", "ict"}},
    {"upper_secondary",
     15,
     19,
     {"physics", "foreign_languages", "history", "philosophy", "chemistry", "economics"}},
    {"vocational",
     15,
     20,
     {"vocational", "technology", "ict", "economics", "foreign_languages", "citizenship"}},
    {"special_needs", 6, 18, {"special_needs", "arts", "mother_tongue", "maths", "music", "ict"}},
};
const int bandWeights[] = {8, 30, 30, 20, 10, 2};

struct SeedSchool
{
    School school;
    int band;
};

} // namespace

Result<bool> seedIfEmpty(Database &database, int teacherCount, int reviewQueue)
{
    QSqlDatabase db = database.connection();
    // The emptiness check and the seeding in one transaction under the migration lock:
    // instances started together with --demo on one database wait for the first, then find
    // its accounts and seed nothing (checked outside, both saw no account and the second
    // failed on a duplicate key).
    WriteTransaction tx(database);
    QSqlQuery q(db);
    if (!tx.isActive())
        return Error{
            u"database_error"_s, u"cannot begin the seeding transaction: "_s + tx.lastError(), {}};
    if (!database.dialect().lockForMigration(q))
        return databaseError(q);
    if (!Database::run(q, u"SELECT COUNT(*) FROM accounts"_s) || !q.next())
        return databaseError(q);
    if (q.value(0).toLongLong() > 0)
        return false; // seeded already, by an earlier start or by the instance we waited for
    q.finish();

    Draw draw(2005); // eTwinning's launch year
    const auto vocab = vocabularies();
    int weightTotal = 0;
    for (const auto &v : vocab)
        weightTotal += countryWeight(QString::fromLatin1(v.country));
    auto pickCountry = [&]() -> const CountryVocabulary & {
        int x = int(draw.below(quint64(weightTotal)));
        for (const auto &v : vocab) {
            x -= countryWeight(QString::fromLatin1(v.country));
            if (x < 0)
                return v;
        }
        return vocab.back();
    };
    auto pickBand = [&] {
        int x = int(draw.below(100));
        for (int i = 0; i < 6; ++i)
            if ((x -= bandWeights[i]) < 0)
                return i;
        return 1;
    };

    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Schools, grouped by country so that teachers join a school of their own country.
    const int schoolCount = teacherCount >= 20000 ? std::max(8000, teacherCount * 2 / 5)
                                                  : std::max(1, teacherCount * 2 / 5);
    QHash<QString, std::vector<SeedSchool>> schoolsByCountry;
    QList<ChangeRecord> changes;
    QSqlQuery insertSchool(db);
    insertSchool.prepare(u"INSERT INTO schools (id, name, city, country, type, region, version) "
                         u"VALUES (?, ?, ?, ?, ?, ?, 1)"_s);
    // When each teacher registered, over eTwinning's last school years (the territory's
    // statistics show their evolution); drawn apart so that the directory's draws stay as
    // they were.
    Draw dates(1957);
    constexpr qint64 day = 24LL * 3600 * 1000;
    QString feedError; // why change_feed::record failed, for the seeding error
    auto flush = [&] {
        const bool ok = change_feed::record(db, changes, &feedError);
        changes.clear();
        return ok;
    };
    QSqlQuery insertAccount(db);
    QSqlQuery insertProfile(db);
    // Why the seeding stopped: the feed's error (flushed every 1000 changes) or the insert's
    // that failed (each statement's error is cleared when it runs again).
    auto failed = [&] {
        if (!feedError.isEmpty())
            return Error{u"database_error"_s, u"change feed: "_s + feedError, {}};
        for (const QSqlQuery *statement : {&insertSchool, &insertAccount, &insertProfile})
            if (statement->lastError().isValid())
                return databaseError(*statement);
        return Error{u"database_error"_s, u"an insert failed; the driver gave no reason"_s, {}};
    };
    qint64 nextSchoolId = 1;
    // A school of the given country; small demos may draw none for a country a demo account
    // lives in, so one is made on demand.
    auto addSchool = [&](const CountryVocabulary &v) {
        SeedSchool s;
        s.band = pickBand();
        // A name that says the same kind of school ("École maternelle" for pre-primary);
        // where the country has no such pattern, the kind follows the name drawn.
        std::vector<size_t> fitting;
        for (size_t i = 0; i < v.schoolPatterns.size(); ++i)
            if (std::string_view(v.schoolPatternTypes[i]) == bands[s.band].type)
                fitting.push_back(i);
        const size_t pattern = fitting.empty() ? draw.below(v.schoolPatterns.size())
                                               : fitting[draw.below(fitting.size())];
        for (int b = 0; b < 6; ++b)
            if (std::string_view(v.schoolPatternTypes[pattern]) == bands[b].type)
                s.band = b;
        s.school.id = nextSchoolId++;
        s.school.country = QString::fromLatin1(v.country);
        s.school.city = QString::fromUtf8(draw.zipf(v.cities));
        // The patterns are written for a town name in %1 ("École élémentaire de %1").
        s.school.name =
            QString::fromUtf8(v.schoolPatterns[pattern]).replace(u"%1"_s, s.school.city);
        s.school.type = QString::fromLatin1(bands[s.band].type);
        s.school.version = 1;
        // '' rather than NULL where a country has no regions (the column is NOT NULL).
        s.school.region = demoRegion(s.school.country, s.school.city);
        if (s.school.region.isNull())
            s.school.region = u""_s;
        for (const QVariant &value :
             {QVariant(s.school.id), QVariant(s.school.name), QVariant(s.school.city),
              QVariant(s.school.country), QVariant(s.school.type), QVariant(s.school.region)})
            insertSchool.addBindValue(value);
        if (!insertSchool.exec())
            return false;
        changes.append(scopes::ofSchool(s.school).first());
        schoolsByCountry[s.school.country].push_back(std::move(s));
        return changes.size() < 1000 || flush();
    };
    for (int i = 1; i <= schoolCount; ++i)
        if (!addSchool(pickCountry()))
            return failed();

    insertAccount.prepare(u"INSERT INTO accounts (id, username, username_key, password_hash, role, "
                          u"country, display_name, created_at, email, region) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insertProfile.prepare(u"INSERT INTO teacher_profiles (account_id, school_id, subjects, "
                          u"languages, age_min, age_max, bio, looking, status, version) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
    auto addTeacher = [&](qint64 id, const QString &username, const QString &passwordHash,
                          const CountryVocabulary &v, const QString &displayName,
                          bool forceVisible) -> bool {
        auto &schools = schoolsByCountry[QString::fromLatin1(v.country)];
        if (schools.empty() && !addSchool(v))
            return false;
        const SeedSchool &school = schools[draw.below(schools.size())];
        const AgeBand &band = bands[school.band];
        TeacherProfile p;
        p.id = id;
        p.displayName = displayName;
        p.schoolId = school.school.id;
        p.country = school.school.country;
        const int subjectCount = 1 + int(draw.below(3));
        for (int k = 0; k < subjectCount; ++k) {
            const QString subject = QString::fromLatin1(draw.zipf(std::span(band.subjects)));
            if (!p.subjects.contains(subject))
                p.subjects.append(subject);
        }
        p.languages.append(QString::fromLatin1(v.language));
        if (v.language != std::string_view("en") && draw.chance(75))
            p.languages.append(u"en"_s);
        static const char *const extra[] = {"fr", "de", "es", "it", "ru"};
        if (draw.chance(25)) {
            const QString more = QString::fromLatin1(draw.zipf(std::span(extra)));
            if (!p.languages.contains(more) && catalogue::isLanguage(more))
                p.languages.append(more);
        }
        p.ageMin = band.min + int(draw.below(2));
        p.ageMax = std::max(p.ageMin, band.max - int(draw.below(2)));
        const int sentences = 2 + int(draw.below(3));
        QStringList bio;
        for (int k = 0; k < sentences; ++k) {
            const QString sentence = QString::fromUtf8(draw.zipf(v.bioSentences));
            if (!bio.contains(sentence))
                bio.append(sentence);
        }
        p.bio = bio.join(u' ');
        p.lookingForPartners = forceVisible || draw.chance(88);
        p.status = (forceVisible || draw.chance(94)) ? u"validated"_s : u"pending"_s;
        p.version = 1;

        const qint64 registered = now - qint64(dates.below(6 * 365)) * day;
        for (const QVariant &value :
             {QVariant(id), QVariant(username), QVariant(usernameKey(username)),
              QVariant(passwordHash), QVariant(u"teacher"_s), QVariant(p.country),
              QVariant(p.displayName), QVariant(registered),
              QVariant(username + u"@ecole.example"_s), QVariant(u""_s)})
            insertAccount.addBindValue(value);
        if (!insertAccount.exec())
            return false;
        for (const QVariant &value :
             {QVariant(id), QVariant(p.schoolId), QVariant(jsonList(p.subjects)),
              QVariant(jsonList(p.languages)), QVariant(p.ageMin), QVariant(p.ageMax),
              QVariant(p.bio), QVariant(p.lookingForPartners ? 1 : 0), QVariant(p.status)})
            insertProfile.addBindValue(value);
        if (!insertProfile.exec())
            return false;
        // Accounts that cannot sign in have no `me` scope to publish to.
        auto records = scopes::ofProfile(p);
        if (passwordHash.isEmpty())
            records.removeLast();
        if (!profile_store::inDirectory(p) && records.first().scope == u"directory")
            records.removeFirst();
        changes.append(records);
        return changes.size() < 1000 || flush();
    };

    // The demo accounts first, so that their ids are small and stable.
    const QString hash = secrets::hashPassword(QString::fromLatin1(demoPassword));
    qint64 nextId = 1;
    for (const DemoAccount &a : demoAccounts()) {
        const qint64 id = nextId++;
        const QString country = QString::fromLatin1(a.country);
        const QString name = QString::fromUtf8(a.displayName);
        if (std::string_view(a.role) == "teacher") {
            const CountryVocabulary *v = nullptr;
            for (const auto &candidate : vocab)
                if (country == QLatin1String(candidate.country))
                    v = &candidate;
            if (!v)
                return Error{u"seed_failed"_s, u"no vocabulary for country %1"_s.arg(country), {}};
            if (!addTeacher(id, QString::fromLatin1(a.username), hash, *v, name, true))
                return failed();
        } else {
            const QString username = QString::fromLatin1(a.username);
            for (const QVariant &value :
                 {QVariant(id), QVariant(username), QVariant(usernameKey(username)), QVariant(hash),
                  QVariant(QString::fromLatin1(a.role)), QVariant(country), QVariant(name),
                  QVariant(now), QVariant(username + u"@ecole.example"_s),
                  QVariant(QString::fromLatin1(a.region))})
                insertAccount.addBindValue(value);
            if (!insertAccount.exec())
                return databaseError(insertAccount);
        }
        QJsonObject accountJson{{u"id"_s, id},
                                {u"username"_s, QString::fromLatin1(a.username)},
                                {u"displayName"_s, name},
                                {u"role"_s, QString::fromLatin1(a.role)},
                                {u"country"_s, country},
                                {u"region"_s, QString::fromLatin1(a.region)}};
        changes.append({scopes::account(id), u"account"_s, id, 1, false, accountJson});
    }

    for (int i = 0; i < teacherCount; ++i) {
        const CountryVocabulary &v = pickCountry();
        const QString name = personName(draw, v);
        const qint64 id = nextId++;
        if (!addTeacher(id, u"teacher-"_s + QString::number(id), QString(), v, name, false))
            return failed();
    }
    if (!flush())
        return failed();
    Draw names(1986);
    const auto queues =
        seedReviewQueues(db, {reviewQueue, now, nextId, [&](const QString &country) {
                                  for (const auto &v : vocab)
                                      if (country == QLatin1String(v.country))
                                          return personName(names, v);
                                  return u"Demo Teacher"_s;
                              }});
    if (!queues)
        return queues.error();
    if (const auto labels = seedLabels(db, {24, 16, now}); !labels)
        return labels.error();
    if (const auto schools = seedSchoolLabels(db, {now, hash}); !schools)
        return schools.error();
    if (!database.dialect().resetIdentity(q, u"schools"_s) ||
        !database.dialect().resetIdentity(q, u"accounts"_s))
        return databaseError(q);
    if (!tx.commit())
        return Error{u"database_error"_s, u"commit failed: "_s + tx.lastError(), {}};
    // Fresh statistics: without them PostgreSQL plans a page of the feed as a scan and sort of
    // the whole scope (9.5 ms instead of 0.09 ms) until autovacuum gets to it.
    if (!database.dialect().analyze(q))
        return databaseError(q);
    return true;
}

} // namespace etw::server::demo
