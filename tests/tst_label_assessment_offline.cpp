// SPDX-License-Identifier: GPL-3.0-or-later
// A national service assesses label applications offline, on the real server and the real
// client cache: the demo's queue is synced, the server stops, 20 applications are scored (each
// in two goes, with comments) and one is refused; a colleague scores one of the 20 too, and
// awards the refused one first.
// When the server is back, every score lands once; the two assessors' scores are averaged as
// computed here from what each gave; the overtaken decision comes back explained.
#include "client_session.h"
#include "demo_project.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "session/account_session.h"
#include "session/label_desk.h"
#include "store/kinds/scope_kind.h"
#include "sync/sync_controller.h"

#include <QJsonArray>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestLabelAssessmentOffline : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;

    std::optional<ClientSession> open(const QString &user)
    {
        return openClient(m_server.url(), m_home.path(), user);
    }

    // Points for each of the grid's sub-criteria: its maximum, less a little for some.
    static QJsonObject scores(const AssessmentGrid &grid, const QStringList &keys, int less)
    {
        QJsonObject out;
        for (const QString &key : keys)
            out.insert(key, std::max(grid.subCriterion(key)->minimum,
                                     grid.subCriterion(key)->maxPoints - less));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
    }

    void twentyScoredOfflineLandOnceAndAreAveraged()
    {
        auto national = open(u"correspondent.fr"_s);
        auto colleague = open(u"assessor.fr"_s);
        QVERIFY(national && colleague);
        LabelDesk *desk = national->session->labels();
        QList<LabelApplication> waiting;
        for (const LabelApplication &a : desk->queue())
            if (!a.decision)
                waiting.append(a);
        QVERIFY2(waiting.size() >= 22, qPrintable(QString::number(waiting.size())));
        const auto grid = desk->grid(waiting.first());
        QVERIFY(grid);
        QCOMPARE(grid->maxTotal(), 30);
        const QStringList keys = grid->subCriterionKeys();
        const QStringList firstHalf = keys.mid(0, 5), secondHalf = keys.mid(5);

        // The train: both offline. Twenty scored in two goes each, comments on some.
        m_server.stop();
        // The second is left to the colleague (see below).
        const QList<int> ours{0,  2,  3,  4,  5,  6,  7,  8,  9,  10,
                              11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        for (int i : ours) {
            const qint64 id = waiting[i].id;
            QVERIFY(desk->assess(id, {{u"scores"_s, scores(*grid, firstHalf, i % 2)}}).ok());
            QJsonObject second{{u"scores"_s, scores(*grid, secondHalf, i % 3)}};
            if (i % 4 == 0)
                second.insert(u"comment"_s, u"Assessed on the train, number %1."_s.arg(i));
            QVERIFY(desk->assess(id, second).ok());
            // Shown at once, as the server will have it.
            const auto mine = desk->assessments(id);
            QCOMPARE(mine.size(), 1);
            QCOMPARE(mine.first().scores.size(), keys.size());
        }
        // Out of the grid: refused here, named at its field.
        const auto over = desk->assess(waiting[0].id, {{u"scores"_s, QJsonObject{{keys[0], 99}}}});
        QVERIFY(!over);
        QVERIFY(over.error().fields.contains(u"scores."_s + keys[0]));
        // Unscored here, the second cannot be awarded here; it is refused, with feedback.
        QVERIFY(!desk->whyNotAward(waiting[1].id).isEmpty());
        QCOMPARE(desk->decide(waiting[1].id, true, {}).error().code, u"below_minimum"_s);
        QVERIFY(desk->decide(waiting[1].id, false, u"Data protection is not described."_s).ok());
        QCOMPARE(desk->application(waiting[1].id)->status, u"not_awarded"_s);
        QCOMPARE(national->session->waitingEdits(), 41);
        // The colleague scores the first too, and scores and awards the second first.
        LabelDesk *other = colleague->session->labels();
        QVERIFY(other->assess(waiting[0].id, {{u"scores"_s, scores(*grid, keys, 1)}}).ok());
        QVERIFY(other->assess(waiting[1].id, {{u"scores"_s, scores(*grid, keys, 0)}}).ok());
        QVERIFY(other->decide(waiting[1].id, true, u"Félicitations !"_s).ok());

        // The colleague's office gets the server back first; our laptop was shut meanwhile.
        national->session.reset();
        QVERIFY(m_server.restart());
        colleague->session->sync()->syncNow();
        QVERIFY(syncedUpToDate(*colleague->session->sync()));
        QCOMPARE(colleague->session->waitingEdits(), 0);
        QVERIFY(national->reopen());
        QCOMPARE(national->session->waitingEdits(), 0);
        desk = national->session->labels();

        // Each assessor's scores once per application, whole.
        Http http(m_server.url());
        http.setToken(national->in.token);
        const auto scope = http.pullScope(u"review:FR"_s);
        QHash<qint64, QList<QJsonObject>> byApplication;
        for (auto it = scope.cbegin(); it != scope.cend(); ++it)
            if (it.key().startsWith(u"label_assessment/"_s))
                byApplication[(*it)[u"applicationId"_s].toInteger()].append(*it);
        for (int i = 0; i <= 20; ++i) {
            const auto &list = byApplication.value(waiting[i].id);
            QCOMPARE(list.size(), i == 0 ? 2 : 1);
            for (const QJsonObject &x : list) {
                QCOMPARE(x[u"scores"_s].toObject().size(), keys.size());
                if (x[u"assessorName"_s].toString() != u"Nathalie Lefèvre"_s)
                    continue;
                for (const QString &k : firstHalf)
                    QCOMPARE(x[u"scores"_s][k].toInt(), scores(*grid, {k}, i % 2)[k].toInt());
                for (const QString &k : secondHalf)
                    QCOMPARE(x[u"scores"_s][k].toInt(), scores(*grid, {k}, i % 3)[k].toInt());
                QCOMPARE(x[u"comment"_s].toString(),
                         i % 4 == 0 ? u"Assessed on the train, number %1."_s.arg(i) : QString());
            }
        }
        QVERIFY(!byApplication.contains(waiting[21].id));

        // Two assessors: averaged, from what each gave.
        double expected = 0;
        for (const QString &k : keys) {
            const int mine = scores(*grid, {k}, 0)[k].toInt(); // the first: full marks
            const int theirs = scores(*grid, {k}, 1)[k].toInt();
            expected += (mine + theirs) / 2.0;
        }
        const QJsonObject first = scope.value(u"label_application/%1"_s.arg(waiting[0].id));
        QCOMPARE(first[u"assessors"_s].toInt(), 2);
        QCOMPARE(first[u"score"_s].toDouble(), expected);
        const auto shown = desk->application(waiting[0].id);
        QVERIFY(shown);
        QCOMPARE(shown->score, expected);
        QCOMPARE(desk->assessments(waiting[0].id).size(), 2);

        // The colleague decided first: the award stands; ours came back, explained.
        const QJsonObject second = scope.value(u"label_application/%1"_s.arg(waiting[1].id));
        QCOMPARE(second[u"status"_s].toString(), u"awarded"_s);
        QCOMPARE(second[u"decision"_s][u"decidedByName"_s].toString(), u"Sophie Laurent"_s);
        QCOMPARE(desk->application(waiting[1].id)->status, u"awarded"_s);
        const auto issues = national->session->issues();
        QCOMPARE(issues.size(), 1);
        const EntityKind *kind = kinds::forMutation(issues.first().type);
        QVERIFY(kind);
        const QString explained =
            kind->explainIssue(issues.first().kind, issues.first().data, issues.first().error);
        QVERIFY2(explained.contains(u"Sophie Laurent"_s) &&
                     explained.contains(u"already awarded"_s) &&
                     explained.contains(u"Félicitations !"_s),
                 qPrintable(explained));
    }
    // Submitted offline while the teacher's other computer had applied already: the server
    // refuses it, the teacher has it as an issue that says why, and every word goes back to the
    // project's draft, to change and submit again.
    void aRefusedApplicationGoesBackToItsDraft()
    {
        DemoAccounts demo;
        QVERIFY(demo.signIn(m_server.url(), {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
                                             u"correspondent.fr"_s, u"correspondent.it"_s}));
        const qint64 project = demo.activeProject(u"Refused offline"_s);
        QVERIFY(project > 0);
        auto teacher = open(u"teacher.fr"_s);
        QVERIFY(teacher);
        LabelDesk *desk = teacher->session->labels();
        QVERIFY(label::firstUnmet(desk->prerequisites(project)).isEmpty());
        QJsonObject answers, criteria;
        for (const QString &q : label::eligibilityQuestions())
            answers.insert(q, true);
        for (const QString &c : label::criteria())
            criteria.insert(c, QString(u"Ce que nos classes ont fait : "_s + c));
        const QJsonObject typed{{u"answers"_s, answers},
                                {u"criteria"_s, criteria},
                                {u"ownRole"_s, u"J'ai tout coordonné."_s},
                                {u"evidence"_s, QJsonArray{}}};
        QVERIFY(desk->keepDraft(project, typed));
        m_server.stop();
        QVERIFY(desk->submit(project).ok());
        QVERIFY(!desk->draft(project)); // sent with the next sync, so no longer a draft
        QCOMPARE(desk->mine().first().status, u"waiting"_s);
        // Meanwhile, on the other computer (this one is shut).
        teacher->session.reset();
        QVERIFY(m_server.restart());
        {
            Http other(m_server.url());
            QCOMPARE(other.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
            QJsonObject data = typed;
            data.insert(u"projectId"_s, project);
            data[u"ownRole"_s] = u"Written elsewhere."_s;
            QCOMPARE(other.mutate(u"label_application"_s, u"create"_s, -900, data)[u"status"_s]
                         .toString(),
                     u"applied"_s);
        }
        QVERIFY(teacher->reopen());
        QCOMPARE(teacher->session->waitingEdits(), 0);
        desk = teacher->session->labels();
        const auto issues = teacher->session->issues();
        QCOMPARE(issues.size(), 1);
        const EntityKind *kind = kinds::forMutation(issues.first().type);
        QVERIFY(kind);
        const QString explained =
            kind->explainIssue(issues.first().kind, issues.first().data, issues.first().error);
        QVERIFY2(explained.contains(u"already applied"_s) &&
                     explained.contains(u"What you wrote is kept"_s),
                 qPrintable(explained));
        const auto back = desk->draft(project);
        QVERIFY(back);
        QCOMPARE((*back)[u"ownRole"_s].toString(), u"J'ai tout coordonné."_s);
        QCOMPARE((*back)[u"criteria"_s][u"results"_s].toString(),
                 u"Ce que nos classes ont fait : results"_s);
        // The one the server has shows, as submitted elsewhere.
        QCOMPARE(desk->mine().size(), 1);
        QCOMPARE(desk->mine().first().ownRole, u"Written elsewhere."_s);
    }
};

QTEST_GUILESS_MAIN(TestLabelAssessmentOffline)
#include "tst_label_assessment_offline.moc"
