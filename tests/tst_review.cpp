// SPDX-License-Identifier: GPL-3.0-or-later
// The national services' review on the real server: who sees which review scope (a national
// service its country, a regional correspondent their region), registrations decided once (the
// first decision wins and a later one is told which stands), the country's setting for its
// regional correspondents, private notes and reason templates — and nobody else sees any of it.
#include "http.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace etw::test;
using namespace Qt::StringLiterals;

class TestReview : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QHash<QString, std::shared_ptr<Http>> m_http;

    Http &as(const QString &name) { return *m_http[name]; }

    QJsonObject mutate(const QString &user, const QString &type, const QString &op, qint64 entityId,
                       const QJsonObject &data)
    {
        return as(user).mutate(type, op, entityId, data);
    }
    static QString status(const QJsonObject &r) { return r[u"status"_s].toString(); }
    static QString code(const QJsonObject &r) { return r[u"error"_s][u"code"_s].toString(); }

    QHash<QString, QJsonObject> pull(const QString &user, const QString &scope, int *st = nullptr)
    {
        return as(user).pullScope(scope, st);
    }

    // The registrations of a scope that still wait, by id.
    QList<QJsonObject> waiting(const QString &user, const QString &scope)
    {
        QList<QJsonObject> out;
        const auto held = pull(user, scope);
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            if (it.key().startsWith(u"registration/") &&
                (*it)[u"status"_s].toString() == u"pending"_s)
                out.append(*it);
        std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a[u"id"_s].toInteger() < b[u"id"_s].toInteger();
        });
        return out;
    }

    QJsonObject decideRegistration(const QString &user, const QJsonObject &g, bool validate,
                                   const QString &reason = {})
    {
        return mutate(user, u"registration_decision"_s, u"create"_s, g[u"id"_s].toInteger(),
                      {{u"decision"_s, validate ? u"validate"_s : u"reject"_s},
                       {u"reason"_s, reason},
                       {u"request"_s, g[u"request"_s].toInteger()}});
    }

    void allowRegions(bool allowed)
    {
        QCOMPARE(status(mutate(u"correspondent.fr"_s, u"review_setting"_s, u"update"_s, 1,
                               {{u"regionalDecisions"_s, allowed}})),
                 u"applied"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(
                     {u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-review-queue"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        for (const QString &name :
             {u"teacher.fr"_s, u"teacher.it"_s, u"correspondent.fr"_s, u"correspondent.fr.idf"_s,
              u"correspondent.it"_s, u"pupil.fr"_s}) {
            auto http = std::make_shared<Http>(m_server.url());
            QCOMPARE(http->signIn(name, u"demo1234"_s).status, 200);
            m_http.insert(name, http);
        }
    }

    void eachSeesOnlyTheirTerritory()
    {
        auto listed = [this](const QString &user) {
            QStringList names;
            for (const QJsonValue s : as(user).get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray())
                names.append(s[u"name"_s].toString());
            return names.filter(u"review:"_s);
        };
        QCOMPARE(listed(u"correspondent.fr"_s), QStringList{u"review:FR"_s});
        QCOMPARE(listed(u"correspondent.fr.idf"_s), QStringList{u"review:FR-IDF"_s});
        QCOMPARE(listed(u"correspondent.it"_s), QStringList{u"review:IT"_s});
        QVERIFY(listed(u"teacher.fr"_s).isEmpty());
        for (const auto &[user, scope] :
             {std::pair{u"correspondent.fr.idf"_s, u"review:FR"_s},
              std::pair{u"correspondent.fr.idf"_s, u"review:FR-ARA"_s},
              std::pair{u"correspondent.it"_s, u"review:FR"_s},
              std::pair{u"correspondent.fr"_s, u"review:FR-IDF"_s},
              std::pair{u"teacher.fr"_s, u"review:FR"_s}, std::pair{u"pupil.fr"_s, u"review:FR"_s},
              std::pair{u"teacher.fr"_s, u"review:FR-IDF"_s}}) {
            int st = 0;
            pull(user, scope, &st);
            QVERIFY2(st == 404, qPrintable(user + u' ' + scope + u' ' + QString::number(st)));
        }

        // The region's scope is the country's, narrowed to the region: the same registrations,
        // nothing of another region, the templates and the setting of the country.
        const auto national = pull(u"correspondent.fr"_s, u"review:FR"_s);
        const auto regional = pull(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s);
        int inRegion = 0;
        for (auto it = national.cbegin(); it != national.cend(); ++it)
            if (it.key().startsWith(u"registration/") &&
                (*it)[u"region"_s].toString() == u"FR-IDF"_s) {
                ++inRegion;
                QCOMPARE(regional.value(it.key()), *it);
            }
        QVERIFY(inRegion > 0);
        int regionalRegistrations = 0, templates = 0, settings = 0;
        for (auto it = regional.cbegin(); it != regional.cend(); ++it) {
            if (it.key().startsWith(u"registration/")) {
                ++regionalRegistrations;
                QCOMPARE((*it)[u"region"_s].toString(), u"FR-IDF"_s);
                QCOMPARE((*it)[u"country"_s].toString(), u"FR"_s);
            }
            templates += it.key().startsWith(u"reason_template/");
            settings += it.key().startsWith(u"review_setting/");
        }
        QCOMPARE(regionalRegistrations, inRegion);
        QCOMPARE(templates, 3);
        QCOMPARE(settings, 1);
        // What the service checks: the e-mail and the school, the role in it.
        const QJsonObject any = regional.value(regional.keys().filter(u"registration/"_s).first());
        QVERIFY(any[u"email"_s].toString().contains(u'@'));
        QVERIFY(!any[u"schoolName"_s].toString().isEmpty());
        QVERIFY(!any[u"schoolRole"_s].toString().isEmpty());
    }

    void firstDecisionWinsAndTheLaterOneIsToldWhichStands()
    {
        allowRegions(true);
        const auto queue = waiting(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s);
        QVERIFY(queue.size() >= 2);
        const QJsonObject g = queue.first();
        const qint64 id = g[u"id"_s].toInteger();

        // A refusal needs its reason; the national service validates first.
        const QJsonObject noReason = decideRegistration(u"correspondent.fr"_s, g, false);
        QCOMPARE(code(noReason), u"validation_failed"_s);
        QVERIFY(noReason[u"error"_s][u"fields"_s].toObject().contains(u"reason"_s));
        QCOMPARE(status(decideRegistration(u"correspondent.fr"_s, g, true)), u"applied"_s);

        const QJsonObject late =
            decideRegistration(u"correspondent.fr.idf"_s, g, false, u"Unknown school"_s);
        QCOMPARE(status(late), u"rejected"_s);
        QCOMPARE(code(late), u"already_decided"_s);
        const QJsonObject stands = late[u"current"_s][u"decision"_s].toObject();
        QCOMPARE(stands[u"decision"_s].toString(), u"validated"_s);
        QCOMPARE(stands[u"decidedByName"_s].toString(), u"Nathalie Lefèvre"_s);
        QVERIFY(stands[u"decidedAt"_s].toInteger() > 0);

        // Both scopes show the decision with its author; the teacher is in the directory now.
        for (const auto &[user, scope] :
             {std::pair{u"correspondent.fr"_s, u"review:FR"_s},
              std::pair{u"correspondent.fr.idf"_s, u"review:FR-IDF"_s}}) {
            const QJsonObject now = pull(user, scope).value(u"registration/%1"_s.arg(id));
            QCOMPARE(now[u"status"_s].toString(), u"validated"_s);
            QCOMPARE(now[u"decision"_s][u"decidedByName"_s].toString(), u"Nathalie Lefèvre"_s);
        }
        const auto directory = pull(u"teacher.it"_s, u"directory"_s);
        QVERIFY(directory.contains(u"teacher/%1"_s.arg(id)));
        QCOMPARE(directory.value(u"teacher/%1"_s.arg(id))[u"status"_s].toString(), u"validated"_s);
        QVERIFY(!directory.value(u"teacher/%1"_s.arg(id)).contains(u"statusReason"_s));

        // A refusal: out of the directory, the reason kept with the decision.
        const QJsonObject next = queue.at(1);
        QCOMPARE(status(decideRegistration(u"correspondent.fr.idf"_s, next, false,
                                           u"This school does not exist."_s)),
                 u"applied"_s);
        const QJsonObject refused = pull(u"correspondent.fr"_s, u"review:FR"_s)
                                        .value(u"registration/%1"_s.arg(next[u"id"_s].toInteger()));
        QCOMPARE(refused[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(refused[u"decision"_s][u"reason"_s].toString(), u"This school does not exist."_s);
        QCOMPARE(refused[u"decision"_s][u"decidedByName"_s].toString(), u"Camille Bernard"_s);
        QVERIFY(!pull(u"teacher.it"_s, u"directory"_s)
                     .contains(u"teacher/%1"_s.arg(next[u"id"_s].toInteger())));
    }

    void regionalCorrespondentsDecideOnlyWhereAllowed()
    {
        const auto national = waiting(u"correspondent.fr"_s, u"review:FR"_s);
        const auto inIdf = waiting(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s);
        QVERIFY(!inIdf.isEmpty());
        // Their service has not let them: refused, and the registration still waits.
        allowRegions(false);
        const QJsonObject notAllowed =
            decideRegistration(u"correspondent.fr.idf"_s, inIdf.first(), true);
        QCOMPARE(code(notAllowed), u"forbidden"_s);
        allowRegions(true);
        // Another region's registration does not exist for them; another country's service's
        // neither, nor for a teacher.
        const auto elsewhere = std::find_if(national.cbegin(), national.cend(), [](const auto &g) {
            return g[u"region"_s].toString() != u"FR-IDF"_s;
        });
        QVERIFY(elsewhere != national.cend());
        QCOMPARE(code(decideRegistration(u"correspondent.fr.idf"_s, *elsewhere, true)),
                 u"not_found"_s);
        QCOMPARE(code(decideRegistration(u"correspondent.it"_s, *elsewhere, true)), u"not_found"_s);
        QCOMPARE(code(decideRegistration(u"teacher.fr"_s, *elsewhere, true)), u"not_found"_s);
        QCOMPARE(
            pull(u"correspondent.fr"_s, u"review:FR"_s)
                .value(u"registration/%1"_s.arg((*elsewhere)[u"id"_s].toInteger()))[u"status"_s]
                .toString(),
            u"pending"_s);
        // Only the national service changes the setting and the templates.
        QCOMPARE(code(mutate(u"correspondent.fr.idf"_s, u"review_setting"_s, u"update"_s, 1,
                             {{u"regionalDecisions"_s, false}})),
                 u"forbidden"_s);
        QCOMPARE(code(mutate(u"correspondent.fr.idf"_s, u"reason_template"_s, u"create"_s, -1,
                             {{u"kind"_s, u"registration"_s},
                              {u"title"_s, u"Mine"_s},
                              {u"text"_s, u"A reason"_s}})),
                 u"forbidden"_s);
    }

    void projectsOfTheRegionAreDecidedOnceForTheCountry()
    {
        allowRegions(true);
        const auto regional = pull(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s);
        QJsonObject project;
        for (auto it = regional.cbegin(); it != regional.cend(); ++it)
            if (it.key().startsWith(u"project/") &&
                (*it)[u"status"_s].toString() == u"waiting_approval"_s &&
                !QJsonDocument((*it)[u"decisions"_s].toArray()).toJson().contains("\"FR\""))
                project = *it;
        QVERIFY(!project.isEmpty());
        const qint64 id = project[u"id"_s].toInteger();
        QCOMPARE(status(mutate(u"correspondent.fr.idf"_s, u"project_decision"_s, u"create"_s, id,
                               {{u"decision"_s, u"approve"_s}})),
                 u"applied"_s);
        const QJsonObject late = mutate(u"correspondent.fr"_s, u"project_decision"_s, u"create"_s,
                                        id, {{u"decision"_s, u"reject"_s}, {u"reason"_s, u"No"_s}});
        QCOMPARE(code(late), u"already_decided"_s);
        QCOMPARE(late[u"current"_s][u"decidedByName"_s].toString(), u"Camille Bernard"_s);
        QCOMPARE(late[u"current"_s][u"decision"_s].toString(), u"approved"_s);

        // A project none of whose French founders is in Île-de-France is not theirs.
        const auto national = pull(u"correspondent.fr"_s, u"review:FR"_s);
        for (auto it = national.cbegin(); it != national.cend(); ++it)
            if (it.key().startsWith(u"project/") && !regional.contains(it.key()) &&
                (*it)[u"status"_s].toString() == u"waiting_approval"_s) {
                QCOMPARE(code(mutate(u"correspondent.fr.idf"_s, u"project_decision"_s, u"create"_s,
                                     (*it)[u"id"_s].toInteger(), {{u"decision"_s, u"approve"_s}})),
                         u"not_found"_s);
                return;
            }
        QFAIL("no project outside Île-de-France in the demo");
    }

    void notesAndTemplatesStayWithinTheService()
    {
        const auto queue = waiting(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s);
        QVERIFY(!queue.isEmpty());
        const qint64 item = queue.first()[u"id"_s].toInteger();
        const QJsonObject created =
            mutate(u"correspondent.fr"_s, u"review_note"_s, u"create"_s, -42,
                   {{u"itemType"_s, u"registration"_s},
                    {u"itemId"_s, item},
                    {u"text"_s, u"Called the school: the teacher starts in January."_s}});
        QCOMPARE(status(created), u"applied"_s);
        const qint64 note = created[u"entityId"_s].toInteger();
        QVERIFY(note > 0);
        const QString key = u"review_note/%1"_s.arg(note);
        QCOMPARE(
            pull(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s).value(key)[u"text"_s].toString(),
            u"Called the school: the teacher starts in January."_s);
        QCOMPARE(pull(u"correspondent.fr"_s, u"review:FR"_s).value(key)[u"authorName"_s].toString(),
                 u"Nathalie Lefèvre"_s);
        // A colleague reads it but does not change it; its author does, by their local id too.
        QCOMPARE(code(mutate(u"correspondent.fr.idf"_s, u"review_note"_s, u"delete"_s, note, {})),
                 u"forbidden"_s);
        QCOMPARE(code(mutate(u"correspondent.it"_s, u"review_note"_s, u"delete"_s, note, {})),
                 u"note_gone"_s);
        QCOMPARE(status(mutate(u"correspondent.fr"_s, u"review_note"_s, u"delete"_s, -42, {})),
                 u"applied"_s);
        QVERIFY(!pull(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s).contains(key));
        // A note on someone else's item is refused; an empty one names its field.
        QCOMPARE(
            code(mutate(
                u"correspondent.it"_s, u"review_note"_s, u"create"_s, -1,
                {{u"itemType"_s, u"registration"_s}, {u"itemId"_s, item}, {u"text"_s, u"x"_s}})),
            u"not_found"_s);
        const QJsonObject empty = mutate(
            u"correspondent.fr"_s, u"review_note"_s, u"create"_s, -2,
            {{u"itemType"_s, u"registration"_s}, {u"itemId"_s, item}, {u"text"_s, u"   "_s}});
        QVERIFY(empty[u"error"_s][u"fields"_s].toObject().contains(u"text"_s));

        // A template the national service keeps reaches its regions.
        const QJsonObject t = mutate(u"correspondent.fr"_s, u"reason_template"_s, u"create"_s, -7,
                                     {{u"kind"_s, u"project"_s},
                                      {u"title"_s, u"Pas de travail commun"_s},
                                      {u"text"_s, u"Décrivez les activités communes."_s}});
        QCOMPARE(status(t), u"applied"_s);
        const QString tkey = u"reason_template/%1"_s.arg(t[u"entityId"_s].toInteger());
        QCOMPARE(
            pull(u"correspondent.fr.idf"_s, u"review:FR-IDF"_s).value(tkey)[u"title"_s].toString(),
            u"Pas de travail commun"_s);
        QCOMPARE(status(mutate(u"correspondent.fr"_s, u"reason_template"_s, u"update"_s, -7,
                               {{u"title"_s, u"Aucun travail commun"_s}})),
                 u"applied"_s);
        QCOMPARE(pull(u"correspondent.fr"_s, u"review:FR"_s).value(tkey)[u"title"_s].toString(),
                 u"Aucun travail commun"_s);
        QVERIFY(!pull(u"correspondent.it"_s, u"review:IT"_s).contains(tkey));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
