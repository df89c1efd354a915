// SPDX-License-Identifier: GPL-3.0-or-later
// The territories' statistics on the real server, on both backends: the figures the review
// scopes carry equal counts made here with SQL straight from the server's database; a regional
// correspondent gets their region's records and the country's totals, nobody else any; a new
// validation changes the figure once the server counted again, and reaches the client's cache;
// a round with nothing new brings no statistics record.
#include "client_sign_in.h"
#include "database.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "domain/statistics.h"
#include "session/account_session.h"
#include "session/territory_statistics.h"
#include "sync/sync_controller.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
using Figures = QMap<QString, qint64>;
// (region, month) → figures: how a scope's records read, and how the SQL counts read.
using Territory = QMap<std::pair<QString, QString>, Figures>;
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    QHash<QString, std::shared_ptr<Http>> m_http;
    std::pair<qint64, QString> m_nominated; // the candidate France nominated, and its year

    Http &as(const QString &name) { return *m_http[name]; }

    // The statistics records a scope holds now, as (region, month) → figures.
    Territory records(const QString &user, const QString &scope, int *status = nullptr)
    {
        Territory out;
        const auto held = as(user).pullScope(scope, status);
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (!it.key().startsWith(u"statistics/"))
                continue;
            const auto r = StatisticsRecord::fromJson(*it);
            if (!r)
                continue;
            out.insert({r.value().country + u'|' + r.value().region, r.value().month},
                       r.value().figures);
        }
        return out;
    }

    // A month of a time column, in the server's SQL dialect (the test counts on its own).
    static QString month(const QString &column)
    {
        return ServerProcess::usesPostgresql()
                   ? u"to_char(to_timestamp(%1 / 1000) AT TIME ZONE 'UTC', 'YYYY-MM')"_s.arg(column)
                   : u"strftime('%Y-%m', %1 / 1000, 'unixepoch')"_s.arg(column);
    }

    // Counts straight from the server's database: every measure of a country or one of its
    // regions, by month.
    Territory counted(const QString &country, const QString &region)
    {
        auto settings = server::DatabaseSettings::fromUrl(m_server.databaseUrl());
        if (!settings.ok())
            return {};
        server::DatabaseSettings s = settings.value();
        s.password = qEnvironmentVariable("ETW_DATABASE_PASSWORD");
        server::Database database(s);
        QSqlDatabase db = database.connection();
        const QString key = country + u'|' + region;
        const QString where = region.isEmpty() ? u"s.country = ?"_s : u"s.region = ?"_s;
        const QString territory = region.isEmpty() ? country : region;
        Territory out;
        auto read = [&](const QString &sql, const std::function<QString(QSqlQuery &)> &measure) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(territory);
            if (!q.exec())
                qWarning("count failed: %s", qPrintable(sql));
            while (q.next())
                out[{key, q.value(0).toString()}][measure(q)] += q.value(1).toLongLong();
        };
        const QString teachers = u"FROM teacher_profiles t JOIN accounts a ON a.id = t.account_id "
                                 u"JOIN schools s ON s.id = t.school_id "
                                 u"WHERE a.role = 'teacher' AND "_s +
                                 where;
        read(u"SELECT %1, COUNT(*) %2 GROUP BY %1"_s.arg(month(u"a.created_at"_s), teachers),
             [](QSqlQuery &) { return u"teachers_registered"_s; });
        const QString validatedAt = u"COALESCE(d.decided_at, a.created_at)"_s;
        read(u"SELECT %1, COUNT(*) FROM teacher_profiles t "
             u"JOIN accounts a ON a.id = t.account_id JOIN schools s ON s.id = t.school_id "
             u"LEFT JOIN registration_decisions d ON d.account_id = t.account_id "
             u"AND d.request = t.request WHERE a.role = 'teacher' AND t.status = 'validated' "
             u"AND %2 GROUP BY %1"_s.arg(month(validatedAt), where),
             [](QSqlQuery &) { return u"teachers_validated"_s; });
        read(u"SELECT %1, COUNT(*) FROM (SELECT MIN(a.created_at) AS first_at %2 "
             u"GROUP BY s.id) f GROUP BY %1"_s.arg(month(u"f.first_at"_s), teachers),
             [](QSqlQuery &) { return u"schools_joined"_s; });
        read(u"SELECT %1, COUNT(DISTINCT p.id), p.kind, p.status FROM projects p "
             u"JOIN project_members m ON m.project_id = p.id "
             u"JOIN teacher_profiles t ON t.account_id = m.account_id "
             u"JOIN schools s ON s.id = t.school_id "
             u"WHERE m.role = 'founder' AND m.state = 'active' AND %2 "
             u"GROUP BY %1, p.kind, p.status"_s.arg(month(u"p.created_at"_s), where),
             [](QSqlQuery &q) {
                 return u"projects.%1.%2"_s.arg(q.value(2).toString(), q.value(3).toString());
             });
        // Label applications, by the applicant's school's territory (kept on the application).
        read(u"SELECT %1, COUNT(*) FROM label_applications s WHERE %2 GROUP BY %1"_s.arg(
                 month(u"s.submitted_at"_s), where),
             [](QSqlQuery &) { return u"labels_applied"_s; });
        read(u"SELECT %1, COUNT(*), s.decision FROM label_applications s "
             u"WHERE s.decision <> '' AND %2 GROUP BY %1, s.decision"_s.arg(
                 month(u"s.decided_at"_s), where),
             [](QSqlQuery &q) { return QString(u"labels_"_s + q.value(2).toString()); });
        // European label nominations: the nominating country's, in the region of its teacher
        // whose label made the project a candidate.
        read(u"SELECT %1, COUNT(*) FROM (SELECT n.nominated_at AS at, n.country AS country, "
             u"COALESCE(MIN(l.region), '') AS region FROM eql_nominations n "
             u"LEFT JOIN label_applications l ON l.project_id = n.project_id "
             u"AND l.country = n.country AND l.school_year = n.school_year "
             u"AND l.decision = 'awarded' "
             u"GROUP BY n.school_year, n.country, n.project_id, n.nominated_at) s "
             u"WHERE %2 GROUP BY %1"_s.arg(month(u"s.at"_s), where),
             [](QSqlQuery &) { return u"eql_nominations"_s; });
        // European labels awarded: in each country whose national label the project holds that
        // year, in the region of its teacher labelled there.
        read(u"SELECT %1, COUNT(*) FROM (SELECT e.awarded_at AS at, l.country AS country, "
             u"COALESCE(MIN(l.region), '') AS region FROM eql_awards e "
             u"JOIN label_applications l ON l.project_id = e.project_id "
             u"AND l.school_year = e.school_year AND l.decision = 'awarded' "
             u"GROUP BY e.school_year, e.project_id, l.country, e.awarded_at) s "
             u"WHERE %2 GROUP BY %1"_s.arg(month(u"s.at"_s), where),
             [](QSqlQuery &) { return u"eql_awards"_s; });
        // eTwinning School labels, in the month decided (in the application's JSON).
        const QString decidedAt =
            ServerProcess::usesPostgresql()
                ? u"((s.body::json)->'decision'->>'decidedAt')::bigint"_s
                : u"CAST(json_extract(s.body, '$.decision.decidedAt') AS INTEGER)"_s;
        read(u"SELECT %1, COUNT(*) FROM school_applications s WHERE s.status = 'awarded' "
             u"AND %2 GROUP BY %1"_s.arg(month(decidedAt), where),
             [](QSqlQuery &) { return u"schools_labelled"_s; });
        return out;
    }

    // The records of one territory out of a scope's.
    static Territory only(const Territory &all, const QString &country, const QString &region)
    {
        Territory out;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (it.key().first == country + u'|' + region)
                out.insert(it.key(), it.value());
        return out;
    }

    QJsonObject mutate(const QString &user, const QString &type, qint64 entityId,
                       const QJsonObject &data)
    {
        return as(user).mutate(type, u"create"_s, entityId, data);
    }

    // A registration of `scope` still waiting, in `region` when given.
    QJsonObject waitingRegistration(const QString &user, const QString &scope,
                                    const QString &region = {})
    {
        const auto held = as(user).pullScope(scope);
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            if (it.key().startsWith(u"registration/") &&
                (*it)[u"status"_s].toString() == u"pending" &&
                (region.isEmpty() || (*it)[u"region"_s].toString() == region))
                return *it;
        return {};
    }

    bool validate(const QString &user, const QJsonObject &g)
    {
        return mutate(user, u"registration_decision"_s, g[u"id"_s].toInteger(),
                      {{u"decision"_s, u"validate"_s},
                       {u"reason"_s, QString()},
                       {u"request"_s, g[u"request"_s].toInteger()}})[u"status"_s]
                   .toString() == u"applied";
    }

    static qint64 sum(const Territory &t, const QString &measure)
    {
        qint64 n = 0;
        for (const Figures &f : t)
            n += f.value(measure);
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Counted every second: the tests wait for the count after their change, not a time.
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"400"_s, u"--demo-review-queue"_s,
                                 u"200"_s, u"--statistics-every-secs"_s, u"1"_s}),
                 qPrintable(m_server.lastOutput()));
        for (const QString &name :
             {u"teacher.fr"_s, u"correspondent.fr"_s, u"correspondent.fr.idf"_s,
              u"correspondent.it"_s, u"pupil.fr"_s, u"central.support"_s}) {
            auto http = std::make_shared<Http>(m_server.url());
            QCOMPARE(http->signIn(name, u"demo1234"_s).status, 200);
            m_http.insert(name, http);
        }
        // The first count runs as the server starts, and writes its records a chunk at a time:
        // the figures are compared once it said it is done.
        QVERIFY2(m_server.waitForOutput(u"statistics: "_s), qPrintable(m_server.lastOutput()));
    }

    void theFiguresAreTheDatabasesCounts()
    {
        const Territory national = records(u"correspondent.fr"_s, u"review:FR"_s);
        const Territory country = only(national, u"FR"_s, {});
        const Territory expected = counted(u"FR"_s, {});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(country, expected);
        // Every teacher of France counted once, over the years.
        QVERIFY(sum(country, u"teachers_registered"_s) > 20);
        QVERIFY(sum(country, u"teachers_validated"_s) > 10);
        QVERIFY(sum(country, u"schools_joined"_s) > 5);
        // The demo's label applications: last year's decided, this year's waiting.
        QVERIFY(sum(country, u"labels_applied"_s) >= 40);
        QVERIFY(sum(country, u"labels_awarded"_s) > 10);
        QVERIFY(sum(country, u"labels_not_awarded"_s) > 0);
        // The demo's eTwinning School of last year.
        QCOMPARE(sum(country, u"schools_labelled"_s), 1);
        qint64 projects = 0;
        for (const Figures &f : country)
            projects += statistics::projectTotal(f);
        QVERIFY(projects > 0);
        // Several school years: the evolution has something to show.
        QSet<QString> years;
        for (auto it = country.cbegin(); it != country.cend(); ++it)
            years.insert(statistics::schoolYearOf(it.key().second));
        QVERIFY(years.size() >= 4);

        // Each region of France, in the national scope; Île-de-France's also in its own.
        int regions = 0;
        for (const QString &region : {u"FR-IDF"_s, u"FR-ARA"_s, u"FR-OCC"_s}) {
            const Territory expectedRegion = counted(u"FR"_s, region);
            QCOMPARE(only(national, u"FR"_s, region), expectedRegion);
            regions += !expectedRegion.isEmpty();
        }
        QVERIFY(regions >= 2);
        const Territory regional = records(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s);
        QVERIFY(!only(regional, u"FR"_s, u"FR-IDF"_s).isEmpty());
        QCOMPARE(only(regional, u"FR"_s, u"FR-IDF"_s), counted(u"FR"_s, u"FR-IDF"_s));
        // …with the country's totals to compare with, and no other region.
        QCOMPARE(only(regional, u"FR"_s, {}), expected);
        for (auto it = regional.cbegin(); it != regional.cend(); ++it)
            QVERIFY2(it.key().first == u"FR|FR-IDF" || it.key().first == u"FR|",
                     qPrintable(it.key().first));
        // Italy's service: Italy's figures only.
        const Territory italy = records(u"correspondent.it"_s, u"review:IT"_s);
        QCOMPARE(only(italy, u"IT"_s, {}), counted(u"IT"_s, {}));
        for (auto it = italy.cbegin(); it != italy.cend(); ++it)
            QVERIFY(it.key().first.startsWith(u"IT|"));
    }

    void nobodyElseGetsStatistics()
    {
        for (const auto &[user, scope] :
             {std::pair{u"teacher.fr"_s, u"review:FR"_s}, std::pair{u"pupil.fr"_s, u"review:FR"_s},
              std::pair{u"correspondent.it"_s, u"review:FR"_s},
              std::pair{u"correspondent.fr.idf"_s, u"review:FR"_s},
              std::pair{u"correspondent.fr.idf"_s, u"review:FR-ARA"_s},
              std::pair{u"teacher.fr"_s, u"review:FR-IDF"_s}}) {
            int st = 0;
            QVERIFY(records(user, scope, &st).isEmpty());
            QVERIFY2(st == 404, qPrintable(user + u' ' + scope + u' ' + QString::number(st)));
        }
        // Nothing of it in the scopes they do get.
        for (const QString &user : {u"teacher.fr"_s, u"pupil.fr"_s}) {
            const auto listing = as(user).get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray();
            for (const QJsonValue s : listing) {
                const QString name = s[u"name"_s].toString();
                QVERIFY2(!name.startsWith(u"review:"), qPrintable(name));
                if (name == u"directory")
                    continue; // the directory holds teachers and schools only (checked elsewhere)
                QVERIFY2(records(user, name).isEmpty(), qPrintable(user + u' ' + name));
            }
        }
        // The client of a teacher has no statistics at all.
        const auto in = signInClient(m_server.url(), u"teacher.fr"_s);
        QVERIFY(in);
        AccountSession teacher(m_server.url(), in->account, m_home.path() + u"/t.sqlite"_s,
                               nullptr);
        QVERIFY(teacher.open().ok());
        QVERIFY(!teacher.statistics());
    }

    // A nomination for the European label is counted in the month made, in its country.
    void aNominationIsCounted()
    {
        const auto scope = as(u"correspondent.fr"_s).pullScope(u"review:FR"_s);
        const QString now = statistics::monthOf(QDateTime::currentMSecsSinceEpoch());
        auto nominationsNow = [&] {
            return records(u"correspondent.fr"_s, u"review:FR"_s)
                .value({u"FR|"_s, now})
                .value(u"eql_nominations"_s);
        };
        const qint64 before = nominationsNow();
        bool nominated = false;
        for (auto it = scope.cbegin(); it != scope.cend() && !nominated; ++it)
            if (it.key().startsWith(u"eql_candidate/"_s)) {
                nominated =
                    mutate(u"correspondent.fr"_s, u"eql_nomination"_s, (*it)[u"id"_s].toInteger(),
                           {{u"schoolYear"_s, (*it)[u"schoolYear"_s].toString()}})[u"status"_s]
                        .toString() == u"applied";
                m_nominated = {(*it)[u"id"_s].toInteger(), (*it)[u"schoolYear"_s].toString()};
            }
        QVERIFY(nominated);
        QTRY_COMPARE_WITH_TIMEOUT(nominationsNow(), before + 1, 30000);
        QCOMPARE(only(records(u"correspondent.fr"_s, u"review:FR"_s), u"FR"_s, {}),
                 counted(u"FR"_s, {}));
    }

    // The European label awarded to it is counted in the month awarded, in each country whose
    // national label the project holds (France and Italy).
    void aEuropeanAwardIsCountedInEachLabelledCountry()
    {
        QVERIFY(m_nominated.first > 0);
        const QString now = statistics::monthOf(QDateTime::currentMSecsSinceEpoch());
        auto awardsNow = [&](const QString &user, const QString &scope, const QString &country) {
            return records(user, scope).value({country + u'|', now}).value(u"eql_awards"_s);
        };
        const qint64 france = awardsNow(u"correspondent.fr"_s, u"review:FR"_s, u"FR"_s),
                     italy = awardsNow(u"correspondent.it"_s, u"review:IT"_s, u"IT"_s);
        QCOMPARE(mutate(u"central.support"_s, u"eql_award"_s, m_nominated.first,
                        {{u"schoolYear"_s, m_nominated.second}})[u"status"_s]
                     .toString(),
                 u"applied"_s);
        QTRY_COMPARE_WITH_TIMEOUT(awardsNow(u"correspondent.fr"_s, u"review:FR"_s, u"FR"_s),
                                  france + 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(awardsNow(u"correspondent.it"_s, u"review:IT"_s, u"IT"_s),
                                  italy + 1, 30000);
        QCOMPARE(only(records(u"correspondent.fr"_s, u"review:FR"_s), u"FR"_s, {}),
                 counted(u"FR"_s, {}));
        QCOMPARE(only(records(u"correspondent.it"_s, u"review:IT"_s), u"IT"_s, {}),
                 counted(u"IT"_s, {}));
    }

    void aValidationChangesTheFigureOnTheClient()
    {
        const auto in = signInClient(m_server.url(), u"correspondent.fr.idf"_s);
        QVERIFY(in);
        AccountSession session(m_server.url(), in->account, m_home.path() + u"/idf.sqlite"_s,
                               nullptr);
        QVERIFY(session.open().ok());
        session.setToken(in->token);
        TerritoryStatistics *stats = session.statistics();
        QVERIFY(stats);
        QVERIFY(syncedUpToDate(*session.sync()));
        QVERIFY(!stats->isEmpty());
        QCOMPARE(stats->regions(), QStringList{u"FR-IDF"_s});
        const QString now = statistics::monthOf(QDateTime::currentMSecsSinceEpoch());
        const QString year = statistics::schoolYearOf(now);
        QVERIFY(stats->schoolYears().contains(year));
        // The cache holds what the server counts.
        const Territory expected = counted(u"FR"_s, u"FR-IDF"_s);
        for (const QString &y : stats->schoolYears())
            for (const auto &[month, figures] : stats->months(u"FR-IDF"_s, y).asKeyValueRange())
                QCOMPARE(figures, expected.value({u"FR|FR-IDF"_s, month}));
        const qint64 before =
            stats->months(u"FR-IDF"_s, year).value(now).value(u"teachers_validated"_s);
        const qint64 countryBefore =
            stats->months({}, year).value(now).value(u"teachers_validated"_s);

        // The national service validates a teacher of Île-de-France.
        const QJsonObject g =
            waitingRegistration(u"correspondent.fr"_s, u"review:FR"_s, u"FR-IDF"_s);
        QVERIFY(!g.isEmpty());
        QVERIFY(validate(u"correspondent.fr"_s, g));
        // Rounds until the server's next count reaches this cache (each waits for its round).
        QSignalSpy changed(stats, &TerritoryStatistics::changed);
        QElapsedTimer clock;
        clock.start();
        while (stats->months(u"FR-IDF"_s, year).value(now).value(u"teachers_validated"_s) ==
                   before &&
               clock.elapsed() < 30000)
            QCOMPARE(syncRound(*session.sync()).state, SyncStatus::State::UpToDate);
        QCOMPARE(stats->months(u"FR-IDF"_s, year).value(now).value(u"teachers_validated"_s),
                 before + 1);
        QCOMPARE(stats->months({}, year).value(now).value(u"teachers_validated"_s),
                 countryBefore + 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(counted(u"FR"_s, u"FR-IDF"_s)
                     .value({u"FR|FR-IDF"_s, now})
                     .value(u"teachers_validated"_s),
                 before + 1);

        // Nothing new for France: Italy changes, and once Italy's count is seen (so the server
        // counted again), a round of France's regional correspondent brings no record.
        const QJsonObject cursorsBefore =
            as(u"correspondent.fr.idf"_s).get(u"/api/v1/sync?review:FR-IDF=0"_s).json;
        qint64 cursor = 0;
        for (const QJsonValue s : cursorsBefore[u"scopes"_s].toArray())
            if (s[u"name"_s].toString() == u"review:FR-IDF")
                cursor = s[u"cursor"_s].toInteger();
        QVERIFY(cursor > 0);
        const Territory italyBefore = records(u"correspondent.it"_s, u"review:IT"_s);
        const QJsonObject italian = waitingRegistration(u"correspondent.it"_s, u"review:IT"_s);
        QVERIFY(!italian.isEmpty());
        QVERIFY(validate(u"correspondent.it"_s, italian));
        QTRY_VERIFY_WITH_TIMEOUT(records(u"correspondent.it"_s, u"review:IT"_s) != italyBefore,
                                 30000);
        changed.clear();
        const SyncStatus round = syncRound(*session.sync());
        QCOMPARE(round.state, SyncStatus::State::UpToDate);
        QCOMPARE(changed.count(), 0);
        const HttpResult page =
            as(u"correspondent.fr.idf"_s).get(u"/api/v1/sync/review:FR-IDF?since=%1"_s.arg(cursor));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json[u"changes"_s].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
