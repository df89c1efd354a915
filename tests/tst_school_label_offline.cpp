// SPDX-License-Identifier: GPL-3.0-or-later
// A school's application for the eTwinning School label written offline by two of its
// teachers, on the real server and the real client caches: what each types is saved here at
// once and shown; the one who starts it first holds the school's application, the other's
// start comes back as an issue that keeps every word and names who started it, and their
// writing then joins the shared one; it is submitted offline and arrives once, complete; the
// national service decides offline, and the school's label shows on both computers.
#include "client_session.h"
#include "demo_project.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "search/partner_query.h"
#include "session/account_session.h"
#include "session/school_label.h"
#include "store/directory_store.h"
#include "store/kinds/scope_kind.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"

#include <QSet>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestSchoolLabelOffline : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    qint64 m_school = 0;

    static SchoolLabel *label(ClientSession &c) { return c.session->schoolLabel(); }

    std::optional<ClientSession> open(const QString &user)
    {
        return openClient(m_server.url(), m_home.path(), user);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        // A colleague of the head teacher joins the school; its service validates the change.
        DemoAccounts demo;
        QVERIFY(
            demo.signIn(m_server.url(), {u"head.fr"_s, u"teacher2.fr"_s, u"correspondent.fr"_s}));
        const auto me = demo.as(u"head.fr"_s).pullScope(u"me"_s);
        m_school = me.value(u"teacher/%1"_s.arg(demo.id(u"head.fr"_s)))[u"schoolId"_s].toInteger();
        QVERIFY(m_school > 0);
        const qint64 colleague = demo.id(u"teacher2.fr"_s);
        const qint64 version = demo.as(u"teacher2.fr"_s)
                                   .pullScope(u"me"_s)
                                   .value(u"teacher/%1"_s.arg(colleague))[u"version"_s]
                                   .toInteger();
        QCOMPARE(demo.as(u"teacher2.fr"_s)
                     .mutate(u"profile"_s, u"update"_s, colleague, {{u"schoolId"_s, m_school}},
                             version)[u"status"_s]
                     .toString(),
                 u"applied"_s);
        const QJsonObject g = demo.as(u"correspondent.fr"_s)
                                  .pullScope(u"review:FR"_s)
                                  .value(u"registration/%1"_s.arg(colleague));
        QCOMPARE(demo.mutate(u"correspondent.fr"_s, u"registration_decision"_s, u"create"_s,
                             colleague,
                             {{u"decision"_s, u"validate"_s},
                              {u"request"_s, g[u"request"_s].toInteger()}})[u"status"_s]
                     .toString(),
                 u"applied"_s);
    }

    void writtenOfflineByTwoArrivesOnce()
    {
        auto head = open(u"head.fr"_s);
        auto colleague = open(u"teacher2.fr"_s);
        QVERIFY(head && colleague);
        for (ClientSession *c : {&*head, &*colleague}) {
            const auto e = label(*c)->eligibility();
            QVERIFY(e);
            QCOMPARE(e->facts.schoolId, m_school);
            QVERIFY(e->eligible);
            QVERIFY(!label(*c)->application());
        }

        // The train: both offline, both start it.
        m_server.stop();
        QVERIFY(label(*head)->write({{u"vision"_s, u"eTwinning est"_s}}));
        QVERIFY(label(*head)->write({{u"vision"_s, u"eTwinning est au cœur du projet."_s},
                                     {u"team"_s, u"Six enseignants."_s}}));
        // Shown at once, as it will be; still one edit waiting (merged).
        auto shown = label(*head)->application();
        QVERIFY(shown && shown->waiting && shown->application.id < 0);
        QCOMPARE(shown->application.text(u"vision"_s), u"eTwinning est au cœur du projet."_s);
        QCOMPARE(head->session->waitingEdits(), 1);
        // Out of the form: refused here, named at its field.
        const auto bad = label(*head)->write({{u"plans"_s, QString(9000, u'x')}});
        QVERIFY(!bad);
        QVERIFY(bad.error().fields.contains(u"plans"_s));
        // Incomplete: not submitted, each missing field named.
        const auto early = label(*head)->submit();
        QVERIFY(!early);
        QVERIFY(early.error().fields.contains(u"pupils"_s) &&
                early.error().fields.contains(u"declared"_s));
        const QString theirs = u"Nos élèves de 4e correspondent chaque semaine."_s;
        QVERIFY(label(*colleague)->write({{u"pupils"_s, theirs}}));

        // The head teacher's computer reaches the server first; the colleague's was shut.
        colleague->session.reset();
        QVERIFY(m_server.restart());
        head->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*head->session->sync()));
        QCOMPARE(head->session->waitingEdits(), 0);
        shown = label(*head)->application();
        QVERIFY(shown && !shown->waiting && shown->application.id > 0);
        const qint64 id = shown->application.id;
        QCOMPARE(shown->application.text(u"team"_s), u"Six enseignants."_s);

        // The colleague's start is refused: an issue that names who started it, every word kept.
        QVERIFY(colleague->reopen());
        QCOMPARE(colleague->session->waitingEdits(), 0);
        const auto issues = colleague->session->issues();
        QCOMPARE(issues.size(), 1);
        const EntityKind *kind = kinds::forMutation(issues.first().type);
        QVERIFY(kind);
        const QString explained =
            kind->explainIssue(issues.first().kind, issues.first().data, issues.first().error);
        QVERIFY2(explained.contains(u"Claire Dubois"_s), qPrintable(explained));
        QCOMPARE(issues.first().data[u"pupils"_s].toString(), theirs);
        // The shared one is theirs to write in now: a field each, merged.
        shown = label(*colleague)->application();
        QVERIFY(shown && shown->application.id == id);
        QVERIFY(label(*colleague)->write({{u"pupils"_s, theirs}}));
        colleague->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*colleague->session->sync()));
        QCOMPARE(colleague->session->waitingEdits(), 0);

        // Completed and submitted offline by the head teacher.
        head->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*head->session->sync()));
        QCOMPARE(label(*head)->application()->application.text(u"pupils"_s), theirs);
        m_server.stop();
        QVERIFY(label(*head)->write({{u"safety"_s, u"Une charte numérique."_s},
                                     {u"plans"_s, u"Ouvrir eTwinning au lycée."_s},
                                     {u"headName"_s, u"Claire Dubois"_s},
                                     {u"declared"_s, true}}));
        QVERIFY(label(*head)->submit());
        shown = label(*head)->application();
        QVERIFY(shown->submitWaiting);
        QCOMPARE(shown->application.status, u"submitted"_s);
        QVERIFY(!label(*head)->write({{u"plans"_s, u"Plus tard."_s}}));
        QVERIFY(m_server.restart());
        head->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*head->session->sync()));
        QCOMPARE(head->session->waitingEdits(), 0);

        // What the server holds: once, whole, every word of both teachers.
        Http http(m_server.url());
        http.setToken(head->in.token);
        const auto scope = http.pullScope(u"school:%1"_s.arg(m_school));
        int applications = 0;
        for (auto it = scope.cbegin(); it != scope.cend(); ++it)
            if (it.key().startsWith(u"school_application/"_s))
                ++applications;
        QCOMPARE(applications, 1);
        const QJsonObject held = scope.value(u"school_application/%1"_s.arg(id));
        QCOMPARE(held[u"status"_s].toString(), u"submitted"_s);
        QCOMPARE(held[u"fields"_s][u"vision"_s].toString(), u"eTwinning est au cœur du projet."_s);
        QCOMPARE(held[u"fields"_s][u"pupils"_s].toString(), theirs);
        QCOMPARE(held[u"fields"_s][u"declared"_s].toBool(), true);

        // The national service decides offline; the label reaches both teachers.
        auto national = open(u"correspondent.fr"_s);
        QVERIFY(national);
        QVERIFY(label(*national)->reviewed(id));
        m_server.stop();
        QVERIFY(!label(*national)->decide(id, false, {}));
        QVERIFY(label(*national)->keepFeedback(id, u"Bravo"_s));
        QCOMPARE(label(*national)->feedback(id), u"Bravo"_s);
        QVERIFY(label(*national)->decide(id, true, u"Bravo à toute l'équipe."_s));
        QCOMPARE(label(*national)->reviewed(id)->status, u"awarded"_s);
        QVERIFY(m_server.restart());
        national->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*national->session->sync()));
        QCOMPARE(national->session->waitingEdits(), 0);
        QCOMPARE(label(*national)->reviewed(id)->decision->decidedByName, u"Nathalie Lefèvre"_s);
        for (ClientSession *c : {&*head, &*colleague}) {
            c->session->sync()->syncNow();
            QVERIFY(syncedUpToDate(*c->session->sync()));
            QCOMPARE(label(*c)->application()->application.status, u"awarded"_s);
            QCOMPARE(label(*c)->eligibility()->labelUntil,
                     QDate::currentDate().addYears(2).addDays(-1));
        }

        // In the partner directory, its teachers are found among the eTwinning Schools': as
        // many as the server's directory says (the demo's school labelled last year too).
        QSqlDatabase db = colleague->session->store().connection();
        PartnerQuery labelled;
        labelled.eTwinningSchools = true;
        const auto rows = directory_store::search(db, labelled, std::nullopt, 1000);
        const auto directory = http.pullScope(u"directory"_s);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QSet<qint64> labelledSchools;
        for (auto it = directory.cbegin(); it != directory.cend(); ++it)
            if (it.key().startsWith(u"school/"_s) && (*it)[u"labelUntil"_s].toString() >= today)
                labelledSchools.insert((*it)[u"id"_s].toInteger());
        QVERIFY(labelledSchools.contains(m_school));
        QCOMPARE(labelledSchools.size(), 2);
        int expected = 0;
        for (auto it = directory.cbegin(); it != directory.cend(); ++it)
            expected += it.key().startsWith(u"teacher/"_s) &&
                        labelledSchools.contains((*it)[u"schoolId"_s].toInteger());
        QVERIFY(expected >= 2);
        QCOMPARE(int(rows.size()), expected);
        for (const PartnerRow &r : rows)
            QVERIFY(r.schoolLabelUntil >= today);
    }
};

QTEST_GUILESS_MAIN(TestSchoolLabelOffline)
#include "tst_school_label_offline.moc"
