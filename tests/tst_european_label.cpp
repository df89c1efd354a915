// SPDX-License-Identifier: GPL-3.0-or-later
// The European Quality Label on the real server, from the demo's labelled projects: the year's
// candidates checked against figures this test computes on its own from the applications each
// service sees; nominations within each country's share (and every refusal with its code);
// the central support service's award; the year's settings as data.
#include "demo_project.h"
#include "server_process.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace etw::test;
using namespace Qt::StringLiterals;

class TestEuropeanLabel : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    DemoAccounts m_demo;
    QString m_year;

    static QString status(const QJsonObject &r) { return r[u"status"_s].toString(); }
    static QString code(const QJsonObject &r) { return r[u"error"_s][u"code"_s].toString(); }

    QHash<qint64, QJsonObject> candidates(const QString &user, const QString &scope)
    {
        QHash<qint64, QJsonObject> out;
        const auto held = m_demo.as(user).pullScope(scope);
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            if (it.key().startsWith(u"eql_candidate/"_s) &&
                (*it)[u"schoolYear"_s].toString() == m_year)
                out.insert((*it)[u"id"_s].toInteger(), *it);
        return out;
    }

    QJsonObject nominate(const QString &user, qint64 project)
    {
        return m_demo.mutate(user, u"eql_nomination"_s, u"create"_s, project,
                             {{u"schoolYear"_s, m_year}});
    }
    QJsonObject award(const QString &user, qint64 project)
    {
        return m_demo.mutate(user, u"eql_award"_s, u"create"_s, project,
                             {{u"schoolYear"_s, m_year}});
    }

    // Computed here from the applications the two services see: per project, the countries
    // where it was awarded and their average; per country, its labelled projects.
    struct Expected
    {
        QMap<qint64, QMap<QString, QList<double>>> scores;
        QHash<QString, QSet<qint64>> labelled;
    };
    Expected expected()
    {
        Expected e;
        for (const auto &[user, scope] : {std::pair{u"correspondent.fr"_s, u"review:FR"_s},
                                          std::pair{u"correspondent.it"_s, u"review:IT"_s}}) {
            const auto held = m_demo.as(user).pullScope(scope);
            for (auto it = held.cbegin(); it != held.cend(); ++it) {
                if (!it.key().startsWith(u"label_application/"_s) ||
                    (*it)[u"status"_s].toString() != u"awarded"_s ||
                    (*it)[u"schoolYear"_s].toString() != m_year)
                    continue;
                const qint64 project = (*it)[u"projectId"_s].toInteger();
                const QString country = (*it)[u"country"_s].toString();
                e.scores[project][country].append((*it)[u"score"_s].toDouble());
                e.labelled[country].insert(project);
            }
        }
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        QVERIFY(m_demo.signIn(m_server.url(),
                              {u"teacher.fr"_s, u"correspondent.fr"_s, u"correspondent.fr.idf"_s,
                               u"correspondent.it"_s, u"central.support"_s}));
        // The demo's decided labels are last school year's.
        const auto held = m_demo.as(u"correspondent.fr"_s).pullScope(u"review:FR"_s);
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            if (it.key().startsWith(u"label_application/"_s) &&
                (*it)[u"status"_s].toString() == u"awarded"_s)
                m_year = (*it)[u"schoolYear"_s].toString();
        QVERIFY(!m_year.isEmpty());
    }

    void theCandidatesAreTheProjectsLabelledInTwoCountries()
    {
        const Expected e = expected();
        QSet<qint64> twice;
        for (auto it = e.scores.cbegin(); it != e.scores.cend(); ++it)
            if (it.value().size() >= 2)
                twice.insert(it.key());
        QVERIFY(twice.size() >= 5);
        QVERIFY(twice.size() < e.scores.size()); // some labelled in one country only
        const auto french = candidates(u"correspondent.fr"_s, u"review:FR"_s);
        QCOMPARE(QSet<qint64>(french.keyBegin(), french.keyEnd()), twice);
        for (qint64 project : twice) {
            const QJsonObject c = french.value(project);
            for (const QJsonValue &v : c[u"countries"_s].toArray()) {
                const QString country = v[u"country"_s].toString();
                const QList<double> s = e.scores[project][country];
                double sum = 0;
                for (double x : s)
                    sum += x;
                QCOMPARE(v[u"average"_s].toDouble(), sum / s.size());
                const int labelled = int(e.labelled.value(country).size());
                QCOMPARE(v[u"labelled"_s].toInt(), labelled);
                QCOMPARE(v[u"allowed"_s].toInt(), labelled * 25 / 100); // the default share
            }
        }
        // Italy's service sees the same candidates; the central support service all of them;
        // a teacher and a regional correspondent not the central view.
        QCOMPARE(candidates(u"correspondent.it"_s, u"review:IT"_s).size(), twice.size());
        QCOMPARE(candidates(u"central.support"_s, u"european"_s).size(), twice.size());
        int st = 0;
        m_demo.as(u"teacher.fr"_s).pullScope(u"european"_s, &st);
        QCOMPARE(st, 404);
        m_demo.as(u"correspondent.fr"_s).pullScope(u"european"_s, &st);
        QCOMPARE(st, 404);
    }

    void nominationsStayWithinTheShareAndTheCentralServiceAwards()
    {
        const Expected e = expected();
        const auto french = candidates(u"correspondent.fr"_s, u"review:FR"_s);
        QList<qint64> ids = french.keys();
        std::sort(ids.begin(), ids.end());
        const int allowed = int(e.labelled.value(u"FR"_s).size()) * 25 / 100;
        QVERIFY(allowed >= 2 && ids.size() > allowed);
        for (int i = 0; i < allowed; ++i)
            QCOMPARE(nominate(u"correspondent.fr"_s, ids[i])[u"error"_s].toObject(), QJsonObject());
        QCOMPARE(code(nominate(u"correspondent.fr"_s, ids[allowed])), u"share_exhausted"_s);
        QCOMPARE(code(nominate(u"correspondent.fr"_s, ids[0])), u"already_nominated"_s);
        QCOMPARE(code(nominate(u"correspondent.fr.idf"_s, ids[allowed])), u"forbidden"_s);
        // Labelled in France only: not a candidate.
        qint64 single = 0;
        for (auto it = e.scores.cbegin(); it != e.scores.cend(); ++it)
            if (it.value().size() == 1)
                single = it.key();
        QVERIFY(single > 0);
        QCOMPARE(code(nominate(u"correspondent.fr"_s, single)), u"not_candidate"_s);
        // The counts follow: France's nominations made, in Italy's view too.
        const auto after = candidates(u"correspondent.it"_s, u"review:IT"_s);
        for (const QJsonValue &v : after.value(ids[0])[u"countries"_s].toArray())
            if (v[u"country"_s] == u"FR"_s) {
                QVERIFY(v[u"nominated"_s].toBool());
                QCOMPARE(v[u"nominations"_s].toInt(), allowed);
            }

        // The year's threshold is data: raised above every average, Italy cannot nominate.
        QCOMPARE(code(m_demo.mutate(
                     u"correspondent.it"_s, u"eql_setting"_s, u"update"_s, 0,
                     {{u"schoolYear"_s, m_year}, {u"sharePercent"_s, 25}, {u"threshold"_s, 29.5}})),
                 u"forbidden"_s);
        const QJsonObject bad = m_demo.mutate(
            u"central.support"_s, u"eql_setting"_s, u"update"_s, 0,
            {{u"schoolYear"_s, m_year}, {u"sharePercent"_s, 0}, {u"threshold"_s, 20}});
        QCOMPARE(bad[u"error"_s][u"fields"_s][u"sharePercent"_s][u"code"_s].toString(),
                 u"out_of_range"_s);
        QCOMPARE(status(m_demo.mutate(
                     u"central.support"_s, u"eql_setting"_s, u"update"_s, 0,
                     {{u"schoolYear"_s, m_year}, {u"sharePercent"_s, 25}, {u"threshold"_s, 30}})),
                 u"applied"_s);
        QCOMPARE(code(nominate(u"correspondent.it"_s, ids[0])), u"below_threshold"_s);
        QCOMPARE(candidates(u"correspondent.it"_s, u"review:IT"_s)
                     .value(ids[0])[u"threshold"_s]
                     .toDouble(),
                 30.0);

        // The award: the central support service only, a nominated candidate only, once.
        QCOMPARE(code(award(u"correspondent.fr"_s, ids[0])), u"forbidden"_s);
        QCOMPARE(code(award(u"central.support"_s, ids[allowed])), u"not_nominated"_s);
        QCOMPARE(status(award(u"central.support"_s, ids[0])), u"applied"_s);
        QCOMPARE(code(award(u"central.support"_s, ids[0])), u"already_awarded"_s);
        QVERIFY(
            candidates(u"correspondent.it"_s, u"review:IT"_s).value(ids[0])[u"awarded"_s].toBool());
        QVERIFY(
            candidates(u"central.support"_s, u"european"_s).value(ids[0])[u"awarded"_s].toBool());
        // The European label shows on the project itself, beside its national ones.
        const QJsonArray labels = m_demo.as(u"correspondent.fr"_s)
                                      .pullScope(u"review:FR"_s)
                                      .value(u"project/%1"_s.arg(ids[0]))[u"labels"_s]
                                      .toArray();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QJsonValue &l) {
            return l[u"kind"_s].toString() == u"european" &&
                   l[u"schoolYear"_s].toString() == m_year;
        }));
        QVERIFY(std::count_if(labels.cbegin(), labels.cend(), [](const QJsonValue &l) {
                    return l[u"kind"_s].toString() == u"national";
                }) >= 2);
        // And on the profiles of the teachers who hold the national one for it that year.
        const auto directory = m_demo.as(u"teacher.fr"_s).pullScope(u"directory"_s);
        int holders = 0;
        for (auto it = directory.cbegin(); it != directory.cend(); ++it) {
            const QJsonArray held = (*it)[u"labels"_s].toArray();
            const bool european = std::any_of(held.cbegin(), held.cend(), [&](const QJsonValue &l) {
                return l[u"kind"_s].toString() == u"european" &&
                       l[u"projectId"_s].toInteger() == ids[0] &&
                       l[u"schoolYear"_s].toString() == m_year;
            });
            const bool national = std::any_of(held.cbegin(), held.cend(), [&](const QJsonValue &l) {
                return l[u"kind"_s].toString() == u"national" &&
                       l[u"projectId"_s].toInteger() == ids[0];
            });
            QCOMPARE(european, national); // the European label goes with the national one
            if (european) {
                holders += 1;
                const QString name = (*it)[u"displayName"_s].toString();
                QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                                     [&](const QJsonValue &l) {
                                         return l[u"kind"_s].toString() == u"national" &&
                                                l[u"teacherName"_s].toString() == name;
                                     }),
                         qPrintable(name));
            }
        }
        // Those of them the directory lists (the teachers looking for partners).
        QVERIFY(holders >= 1);
    }
};

QTEST_GUILESS_MAIN(TestEuropeanLabel)
#include "tst_european_label.moc"
