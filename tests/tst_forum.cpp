// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace forum on the real server: discussions, threads and replies for the project's
// members only (outsiders learn nothing, a closed project is read-only), only the author edits,
// the author or a founder deletes, a text sent into something deleted is refused so that its
// writer keeps it, offline creations resolve through local ids exactly once, deletions reach
// members as tombstones, and a flooding account is slowed without losing anything.
#include "http.h"
#include "server_process.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
// The server's limit in this test: above what the other tests create in a minute, so that only
// the flooder meets it.
constexpr int perMinute = 40;
constexpr int rateWindowSecs = 15;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject mutation(const QString &id, const QString &type, const QString &op, qint64 entityId,
                     const QJsonObject &data, qint64 baseVersion = 0)
{
    return {{u"id"_s, id},     {u"type"_s, type},
            {u"op"_s, op},     {u"entityId"_s, entityId},
            {u"data"_s, data}, {u"baseVersion"_s, baseVersion}};
}
} // namespace

class TestForum : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QHash<QString, std::shared_ptr<Http>> m_http;
    QHash<QString, qint64> m_ids;
    qint64 m_project = 0;
    qint64 m_nextLocal = -5000;
    // The flood's batch, sent again at the end once its wait is over.
    QJsonArray m_flood;
    qint64 m_floodProject = 0;
    QElapsedTimer m_floodRefused;
    int m_floodRetryAfter = 0;

    Http &as(const QString &name) { return *m_http[name]; }

    HttpResult push(const QString &user, const QJsonArray &mutations)
    {
        return as(user).postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, mutations}});
    }
    QJsonObject mutate(const QString &user, const QString &type, const QString &op, qint64 entityId,
                       QJsonObject data, qint64 baseVersion = 0, qint64 project = 0)
    {
        data.insert(u"projectId"_s, project ? project : m_project);
        const HttpResult r = push(user, {mutation(newId(), type, op, entityId, data, baseVersion)});
        if (r.status != 200)
            qWarning("mutation answered %d: %s", r.status, r.body.constData());
        return r.json[u"results"_s][0].toObject();
    }
    QJsonObject projectMutation(const QString &user, const QString &type, const QString &op,
                                qint64 entityId, const QJsonObject &data)
    {
        const HttpResult r = push(user, {mutation(newId(), type, op, entityId, data)});
        return r.json[u"results"_s][0].toObject();
    }
    static QString status(const QJsonObject &r) { return r[u"status"_s].toString(); }
    static QString code(const QJsonObject &r) { return r[u"error"_s][u"code"_s].toString(); }
    static qint64 entityId(const QJsonObject &r) { return r[u"entityId"_s].toInteger(); }
    static QStringList fields(const QJsonObject &r)
    {
        return r[u"error"_s][u"fields"_s].toObject().keys();
    }

    QString scopeOf(qint64 project = 0) const
    {
        return u"project:%1"_s.arg(project ? project : m_project);
    }
    QHash<QString, QJsonObject> pull(const QString &user, const QString &scope,
                                     int *httpStatus = nullptr)
    {
        return as(user).pullScope(scope, httpStatus);
    }
    // The changes of a scope after `since`, in the order the feed gives them.
    QJsonArray changesSince(const QString &user, qint64 since, qint64 project = 0)
    {
        const HttpResult r =
            as(user).get(u"/api/v1/sync/%1?since=%2&limit=2000"_s.arg(scopeOf(project)).arg(since));
        return r.json[u"changes"_s].toArray();
    }
    // The scope's last change, tombstones included (as the listing says).
    qint64 cursor(const QString &user, qint64 project = 0)
    {
        const HttpResult r = as(user).get(u"/api/v1/sync"_s);
        for (const QJsonValue s : r.json[u"scopes"_s].toArray())
            if (s[u"name"_s].toString() == scopeOf(project))
                return s[u"cursor"_s].toInteger();
        return -1;
    }

    qint64 discussion(const QString &user, const QString &title, qint64 project = 0)
    {
        return entityId(mutate(user, u"forum_discussion"_s, u"create"_s, --m_nextLocal,
                               {{u"title"_s, title}}, 0, project));
    }
    qint64 thread(const QString &user, qint64 discussionId, const QString &title,
                  qint64 project = 0)
    {
        return entityId(mutate(user, u"forum_thread"_s, u"create"_s, --m_nextLocal,
                               {{u"discussionId"_s, discussionId},
                                {u"title"_s, title},
                                {u"text"_s, QString(u"Opening words of "_s + title)}},
                               0, project));
    }
    qint64 post(const QString &user, qint64 threadId, const QString &text, qint64 project = 0)
    {
        return entityId(mutate(user, u"forum_post"_s, u"create"_s, --m_nextLocal,
                               {{u"threadId"_s, threadId}, {u"text"_s, text}}, 0, project));
    }

    // Registered by teacher.fr with teacher.it as co-founder and `partner`; approved unless
    // `approve` is false (then it waits for the national services).
    qint64 makeProject(const QString &title, const QString &partner, bool approve = true)
    {
        QJsonObject form{
            {u"kind"_s, u"european"_s},
            {u"title"_s, title},
            {u"summary"_s, u"Pupils compare the rivers of their towns."_s},
            {u"subjects"_s, QJsonArray{u"geography"_s}},
            {u"languages"_s, QJsonArray{u"en"_s}},
            {u"ageMin"_s, 10},
            {u"ageMax"_s, 12},
            {u"durationMonths"_s, 6},
            {u"aims"_s, u"Write in English for real readers."_s},
            {u"invitations"_s,
             QJsonArray{
                 QJsonObject{{u"accountId"_s, m_ids[u"teacher.it"_s]}, {u"role"_s, u"founder"_s}},
                 QJsonObject{{u"accountId"_s, m_ids[partner]}, {u"role"_s, u"partner"_s}}}}};
        const qint64 id =
            entityId(projectMutation(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, form));
        for (const QString &who : {u"teacher.it"_s, partner})
            projectMutation(who, u"project_invitation"_s, u"update"_s, id,
                            {{u"response"_s, u"accept"_s}});
        if (approve)
            for (const QString &service : {u"correspondent.fr"_s, u"correspondent.it"_s})
                projectMutation(service, u"project_decision"_s, u"create"_s, id,
                                {{u"decision"_s, u"approve"_s}});
        return id;
    }

    // One of each of the nine mutations, on existing items of `project` (by their ids).
    QList<QJsonObject> everyKind(qint64 project, qint64 d, qint64 t, qint64 p)
    {
        return {
            mutate(u"teacher.fr"_s, u"forum_discussion"_s, u"create"_s, --m_nextLocal,
                   {{u"title"_s, u"New"_s}}, 0, project),
            mutate(u"teacher.fr"_s, u"forum_discussion"_s, u"update"_s, d,
                   {{u"title"_s, u"Renamed"_s}}, 0, project),
            mutate(u"teacher.fr"_s, u"forum_thread"_s, u"create"_s, --m_nextLocal,
                   {{u"discussionId"_s, d}, {u"title"_s, u"T"_s}, {u"text"_s, u"x"_s}}, 0, project),
            mutate(u"teacher.fr"_s, u"forum_thread"_s, u"update"_s, t, {{u"text"_s, u"y"_s}}, 0,
                   project),
            mutate(u"teacher.fr"_s, u"forum_post"_s, u"create"_s, --m_nextLocal,
                   {{u"threadId"_s, t}, {u"text"_s, u"z"_s}}, 0, project),
            mutate(u"teacher.fr"_s, u"forum_post"_s, u"update"_s, p, {{u"text"_s, u"w"_s}}, 0,
                   project),
            mutate(u"teacher.fr"_s, u"forum_post"_s, u"delete"_s, p, {}, 0, project),
            mutate(u"teacher.fr"_s, u"forum_thread"_s, u"delete"_s, t, {}, 0, project),
            mutate(u"teacher.fr"_s, u"forum_discussion"_s, u"delete"_s, d, {}, 0, project),
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"200"_s,
                                 u"--forum-creations-per-minute"_s, QString::number(perMinute),
                                 u"--forum-creations-per-hour"_s, u"1000"_s,
                                 // The flooder's "minute" lasts 15 s: the wait is the same
                                 // code, a suite shorter by 45 s.
                                 u"--short-rate-window-secs"_s, QString::number(rateWindowSecs)}),
                 qPrintable(m_server.lastOutput()));
        for (const QString &name :
             {u"teacher.fr"_s, u"teacher2.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
              u"correspondent.fr"_s, u"correspondent.it"_s, u"pupil.fr"_s}) {
            auto http = std::make_shared<Http>(m_server.url());
            const HttpResult in = http->signIn(name, u"demo1234"_s);
            QCOMPARE(in.status, 200);
            m_ids.insert(name, in.json[u"account"_s][u"id"_s].toInteger());
            m_http.insert(name, http);
        }
        m_project = makeProject(u"Rivers of Europe"_s, u"teacher.de"_s);
        QVERIFY(m_project > 0);
        QCOMPARE(pull(u"teacher.fr"_s, scopeOf())
                     .value(u"project/%1"_s.arg(m_project))[u"status"_s]
                     .toString(),
                 u"active"_s);
    }

    // First, so that its wait for the limit to pass runs during the other tests.
    void aFloodingAccountIsSlowedAndNobodyElse()
    {
        m_floodProject = makeProject(u"Flood"_s, u"teacher2.fr"_s);
        const qint64 d = discussion(u"teacher.fr"_s, u"Flood"_s, m_floodProject);
        const qint64 t = thread(u"teacher.fr"_s, d, u"Flood"_s, m_floodProject);
        QVERIFY(t > 0);
        // More replies than the limit in one batch: those within it are applied, the request
        // is answered 429 with a wait, and nothing from the one over the limit on is written.
        for (int i = 0; i < perMinute + 5; ++i)
            m_flood.append(mutation(newId(), u"forum_post"_s, u"create"_s, -900 - i,
                                    {{u"projectId"_s, m_floodProject},
                                     {u"threadId"_s, t},
                                     {u"text"_s, u"Message %1"_s.arg(i)}}));
        const qint64 before = cursor(u"teacher.it"_s, m_floodProject);
        const HttpResult r = push(u"teacher2.fr"_s, m_flood);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), u"too_many_posts"_s);
        m_floodRetryAfter = r.header("Retry-After").toInt();
        m_floodRefused.start();
        QVERIFY2(m_floodRetryAfter >= 1 && m_floodRetryAfter <= rateWindowSecs,
                 r.header("Retry-After"));
        QJsonArray changes = changesSince(u"teacher.it"_s, before, m_floodProject);
        QCOMPARE(changes.size(), perMinute);
        QCOMPARE(changes.last()[u"data"_s][u"text"_s].toString(),
                 u"Message %1"_s.arg(perMinute - 1));
        // Sent again at once: still waiting, and the replies already taken are not taken twice.
        QCOMPARE(push(u"teacher2.fr"_s, m_flood).status, 429);
        QCOMPARE(changesSince(u"teacher.it"_s, before, m_floodProject).size(), perMinute);
        // Another account in the same thread is not slowed.
        QVERIFY(post(u"teacher.it"_s, t, u"Calm down!"_s, m_floodProject) > 0);
    }

    void everyKindForAMember()
    {
        const qint64 d = discussion(u"teacher.fr"_s, u"  Présentations / Presentazioni "_s);
        QVERIFY(d > 0);
        const qint64 t = thread(u"teacher.it"_s, d, u"Chi siamo"_s);
        QVERIFY(t > 0);
        const qint64 p = post(u"teacher.de"_s, t, u"Hallo aus München!"_s);
        QVERIFY(p > 0);
        auto scope = pull(u"teacher.de"_s, scopeOf());
        const QJsonObject dj = scope.value(u"forum_discussion/%1"_s.arg(d));
        QCOMPARE(dj[u"title"_s].toString(), u"Présentations / Presentazioni"_s);
        QCOMPARE(dj[u"projectId"_s].toInteger(), m_project);
        QCOMPARE(dj[u"authorId"_s].toInteger(), m_ids[u"teacher.fr"_s]);
        QCOMPARE(dj[u"authorName"_s].toString(), u"Émilie Durand"_s);
        QCOMPARE(dj[u"version"_s].toInteger(), 1);
        const QJsonObject tj = scope.value(u"forum_thread/%1"_s.arg(t));
        QCOMPARE(tj[u"discussionId"_s].toInteger(), d);
        QCOMPARE(tj[u"text"_s].toString(), u"Opening words of Chi siamo"_s);
        QCOMPARE(tj[u"authorId"_s].toInteger(), m_ids[u"teacher.it"_s]);
        QVERIFY(!tj[u"authorName"_s].toString().isEmpty());
        const QJsonObject pj = scope.value(u"forum_post/%1"_s.arg(p));
        QCOMPARE(pj[u"threadId"_s].toInteger(), t);
        QCOMPARE(pj[u"text"_s].toString(), u"Hallo aus München!"_s);
        QVERIFY(pj[u"createdAt"_s].toInteger() > 0);

        // Each author edits their own.
        QJsonObject r = mutate(u"teacher.fr"_s, u"forum_discussion"_s, u"update"_s, d,
                               {{u"description"_s, u"Qui sommes-nous ? Chi siamo?"_s}}, 1);
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r[u"version"_s].toInteger(), 2);
        QCOMPARE(status(mutate(u"teacher.it"_s, u"forum_thread"_s, u"update"_s, t,
                               {{u"title"_s, u"Chi siamo noi"_s}}, 1)),
                 u"applied"_s);
        QCOMPARE(status(mutate(u"teacher.de"_s, u"forum_post"_s, u"update"_s, p,
                               {{u"text"_s, u"Hallo aus München! Servus."_s}}, 1)),
                 u"applied"_s);
        scope = pull(u"teacher.fr"_s, scopeOf());
        QCOMPARE(scope.value(u"forum_discussion/%1"_s.arg(d))[u"description"_s].toString(),
                 u"Qui sommes-nous ? Chi siamo?"_s);
        QCOMPARE(scope.value(u"forum_thread/%1"_s.arg(t))[u"title"_s].toString(),
                 u"Chi siamo noi"_s);
        const QJsonObject edited = scope.value(u"forum_post/%1"_s.arg(p));
        QCOMPARE(edited[u"text"_s].toString(), u"Hallo aus München! Servus."_s);
        QCOMPARE(edited[u"version"_s].toInteger(), 2);
        QVERIFY(edited[u"updatedAt"_s].toInteger() >= edited[u"createdAt"_s].toInteger());
        // A local id the server gave out earlier is this account's name for the item too.
        const qint64 local = --m_nextLocal;
        const qint64 own = entityId(mutate(u"teacher.de"_s, u"forum_post"_s, u"create"_s, local,
                                           {{u"threadId"_s, t}, {u"text"_s, u"Eins"_s}}));
        QCOMPARE(status(mutate(u"teacher.de"_s, u"forum_post"_s, u"update"_s, local,
                               {{u"text"_s, u"Zwei"_s}})),
                 u"applied"_s);
        QCOMPARE(pull(u"teacher.it"_s, scopeOf()).value(u"forum_post/%1"_s.arg(own))[u"text"_s],
                 u"Zwei"_s);
        // ... and only its own: another account's local id names nothing.
        QCOMPARE(code(mutate(u"teacher.it"_s, u"forum_post"_s, u"update"_s, local,
                             {{u"text"_s, u"x"_s}})),
                 u"post_gone"_s);
    }

    void onlyTheAuthorEditsAndTheAuthorOrAFounderDeletes()
    {
        const qint64 d = discussion(u"teacher.fr"_s, u"Rules"_s);
        const qint64 t = thread(u"teacher.fr"_s, d, u"Ours"_s);
        const qint64 p1 = post(u"teacher.fr"_s, t, u"One"_s);
        const qint64 p2 = post(u"teacher.fr"_s, t, u"Two"_s);
        const qint64 p3 = post(u"teacher.de"_s, t, u"Drei"_s);
        // Nobody but the author edits, founders included.
        for (const QString &other : {u"teacher.it"_s, u"teacher.de"_s}) {
            QCOMPARE(code(mutate(other, u"forum_discussion"_s, u"update"_s, d,
                                 {{u"title"_s, u"Mine"_s}})),
                     u"forbidden"_s);
            QCOMPARE(
                code(mutate(other, u"forum_thread"_s, u"update"_s, t, {{u"text"_s, u"Mine"_s}})),
                u"forbidden"_s);
            QCOMPARE(
                code(mutate(other, u"forum_post"_s, u"update"_s, p1, {{u"text"_s, u"Mine"_s}})),
                u"forbidden"_s);
        }
        // A partner deletes only their own; a founder anyone's.
        QCOMPARE(code(mutate(u"teacher.de"_s, u"forum_post"_s, u"delete"_s, p1, {})),
                 u"forbidden"_s);
        QCOMPARE(code(mutate(u"teacher.de"_s, u"forum_thread"_s, u"delete"_s, t, {})),
                 u"forbidden"_s);
        QCOMPARE(code(mutate(u"teacher.de"_s, u"forum_discussion"_s, u"delete"_s, d, {})),
                 u"forbidden"_s);
        QCOMPARE(status(mutate(u"teacher.de"_s, u"forum_post"_s, u"delete"_s, p3, {})),
                 u"applied"_s);
        QCOMPARE(status(mutate(u"teacher.it"_s, u"forum_post"_s, u"delete"_s, p1, {})),
                 u"applied"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_post"_s, u"delete"_s, p2, {})),
                 u"applied"_s);
        // Deleted twice (from two computers, or by two people): done, not an error.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_post"_s, u"delete"_s, p2, {})),
                 u"applied"_s);
        const auto scope = pull(u"teacher.de"_s, scopeOf());
        QVERIFY(!scope.contains(u"forum_post/%1"_s.arg(p1)));
        QVERIFY(!scope.contains(u"forum_post/%1"_s.arg(p2)));
        QVERIFY(!scope.contains(u"forum_post/%1"_s.arg(p3)));
        QVERIFY(scope.contains(u"forum_thread/%1"_s.arg(t)));
        QCOMPARE(status(mutate(u"teacher.it"_s, u"forum_discussion"_s, u"delete"_s, d, {})),
                 u"applied"_s);
    }

    void outsidersLearnNothing()
    {
        const qint64 d = discussion(u"teacher.fr"_s, u"Private"_s);
        const qint64 t = thread(u"teacher.fr"_s, d, u"Private"_s);
        const qint64 p = post(u"teacher.fr"_s, t, u"Private"_s);
        QVERIFY(p > 0);
        int httpStatus = 0;
        for (const QString &outsider : {u"teacher2.fr"_s, u"pupil.fr"_s, u"correspondent.fr"_s}) {
            pull(outsider, scopeOf(), &httpStatus);
            QCOMPARE(httpStatus, 404);
            // Their own scope never shows the forum either.
            const auto own = pull(outsider, u"me"_s);
            for (const QString &key : own.keys())
                QVERIFY2(!key.startsWith(u"forum_"_s), qPrintable(key));
            for (const QString &type :
                 {u"forum_discussion"_s, u"forum_thread"_s, u"forum_post"_s}) {
                const qint64 id = type == u"forum_discussion" ? d : type == u"forum_thread" ? t : p;
                const QJsonObject data{{u"title"_s, u"x"_s},
                                       {u"text"_s, u"x"_s},
                                       {u"discussionId"_s, d},
                                       {u"threadId"_s, t}};
                for (const QString &op : {u"create"_s, u"update"_s, u"delete"_s}) {
                    const QJsonObject r =
                        mutate(outsider, type, op, op == u"create" ? --m_nextLocal : id,
                               op == u"delete" ? QJsonObject() : data);
                    QCOMPARE(code(r), u"not_found"_s);
                    QCOMPARE(r[u"error"_s][u"message"_s].toString(),
                             u"There is no project %1 for you."_s.arg(m_project));
                }
            }
        }
        // A member of another project naming this project's items from there: gone, as if
        // they did not exist.
        const qint64 other = makeProject(u"Elsewhere"_s, u"teacher2.fr"_s);
        QCOMPARE(code(mutate(u"teacher2.fr"_s, u"forum_post"_s, u"create"_s, --m_nextLocal,
                             {{u"threadId"_s, t}, {u"text"_s, u"x"_s}}, 0, other)),
                 u"thread_gone"_s);
        QCOMPARE(code(mutate(u"teacher2.fr"_s, u"forum_thread"_s, u"create"_s, --m_nextLocal,
                             {{u"discussionId"_s, d}, {u"title"_s, u"x"_s}, {u"text"_s, u"x"_s}}, 0,
                             other)),
                 u"discussion_gone"_s);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"forum_post"_s, u"update"_s, p,
                             {{u"text"_s, u"x"_s}}, 0, other)),
                 u"post_gone"_s);
        QVERIFY(pull(u"teacher.fr"_s, scopeOf()).value(u"forum_post/%1"_s.arg(p))[u"text"_s] ==
                u"Private"_s);
    }

    void aClosedForumIsReadOnlyAndAWaitingProjectHasNone()
    {
        const qint64 closing = makeProject(u"Closing"_s, u"teacher.de"_s);
        const qint64 d = discussion(u"teacher.fr"_s, u"Before"_s, closing);
        const qint64 t = thread(u"teacher.fr"_s, d, u"Before"_s, closing);
        const qint64 p = post(u"teacher.fr"_s, t, u"Before"_s, closing);
        QVERIFY(p > 0);
        QCOMPARE(status(projectMutation(u"teacher.fr"_s, u"project_status"_s, u"update"_s, closing,
                                        {{u"status"_s, u"archived"_s}})),
                 u"applied"_s);
        for (const QJsonObject &r : everyKind(closing, d, t, p))
            QCOMPARE(code(r), u"project_closed"_s);
        // Still read by its members.
        QCOMPARE(pull(u"teacher.de"_s, scopeOf(closing))
                     .value(u"forum_post/%1"_s.arg(p))[u"text"_s]
                     .toString(),
                 u"Before"_s);

        const qint64 waiting = makeProject(u"Waiting"_s, u"teacher.de"_s, false);
        QCOMPARE(pull(u"teacher.fr"_s, scopeOf(waiting))
                     .value(u"project/%1"_s.arg(waiting))[u"status"_s]
                     .toString(),
                 u"waiting_approval"_s);
        for (const QJsonObject &r : everyKind(waiting, d, t, p))
            QCOMPARE(code(r), u"invalid_state"_s);
    }

    void fieldsOverTheLimitsAreRefusedByName()
    {
        const qint64 d = discussion(u"teacher.fr"_s, u"Limits"_s);
        const qint64 t = thread(u"teacher.fr"_s, d, u"Limits"_s);
        const qint64 p = post(u"teacher.fr"_s, t, u"Limits"_s);
        const QString title201(201, u't');
        const QString text20001(20001, u'x');
        auto refused = [this](const QString &type, const QString &op, qint64 id,
                              const QJsonObject &data, const QString &field,
                              const QString &fieldCode) {
            const QJsonObject r = mutate(u"teacher.fr"_s, type, op, id, data);
            QCOMPARE(code(r), u"validation_failed"_s);
            QCOMPARE(fields(r), QStringList{field});
            QCOMPARE(r[u"error"_s][u"fields"_s][field][u"code"_s].toString(), fieldCode);
        };
        refused(u"forum_discussion"_s, u"create"_s, --m_nextLocal, {{u"title"_s, title201}},
                u"title"_s, u"too_long"_s);
        refused(u"forum_discussion"_s, u"create"_s, --m_nextLocal,
                {{u"title"_s, u"ok"_s}, {u"description"_s, QString(5001, u'd')}}, u"description"_s,
                u"too_long"_s);
        refused(u"forum_discussion"_s, u"create"_s, --m_nextLocal, {{u"title"_s, u"   "_s}},
                u"title"_s, u"required"_s);
        refused(u"forum_discussion"_s, u"update"_s, d, {{u"title"_s, title201}}, u"title"_s,
                u"too_long"_s);
        refused(u"forum_thread"_s, u"create"_s, --m_nextLocal,
                {{u"discussionId"_s, d}, {u"title"_s, u"ok"_s}, {u"text"_s, text20001}}, u"text"_s,
                u"too_long"_s);
        refused(u"forum_thread"_s, u"create"_s, --m_nextLocal,
                {{u"discussionId"_s, d}, {u"title"_s, title201}, {u"text"_s, u"ok"_s}}, u"title"_s,
                u"too_long"_s);
        refused(u"forum_thread"_s, u"create"_s, --m_nextLocal,
                {{u"title"_s, u"ok"_s}, {u"text"_s, u"ok"_s}}, u"discussionId"_s, u"required"_s);
        refused(u"forum_thread"_s, u"update"_s, t, {{u"text"_s, text20001}}, u"text"_s,
                u"too_long"_s);
        refused(u"forum_thread"_s, u"update"_s, t, {{u"discussionId"_s, d}}, u"discussionId"_s,
                u"not_editable"_s);
        refused(u"forum_post"_s, u"create"_s, --m_nextLocal,
                {{u"threadId"_s, t}, {u"text"_s, text20001}}, u"text"_s, u"too_long"_s);
        refused(u"forum_post"_s, u"create"_s, --m_nextLocal, {{u"threadId"_s, t}}, u"text"_s,
                u"required"_s);
        refused(u"forum_post"_s, u"create"_s, 42, {{u"threadId"_s, t}, {u"text"_s, u"ok"_s}},
                u"entityId"_s, u"unknown_value"_s);
        refused(u"forum_post"_s, u"update"_s, p, {{u"text"_s, text20001}}, u"text"_s,
                u"too_long"_s);
        // At the limits exactly: taken.
        QVERIFY(post(u"teacher.fr"_s, t, QString(20000, u'x')) > 0);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_thread"_s, u"update"_s, t,
                               {{u"title"_s, QString(200, u't')}})),
                 u"applied"_s);
    }

    void offlineCreationsTravelTogetherExactlyOnce()
    {
        const qint64 since = cursor(u"teacher.de"_s);
        // A discussion, a thread in it and a reply to the thread, all made offline: each names
        // the one before by its local id, in one batch.
        const qint64 localD = --m_nextLocal, localT = --m_nextLocal, localP = --m_nextLocal;
        const QJsonArray batch{
            mutation(newId(), u"forum_discussion"_s, u"create"_s, localD,
                     {{u"projectId"_s, m_project}, {u"title"_s, u"Notre rivière en photos"_s}}),
            mutation(newId(), u"forum_thread"_s, u"create"_s, localT,
                     {{u"projectId"_s, m_project},
                      {u"discussionId"_s, localD},
                      {u"title"_s, u"Le Rhône en hiver"_s},
                      {u"text"_s, u"Voici nos photos du quai."_s}}),
            mutation(newId(), u"forum_post"_s, u"create"_s, localP,
                     {{u"projectId"_s, m_project},
                      {u"threadId"_s, localT},
                      {u"text"_s, u"Bellissime! Il Po è gelato."_s}}),
        };
        const HttpResult first = push(u"teacher.fr"_s, batch);
        QCOMPARE(first.status, 200);
        const QJsonArray results = first.json[u"results"_s].toArray();
        QCOMPARE(results.size(), 3);
        QList<qint64> ids;
        for (const QJsonValue r : results) {
            QCOMPARE(status(r.toObject()), u"applied"_s);
            ids.append(entityId(r.toObject()));
            QVERIFY(ids.last() > 0);
        }
        const QJsonArray changes = changesSince(u"teacher.de"_s, since);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0][u"type"_s].toString(), u"forum_discussion"_s);
        QCOMPARE(changes[1][u"type"_s].toString(), u"forum_thread"_s);
        QCOMPARE(changes[2][u"type"_s].toString(), u"forum_post"_s);
        QCOMPARE(changes[0][u"id"_s].toInteger(), ids[0]);
        QCOMPARE(changes[1][u"id"_s].toInteger(), ids[1]);
        QCOMPARE(changes[1][u"data"_s][u"discussionId"_s].toInteger(), ids[0]);
        QCOMPARE(changes[2][u"id"_s].toInteger(), ids[2]);
        QCOMPARE(changes[2][u"data"_s][u"threadId"_s].toInteger(), ids[1]);

        // The answer was lost: the same batch again gives the same answers and writes nothing.
        const qint64 after = cursor(u"teacher.de"_s);
        const HttpResult again = push(u"teacher.fr"_s, batch);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[u"results"_s].toArray(), results);
        QCOMPARE(changesSince(u"teacher.de"_s, after).size(), 0);
        // Even under new mutation ids (a client that lost its outbox row's answer and made the
        // row again), a local id already used names the item made, not a second one.
        QJsonArray renamed;
        for (const QJsonValue m : batch) {
            QJsonObject copy = m.toObject();
            copy.insert(u"id"_s, newId());
            renamed.append(copy);
        }
        const HttpResult third = push(u"teacher.fr"_s, renamed);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(entityId(third.json[u"results"_s][i].toObject()), ids[i]);
        QCOMPARE(changesSince(u"teacher.de"_s, after).size(), 0);
    }

    void aReplyToSomethingDeletedIsRefusedAndItsTextKept()
    {
        const qint64 d = discussion(u"teacher.fr"_s, u"Soon gone"_s);
        const qint64 t = thread(u"teacher.fr"_s, d, u"Soon gone"_s);
        const qint64 p = post(u"teacher.de"_s, t, u"Erste Antwort"_s);
        QCOMPARE(status(mutate(u"teacher.it"_s, u"forum_thread"_s, u"delete"_s, t, {})),
                 u"applied"_s);
        const QJsonObject late =
            mutate(u"teacher.de"_s, u"forum_post"_s, u"create"_s, --m_nextLocal,
                   {{u"threadId"_s, t}, {u"text"_s, u"Zu spät"_s}});
        QCOMPARE(code(late), u"thread_gone"_s);
        QVERIFY2(late[u"error"_s][u"message"_s].toString().contains(u"kept on your computer"_s),
                 qPrintable(late[u"error"_s][u"message"_s].toString()));
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"forum_thread"_s, u"update"_s, t,
                             {{u"text"_s, u"Edited late"_s}})),
                 u"thread_gone"_s);
        QCOMPARE(code(mutate(u"teacher.de"_s, u"forum_post"_s, u"update"_s, p,
                             {{u"text"_s, u"Bearbeitet"_s}})),
                 u"post_gone"_s);
        // A thread that never was, and a local id the server never gave out.
        QCOMPARE(code(mutate(u"teacher.de"_s, u"forum_post"_s, u"create"_s, --m_nextLocal,
                             {{u"threadId"_s, 99999999}, {u"text"_s, u"x"_s}})),
                 u"thread_gone"_s);
        QCOMPARE(code(mutate(u"teacher.de"_s, u"forum_post"_s, u"create"_s, --m_nextLocal,
                             {{u"threadId"_s, -123456789}, {u"text"_s, u"x"_s}})),
                 u"thread_gone"_s);
        // A thread into a deleted discussion, and an edit of it.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_discussion"_s, u"delete"_s, d, {})),
                 u"applied"_s);
        QCOMPARE(
            code(mutate(
                u"teacher.it"_s, u"forum_thread"_s, u"create"_s, --m_nextLocal,
                {{u"discussionId"_s, d}, {u"title"_s, u"Troppo tardi"_s}, {u"text"_s, u"x"_s}})),
            u"discussion_gone"_s);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"forum_discussion"_s, u"update"_s, d,
                             {{u"title"_s, u"x"_s}})),
                 u"discussion_gone"_s);
    }

    void deletionsReachMembersAsTombstones()
    {
        const qint64 d = discussion(u"teacher.fr"_s, u"Tombstones"_s);
        const qint64 t1 = thread(u"teacher.fr"_s, d, u"One"_s);
        const qint64 t2 = thread(u"teacher.it"_s, d, u"Two"_s);
        const qint64 p1 = post(u"teacher.it"_s, t1, u"a"_s);
        const qint64 p2 = post(u"teacher.de"_s, t1, u"b"_s);
        const qint64 p3 = post(u"teacher.fr"_s, t2, u"c"_s);
        const qint64 untouched = post(u"teacher.fr"_s, t2, u"d"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_post"_s, u"delete"_s, untouched, {})),
                 u"applied"_s);
        auto tombstones = [this](qint64 since) {
            QSet<QString> out;
            for (const QJsonValue c : changesSince(u"teacher.de"_s, since)) {
                if (c[u"deleted"_s].toBool())
                    out.insert(c[u"type"_s].toString() + u'/' +
                               QString::number(c[u"id"_s].toInteger()));
                else
                    qWarning("not a tombstone: %s",
                             QJsonDocument(c.toObject()).toJson().constData());
            }
            return out;
        };
        // A thread takes its replies with it.
        qint64 since = cursor(u"teacher.de"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_thread"_s, u"delete"_s, t1, {})),
                 u"applied"_s);
        QCOMPARE(tombstones(since),
                 (QSet<QString>{u"forum_thread/%1"_s.arg(t1), u"forum_post/%1"_s.arg(p1),
                                u"forum_post/%1"_s.arg(p2)}));
        // A discussion, its threads and theirs (a reply deleted before is not deleted twice).
        since = cursor(u"teacher.de"_s);
        QCOMPARE(status(mutate(u"teacher.it"_s, u"forum_discussion"_s, u"delete"_s, d, {})),
                 u"applied"_s);
        QCOMPARE(tombstones(since),
                 (QSet<QString>{u"forum_discussion/%1"_s.arg(d), u"forum_thread/%1"_s.arg(t2),
                                u"forum_post/%1"_s.arg(p3)}));
        const auto scope = pull(u"teacher.de"_s, scopeOf());
        for (const QString &key : scope.keys())
            for (const QString &gone :
                 {u"forum_discussion/%1"_s.arg(d), u"forum_thread/%1"_s.arg(t1),
                  u"forum_thread/%1"_s.arg(t2), u"forum_post/%1"_s.arg(p1),
                  u"forum_post/%1"_s.arg(p2), u"forum_post/%1"_s.arg(p3)})
                QVERIFY(key != gone);
    }

    void concurrentEditsConflictAndNothingIsLost()
    {
        const qint64 d = discussion(u"teacher.fr"_s, u"Edits"_s);
        const qint64 t = thread(u"teacher.fr"_s, d, u"Edits"_s);
        const qint64 p = post(u"teacher.fr"_s, t, u"Version one"_s);
        // Two computers of the author edit version 1 of the reply: the second is a conflict
        // whose `current` holds the text that stands; its own text stays with its client.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_post"_s, u"update"_s, p,
                               {{u"text"_s, u"From the laptop"_s}}, 1)),
                 u"applied"_s);
        const QJsonObject second = mutate(u"teacher.fr"_s, u"forum_post"_s, u"update"_s, p,
                                          {{u"text"_s, u"From the school PC"_s}}, 1);
        QCOMPARE(status(second), u"conflict"_s);
        QCOMPARE(second[u"current"_s][u"text"_s].toString(), u"From the laptop"_s);
        QCOMPARE(second[u"current"_s][u"version"_s].toInteger(), 2);
        // The same text from both is no conflict.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_post"_s, u"update"_s, p,
                               {{u"text"_s, u"From the laptop"_s}}, 1)),
                 u"applied"_s);
        // A thread's title and its text are edited apart: both stand.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_thread"_s, u"update"_s, t,
                               {{u"title"_s, u"New title"_s}}, 1)),
                 u"applied"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_thread"_s, u"update"_s, t,
                               {{u"text"_s, u"New text"_s}}, 1)),
                 u"applied"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_thread"_s, u"update"_s, t,
                               {{u"text"_s, u"Other text"_s}}, 2)),
                 u"conflict"_s);
        const QJsonObject thread =
            pull(u"teacher.it"_s, scopeOf()).value(u"forum_thread/%1"_s.arg(t));
        QCOMPARE(thread[u"title"_s].toString(), u"New title"_s);
        QCOMPARE(thread[u"text"_s].toString(), u"New text"_s);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"forum_discussion"_s, u"update"_s, d,
                             {{u"title"_s, u"x"_s}}, 99)),
                 u"bad_base_version"_s);
        // Without a base version: the last writer wins.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"forum_post"_s, u"update"_s, p,
                               {{u"text"_s, u"Last word"_s}}, 0)),
                 u"applied"_s);
        QCOMPARE(pull(u"teacher.it"_s, scopeOf()).value(u"forum_post/%1"_s.arg(p))[u"text"_s],
                 u"Last word"_s);
    }

    // Last: the flood's wait has mostly passed during the tests above.
    void theFloodersMessagesAreTakenLaterEachOnce()
    {
        QVERIFY(m_floodRefused.isValid());
        const qint64 before = cursor(u"teacher.it"_s, m_floodProject);
        // As its client does: the same batch again after each wait, until it is taken (the
        // replies taken first were made over a moment, so their places free one by one).
        qint64 waitMs = m_floodRetryAfter * 1000LL - m_floodRefused.elapsed();
        HttpResult r;
        for (int attempt = 0; attempt < 10; ++attempt) {
            if (waitMs > 0)
                QThread::msleep(waitMs);
            r = push(u"teacher2.fr"_s, m_flood);
            if (r.status != 429)
                break;
            waitMs = r.header("Retry-After").toInt() * 1000LL;
        }
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json[u"results"_s].toArray();
        QCOMPARE(results.size(), m_flood.size());
        for (const QJsonValue v : results)
            QCOMPARE(status(v.toObject()), u"applied"_s);
        // Only those refused for now were written now: the first ones were taken before.
        const QJsonArray changes = changesSince(u"teacher.it"_s, before, m_floodProject);
        QCOMPARE(changes.size(), m_flood.size() - perMinute);
        QCOMPARE(changes.first()[u"data"_s][u"text"_s].toString(), u"Message %1"_s.arg(perMinute));
        QHash<QString, int> texts;
        for (const QJsonValue c : changesSince(u"teacher.it"_s, 0, m_floodProject))
            if (c[u"type"_s] == u"forum_post"_s)
                ++texts[c[u"data"_s][u"text"_s].toString()];
        for (int i = 0; i < m_flood.size(); ++i)
            QCOMPARE(texts.value(u"Message %1"_s.arg(i)), 1);
    }
};

QTEST_GUILESS_MAIN(TestForum)
#include "tst_forum.moc"
