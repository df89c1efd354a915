// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label on the real server: each school's eligibility counted from the
// data (checked here with SQL straight from the server's database) and explained prerequisite
// by prerequisite; one shared application per school, written by two of its teachers (a field
// each merges, the same field conflicts), submitted only complete and declared, decided once
// by its national service; the label's two years on the school in the directory; every rule
// with its error code.
#include "database.h"
#include "database_settings.h"
#include "demo_project.h"
#include "server_process.h"

#include "domain/school_application.h"
#include "domain/school_label.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestSchoolLabel : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    DemoAccounts m_demo;
    qint64 m_school = 0; // head.fr's, eligible
    qint64 m_application = 0;

    static QString status(const QJsonObject &r) { return r[u"status"_s].toString(); }
    static QString code(const QJsonObject &r) { return r[u"error"_s][u"code"_s].toString(); }
    static QString fieldCode(const QJsonObject &r, const QString &field)
    {
        return r[u"error"_s][u"fields"_s][field][u"code"_s].toString();
    }

    std::unique_ptr<server::Database> database()
    {
        auto settings = server::DatabaseSettings::fromUrl(m_server.databaseUrl());
        if (!settings.ok())
            return nullptr;
        server::DatabaseSettings s = settings.value();
        s.password = qEnvironmentVariable("ETW_DATABASE_PASSWORD");
        return std::make_unique<server::Database>(s);
    }

    qint64 schoolOf(const QString &user)
    {
        const auto me = m_demo.as(user).pullScope(u"me"_s);
        return me.value(u"teacher/%1"_s.arg(m_demo.id(user)))[u"schoolId"_s].toInteger();
    }

    QJsonObject eligibilityOf(const QString &user, qint64 school)
    {
        return m_demo.as(user)
            .pullScope(u"school:%1"_s.arg(school))
            .value(u"school_eligibility/%1"_s.arg(school));
    }

    QJsonObject applicationIn(const QString &user, const QString &scope)
    {
        return m_demo.as(user).pullScope(scope).value(
            u"school_application/%1"_s.arg(m_application));
    }

    QJsonObject write(const QString &user, const QJsonObject &fields, qint64 base)
    {
        return m_demo.as(user).mutate(u"school_application"_s, u"update"_s, m_application, fields,
                                      base);
    }

    // This round's cut-off, as the server counts it by default: 1 September.
    static QDate cutoff()
    {
        const QDate today = QDate::currentDate();
        return QDate(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        QVERIFY(m_demo.signIn(m_server.url(),
                              {u"head.fr"_s, u"teacher2.fr"_s, u"teacher.it"_s,
                               u"correspondent.fr"_s, u"assessor.fr"_s, u"correspondent.it"_s}));
        m_school = schoolOf(u"head.fr"_s);
        QVERIFY(m_school > 0);
        // Counted in the background once the server started.
        QTRY_VERIFY_WITH_TIMEOUT(!eligibilityOf(u"head.fr"_s, m_school).isEmpty(), 30000);
    }

    // What the server published is what the data says, counted here independently.
    void eligibilityIsCountedFromTheData()
    {
        const auto db = database();
        QVERIFY(db);
        QSqlDatabase sql = db->connection();
        const qint64 since = QDateTime(cutoff(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QSqlQuery q(sql);
        QVERIFY(
            q.exec(u"SELECT p.school_id, COUNT(*), SUM(CASE WHEN a.last_active_at >= %1 "
                   u"THEN 1 ELSE 0 END) FROM teacher_profiles p JOIN accounts a ON a.id = "
                   u"p.account_id WHERE p.status = 'validated' GROUP BY p.school_id"_s.arg(since)));
        QHash<qint64, std::pair<int, int>> counted;
        while (q.next())
            counted.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});

        const auto published = SchoolEligibility::fromJson(eligibilityOf(u"head.fr"_s, m_school));
        QVERIFY(published);
        const SchoolEligibility &e = published.value();
        QCOMPARE(e.round.schoolYear, label::schoolYearOf(QDate::currentDate()));
        QCOMPARE(e.round.cutoff, cutoff());
        QCOMPARE(e.rules.key, u"current"_s);
        QCOMPARE(e.facts.teachers, counted.value(m_school).first);
        QCOMPARE(e.facts.activeTeachers, counted.value(m_school).second);
        QVERIFY(e.facts.activeTeachers >= 3);
        QVERIFY(e.facts.management.contains(u"Claire Dubois"_s));
        QVERIFY(!e.facts.labelledProjects.isEmpty());
        QVERIFY(e.eligible);
        for (const SchoolPrerequisite &p : e.prerequisites())
            QVERIFY2(p.met, qPrintable(p.code + u": "_s + p.explanation));

        // The demo's other school meets every prerequisite but one, and says which and why.
        QVERIFY(q.exec(u"SELECT school_id, body FROM school_eligibility"_s));
        int nearly = 0;
        while (q.next()) {
            const auto other = SchoolEligibility::fromJson(
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
            QVERIFY(other);
            const auto prerequisites = other.value().prerequisites();
            QCOMPARE(other.value().eligible, school_label::eligible(prerequisites));
            QCOMPARE(other.value().facts.activeTeachers,
                     counted.value(q.value(0).toLongLong()).second);
            const auto unmet = std::count_if(prerequisites.cbegin(), prerequisites.cend(),
                                             [](const SchoolPrerequisite &p) { return !p.met; });
            if (unmet != 1 || other.value().facts.labelledProjects.isEmpty() ||
                prerequisites[1].met)
                continue;
            const int active = other.value().facts.activeTeachers;
            nearly += active == 2;
            QCOMPARE(prerequisites[1].code, u"teachers_active"_s);
            QVERIFY2(prerequisites[1].explanation.startsWith(
                         u"%1 teachers active since"_s.arg(active)) &&
                         prerequisites[1].explanation.endsWith(u"(3 needed)."_s),
                     qPrintable(prerequisites[1].explanation));
        }
        QCOMPARE(nearly, 1);
    }

    // Every rule with its error code.
    void rulesWithTheirCodes()
    {
        // A school that is not eligible: no application, and the reason.
        const qint64 italian = schoolOf(u"teacher.it"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!eligibilityOf(u"teacher.it"_s, italian).isEmpty(), 30000);
        QVERIFY(!eligibilityOf(u"teacher.it"_s, italian)[u"eligible"_s].toBool());
        const QJsonObject refused = m_demo.as(u"teacher.it"_s)
                                        .mutate(u"school_application"_s, u"create"_s, -1,
                                                {{u"vision"_s, u"Vorremmo candidarci."_s}});
        QCOMPARE(code(refused), u"school_not_eligible"_s);
        QVERIFY(refused[u"error"_s][u"message"_s].toString().contains(u"active since"_s));
        // Outsiders read nothing of another school.
        int httpStatus = 0;
        m_demo.as(u"teacher.it"_s).pullScope(u"school:%1"_s.arg(m_school), &httpStatus);
        QCOMPARE(httpStatus, 404);
        m_demo.as(u"correspondent.fr"_s).pullScope(u"school:%1"_s.arg(m_school), &httpStatus);
        QCOMPARE(httpStatus, 404);
        // Only known fields, of their type and length.
        const QJsonObject bad = m_demo.as(u"head.fr"_s)
                                    .mutate(u"school_application"_s, u"create"_s, -2,
                                            {{u"vision"_s, QString(9000, u'a')},
                                             {u"declared"_s, u"yes"_s},
                                             {u"colour"_s, u"blue"_s}});
        QCOMPARE(fieldCode(bad, u"vision"_s), u"too_long"_s);
        QCOMPARE(fieldCode(bad, u"declared"_s), u"invalid"_s);
        QCOMPARE(fieldCode(bad, u"colour"_s), u"not_editable"_s);
    }

    void oneSharedApplicationWrittenTogether()
    {
        // A colleague joins the school: a change of school is validated again.
        const auto me = m_demo.as(u"teacher2.fr"_s).pullScope(u"me"_s);
        const qint64 version =
            me.value(u"teacher/%1"_s.arg(m_demo.id(u"teacher2.fr"_s)))[u"version"_s].toInteger();
        QCOMPARE(status(m_demo.as(u"teacher2.fr"_s)
                            .mutate(u"profile"_s, u"update"_s, m_demo.id(u"teacher2.fr"_s),
                                    {{u"schoolId"_s, m_school}}, version)),
                 u"applied"_s);
        QCOMPARE(
            code(m_demo.as(u"teacher2.fr"_s).mutate(u"school_application"_s, u"create"_s, -3, {})),
            u"not_validated"_s);
        const auto review = m_demo.as(u"correspondent.fr"_s).pullScope(u"review:FR"_s);
        const QJsonObject g = review.value(u"registration/%1"_s.arg(m_demo.id(u"teacher2.fr"_s)));
        QCOMPARE(g[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(status(m_demo.mutate(u"correspondent.fr"_s, u"registration_decision"_s,
                                      u"create"_s, g[u"id"_s].toInteger(),
                                      {{u"decision"_s, u"validate"_s},
                                       {u"request"_s, g[u"request"_s].toInteger()}})),
                 u"applied"_s);
        QVERIFY(!eligibilityOf(u"teacher2.fr"_s, m_school).isEmpty());

        // Started by the head teacher; the colleague's own start is refused, naming the one
        // that stands.
        const QJsonObject started = m_demo.as(u"head.fr"_s)
                                        .mutate(u"school_application"_s, u"create"_s, -4,
                                                {{u"vision"_s, u"eTwinning est au cœur de notre "
                                                               u"projet d'établissement."_s}});
        QCOMPARE(status(started), u"applied"_s);
        m_application = started[u"entityId"_s].toInteger();
        QVERIFY(m_application > 0);
        const QJsonObject second = m_demo.as(u"teacher2.fr"_s)
                                       .mutate(u"school_application"_s, u"create"_s, -5,
                                               {{u"team"_s, u"Nous sommes six."_s}});
        QCOMPARE(code(second), u"already_applying"_s);
        QCOMPARE(second[u"current"_s][u"id"_s].toInteger(), m_application);

        // Two teachers, two fields, one version: merged. The same field again: a conflict.
        QCOMPARE(status(write(u"teacher2.fr"_s,
                              {{u"team"_s, u"Six enseignants, trois "
                                           u"disciplines."_s}},
                              1)),
                 u"applied"_s);
        // The same field again: a conflict for it, the other answer of the edit written.
        const QJsonObject clash = write(u"head.fr"_s,
                                        {{u"team"_s, u"Toute l'équipe de direction."_s},
                                         {u"plans"_s, u"Un plan pour deux ans."_s}},
                                        1);
        QCOMPARE(status(clash), u"conflict"_s);
        QCOMPARE(clash[u"current"_s][u"conflictingFields"_s].toArray(), QJsonArray{u"team"_s});
        QCOMPARE(clash[u"current"_s][u"fields"_s][u"plans"_s].toString(),
                 u"Un plan pour deux ans."_s);
        QJsonObject shared = applicationIn(u"head.fr"_s, u"school:%1"_s.arg(m_school));
        QCOMPARE(shared[u"fields"_s][u"vision"_s].toString(),
                 u"eTwinning est au cœur de notre projet d'établissement."_s);
        QCOMPARE(shared[u"fields"_s][u"team"_s].toString(),
                 u"Six enseignants, trois disciplines."_s);
        QCOMPARE(shared[u"status"_s].toString(), u"draft"_s);
        // A draft is the school's: its service does not see it yet.
        QVERIFY(applicationIn(u"correspondent.fr"_s, u"review:FR"_s).isEmpty());

        // Incomplete, undeclared: refused, each missing field named.
        const QJsonObject early =
            m_demo.as(u"head.fr"_s).mutate(u"school_submission"_s, u"create"_s, m_application, {});
        QCOMPARE(code(early), u"validation_failed"_s);
        for (const QString &f : {u"pupils"_s, u"safety"_s, u"headName"_s, u"declared"_s})
            QCOMPARE(fieldCode(early, f), u"required"_s);
        QVERIFY(!early[u"error"_s][u"fields"_s].toObject().contains(u"team"_s));
        QVERIFY(!early[u"error"_s][u"fields"_s].toObject().contains(u"plans"_s));
        const qint64 now = shared[u"version"_s].toInteger();
        QCOMPARE(status(write(u"head.fr"_s,
                              {{u"pupils"_s, u"Chaque classe de 5e mène un projet."_s},
                               {u"safety"_s, u"Une charte numérique signée par tous."_s},
                               {u"plans"_s, u"Ouvrir eTwinning au lycée voisin."_s},
                               {u"headName"_s, u"Claire Dubois"_s},
                               {u"declared"_s, true}},
                              now)),
                 u"applied"_s);
        QCOMPARE(status(m_demo.as(u"teacher2.fr"_s)
                            .mutate(u"school_submission"_s, u"create"_s, m_application, {})),
                 u"applied"_s);
        // Sent: written no more, and in its service's review.
        QCOMPARE(code(write(u"head.fr"_s, {{u"plans"_s, u"Plus tard."_s}}, now + 1)),
                 u"already_submitted"_s);
        const QJsonObject inReview = applicationIn(u"correspondent.fr"_s, u"review:FR"_s);
        QCOMPARE(inReview[u"status"_s].toString(), u"submitted"_s);
        QCOMPARE(inReview[u"submittedByName"_s].toString(), u"Julien Moreau"_s);
        QCOMPARE(code(m_demo.as(u"correspondent.it"_s)
                          .mutate(u"school_decision"_s, u"create"_s, m_application,
                                  {{u"decision"_s, u"awarded"_s}})),
                 u"application_gone"_s);
    }

    void theFirstDecisionStandsForTwoYears()
    {
        QVERIFY(m_application > 0);
        QCOMPARE(fieldCode(m_demo.mutate(u"correspondent.fr"_s, u"school_decision"_s, u"create"_s,
                                         m_application, {{u"decision"_s, u"not_awarded"_s}}),
                           u"feedback"_s),
                 u"required"_s);
        QCOMPARE(
            status(m_demo.mutate(
                u"correspondent.fr"_s, u"school_decision"_s, u"create"_s, m_application,
                {{u"decision"_s, u"awarded"_s}, {u"feedback"_s, u"Bravo à toute l'équipe."_s}})),
            u"applied"_s);
        const QJsonObject late =
            m_demo.mutate(u"assessor.fr"_s, u"school_decision"_s, u"create"_s, m_application,
                          {{u"decision"_s, u"not_awarded"_s}, {u"feedback"_s, u"Trop tôt."_s}});
        QCOMPARE(code(late), u"already_decided"_s);
        QCOMPARE(late[u"current"_s][u"decision"_s][u"decidedByName"_s].toString(),
                 u"Nathalie Lefèvre"_s);

        // The label's last day, on the school in every teacher's directory and on its
        // eligibility.
        const QString until = school_application::validUntil(QDateTime::currentDateTimeUtc().date())
                                  .toString(Qt::ISODate);
        QCOMPARE(QDate::fromString(until, Qt::ISODate),
                 QDateTime::currentDateTimeUtc().date().addYears(2).addDays(-1));
        const auto directory = m_demo.as(u"teacher.it"_s).pullScope(u"directory"_s);
        QCOMPARE(directory.value(u"school/%1"_s.arg(m_school))[u"labelUntil"_s].toString(), until);
        QCOMPARE(eligibilityOf(u"head.fr"_s, m_school)[u"labelUntil"_s].toString(), until);
        const QJsonObject decided = applicationIn(u"head.fr"_s, u"school:%1"_s.arg(m_school));
        QCOMPARE(decided[u"status"_s].toString(), u"awarded"_s);
        QCOMPARE(decided[u"validUntil"_s].toString(), until);
    }

    // An administrator sets this year's round from the command line: each mistake refused and
    // named, then the schools counted again on the new cut-off, their teachers told.
    void anAdministratorSetsTheYearsRound()
    {
        const QString year = u"%1-%2"_s.arg(cutoff().year()).arg(cutoff().year() + 1);
        const auto setRound = [this](const QStringList &args, QString *output) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QString::fromUtf8(ETW_SERVER_BINARY),
                    QStringList{u"--data-dir"_s, m_server.dataDir(), u"--database"_s,
                                m_server.databaseUrl(), u"--set-school-round"_s} +
                        args);
            if (!p.waitForFinished(60000))
                return -1;
            *output = QString::fromUtf8(p.readAll());
            return p.exitCode();
        };
        QString out;
        QVERIFY(setRound({u"2026"_s}, &out) != 0);
        QVERIFY2(out.contains(u"the school year must be like 2026-2027"_s), qPrintable(out));
        QVERIFY(setRound({year, u"--rule-set"_s, u"nope"_s}, &out) != 0);
        QVERIFY2(out.contains(u"no rule set \"nope\" here (there are: "_s), qPrintable(out));
        QVERIFY(out.contains(u"current"_s));
        QVERIFY(setRound({year, u"--cutoff"_s, cutoff().addYears(1).toString(Qt::ISODate)}, &out) !=
                0);
        QVERIFY2(out.contains(u"is outside the school year "_s + year), qPrintable(out));
        // Nothing was stored by the refused ones.
        QCOMPARE(eligibilityOf(u"head.fr"_s, m_school)[u"cutoff"_s].toString(),
                 cutoff().toString(Qt::ISODate));

        const QDate later = cutoff().addDays(14);
        QCOMPARE(setRound({year, u"--rule-set"_s, u"current"_s, u"--cutoff"_s,
                           later.toString(Qt::ISODate)},
                          &out),
                 0);
        QVERIFY2(out.contains(u"school round set: %1, rule set current, cut off on %2"_s.arg(
                     year, later.toString(Qt::ISODate))),
                 qPrintable(out));
        const QJsonObject counted = eligibilityOf(u"head.fr"_s, m_school);
        QCOMPARE(counted[u"cutoff"_s].toString(), later.toString(Qt::ISODate));
        QCOMPARE(counted[u"schoolYear"_s].toString(), year);
    }
};

QTEST_GUILESS_MAIN(TestSchoolLabel)
#include "tst_school_label.moc"
