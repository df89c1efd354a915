// SPDX-License-Identifier: GPL-3.0-or-later
// The domain library: JSON round trips, validation with field errors, search folding, catalogues.
#include "demo/demo_regions.h"
#include "demo/demo_vocabulary.h"
#include "domain/account.h"
#include "domain/assessment_grid.h"
#include "domain/catalogue.h"
#include "domain/catalogue_names.h"
#include "domain/label.h"
#include "domain/profile.h"
#include "domain/regions.h"
#include "domain/school.h"
#include "domain/school_label.h"
#include "domain/sync_types.h"
#include "domain/text_fold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace etw;
using namespace Qt::StringLiterals;

class TestDomain : public QObject
{
    Q_OBJECT

    static TeacherProfile sample()
    {
        TeacherProfile p;
        p.id = 42;
        p.displayName = u"Łukasz Kowalski"_s;
        p.schoolId = 7;
        p.country = u"PL"_s;
        p.subjects = {u"maths"_s, u"physics"_s};
        p.languages = {u"pl"_s, u"en"_s};
        p.ageMin = 11;
        p.ageMax = 15;
        p.bio = u"Szukam partnerów do projektu o wodzie."_s;
        p.lookingForPartners = true;
        p.status = u"validated"_s;
        p.version = 3;
        return p;
    }

private Q_SLOTS:
    void profileRoundTrip()
    {
        const TeacherProfile p = sample();
        const auto back = TeacherProfile::fromJson(p.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), p);
    }

    void schoolAccountChangeRoundTrip()
    {
        const School s{7, u"Lycée Victor Hugo"_s, u"Besançon"_s, u"FR"_s, u"upper_secondary"_s, 2};
        QCOMPARE(School::fromJson(s.toJson()).value(), s);
        const Account a{5, u"teacher.fr"_s, u"Émilie Durand"_s, Role::Correspondent, u"FR"_s};
        QCOMPARE(Account::fromJson(a.toJson()).value(), a);

        SyncPage page;
        page.cursor = 99;
        page.more = true;
        page.epoch = u"e1"_s;
        page.changes.append({u"teacher"_s, 42, 3, false, sample().toJson()});
        page.changes.append({u"teacher"_s, 43, 4, true, {}});
        const auto back = SyncPage::fromJson(page.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().cursor, 99);
        QCOMPARE(back.value().changes.size(), 2);
        QCOMPARE(back.value().changes.at(0).data, sample().toJson());
        QVERIFY(back.value().changes.at(1).deleted);
    }

    void mutationResultRoundTrip()
    {
        MutationResult r;
        r.id = u"8f7c0a52-9a0e-4b1e-9d59-8c4a3c1f7a11"_s;
        r.status = MutationResult::Status::Rejected;
        r.error = Error{u"validation_failed"_s, u"bad"_s, {{u"bio"_s, {u"too_long"_s, u"x"_s}}}};
        const auto back = MutationResult::fromJson(r.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().error.fields.value(u"bio"_s).code, u"too_long"_s);
    }

    void wrongTypesNameTheField()
    {
        QJsonObject o = sample().toJson();
        o.insert(u"ageMin"_s, u"eleven"_s);
        o.insert(u"subjects"_s, 12);
        o.remove(u"displayName"_s);
        const auto parsed = TeacherProfile::fromJson(o);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"validation_failed"_s);
        QCOMPARE(parsed.error().fields.value(u"ageMin"_s).code, u"wrong_type"_s);
        QCOMPARE(parsed.error().fields.value(u"subjects"_s).code, u"wrong_type"_s);
        QCOMPARE(parsed.error().fields.value(u"displayName"_s).code, u"required"_s);
        QVERIFY(parsed.error().fields.value(u"ageMin"_s).message.contains(u"minimum age"_s));
    }

    void mutationNeedsUuidAndKnownOp()
    {
        const auto m = Mutation::fromJson({{u"id"_s, u"abc"_s},
                                           {u"type"_s, u"profile"_s},
                                           {u"op"_s, u"upsert"_s},
                                           {u"entityId"_s, 1}});
        QVERIFY(!m.ok());
        QCOMPARE(m.error().fields.value(u"id"_s).code, u"not_uuid"_s);
        QCOMPARE(m.error().fields.value(u"op"_s).code, u"unknown_value"_s);
    }

    void validatePatch_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("valid") << QJsonObject{{u"bio"_s, u"Hello"_s}} << QString() << QString();
        QTest::newRow("bio too long")
            << QJsonObject{{u"bio"_s, QString(profile::maxBioLength + 1, u'x')}} << u"bio"_s
            << u"too_long"_s;
        QTest::newRow("no subject")
            << QJsonObject{{u"subjects"_s, QJsonArray()}} << u"subjects"_s << u"required"_s;
        QTest::newRow("unknown subject") << QJsonObject{{u"subjects"_s, QJsonArray{u"alchemy"_s}}}
                                         << u"subjects"_s << u"unknown_value"_s;
        QTest::newRow("duplicate language")
            << QJsonObject{{u"languages"_s, QJsonArray{u"fr"_s, u"fr"_s}}} << u"languages"_s
            << u"duplicate"_s;
        QTest::newRow("age below range")
            << QJsonObject{{u"ageMin"_s, 1}} << u"ageMin"_s << u"out_of_range"_s;
        QTest::newRow("max below min")
            << QJsonObject{{u"ageMax"_s, 9}} << u"ageMax"_s << u"below_minimum_age"_s;
        QTest::newRow("not editable")
            << QJsonObject{{u"status"_s, u"validated"_s}} << u"status"_s << u"not_editable"_s;
        QTest::newRow("wrong type") << QJsonObject{{u"lookingForPartners"_s, u"yes"_s}}
                                    << u"lookingForPartners"_s << u"wrong_type"_s;
    }

    void validatePatch()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const FieldErrors errors = profile::validatePatch(patch, sample());
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.keys().join(u',')));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.value(field).code, code);
        QVERIFY(!errors.value(field).message.isEmpty());
    }

    void applyPatchChangesOnlyThoseFields()
    {
        const TeacherProfile p = profile::applyPatch(sample(), {{u"ageMax"_s, 18}});
        QCOMPARE(p.ageMax, 18);
        QCOMPARE(p.ageMin, 11);
        QCOMPARE(p.bio, sample().bio);
    }

    // Each row: what a user types, what is stored, and the exact folded form both must give.
    // Comparing the two folds alone would pass for a fold that returns "" for everything.
    void foldForSearch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("folded");
        QTest::newRow("French accent") << u"emilie"_s << u"Émilie"_s << u"emilie"_s;
        QTest::newRow("Polish stroke") << u"lukasz"_s << u"Łukasz"_s << u"lukasz"_s;
        QTest::newRow("Greek tonos and case") << u"αθηνα"_s << u"Αθήνα"_s << u"αθηνα"_s;
        QTest::newRow("Greek typed with accent") << u"αθήνα"_s << u"ΑΘΗΝΑ"_s << u"αθηνα"_s;
        // Case folding turns the final sigma into the ordinary one, on both sides.
        QTest::newRow("Greek final sigma") << u"γιαννης"_s << u"Γιάννης"_s << u"γιαννησ"_s;
        QTest::newRow("German sharp s") << u"strasse"_s << u"Straße"_s << u"strasse"_s;
        QTest::newRow("Danish o-slash") << u"soren"_s << u"Søren"_s << u"soren"_s;
        QTest::newRow("Turkish dotted I") << u"istanbul"_s << u"İstanbul"_s << u"istanbul"_s;
        QTest::newRow("Turkish dotless i") << u"izmir"_s << u"Izmır"_s << u"izmir"_s;
        QTest::newRow("Romanian comma") << u"timisoara"_s << u"Timișoara"_s << u"timisoara"_s;
        // ї decomposes into і (Cyrillic, U+0456) and a diaeresis: it stays Cyrillic.
        QTest::newRow("Cyrillic case") << u"київ"_s << u"Київ"_s << u"ки\u0456в"_s;
        QTest::newRow("Icelandic thorn") << u"thorunn"_s << u"Þórunn"_s << u"thorunn"_s;
        QTest::newRow("Icelandic eth") << u"gudrun"_s << u"Guðrún"_s << u"gudrun"_s;
        QTest::newRow("Croatian d") << u"dorde"_s << u"Đorđe"_s << u"dorde"_s;
        QTest::newRow("Maltese h") << u"hamrun"_s << u"Ħamrun"_s << u"hamrun"_s;
        QTest::newRow("Danish ae") << u"aero"_s << u"Ærø"_s << u"aero"_s;
        QTest::newRow("French oe") << u"oeuvre"_s << u"Œuvre"_s << u"oeuvre"_s;
        QTest::newRow("ligature fi (NFKD)") << u"finn"_s << u"\uFB01nn"_s << u"finn"_s;
    }

    void foldForSearch()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, folded);
        QCOMPARE(etw::foldForSearch(stored), folded);
        QCOMPARE(etw::foldForSearch(typed), folded);
    }

    // Folding must not make different words equal: a search for one would list the other.
    void foldKeepsDifferentWordsApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("one letter apart") << u"anna"_s << u"anne"_s;
        QTest::newRow("Cyrillic a is not Latin a") << u"\u0430"_s << u"a"_s;
        QTest::newRow("Cyrillic Anna is not Latin Anna")
            << u"\u0410\u043D\u043D\u0430"_s << u"Anna"_s;
        QTest::newRow("Greek omicron is not Latin o") << u"\u03BF"_s << u"o"_s;
        QTest::newRow("Greek Alpha is not Latin A") << u"\u0391"_s << u"A"_s;
        QTest::newRow("s is not ss") << u"s"_s << u"ss"_s;
        QTest::newRow("sharp s is not one s") << u"Straße"_s << u"strase"_s;
        QTest::newRow("thorn is not t") << u"Þórunn"_s << u"torunn"_s;
        QTest::newRow("ae is not a") << u"Æsa"_s << u"asa"_s;
        QTest::newRow("digit one is not l") << u"1ukasz"_s << u"lukasz"_s;
    }

    void foldKeepsDifferentWordsApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY2(etw::foldForSearch(a) != etw::foldForSearch(b),
                 qPrintable(u"both fold to "_s + etw::foldForSearch(a)));
    }

    void searchTermsDropPunctuation()
    {
        QCOMPARE(searchTerms(etw::foldForSearch(u"  Saint-Étienne, \"lycée\" "_s)),
                 (QStringList{u"saint"_s, u"etienne"_s, u"lycee"_s}));
    }

    void countryNamesReadWell()
    {
        QCOMPARE(catalogue::countryName(u"BA"_s), u"Bosnia and Herzegovina"_s);
        QCOMPARE(catalogue::countryName(u"FR"_s), u"France"_s);
        QCOMPARE(catalogue::countryName(u"XX"_s), u"XX"_s);
    }

    void fortyThreeCountries()
    {
        QCOMPARE(catalogue::countryCodes().size(), 43);
        QVERIFY(catalogue::isCountry(u"FR"_s));
        QVERIFY(catalogue::isCountry(u"UA"_s));
        QVERIFY(!catalogue::isCountry(u"US"_s));
    }

    // The names marked for translation must be exactly the ones QLocale gives at run time,
    // otherwise a country would silently stay in English in the French UI.
    void catalogueNamesMatchQLocale()
    {
        QStringList marked;
        for (const char *name : catalogue::countryNameSources())
            marked.append(QString::fromUtf8(name));
        for (const QString &code : catalogue::countryCodes())
            QVERIFY2(marked.contains(QLocale::territoryToString(catalogue::territory(code))),
                     qPrintable(code));
        QStringList languages;
        for (const char *name : catalogue::languageNameSources())
            languages.append(QString::fromUtf8(name));
        for (const QString &code : catalogue::languageCodes())
            QVERIFY2(languages.contains(QLocale::languageToString(QLocale(code).language())),
                     qPrintable(code));
    }

    void regionsPerCountry_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("count");
        QTest::newRow("France: 13 metropolitan and 5 overseas régions") << u"FR"_s << 18;
        QTest::newRow("Italy: regioni") << u"IT"_s << 20;
        QTest::newRow("Germany: Länder") << u"DE"_s << 16;
        QTest::newRow("Spain: communities, Ceuta and Melilla") << u"ES"_s << 19;
        QTest::newRow("Poland: voivodeships") << u"PL"_s << 16;
    }

    void regionsPerCountry()
    {
        QFETCH(QString, country);
        QFETCH(int, count);
        const QStringList &codes = regions::codes(country);
        QCOMPARE(codes.size(), count);
        for (const QString &code : codes) {
            QVERIFY2(code.startsWith(country + u'-'), qPrintable(code));
            QVERIFY2(regions::isRegion(country, code), qPrintable(code));
            QCOMPARE(regions::countryOf(code), country);
            QVERIFY2(regions::name(code) != code, qPrintable(code));
        }
    }

    // countryOf and name look a code up across all countries: a code must be in the table once.
    void regionCodesAreUnique()
    {
        QStringList all;
        for (const QString &country : regions::countriesWithRegions())
            all += regions::codes(country);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        QCOMPARE(regions::countriesWithRegions(),
                 (QStringList{u"FR"_s, u"IT"_s, u"DE"_s, u"ES"_s, u"PL"_s}));
    }

    void regionLookups()
    {
        QVERIFY(regions::isRegion(u"FR"_s, u"FR-IDF"_s));
        QVERIFY(!regions::isRegion(u"IT"_s, u"FR-IDF"_s));
        QVERIFY(!regions::isRegion(u"FR"_s, u"FR-XX"_s));
        QVERIFY(!regions::isRegion(QString(), QString()));
        QCOMPARE(regions::countryOf(u"FR-IDF"_s), u"FR"_s);
        QCOMPARE(regions::countryOf(u"PL-14"_s), u"PL"_s);
        QVERIFY(regions::countryOf(u"PL-MZ"_s).isEmpty()); // the letter codes withdrawn in 2018
        QCOMPARE(regions::name(u"FR-IDF"_s), u"Île-de-France"_s);
        QCOMPARE(regions::name(u"PL-10"_s), u"Łódzkie"_s);
        QCOMPARE(regions::name(u"XX-1"_s), u"XX-1"_s);
        QVERIFY(regions::codes(u"MT"_s).isEmpty());
        QVERIFY(regions::codes(QString()).isEmpty());
    }

    // A demo school is in one of its country's regions: no city of the five lists is left out.
    void demoCitiesHaveRegions()
    {
        const QStringList withRegions = regions::countriesWithRegions();
        QStringList checked;
        for (const demo::CountryVocabulary &vocabulary : demo::vocabularies()) {
            const QString country = QString::fromLatin1(vocabulary.country);
            for (const char *name : vocabulary.cities) {
                const QString city = QString::fromUtf8(name);
                const QString region = server::demo::demoRegion(country, city);
                if (withRegions.contains(country)) {
                    QVERIFY2(regions::isRegion(country, region), qPrintable(country + u' ' + city));
                    checked.append(country);
                } else {
                    QVERIFY2(region.isEmpty(), qPrintable(country + u' ' + city));
                }
            }
        }
        checked.removeDuplicates();
        QCOMPARE(checked.size(), withRegions.size());
        QCOMPARE(server::demo::demoRegion(u"FR"_s, u"Paris"_s), u"FR-IDF"_s);
        QCOMPARE(server::demo::demoRegion(u"FR"_s, u"Villeurbanne"_s), u"FR-ARA"_s);
        QCOMPARE(server::demo::demoRegion(u"IT"_s, u"Milano"_s), u"IT-25"_s);
        QCOMPARE(server::demo::demoRegion(u"DE"_s, u"München"_s), u"DE-BY"_s);
        QCOMPARE(server::demo::demoRegion(u"ES"_s, u"Sevilla"_s), u"ES-AN"_s);
        QCOMPARE(server::demo::demoRegion(u"PL"_s, u"Kraków"_s), u"PL-12"_s);
        QVERIFY(server::demo::demoRegion(u"FR"_s, u"Atlantis"_s).isEmpty());
        QVERIFY(server::demo::demoRegion(u"IT"_s, u"Paris"_s).isEmpty());
        QVERIFY(server::demo::demoRegion(QString(), u"Paris"_s).isEmpty());
    }
    // The four applications a teacher may make are counted per school year, whose start is a
    // setting of each country (1 September by default, 1 August in Poland).
    void labelSchoolYearsFollowTheCountry()
    {
        QCOMPARE(label::schoolYearOf(QDate(2026, 8, 31)), u"2025-2026"_s);
        QCOMPARE(label::schoolYearOf(QDate(2026, 9, 1)), u"2026-2027"_s);
        QCOMPARE(label::schoolYearOf(QDate(2026, 8, 15), {8, 1}), u"2026-2027"_s);
        QCOMPARE(label::schoolYearOf(QDate(2026, 7, 31), {8, 1}), u"2025-2026"_s);
        const auto [from, to] = label::boundsOf(u"2026-2027"_s, {8, 1});
        QCOMPARE(from, QDate(2026, 8, 1));
        QCOMPARE(to, QDate(2027, 7, 31));
    }

    void aGridIsCheckedAndItsMinimaHold()
    {
        const auto sub = [](const QString &key, int max, int min = 0) {
            QJsonObject o{{u"key"_s, key}, {u"title"_s, key}, {u"maxPoints"_s, max}};
            if (min > 0)
                o.insert(u"minimum"_s, min);
            return o;
        };
        QJsonObject file{
            {u"country"_s, u"PL"_s},
            {u"schoolYear"_s, u"2026-2027"_s},
            {u"criteria"_s,
             QJsonArray{QJsonObject{
                 {u"key"_s, u"collaboration"_s},
                 {u"title"_s,
                  QJsonObject{{u"en"_s, u"Collaboration"_s}, {u"pl"_s, u"Współpraca"_s}}},
                 {u"subCriteria"_s,
                  QJsonArray{sub(u"pupilCollaboration"_s, 4, 2), sub(u"digitalTools"_s, 3, 1),
                             sub(u"dataProtection"_s, 3, 1), sub(u"results"_s, 5)}}}}}};
        const auto g = grid::parse(file);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().fields.keys().join(u' ')));
        QCOMPARE(g.value().maxTotal(), 15);
        QCOMPARE(grid::titleIn(g.value().criteria[0].title, u"pl"_s), u"Współpraca"_s);
        QCOMPARE(grid::titleIn(g.value().criteria[0].title, u"fr"_s), u"Collaboration"_s);

        // Two assessors: averaged per sub-criterion; one low on data protection.
        LabelAssessment a, b;
        a.scores = {{u"pupilCollaboration"_s, 4},
                    {u"digitalTools"_s, 2},
                    {u"dataProtection"_s, 1},
                    {u"results"_s, 5}};
        b.scores = {{u"pupilCollaboration"_s, 2},
                    {u"digitalTools"_s, 1},
                    {u"dataProtection"_s, 0},
                    {u"results"_s, 3}};
        QCOMPARE(grid::averageTotal({a, b}), 9.0);
        QCOMPARE(grid::belowMinimum(g.value(), {a, b}), QStringList{u"dataProtection"_s});
        QCOMPARE(grid::unscored(g.value(), {LabelAssessment{}}).size(), 4);
        QVERIFY(grid::validateScores(g.value(), {{u"results"_s, 5}}).isEmpty());
        QCOMPARE(
            grid::validateScores(g.value(), {{u"results"_s, 6}}).value(u"scores.results"_s).code,
            u"out_of_range"_s);
        QCOMPARE(
            grid::validateScores(g.value(), {{u"results"_s, 2.5}}).value(u"scores.results"_s).code,
            u"out_of_range"_s);

        // Each fault named where it is; the three minima the rules name are required.
        QJsonArray criteria = file[u"criteria"_s].toArray();
        QJsonObject c = criteria[0].toObject();
        c[u"subCriteria"_s] =
            QJsonArray{sub(u"pupilCollaboration"_s, 4, 5), sub(u"x"_s, 0), sub(u"x"_s, 2)};
        criteria[0] = c;
        file[u"criteria"_s] = criteria;
        file[u"schoolYear"_s] = u"2026-2028"_s;
        const auto bad = grid::parse(file);
        QVERIFY(!bad);
        const QStringList places = bad.error().fields.keys();
        for (const QString &place :
             {u"schoolYear"_s, u"criteria.0.subCriteria.0.minimum"_s,
              u"criteria.0.subCriteria.1.maxPoints"_s, u"criteria.0.subCriteria.2.key"_s,
              u"digitalTools"_s, u"dataProtection"_s})
            QVERIFY2(places.contains(place), qPrintable(place + u" in "_s + places.join(u' ')));
    }

    void anApplicationNamesEachFieldItMisses()
    {
        QJsonObject answers;
        for (const QString &q : label::eligibilityQuestions())
            answers.insert(q, q != u"collaborative"_s);
        const FieldErrors errors = label::validateSubmission(
            {{u"projectId"_s, 4},
             {u"answers"_s, answers},
             {u"criteria"_s, QJsonObject{{u"technology"_s, u"Padlet and a shared blog."_s}}},
             {u"evidence"_s, QJsonArray{QJsonObject{{u"kind"_s, u"page"_s}, {u"id"_s, 12}},
                                        QJsonObject{{u"kind"_s, u"link"_s},
                                                    {u"url"_s, u"ftp://example.org/x"_s}}}}});
        QCOMPARE(errors.value(u"answers.collaborative"_s).code, u"not_eligible"_s);
        QVERIFY(errors.value(u"answers.collaborative"_s)
                    .message.contains(label::questionText(u"collaborative"_s)));
        QVERIFY(!errors.contains(u"answers.finished"_s));
        QVERIFY(!errors.contains(u"criteria.technology"_s));
        QCOMPARE(errors.value(u"criteria.results"_s).code, u"required"_s);
        QCOMPARE(errors.value(u"ownRole"_s).code, u"required"_s);
        QVERIFY(!errors.contains(u"evidence.0"_s));
        QCOMPARE(errors.value(u"evidence.1"_s).code, u"not_http"_s);
    }
    // The school label's two shipped rule sets (the server's own file), each prerequisite
    // explained with its facts; a school that meets every one but one is told which and why.
    void theSchoolLabelsEligibilityIsExplained()
    {
        QFile file(u":/grids/school_rule_sets.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto sets =
            school_label::parseRuleSets(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY2(sets, qPrintable(sets ? QString() : sets.error().fields.keys().join(u' ')));
        QCOMPARE(sets.value().size(), 2);
        const SchoolRuleSet old = sets.value()[0], current = sets.value()[1];
        QCOMPARE(old.key, u"2017"_s);
        QCOMPARE(current.key, u"current"_s);

        const QDate cutoff(2026, 9, 1);
        SchoolFacts f;
        f.schoolName = u"Collège Jean Moulin"_s;
        f.registeredOn = QDate(2024, 8, 20);
        f.management = {u"Claire Petit"_s};
        f.teachers = 4;
        f.activeTeachers = 3;
        f.labelledProjects = {{u"Rivers of our towns"_s, u"2025-2026"_s}};
        // The current rules: all met (an NQL of the previous year counts).
        const auto now = school_label::check(current, f, cutoff, u"2026-2027"_s);
        QCOMPARE(now.size(), 3);
        QVERIFY(school_label::eligible(now));
        QVERIFY(now[2].explanation.contains(u"Rivers of our towns (2025-2026)"_s));
        // The 2017 rules: this year's NQL only: all met but that one, and it says so.
        const auto then = school_label::check(old, f, cutoff, u"2026-2027"_s);
        QCOMPARE(then.size(), 4);
        QVERIFY(!school_label::eligible(then));
        for (const SchoolPrerequisite &p : then)
            QCOMPARE(p.met, p.code != u"european_nql"_s);
        QCOMPARE(then[3].explanation,
                 u"No European project of the school has a National Quality Label in "
                 u"2026-2027."_s);
        QVERIFY(then[1].explanation.contains(u"Claire Petit"_s));
        QCOMPARE(then[2].explanation, u"4 teachers registered (2 needed)."_s);
        // Registered a day too late for the current rules: named with the date it would need.
        f.registeredOn = QDate(2024, 9, 2);
        const auto late = school_label::check(current, f, cutoff, u"2026-2027"_s);
        QVERIFY(!late[0].met && late[1].met && late[2].met);
        QVERIFY2(late[0].explanation.contains(
                     QLocale().toString(QDate(2024, 9, 1), QLocale::LongFormat)),
                 qPrintable(late[0].explanation));
        // Two active teachers of the three needed.
        f.registeredOn = QDate(2020, 1, 10);
        f.activeTeachers = 2;
        const auto few = school_label::check(current, f, cutoff, u"2026-2027"_s);
        QVERIFY(few[0].met && !few[1].met && few[2].met);
        QVERIFY(few[1].explanation.startsWith(u"2 teachers active since"_s));

        // A rule set file with faults names each.
        const auto bad = school_label::parseRuleSets(
            QJsonDocument::fromJson(
                R"({"ruleSets": [{"key": "x", "title": {"en": "X"}, "prerequisites":
                [{"code": "nonsense"}, {"code": "teachers_active", "figure": 0}]},
                {"key": "x", "title": {}, "prerequisites": []}]})")
                .object());
        QVERIFY(!bad);
        for (const QString &place :
             {u"ruleSets.0.prerequisites.0.code"_s, u"ruleSets.0.prerequisites.1.figure"_s,
              u"ruleSets.1.key"_s, u"ruleSets.1.title"_s, u"ruleSets.1.prerequisites"_s})
            QVERIFY2(bad.error().fields.contains(place), qPrintable(place));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
