// SPDX-License-Identifier: GPL-3.0-or-later
// The project life cycle on the real server: registration, invitations and answers, national
// approval, editing with field merge, removal, closing — and every rule violation answered
// with its own error, while people outside a project see nothing of it.
#include "http.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace etw::test;
using namespace Qt::StringLiterals;

class TestProjects : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    struct User
    {
        std::shared_ptr<Http> http;
        qint64 id = 0;
    };
    QHash<QString, User> m_users;

    Http &as(const QString &name) { return *m_users[name].http; }
    qint64 idOf(const QString &name) { return m_users[name].id; }

    // Sends one mutation as `user`; returns its result object.
    QJsonObject mutate(const QString &user, const QString &type, const QString &op, qint64 entityId,
                       const QJsonObject &data, qint64 baseVersion = 0)
    {
        return as(user).mutate(type, op, entityId, data, baseVersion);
    }

    static QString status(const QJsonObject &result) { return result[u"status"_s].toString(); }
    static QString code(const QJsonObject &result)
    {
        return result[u"error"_s][u"code"_s].toString();
    }

    // Everything a scope holds now, by type/id (tombstones removed).
    QHash<QString, QJsonObject> pull(const QString &user, const QString &scope,
                                     int *status = nullptr)
    {
        return as(user).pullScope(scope, status);
    }

    QJsonObject project(const QString &user, qint64 id)
    {
        return pull(user, u"project:%1"_s.arg(id)).value(u"project/%1"_s.arg(id));
    }

    QStringList scopes(const QString &user)
    {
        QStringList names;
        for (const QJsonValue s : as(user).get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray())
            names.append(s[u"name"_s].toString());
        return names;
    }

    static QJsonObject form(const QString &kind, const QString &title)
    {
        return {{u"kind"_s, kind},
                {u"title"_s, title},
                {u"summary"_s, u"Pupils compare the rivers of their towns."_s},
                {u"description"_s, u"Each school films its river and writes about it."_s},
                {u"subjects"_s, QJsonArray{u"geography"_s, u"science"_s}},
                {u"languages"_s, QJsonArray{u"en"_s}},
                {u"ageMin"_s, 10},
                {u"ageMax"_s, 12},
                {u"durationMonths"_s, 6},
                {u"aims"_s, u"Know the water cycle; write in English for real readers."_s},
                {u"workProcess"_s, u"One video a month, one shared page per theme."_s},
                {u"expectedResults"_s, u"A common atlas of our rivers."_s}};
    }

    qint64 create(const QString &user, QJsonObject data, const QJsonArray &invitations)
    {
        data.insert(u"invitations"_s, invitations);
        const QJsonObject r = mutate(user, u"project"_s, u"create"_s, 0, data);
        if (status(r) != u"applied")
            qWarning("create: %s", QJsonDocument(r).toJson().constData());
        return r[u"entityId"_s].toInteger();
    }

    static QJsonObject invitation(qint64 accountId, const QString &role)
    {
        return {{u"accountId"_s, accountId}, {u"role"_s, role}};
    }

    static QString memberState(const QJsonObject &project, qint64 accountId)
    {
        for (const QJsonValue m : project[u"members"_s].toArray())
            if (m[u"accountId"_s].toInteger() == accountId)
                return m[u"state"_s].toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"200"_s}),
                 qPrintable(m_server.lastOutput()));
        for (const QString &name :
             {u"teacher.fr"_s, u"teacher2.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
              u"correspondent.fr"_s, u"correspondent.it"_s, u"pupil.fr"_s}) {
            User u{std::make_shared<Http>(m_server.url()), 0};
            const HttpResult in = u.http->signIn(name, u"demo1234"_s);
            QCOMPARE(in.status, 200);
            u.id = in.json[u"account"_s][u"id"_s].toInteger();
            m_users.insert(name, std::move(u));
        }
    }

    void registrationIsCheckedFieldByField()
    {
        // An empty form: every required field is named, with a reason.
        const QJsonObject empty = mutate(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, {});
        QCOMPARE(status(empty), u"rejected"_s);
        QCOMPARE(code(empty), u"validation_failed"_s);
        const QJsonObject fields = empty[u"error"_s][u"fields"_s].toObject();
        for (const QString &f : {u"kind"_s, u"title"_s, u"summary"_s, u"subjects"_s, u"languages"_s,
                                 u"ageMin"_s, u"ageMax"_s, u"durationMonths"_s, u"aims"_s})
            QCOMPARE(fields[f][u"code"_s].toString(), u"required"_s);

        QJsonObject bad = form(u"galactic"_s, u"Ri"_s);
        bad.insert(u"durationMonths"_s, 48);
        bad.insert(u"ageMax"_s, 8);
        bad.insert(u"subjects"_s, QJsonArray{u"astrology"_s});
        const QJsonObject r = mutate(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, bad);
        const QJsonObject f = r[u"error"_s][u"fields"_s].toObject();
        QCOMPARE(f[u"kind"_s][u"code"_s].toString(), u"unknown_value"_s);
        QCOMPARE(f[u"title"_s][u"code"_s].toString(), u"too_short"_s);
        QCOMPARE(f[u"durationMonths"_s][u"code"_s].toString(), u"out_of_range"_s);
        QCOMPARE(f[u"durationMonths"_s][u"message"_s].toString(),
                 u"Duration in months: must be between 1 and 36."_s);
        QCOMPARE(f[u"ageMax"_s][u"code"_s].toString(), u"below_minimum_age"_s);
        QCOMPARE(f[u"subjects"_s][u"code"_s].toString(), u"unknown_value"_s);

        // Only validated teachers register; a pupil cannot be invited.
        for (const QString &user : {u"pupil.fr"_s, u"correspondent.fr"_s})
            QCOMPARE(code(mutate(user, u"project"_s, u"create"_s, 0,
                                 form(u"european"_s, u"Our rivers"_s))),
                     u"forbidden"_s);
        QJsonObject withPupil = form(u"european"_s, u"Our rivers"_s);
        withPupil.insert(u"invitations"_s,
                         QJsonArray{invitation(idOf(u"pupil.fr"_s), u"partner"_s)});
        const QJsonObject p = mutate(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, withPupil);
        QCOMPARE(code(p), u"validation_failed"_s);
        QVERIFY(p[u"error"_s][u"fields"_s].toObject().contains(u"invitations"_s));
    }

    void europeanProjectFromRegistrationToArchive()
    {
        const qint64 fr = idOf(u"teacher.fr"_s), it = idOf(u"teacher.it"_s),
                     de = idOf(u"teacher.de"_s);
        const qint64 id = create(u"teacher.fr"_s, form(u"european"_s, u"Rivers of Europe"_s),
                                 {invitation(it, u"founder"_s), invitation(de, u"partner"_s)});
        QVERIFY(id > 0);
        const QString scope = u"project:%1"_s.arg(id);
        QVERIFY(scopes(u"teacher.fr"_s).contains(scope));
        QJsonObject p = project(u"teacher.fr"_s, id);
        QCOMPARE(p[u"status"_s].toString(), u"waiting_partners"_s);
        QCOMPARE(p[u"title"_s].toString(), u"Rivers of Europe"_s);
        QCOMPARE(memberState(p, fr), u"active"_s);
        QCOMPARE(memberState(p, it), u"invited"_s);
        QCOMPARE(memberState(p, de), u"invited"_s);

        // The invitee sees an invitation, not the project; others see nothing at all.
        int httpStatus = 0;
        pull(u"teacher.it"_s, scope, &httpStatus);
        QCOMPARE(httpStatus, 404);
        QVERIFY(!scopes(u"teacher.it"_s).contains(scope));
        const QJsonObject invite = pull(u"teacher.it"_s, u"me"_s).value(u"invitation/%1"_s.arg(id));
        QCOMPARE(invite[u"title"_s].toString(), u"Rivers of Europe"_s);
        QCOMPARE(invite[u"role"_s].toString(), u"founder"_s);
        QCOMPARE(invite[u"founders"_s][0][u"displayName"_s].toString(), u"Émilie Durand"_s);
        QVERIFY(!invite.contains(u"members"_s));
        for (const QString &outsider : {u"teacher2.fr"_s, u"pupil.fr"_s}) {
            pull(outsider, scope, &httpStatus);
            QCOMPARE(httpStatus, 404);
            QVERIFY(!pull(outsider, u"me"_s).contains(u"invitation/%1"_s.arg(id)));
            QCOMPARE(code(mutate(outsider, u"project"_s, u"update"_s, id,
                                 {{u"title"_s, u"Mine now"_s}}, 1)),
                     u"not_found"_s);
        }
        // Only founders invite: not an invitee, not yet.
        QCOMPARE(code(mutate(u"teacher.it"_s, u"project_invitation"_s, u"create"_s, id,
                             invitation(idOf(u"teacher2.fr"_s), u"partner"_s))),
                 u"forbidden"_s);
        // Nothing to decide while founders are missing: the service does not see it yet.
        QCOMPARE(code(mutate(u"correspondent.fr"_s, u"project_decision"_s, u"create"_s, id,
                             {{u"decision"_s, u"approve"_s}})),
                 u"not_found"_s);
        QVERIFY(!pull(u"correspondent.fr"_s, u"review:FR"_s).contains(u"project/%1"_s.arg(id)));

        // The Italian founder accepts: the project goes to both national services.
        QCOMPARE(status(mutate(u"teacher.it"_s, u"project_invitation"_s, u"update"_s, id,
                               {{u"response"_s, u"accept"_s}})),
                 u"applied"_s);
        QVERIFY(scopes(u"teacher.it"_s).contains(scope));
        QVERIFY(!pull(u"teacher.it"_s, u"me"_s).contains(u"invitation/%1"_s.arg(id)));
        p = project(u"teacher.it"_s, id);
        QCOMPARE(p[u"status"_s].toString(), u"waiting_approval"_s);
        QVERIFY(pull(u"correspondent.fr"_s, u"review:FR"_s).contains(u"project/%1"_s.arg(id)));
        QVERIFY(pull(u"correspondent.it"_s, u"review:IT"_s).contains(u"project/%1"_s.arg(id)));
        pull(u"correspondent.fr"_s, u"review:IT"_s, &httpStatus);
        QCOMPARE(httpStatus, 404);

        // Each country decides once; the first decision wins and a second is explained.
        QCOMPARE(status(mutate(u"correspondent.fr"_s, u"project_decision"_s, u"create"_s, id,
                               {{u"decision"_s, u"approve"_s}})),
                 u"applied"_s);
        const QJsonObject again =
            mutate(u"correspondent.fr"_s, u"project_decision"_s, u"create"_s, id,
                   {{u"decision"_s, u"reject"_s}, {u"reason"_s, u"Second thoughts"_s}});
        QCOMPARE(code(again), u"already_decided"_s);
        QVERIFY(again[u"error"_s][u"message"_s].toString().contains(u"approved for FR"_s));
        QCOMPARE(project(u"teacher.fr"_s, id)[u"status"_s].toString(), u"waiting_approval"_s);
        const QJsonObject noReason = mutate(u"correspondent.it"_s, u"project_decision"_s,
                                            u"create"_s, id, {{u"decision"_s, u"reject"_s}});
        QCOMPARE(noReason[u"error"_s][u"fields"_s][u"reason"_s][u"code"_s].toString(),
                 u"required"_s);
        QCOMPARE(status(mutate(u"correspondent.it"_s, u"project_decision"_s, u"create"_s, id,
                               {{u"decision"_s, u"approve"_s}})),
                 u"applied"_s);
        p = project(u"teacher.fr"_s, id);
        QCOMPARE(p[u"status"_s].toString(), u"active"_s);
        QCOMPARE(p[u"decisions"_s].toArray().size(), 2);

        // The partner joins, edits merge field by field, a partner can be removed.
        QCOMPARE(status(mutate(u"teacher.de"_s, u"project_invitation"_s, u"update"_s, id,
                               {{u"response"_s, u"accept"_s}})),
                 u"applied"_s);
        QVERIFY(scopes(u"teacher.de"_s).contains(scope));
        QCOMPARE(
            code(mutate(u"teacher.de"_s, u"project"_s, u"update"_s, id,
                        {{u"title"_s, u"Partners cannot rename"_s}}, p[u"version"_s].toInteger())),
            u"forbidden"_s);
        const qint64 base = project(u"teacher.fr"_s, id)[u"version"_s].toInteger();
        QCOMPARE(status(mutate(u"teacher.it"_s, u"project"_s, u"update"_s, id,
                               {{u"title"_s, u"Fiumi d'Europa"_s}}, base)),
                 u"applied"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"project"_s, u"update"_s, id,
                               {{u"durationMonths"_s, 9}}, base)),
                 u"applied"_s); // another field: merged
        const QJsonObject clash = mutate(u"teacher.fr"_s, u"project"_s, u"update"_s, id,
                                         {{u"title"_s, u"Rivières d'Europe"_s}}, base);
        QCOMPARE(status(clash), u"conflict"_s);
        QCOMPARE(clash[u"current"_s][u"title"_s].toString(), u"Fiumi d'Europa"_s);
        p = project(u"teacher.de"_s, id);
        QCOMPARE(p[u"title"_s].toString(), u"Fiumi d'Europa"_s);
        QCOMPARE(p[u"durationMonths"_s].toInt(), 9);

        QCOMPARE(code(mutate(u"teacher.fr"_s, u"project_member"_s, u"delete"_s, id,
                             {{u"accountId"_s, it}})),
                 u"cannot_remove_founder"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"project_member"_s, u"delete"_s, id,
                               {{u"accountId"_s, de}})),
                 u"applied"_s);
        QVERIFY(!scopes(u"teacher.de"_s).contains(scope));
        pull(u"teacher.de"_s, scope, &httpStatus);
        QCOMPARE(httpStatus, 404);

        // Closing archives it: read-only, still visible to its members.
        QCOMPARE(code(mutate(u"teacher.de"_s, u"project_status"_s, u"update"_s, id,
                             {{u"status"_s, u"archived"_s}})),
                 u"not_found"_s);
        QCOMPARE(status(mutate(u"teacher.it"_s, u"project_status"_s, u"update"_s, id,
                               {{u"status"_s, u"archived"_s}})),
                 u"applied"_s);
        p = project(u"teacher.fr"_s, id);
        QCOMPARE(p[u"status"_s].toString(), u"archived"_s);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"project"_s, u"update"_s, id,
                             {{u"summary"_s, u"After the end"_s}}, p[u"version"_s].toInteger())),
                 u"project_closed"_s);
    }

    void europeanNeedsFoundersFromTwoCountries()
    {
        const qint64 id = create(u"teacher.fr"_s, form(u"european"_s, u"Two French schools"_s),
                                 {invitation(idOf(u"teacher2.fr"_s), u"founder"_s)});
        QVERIFY(id > 0);
        QCOMPARE(status(mutate(u"teacher2.fr"_s, u"project_invitation"_s, u"update"_s, id,
                               {{u"response"_s, u"accept"_s}})),
                 u"applied"_s);
        // Two founders, one country: a European project still waits.
        QCOMPARE(project(u"teacher.fr"_s, id)[u"status"_s].toString(), u"waiting_partners"_s);
        QCOMPARE(status(mutate(u"teacher2.fr"_s, u"project_invitation"_s, u"create"_s, id,
                               invitation(idOf(u"teacher.it"_s), u"founder"_s))),
                 u"applied"_s);
        // A withdrawn invitation cannot be answered.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"project_invitation"_s, u"delete"_s, id,
                               {{u"accountId"_s, idOf(u"teacher.it"_s)}})),
                 u"applied"_s);
        QCOMPARE(code(mutate(u"teacher.it"_s, u"project_invitation"_s, u"update"_s, id,
                             {{u"response"_s, u"accept"_s}})),
                 u"no_invitation"_s);
        QCOMPARE(project(u"teacher.fr"_s, id)[u"status"_s].toString(), u"waiting_partners"_s);
    }

    // Once the founders needed have joined, the project waits for their countries' approval:
    // another invited founder accepting then would bring in a country no service approved.
    void aFounderWhoAnswersAfterSubmissionIsRefused()
    {
        const qint64 id = create(u"teacher.fr"_s, form(u"european"_s, u"Late founders"_s),
                                 {invitation(idOf(u"teacher.it"_s), u"founder"_s),
                                  invitation(idOf(u"teacher.de"_s), u"founder"_s)});
        QVERIFY(id > 0);
        QCOMPARE(status(mutate(u"teacher.it"_s, u"project_invitation"_s, u"update"_s, id,
                               {{u"response"_s, u"accept"_s}})),
                 u"applied"_s);
        QCOMPARE(project(u"teacher.fr"_s, id)[u"status"_s].toString(), u"waiting_approval"_s);
        const QJsonObject late = mutate(u"teacher.de"_s, u"project_invitation"_s, u"update"_s, id,
                                        {{u"response"_s, u"accept"_s}});
        QCOMPARE(status(late), u"rejected"_s);
        QCOMPARE(code(late), u"founders_complete"_s);
        QVERIFY(late[u"error"_s][u"message"_s].toString().contains(u"partner"_s));
        const QJsonObject p = project(u"teacher.fr"_s, id);
        QCOMPARE(memberState(p, idOf(u"teacher.de"_s)), u"invited"_s);
        QVERIFY(!scopes(u"teacher.de"_s).contains(u"project:%1"_s.arg(id)));
        // Once both services approve, the project is active with its two approved countries.
        for (const QString &service : {u"correspondent.fr"_s, u"correspondent.it"_s})
            QCOMPARE(status(mutate(service, u"project_decision"_s, u"create"_s, id,
                                   {{u"decision"_s, u"approve"_s}})),
                     u"applied"_s);
        QCOMPARE(project(u"teacher.fr"_s, id)[u"status"_s].toString(), u"active"_s);
        QCOMPARE(code(mutate(u"teacher.de"_s, u"project_invitation"_s, u"update"_s, id,
                             {{u"response"_s, u"accept"_s}})),
                 u"founders_complete"_s);
        // Declining stays possible.
        QCOMPARE(status(mutate(u"teacher.de"_s, u"project_invitation"_s, u"update"_s, id,
                               {{u"response"_s, u"decline"_s}})),
                 u"applied"_s);
    }

    void nationalProjectStaysInOneCountry()
    {
        QJsonObject data = form(u"national"_s, u"Nos rivières"_s);
        data.insert(u"invitations"_s, QJsonArray{invitation(idOf(u"teacher.it"_s), u"founder"_s)});
        const QStringList before = scopes(u"teacher.fr"_s);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, data)),
                 u"wrong_country"_s);
        // A refused registration leaves nothing behind: no project, no scope.
        QCOMPARE(scopes(u"teacher.fr"_s), before);
        const qint64 id = create(u"teacher.fr"_s, form(u"national"_s, u"Nos rivières"_s),
                                 {invitation(idOf(u"teacher2.fr"_s), u"founder"_s)});
        QVERIFY(id > 0);
        QCOMPARE(status(mutate(u"teacher2.fr"_s, u"project_invitation"_s, u"update"_s, id,
                               {{u"response"_s, u"accept"_s}})),
                 u"applied"_s);
        QCOMPARE(project(u"teacher.fr"_s, id)[u"status"_s].toString(), u"waiting_approval"_s);
        // Only France decides: Italy's service does not even see it.
        QCOMPARE(code(mutate(u"correspondent.it"_s, u"project_decision"_s, u"create"_s, id,
                             {{u"decision"_s, u"approve"_s}})),
                 u"not_found"_s);
        QVERIFY(!pull(u"correspondent.it"_s, u"review:IT"_s).contains(u"project/%1"_s.arg(id)));
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"project_invitation"_s, u"create"_s, id,
                               invitation(idOf(u"teacher.it"_s), u"partner"_s))),
                 u"applied"_s);
        QVERIFY(pull(u"teacher.it"_s, u"me"_s).contains(u"invitation/%1"_s.arg(id)));
        QCOMPARE(status(mutate(u"correspondent.fr"_s, u"project_decision"_s, u"create"_s, id,
                               {{u"decision"_s, u"reject"_s},
                                {u"reason"_s, u"Le formulaire ne décrit pas les activités."_s}})),
                 u"applied"_s);
        // The teachers see the rejection and why.
        const QJsonObject p = project(u"teacher2.fr"_s, id);
        QCOMPARE(p[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(p[u"decisions"_s][0][u"reason"_s].toString(),
                 u"Le formulaire ne décrit pas les activités."_s);
        // Its open invitation ended with it.
        QVERIFY(!pull(u"teacher.it"_s, u"me"_s).contains(u"invitation/%1"_s.arg(id)));
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"project_invitation"_s, u"create"_s, id,
                             invitation(idOf(u"teacher.de"_s), u"partner"_s))),
                 u"project_closed"_s);
    }

    // The listing answers for all of an account's scopes in a few statements (100 scopes
    // each): with 230 projects more, every project scope is there, with the cursor and the
    // pending count a pull finds.
    void anAccountInManyProjectsIsListedWhole()
    {
        const QString user = u"teacher.de"_s;
        const int more = 230;
        QList<qint64> created;
        for (int first = 0; first < more; first += 100) {
            QJsonArray batch;
            for (int i = first; i < std::min(more, first + 100); ++i) {
                QJsonObject data = form(u"national"_s, u"Many %1"_s.arg(i));
                data.insert(u"invitations"_s, QJsonArray());
                batch.append(
                    QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {u"type"_s, u"project"_s},
                                {u"op"_s, u"create"_s},
                                {u"entityId"_s, 0},
                                {u"baseVersion"_s, 0},
                                {u"data"_s, data}});
            }
            const HttpResult r =
                as(user).postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, batch}});
            QCOMPARE(r.status, 200);
            for (const QJsonValue v : r.json[u"results"_s].toArray()) {
                QCOMPARE(v[u"status"_s].toString(), u"applied"_s);
                created.append(v[u"entityId"_s].toInteger());
            }
        }
        // One of them changed since (its scope's cursor moves on).
        const qint64 edited = created.at(150);
        const qint64 before =
            as(user).get(u"/api/v1/sync/project:%1"_s.arg(edited)).json[u"cursor"_s].toInteger();
        QCOMPARE(status(mutate(user, u"project"_s, u"update"_s, edited,
                               {{u"summary"_s, u"Pupils compare their towns' rivers."_s}}, 1)),
                 u"applied"_s);

        const QJsonArray plain = as(user).get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray();
        QStringList names;
        QUrlQuery fromZero, fromCursor;
        QHash<QString, qint64> cursors;
        for (const QJsonValue s : plain) {
            const QString name = s[u"name"_s].toString();
            names.append(name);
            QVERIFY(!s.toObject().contains(u"pending"_s)); // no cursor given
            cursors.insert(name, s[u"cursor"_s].toInteger());
            fromZero.addQueryItem(name, u"0"_s);
            fromCursor.addQueryItem(name, QString::number(name == u"project:%1"_s.arg(edited)
                                                              ? before
                                                              : s[u"cursor"_s].toInteger()));
        }
        QCOMPARE(names.mid(0, 2), (QStringList{u"directory"_s, u"me"_s}));
        for (qint64 id : std::as_const(created))
            QVERIFY(names.contains(u"project:%1"_s.arg(id)));
        const QJsonArray zero =
            as(user).get(u"/api/v1/sync?"_s + fromZero.toString()).json[u"scopes"_s].toArray();
        const QJsonArray current =
            as(user).get(u"/api/v1/sync?"_s + fromCursor.toString()).json[u"scopes"_s].toArray();
        QCOMPARE(zero.size(), plain.size());
        QCOMPARE(current.size(), plain.size());
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QString name = names.at(i);
            QCOMPARE(zero.at(i)[u"name"_s].toString(), name);
            QCOMPARE(current.at(i)[u"name"_s].toString(), name);
            if (!name.startsWith(u"project:"))
                continue;
            // What a pull from zero brings: as many changes, up to the same cursor.
            const HttpResult page = as(user).get(u"/api/v1/sync/%1?since=0&limit=2000"_s.arg(name));
            QCOMPARE(page.status, 200);
            QCOMPARE(cursors.value(name), page.json[u"cursor"_s].toInteger());
            QCOMPARE(zero.at(i)[u"cursor"_s].toInteger(), cursors.value(name));
            QCOMPARE(zero.at(i)[u"pending"_s].toInteger(),
                     page.json[u"changes"_s].toArray().size());
            QCOMPARE(current.at(i)[u"pending"_s].toInteger(),
                     name == u"project:%1"_s.arg(edited) ? 1 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjects)
#include "tst_projects.moc"
