// SPDX-License-Identifier: GPL-3.0-or-later
// The National Quality Label on the real server: every rule of an application with its error
// code, the grid as data (shipped, imported, versioned), assessors' scores averaged, the
// minima an award needs, the first decision winning, and a second attempt after a refusal.
#include "demo_project.h"
#include "server_process.h"
#include "tus_client.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace etw::test;
using namespace Qt::StringLiterals;

class TestLabels : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    DemoAccounts m_demo;
    qint64 m_project = 0;
    qint64 m_application = 0;
    qint64 m_material = 0; // a file of the project's TwinSpace, read by its assessors
    qint64 m_localId = 0;

    QJsonObject mutate(const QString &user, const QString &type, const QString &op, qint64 id,
                       const QJsonObject &data)
    {
        return m_demo.mutate(user, type, op, id, data);
    }
    static QString status(const QJsonObject &r) { return r[u"status"_s].toString(); }
    static QString code(const QJsonObject &r) { return r[u"error"_s][u"code"_s].toString(); }
    static QString fieldCode(const QJsonObject &r, const QString &field)
    {
        return r[u"error"_s][u"fields"_s][field][u"code"_s].toString();
    }

    static QJsonObject application(qint64 projectId)
    {
        QJsonObject answers, criteria;
        for (const QString &q : {u"commonGoals"_s, u"finished"_s, u"contributed"_s,
                                 u"collaborative"_s, u"dataProtection"_s})
            answers.insert(q, true);
        for (const QString &c :
             {u"collaboration"_s, u"technology"_s, u"pedagogy"_s, u"curriculum"_s, u"results"_s})
            criteria.insert(c, QString(u"What our classes did for "_s + c + u"."_s));
        return {{u"projectId"_s, projectId},
                {u"answers"_s, answers},
                {u"criteria"_s, criteria},
                {u"ownRole"_s, u"I led the French class and wrote the plan with Giulia."_s},
                {u"evidence"_s,
                 QJsonArray{QJsonObject{{u"kind"_s, u"link"_s},
                                        {u"url"_s, u"https://example.org/our-river-blog"_s},
                                        {u"title"_s, u"The pupils' blog"_s}}}}};
    }

    // Each with its own local id, as a client gives them.
    QJsonObject apply(const QString &user, const QJsonObject &data)
    {
        return mutate(user, u"label_application"_s, u"create"_s, --m_localId, data);
    }

    QJsonObject score(const QString &user, qint64 application, const QJsonObject &scores,
                      const QJsonObject &extra = {})
    {
        QJsonObject data = extra;
        data.insert(u"scores"_s, scores);
        return mutate(user, u"label_assessment"_s, u"update"_s, application, data);
    }

    static QJsonObject fullScores(int points, int dataProtection)
    {
        QJsonObject s;
        for (const QString &k :
             {u"methods"_s, u"pupilAutonomy"_s, u"curriculumLinks"_s, u"keySkills"_s,
              u"pupilCollaboration"_s, u"digitalTools"_s, u"impact"_s, u"documentation"_s})
            s.insert(k, points);
        s.insert(u"teacherCollaboration"_s, 2); // its maximum
        s.insert(u"dataProtection"_s, dataProtection);
        return s;
    }

    QHash<QString, QJsonObject> pull(const QString &user, const QString &scope)
    {
        return m_demo.as(user).pullScope(scope);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(
                     {u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-review-queue"_s, u"20"_s}),
                 qPrintable(m_server.lastOutput()));
        QVERIFY(m_demo.signIn(m_server.url(),
                              {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s, u"teacher2.fr"_s,
                               u"correspondent.fr"_s, u"correspondent.fr.idf"_s,
                               u"correspondent.it"_s, u"assessor.fr"_s, u"pupil.fr"_s}));
        m_project = m_demo.activeProject(u"Rivers of our towns"_s);
        QVERIFY(m_project > 0);
    }

    void everyRuleOfAnApplicationHasItsCode()
    {
        // Not yet approved: founded, its partners not answered yet.
        QJsonObject form{
            {u"kind"_s, u"european"_s},
            {u"title"_s, u"Waiting for partners"_s},
            {u"summary"_s, u"Letters between classes."_s},
            {u"subjects"_s, QJsonArray{u"geography"_s}},
            {u"aims"_s, u"Write real letters."_s},
            {u"languages"_s, QJsonArray{u"en"_s}},
            {u"ageMin"_s, 10},
            {u"ageMax"_s, 12},
            {u"durationMonths"_s, 6},
            {u"invitations"_s, QJsonArray{QJsonObject{{u"accountId"_s, m_demo.id(u"teacher.it"_s)},
                                                      {u"role"_s, u"founder"_s}}}}};
        const QJsonObject created = mutate(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, form);
        const qint64 pending = created[u"entityId"_s].toInteger();
        QVERIFY2(pending > 0, QJsonDocument(created).toJson().constData());
        QCOMPARE(code(apply(u"teacher.fr"_s, application(pending))), u"project_not_ready"_s);

        // A national project, approved: not eligible.
        form[u"kind"_s] = u"national"_s;
        form[u"title"_s] = u"Our two towns"_s;
        form[u"invitations"_s] = QJsonArray{
            QJsonObject{{u"accountId"_s, m_demo.id(u"teacher2.fr"_s)}, {u"role"_s, u"founder"_s}}};
        const qint64 national =
            mutate(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, form)[u"entityId"_s].toInteger();
        QVERIFY(national > 0);
        QCOMPARE(status(mutate(u"teacher2.fr"_s, u"project_invitation"_s, u"update"_s, national,
                               {{u"response"_s, u"accept"_s}})),
                 u"applied"_s);
        QCOMPARE(status(mutate(u"correspondent.fr"_s, u"project_decision"_s, u"create"_s, national,
                               {{u"decision"_s, u"approve"_s}})),
                 u"applied"_s);
        QCOMPARE(code(apply(u"teacher.fr"_s, application(national))), u"national_project"_s);

        // Outsiders learn nothing; pupils do not apply.
        QCOMPARE(code(apply(u"teacher2.fr"_s, application(m_project))), u"not_found"_s);
        QCOMPARE(code(apply(u"pupil.fr"_s, application(m_project))), u"forbidden"_s);

        // A no to an eligibility question, a missing text, a link that is not a web page:
        // each named at its field.
        QJsonObject no = application(m_project);
        QJsonObject answers = no[u"answers"_s].toObject();
        answers[u"finished"_s] = false;
        no[u"answers"_s] = answers;
        QJsonObject criteria = no[u"criteria"_s].toObject();
        criteria.remove(u"technology"_s);
        no[u"criteria"_s] = criteria;
        no[u"evidence"_s] = QJsonArray{QJsonObject{
            {u"kind"_s, u"link"_s}, {u"url"_s, u"javascript:alert(1)"_s}, {u"title"_s, u"x"_s}}};
        const QJsonObject refused = apply(u"teacher.fr"_s, no);
        QCOMPARE(code(refused), u"validation_failed"_s);
        QCOMPARE(fieldCode(refused, u"answers.finished"_s), u"not_eligible"_s);
        QCOMPARE(fieldCode(refused, u"criteria.technology"_s), u"required"_s);
        QCOMPARE(fieldCode(refused, u"evidence.0"_s), u"not_http"_s);
        QVERIFY(fieldCode(refused, u"answers.commonGoals"_s).isEmpty());

        // Evidence from another project is refused.
        QJsonObject foreign = application(m_project);
        foreign[u"evidence"_s] = QJsonArray{QJsonObject{
            {u"kind"_s, u"material"_s}, {u"id"_s, 999999}, {u"title"_s, u"Not ours"_s}}};
        QCOMPARE(code(apply(u"teacher.fr"_s, foreign)), u"evidence_gone"_s);

        // The application: in the teacher's own scope, and in France's review, not Italy's.
        const QJsonObject made = apply(u"teacher.fr"_s, application(m_project));
        QCOMPARE(status(made), u"applied"_s);
        m_application = made[u"entityId"_s].toInteger();
        QVERIFY(m_application > 0);
        const QString key = u"label_application/%1"_s.arg(m_application);
        const QJsonObject own = pull(u"teacher.fr"_s, u"me"_s).value(key);
        QCOMPARE(own[u"status"_s].toString(), u"submitted"_s);
        QCOMPARE(own[u"projectTitle"_s].toString(), u"Rivers of our towns"_s);
        QVERIFY(!own.contains(u"score"_s));
        QVERIFY(own[u"schoolYear"_s].toString().contains(u'-'));
        const QJsonObject reviewed = pull(u"correspondent.fr"_s, u"review:FR"_s).value(key);
        QCOMPARE(reviewed[u"applicantName"_s].toString(), u"Émilie Durand"_s);
        QCOMPARE(reviewed[u"criteria"_s][u"results"_s].toString(),
                 u"What our classes did for results."_s);
        QVERIFY(!pull(u"correspondent.it"_s, u"review:IT"_s).contains(key));
        // The assessors read the project's TwinSpace while the application waits.
        const QString twinSpace = u"project:%1"_s.arg(m_project);
        int readStatus = 0;
        m_demo.as(u"correspondent.fr"_s).pullScope(twinSpace, &readStatus);
        QCOMPARE(readStatus, 200);
        m_demo.as(u"correspondent.fr.idf"_s).pullScope(twinSpace, &readStatus);
        QCOMPARE(readStatus, 404);
        // Its materials' files too, which the assessors open beside the grid.
        const QByteArray notes = "Our river walk, in three classes' words.\n";
        TusClient tus(m_demo.as(u"teacher.fr"_s), m_server.url());
        const auto sent =
            tus.upload(TusClient::location(tus.create(
                           notes.size(), TusClient::metadata(u"walk.txt"_s, m_project,
                                                             TusClient::sha256Hex(notes)))),
                       notes, notes.size());
        QVERIFY2(sent.materialId > 0, sent.last.body.constData());
        m_material = sent.materialId;
        const QString content =
            u"/api/v1/projects/%1/materials/%2/content"_s.arg(m_project).arg(m_material);
        const HttpResult read = m_demo.as(u"correspondent.fr"_s).get(content);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body, notes);
        QCOMPARE(m_demo.as(u"correspondent.fr.idf"_s).get(content).status, 404);
        QCOMPARE(m_demo.as(u"correspondent.it"_s).get(content).status, 404);
        // Once per project while it waits or is awarded; the label is personal, so the
        // Italian founder applies for the same project on their own.
        QCOMPARE(code(apply(u"teacher.fr"_s, application(m_project))), u"already_applied"_s);
        const QJsonObject italian = apply(u"teacher.it"_s, application(m_project));
        QCOMPARE(status(italian), u"applied"_s);
        QVERIFY(pull(u"correspondent.it"_s, u"review:IT"_s)
                    .contains(u"label_application/%1"_s.arg(italian[u"entityId"_s].toInteger())));
    }

    void aFifthApplicationInAYearIsRefused()
    {
        // teacher.fr has one; three more projects make four, the fifth is refused.
        for (int i = 2; i <= 5; ++i) {
            const qint64 project = m_demo.activeProject(u"Project %1"_s.arg(i));
            QVERIFY(project > 0);
            const QJsonObject r = apply(u"teacher.fr"_s, application(project));
            if (i <= 4)
                QCOMPARE(status(r), u"applied"_s);
            else
                QCOMPARE(code(r), u"too_many_applications"_s);
        }
        // The school year's bounds are a setting of the country's national service: with a
        // year that starts tomorrow, today belongs to the year before, which has room.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QDate start = today.addDays(1);
        if (start.day() > 28)
            start = QDate(start.year(), start.month(), 1).addMonths(1);
        // Before September a year from 1 January differs; on 29–31 December none can.
        if (today.month() < 9 || start.year() != today.year())
            start = QDate(today.year(), 1, 1);
        const auto yearOf = [](const QDate &d, int month, int day) {
            const int first = d >= QDate(d.year(), month, day) ? d.year() : d.year() - 1;
            return u"%1-%2"_s.arg(first).arg(first + 1);
        };
        QCOMPARE(status(mutate(
                     u"correspondent.fr"_s, u"label_setting"_s, u"update"_s, 0,
                     {{u"yearStartMonth"_s, start.month()}, {u"yearStartDay"_s, start.day()}})),
                 u"applied"_s);
        const QString shifted = yearOf(today, start.month(), start.day());
        const qint64 another = m_demo.activeProject(u"Project 6"_s);
        const QJsonObject r = apply(u"teacher.fr"_s, application(another));
        if (shifted == yearOf(today, 9, 1)) {
            QCOMPARE(code(r), u"too_many_applications"_s);
        } else {
            QCOMPARE(status(r), u"applied"_s);
            QCOMPARE(pull(u"teacher.fr"_s, u"me"_s)
                         .value(u"label_application/%1"_s.arg(
                             r[u"entityId"_s].toInteger()))[u"schoolYear"_s]
                         .toString(),
                     shifted);
        }
        // The country's teachers and correspondents have it from their country scope; a
        // teacher of another country reads neither it nor the scope.
        for (const QString &user : {u"teacher.fr"_s, u"correspondent.fr.idf"_s}) {
            const QJsonObject published = pull(user, u"country:FR"_s).value(u"label_setting/1"_s);
            QCOMPARE(published[u"country"_s].toString(), u"FR"_s);
            QCOMPARE(published[u"yearStartMonth"_s].toInt(), start.month());
            QCOMPARE(published[u"yearStartDay"_s].toInt(), start.day());
            QCOMPARE(published[u"version"_s].toInteger(), 1);
        }
        int readStatus = 0;
        m_demo.as(u"teacher.it"_s).pullScope(u"country:FR"_s, &readStatus);
        QCOMPARE(readStatus, 404);
        QCOMPARE(code(mutate(u"correspondent.fr.idf"_s, u"label_setting"_s, u"update"_s, 0,
                             {{u"yearStartMonth"_s, 8}, {u"yearStartDay"_s, 1}})),
                 u"forbidden"_s);
        QCOMPARE(code(mutate(
                     u"correspondent.fr"_s, u"label_setting"_s, u"update"_s, 0,
                     {{u"country"_s, u"IT"_s}, {u"yearStartMonth"_s, 8}, {u"yearStartDay"_s, 1}})),
                 u"forbidden"_s);
        const QJsonObject bad = mutate(u"correspondent.fr"_s, u"label_setting"_s, u"update"_s, 0,
                                       {{u"yearStartMonth"_s, 13}, {u"yearStartDay"_s, 1}});
        QCOMPARE(fieldCode(bad, u"yearStartMonth"_s), u"out_of_range"_s);
    }

    void assessorsScoreOnTheGridAndTheMinimaHold()
    {
        // The shipped grid is in France's review scope: ten sub-criteria, 30 points.
        const auto review = pull(u"correspondent.fr"_s, u"review:FR"_s);
        QJsonObject grid;
        for (auto it = review.cbegin(); it != review.cend(); ++it)
            if (it.key().startsWith(u"assessment_grid/"_s) &&
                (*it)[u"country"_s].toString().isEmpty())
                grid = *it;
        QCOMPARE(grid[u"criteria"_s].toArray().size(), 5);
        int total = 0, subs = 0;
        for (const QJsonValue &c : grid[u"criteria"_s].toArray())
            for (const QJsonValue &s : c[u"subCriteria"_s].toArray()) {
                total += s[u"maxPoints"_s].toInt();
                ++subs;
            }
        QCOMPARE(subs, 10);
        QCOMPARE(total, 30);

        // Out of the grid: named at the field.
        const QJsonObject over = score(u"correspondent.fr"_s, m_application,
                                       {{u"digitalTools"_s, 4}, {u"nonsense"_s, 1}});
        QVERIFY2(fieldCode(over, u"scores.digitalTools"_s) == u"out_of_range"_s,
                 QJsonDocument(over).toJson().constData());
        QCOMPARE(fieldCode(over, u"scores.nonsense"_s), u"unknown_value"_s);
        // Partial scores are kept; the application is under assessment; no award before all.
        QCOMPARE(status(score(u"correspondent.fr"_s, m_application, {{u"methods"_s, 3}},
                              {{u"comment"_s, u"A real partnership."_s}})),
                 u"applied"_s);
        const QString key = u"label_application/%1"_s.arg(m_application);
        QCOMPARE(pull(u"teacher.fr"_s, u"me"_s).value(key)[u"status"_s].toString(),
                 u"under_assessment"_s);
        const QJsonObject early = mutate(u"correspondent.fr"_s, u"label_decision"_s, u"create"_s,
                                         m_application, {{u"decision"_s, u"awarded"_s}});
        QCOMPARE(code(early), u"not_scored"_s);
        QCOMPARE(fieldCode(early, u"scores.impact"_s), u"not_scored"_s);

        // Two assessors of the national service; averaged.
        QCOMPARE(status(score(u"correspondent.fr"_s, m_application, fullScores(3, 1))),
                 u"applied"_s);
        QCOMPARE(status(score(u"assessor.fr"_s, m_application, fullScores(2, 0))), u"applied"_s);
        const QJsonObject both = pull(u"correspondent.fr"_s, u"review:FR"_s).value(key);
        QCOMPARE(both[u"assessors"_s].toInt(), 2);
        QCOMPARE(both[u"score"_s].toDouble(), ((8 * 3 + 2 + 1) + (8 * 2 + 2 + 0)) / 2.0);
        // dataProtection averages 0.5, under its minimum of 1: not awarded, and said why.
        const QJsonObject below = mutate(u"correspondent.fr"_s, u"label_decision"_s, u"create"_s,
                                         m_application, {{u"decision"_s, u"awarded"_s}});
        QCOMPARE(code(below), u"below_minimum"_s);
        QCOMPARE(fieldCode(below, u"scores.dataProtection"_s), u"below_minimum"_s);
        QVERIFY(fieldCode(below, u"scores.digitalTools"_s).isEmpty());
        // Italy's service does not see France's applications, nor a French region's
        // correspondent those of another region (teacher.fr's school is not in Île-de-France).
        QCOMPARE(pull(u"correspondent.fr"_s, u"review:FR"_s).value(key)[u"region"_s].toString(),
                 u"FR-ARA"_s);
        QCOMPARE(code(score(u"correspondent.fr.idf"_s, m_application, {{u"methods"_s, 1}})),
                 u"application_gone"_s);
        QCOMPARE(code(score(u"correspondent.it"_s, m_application, {{u"methods"_s, 1}})),
                 u"application_gone"_s);

        QCOMPARE(status(score(u"assessor.fr"_s, m_application, {{u"dataProtection"_s, 2}})),
                 u"applied"_s);
        QCOMPARE(
            status(mutate(u"correspondent.fr"_s, u"label_decision"_s, u"create"_s, m_application,
                          {{u"decision"_s, u"awarded"_s},
                           {u"feedback"_s, u"Félicitations à vos élèves."_s}})),
            u"applied"_s);
        // The first decision wins; the later one is told which stands.
        const QJsonObject late =
            mutate(u"assessor.fr"_s, u"label_decision"_s, u"create"_s, m_application,
                   {{u"decision"_s, u"not_awarded"_s}, {u"feedback"_s, u"Too late."_s}});
        QCOMPARE(code(late), u"already_decided"_s);
        QCOMPARE(late[u"current"_s][u"decision"_s][u"decision"_s].toString(), u"awarded"_s);
        const QJsonObject own = pull(u"teacher.fr"_s, u"me"_s).value(key);
        QCOMPARE(own[u"status"_s].toString(), u"awarded"_s);
        QCOMPARE(own[u"decision"_s][u"feedback"_s].toString(), u"Félicitations à vos élèves."_s);
        QCOMPARE(code(score(u"correspondent.fr"_s, m_application, {{u"methods"_s, 1}})),
                 u"already_decided"_s);
        // The label shows on the project, for every member: whose, of which country and year.
        const QJsonArray labels = pull(u"teacher.it"_s, u"project:%1"_s.arg(m_project))
                                      .value(u"project/%1"_s.arg(m_project))[u"labels"_s]
                                      .toArray();
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels[0][u"kind"_s].toString(), u"national"_s);
        QCOMPARE(labels[0][u"country"_s].toString(), u"FR"_s);
        QCOMPARE(labels[0][u"teacherName"_s].toString(), u"Émilie Durand"_s);
        QCOMPARE(labels[0][u"schoolYear"_s].toString(), own[u"schoolYear"_s].toString());
        // And on the teacher's profile in the directory, for every teacher looking for partners.
        const QJsonObject profile = pull(u"teacher.it"_s, u"directory"_s)
                                        .value(u"teacher/%1"_s.arg(m_demo.id(u"teacher.fr"_s)));
        const QJsonArray held = profile[u"labels"_s].toArray();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held[0][u"kind"_s].toString(), u"national"_s);
        QCOMPARE(held[0][u"country"_s].toString(), u"FR"_s);
        QCOMPARE(held[0][u"projectId"_s].toInteger(), m_project);
        QCOMPARE(held[0][u"projectTitle"_s].toString(), u"Rivers of our towns"_s);
        QCOMPARE(held[0][u"schoolYear"_s].toString(), own[u"schoolYear"_s].toString());
        QVERIFY(!pull(u"teacher.fr"_s, u"directory"_s)
                     .value(u"teacher/%1"_s.arg(m_demo.id(u"teacher.it"_s)))
                     .contains(u"labels"_s));
        // Decided: its TwinSpace is the members' again.
        int readStatus = 0;
        m_demo.as(u"correspondent.fr"_s).pullScope(u"project:%1"_s.arg(m_project), &readStatus);
        QCOMPARE(readStatus, 404);
        QCOMPARE(
            m_demo.as(u"correspondent.fr"_s)
                .get(u"/api/v1/projects/%1/materials/%2/content"_s.arg(m_project).arg(m_material))
                .status,
            404);
    }

    void afterARefusalOneMoreAttempt()
    {
        const qint64 project = m_demo.activeProject(u"Second chance"_s);
        QVERIFY(project > 0);
        const qint64 first =
            apply(u"teacher.it"_s, application(project))[u"entityId"_s].toInteger();
        QVERIFY(first > 0);
        // A refusal says why.
        const QJsonObject silent = mutate(u"correspondent.it"_s, u"label_decision"_s, u"create"_s,
                                          first, {{u"decision"_s, u"not_awarded"_s}});
        QCOMPARE(fieldCode(silent, u"feedback"_s), u"required"_s);
        QCOMPARE(status(mutate(u"correspondent.it"_s, u"label_decision"_s, u"create"_s, first,
                               {{u"decision"_s, u"not_awarded"_s},
                                {u"feedback"_s, u"Describe the pupils' joint work."_s}})),
                 u"applied"_s);
        const QJsonObject again = apply(u"teacher.it"_s, application(project));
        QCOMPARE(status(again), u"applied"_s);
        const qint64 second = again[u"entityId"_s].toInteger();
        QCOMPARE(pull(u"teacher.it"_s, u"me"_s)
                     .value(u"label_application/%1"_s.arg(second))[u"attempt"_s]
                     .toInt(),
                 2);
        QCOMPARE(status(mutate(u"correspondent.it"_s, u"label_decision"_s, u"create"_s, second,
                               {{u"decision"_s, u"not_awarded"_s},
                                {u"feedback"_s, u"Still no joint work."_s}})),
                 u"applied"_s);
        QCOMPARE(code(apply(u"teacher.it"_s, application(project))), u"no_more_attempts"_s);
    }

    void anAdministratorImportsAGridCheckedAndVersioned()
    {
        const auto importFile = [this](const QJsonObject &grid, QString *output) {
            const QString path = m_server.dataDir() + u"/grid.json"_s;
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return -1;
            f.write(QJsonDocument(grid).toJson());
            f.close();
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QString::fromUtf8(ETW_SERVER_BINARY),
                    {u"--data-dir"_s, m_server.dataDir(), u"--database"_s, m_server.databaseUrl(),
                     u"--import-grid"_s, path});
            if (!p.waitForFinished(60000))
                return -1;
            *output = QString::fromUtf8(p.readAll());
            return p.exitCode();
        };
        // The shipped grid, as France's review holds it, is the starting point of France's.
        QJsonObject grid;
        const auto before = pull(u"correspondent.fr"_s, u"review:FR"_s);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.key().startsWith(u"assessment_grid/"_s))
                grid = *it;
        QVERIFY(!grid.isEmpty());
        grid[u"country"_s] = u"FR"_s;
        grid[u"schoolYear"_s] = u"2026-2027"_s;
        // Without one of the three minima the rules name, it is refused, and said where.
        QJsonArray criteria = grid[u"criteria"_s].toArray();
        QJsonObject technology = criteria[3].toObject();
        QJsonArray subs = technology[u"subCriteria"_s].toArray();
        QJsonObject digital = subs[0].toObject();
        digital[u"minimum"_s] = 0;
        subs[0] = digital;
        QJsonObject protection = subs[1].toObject();
        protection[u"maxPoints"_s] = 0;
        subs[1] = protection;
        technology[u"subCriteria"_s] = subs;
        criteria[3] = technology;
        QJsonObject broken = grid;
        broken[u"criteria"_s] = criteria;
        QString output;
        QVERIFY(importFile(broken, &output) != 0);
        QVERIFY2(output.contains(u"digitalTools: the rules give this sub-criterion a minimum"_s),
                 qPrintable(output));
        QVERIFY2(output.contains(u"criteria.3.subCriteria.1.maxPoints"_s), qPrintable(output));
        // Twice the same: versions 1 and 2, both in France's review, none in Italy's.
        QCOMPARE(importFile(grid, &output), 0);
        QVERIFY2(output.contains(u"FR 2026-2027 version 1"_s), qPrintable(output));
        QCOMPARE(importFile(grid, &output), 0);
        QVERIFY2(output.contains(u"FR 2026-2027 version 2"_s), qPrintable(output));
        int french = 0;
        const auto review = pull(u"correspondent.fr"_s, u"review:FR"_s);
        for (auto it = review.cbegin(); it != review.cend(); ++it)
            if (it.key().startsWith(u"assessment_grid/"_s) &&
                (*it)[u"country"_s].toString() == u"FR"_s)
                ++french;
        QCOMPARE(french, 2);
        const auto italy = pull(u"correspondent.it"_s, u"review:IT"_s);
        for (auto it = italy.cbegin(); it != italy.cend(); ++it)
            QVERIFY(!it.key().startsWith(u"assessment_grid/"_s) ||
                    (*it)[u"country"_s].toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
