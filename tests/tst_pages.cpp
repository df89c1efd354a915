// SPDX-License-Identifier: GPL-3.0-or-later
// TwinSpace pages on the real server: the tree, drafts seen by their author only, publishing
// with revisions, two teachers' texts merged (or kept when they overlap), sanitised HTML, and
// the rules: outsiders learn nothing, a closed project is read-only.
#include "http.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace etw::test;
using namespace Qt::StringLiterals;

class TestPages : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QHash<QString, std::shared_ptr<Http>> m_http;
    QHash<QString, qint64> m_ids;
    qint64 m_project = 0;
    qint64 m_nextLocal = -1000;

    Http &as(const QString &name) { return *m_http[name]; }

    QJsonObject mutateWithId(const QString &user, const QString &id, const QString &type,
                             const QString &op, qint64 entityId, QJsonObject data,
                             qint64 baseVersion = 0, qint64 project = 0)
    {
        data.insert(u"projectId"_s, project ? project : m_project);
        return as(user).mutateWithId(id, type, op, entityId, data, baseVersion);
    }
    QJsonObject mutate(const QString &user, const QString &type, const QString &op, qint64 entityId,
                       const QJsonObject &data, qint64 baseVersion = 0)
    {
        return mutateWithId(user, QUuid::createUuid().toString(QUuid::WithoutBraces), type, op,
                            entityId, data, baseVersion);
    }
    QJsonObject projectMutation(const QString &user, const QString &type, const QString &op,
                                qint64 entityId, const QJsonObject &data)
    {
        return as(user).mutate(type, op, entityId, data);
    }
    static QString status(const QJsonObject &r) { return r[u"status"_s].toString(); }
    static QString code(const QJsonObject &r) { return r[u"error"_s][u"code"_s].toString(); }

    QHash<QString, QJsonObject> pull(const QString &user, const QString &scope,
                                     int *httpStatus = nullptr)
    {
        return as(user).pullScope(scope, httpStatus);
    }
    QString projectScope() const { return u"project:%1"_s.arg(m_project); }
    QJsonObject published(const QString &user, qint64 page)
    {
        return pull(user, projectScope()).value(u"page/%1"_s.arg(page));
    }

    // A page made as drafts are (a local id, like a client offline), then published.
    qint64 publishedPage(const QString &user, const QString &title, const QString &body,
                         qint64 parent = 0)
    {
        const QJsonObject created = mutate(user, u"page"_s, u"create"_s, --m_nextLocal,
                                           {{u"title"_s, title}, {u"parentId"_s, parent}});
        const qint64 id = created[u"entityId"_s].toInteger();
        const QJsonObject r =
            mutate(user, u"page_revision"_s, u"create"_s, id, {{u"body"_s, body}}, 0);
        if (status(r) != u"applied")
            qWarning("publish: %s", QJsonDocument(r).toJson().constData());
        return id;
    }

    qint64 activeProject(const QString &title)
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
            {u"invitations"_s, QJsonArray{QJsonObject{{u"accountId"_s, m_ids[u"teacher.it"_s]},
                                                      {u"role"_s, u"founder"_s}},
                                          QJsonObject{{u"accountId"_s, m_ids[u"teacher.de"_s]},
                                                      {u"role"_s, u"partner"_s}}}}};
        const qint64 id =
            projectMutation(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, form)[u"entityId"_s]
                .toInteger();
        for (const QString &who : {u"teacher.it"_s, u"teacher.de"_s})
            projectMutation(who, u"project_invitation"_s, u"update"_s, id,
                            {{u"response"_s, u"accept"_s}});
        for (const QString &service : {u"correspondent.fr"_s, u"correspondent.it"_s})
            projectMutation(service, u"project_decision"_s, u"create"_s, id,
                            {{u"decision"_s, u"approve"_s}});
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"200"_s}),
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
        m_project = activeProject(u"Rivers of Europe"_s);
        QVERIFY(m_project > 0);
        QCOMPARE(pull(u"teacher.fr"_s, projectScope())
                     .value(u"project/%1"_s.arg(m_project))[u"status"_s]
                     .toString(),
                 u"active"_s);
    }

    void aDraftIsItsAuthorsUntilPublished()
    {
        const qint64 local = --m_nextLocal;
        const QJsonObject created = mutate(u"teacher.fr"_s, u"page"_s, u"create"_s, local,
                                           {{u"title"_s, u"Notre rivière"_s}});
        QCOMPARE(status(created), u"applied"_s);
        const qint64 id = created[u"entityId"_s].toInteger();
        QVERIFY(id > 0);
        // In the author's own scope only.
        const QJsonObject draft = pull(u"teacher.fr"_s, u"me"_s).value(u"page/%1"_s.arg(id));
        QCOMPARE(draft[u"state"_s].toString(), u"draft"_s);
        QCOMPARE(draft[u"title"_s].toString(), u"Notre rivière"_s);
        QVERIFY(!pull(u"teacher.it"_s, projectScope()).contains(u"page/%1"_s.arg(id)));
        QCOMPARE(code(mutate(u"teacher.it"_s, u"page"_s, u"update"_s, id,
                             {{u"title"_s, u"Il nostro fiume"_s}})),
                 u"not_found"_s);

        // A sub-page queued under the local id before the creation's answer came finds it.
        const QJsonObject child = mutate(u"teacher.fr"_s, u"page"_s, u"create"_s, --m_nextLocal,
                                         {{u"title"_s, u"Photos"_s}, {u"parentId"_s, local}});
        QCOMPARE(status(child), u"applied"_s);
        const qint64 childId = child[u"entityId"_s].toInteger();
        QCOMPARE(pull(u"teacher.fr"_s, u"me"_s)
                     .value(u"page/%1"_s.arg(childId))[u"parentId"_s]
                     .toInteger(),
                 id);
        // ... and so does a text published under the local id.
        const QJsonObject r = mutate(u"teacher.fr"_s, u"page_revision"_s, u"create"_s, local,
                                     {{u"body"_s, u"<p>Elle traverse la ville.</p>"_s}}, 0);
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r[u"version"_s].toInteger(), 1);
        const QJsonObject page = published(u"teacher.it"_s, id);
        QCOMPARE(page[u"state"_s].toString(), u"published"_s);
        QCOMPARE(page[u"revision"_s].toInteger(), 1);
        QCOMPARE(page[u"body"_s].toString(), u"<p>Elle traverse la ville.</p>\n"_s);
        QCOMPARE(page[u"authorName"_s].toString(), u"Émilie Durand"_s);
        QVERIFY(!pull(u"teacher.fr"_s, u"me"_s).contains(u"page/%1"_s.arg(id)));
        const QJsonObject rev =
            pull(u"teacher.de"_s, projectScope()).value(u"page_revision/%1"_s.arg((id << 20) | 1));
        QCOMPARE(rev[u"kind"_s].toString(), u"published"_s);
        QCOMPARE(rev[u"authorName"_s].toString(), u"Émilie Durand"_s);
        // Another account's local ids are its own.
        QCOMPARE(code(mutate(u"teacher.it"_s, u"page_revision"_s, u"create"_s, local,
                             {{u"body"_s, u"<p>x</p>"_s}}, 1)),
                 u"not_found"_s);
    }

    void theTreeIsEveryMembersAndLosesNothingMoved()
    {
        const qint64 a = publishedPage(u"teacher.fr"_s, u"A"_s, u"<p>a</p>"_s);
        const qint64 b = publishedPage(u"teacher.it"_s, u"B"_s, u"<p>b</p>"_s, a);
        // Any member renames and moves a published page; never under itself.
        QCOMPARE(status(mutate(u"teacher.de"_s, u"page"_s, u"update"_s, b,
                               {{u"title"_s, u"B, renamed"_s}, {u"position"_s, 2.5}})),
                 u"applied"_s);
        QCOMPARE(published(u"teacher.fr"_s, b)[u"title"_s].toString(), u"B, renamed"_s);
        QCOMPARE(published(u"teacher.fr"_s, b)[u"position"_s].toDouble(), 2.5);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"page"_s, u"update"_s, a, {{u"parentId"_s, b}})),
                 u"invalid_parent"_s);
        QCOMPARE(
            code(mutate(u"teacher.fr"_s, u"page"_s, u"update"_s, a, {{u"parentId"_s, 999999}})),
            u"validation_failed"_s);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"page"_s, u"update"_s, a, {{u"body"_s, u"x"_s}})),
                 u"validation_failed"_s);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"page"_s, u"create"_s, --m_nextLocal,
                             {{u"title"_s, u"  "_s}})),
                 u"validation_failed"_s);
        // Deleting a page takes its sub-pages and their history with it.
        QCOMPARE(status(mutate(u"teacher.it"_s, u"page"_s, u"delete"_s, a, {})), u"applied"_s);
        const auto scope = pull(u"teacher.de"_s, projectScope());
        QVERIFY(!scope.contains(u"page/%1"_s.arg(a)));
        QVERIFY(!scope.contains(u"page/%1"_s.arg(b)));
        QVERIFY(!scope.contains(u"page_revision/%1"_s.arg((b << 20) | 1)));
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"page"_s, u"update"_s, b, {{u"title"_s, u"x"_s}})),
                 u"not_found"_s);
    }

    void theTreeIsAtMostEightLevelsDeep()
    {
        QList<qint64> chain{publishedPage(u"teacher.fr"_s, u"Level 1"_s, u"<p>1</p>"_s)};
        for (int level = 2; level <= 8; ++level)
            chain.append(publishedPage(u"teacher.fr"_s, u"Level %1"_s.arg(level), u"<p>x</p>"_s,
                                       chain.last()));
        QCOMPARE(chain.size(), 8);
        QVERIFY(!chain.contains(0));
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"page"_s, u"create"_s, --m_nextLocal,
                             {{u"title"_s, u"Level 9"_s}, {u"parentId"_s, chain.last()}})),
                 u"too_deep"_s);
        // Moving a page moves its sub-pages: two levels under level 7 is one too many.
        const qint64 top = publishedPage(u"teacher.fr"_s, u"Branch"_s, u"<p>b</p>"_s);
        publishedPage(u"teacher.fr"_s, u"Leaf"_s, u"<p>l</p>"_s, top);
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"page"_s, u"update"_s, top,
                             {{u"parentId"_s, chain.at(6)}})),
                 u"too_deep"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"page"_s, u"update"_s, top,
                               {{u"parentId"_s, chain.at(5)}})),
                 u"applied"_s);
        // A parent named by a local id the server never gave out is refused, not the top.
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"page"_s, u"create"_s, --m_nextLocal,
                             {{u"title"_s, u"Orphan"_s}, {u"parentId"_s, -987654321}})),
                 u"validation_failed"_s);
    }

    void aFirstTextFromTwoComputersIsMergedNotRefused()
    {
        const qint64 id = mutate(u"teacher.fr"_s, u"page"_s, u"create"_s, --m_nextLocal,
                                 {{u"title"_s, u"Twice"_s}})[u"entityId"_s]
                              .toInteger();
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"page_revision"_s, u"create"_s, id,
                               {{u"body"_s, u"<p>From the laptop.</p>"_s}}, 0)),
                 u"applied"_s);
        // The same first text again: taken once; another one: kept, both texts stay.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"page_revision"_s, u"create"_s, id,
                               {{u"body"_s, u"<p>From the laptop.</p>"_s}}, 0)),
                 u"applied"_s);
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"page_revision"_s, u"create"_s, id,
                               {{u"body"_s, u"<p>From the school PC.</p>"_s}}, 0)),
                 u"conflict"_s);
    }

    void disjointEditsMergeAndOverlappingOnesAreKept()
    {
        const qint64 p = publishedPage(u"teacher.fr"_s, u"Calendar"_s,
                                       u"<p>September: we meet.</p><p>October: videos.</p>"
                                       u"<p>November: the atlas.</p>"_s);
        // Both edit revision 1 offline: the Italian teacher the first line, the French one the
        // last. Both changes are in revision 3.
        QCOMPARE(status(mutate(u"teacher.it"_s, u"page_revision"_s, u"create"_s, p,
                               {{u"body"_s, u"<p>September: we meet online.</p><p>October: "
                                            u"videos.</p><p>November: the atlas.</p>"_s}},
                               1)),
                 u"applied"_s);
        const QJsonObject merged =
            mutate(u"teacher.fr"_s, u"page_revision"_s, u"create"_s, p,
                   {{u"body"_s, u"<p>September: we meet.</p><p>October: videos.</p>"
                                u"<p>November: the atlas, printed.</p>"_s}},
                   1);
        QCOMPARE(status(merged), u"applied"_s);
        QCOMPARE(merged[u"version"_s].toInteger(), 3);
        QJsonObject page = published(u"teacher.de"_s, p);
        QCOMPARE(page[u"body"_s].toString(),
                 u"<p>September: we meet online.</p>\n<p>October: "
                 u"videos.</p>\n<p>November: the atlas, printed.</p>\n"_s);
        QCOMPARE(pull(u"teacher.de"_s, projectScope())
                     .value(u"page_revision/%1"_s.arg((p << 20) | 3))[u"kind"_s]
                     .toString(),
                 u"merged"_s);

        // Both rewrite October on revision 3: the first wins, the second is kept as a revision
        // and answered as a conflict — its text is not lost, and a replay keeps it once.
        QCOMPARE(status(mutate(u"teacher.it"_s, u"page_revision"_s, u"create"_s, p,
                               {{u"body"_s, u"<p>September: we meet online.</p><p>October: two "
                                            u"videos.</p><p>November: the atlas, printed.</p>"_s}},
                               3)),
                 u"applied"_s);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body{{u"body"_s, u"<p>September: we meet online.</p><p>October: a "
                                           u"song.</p><p>November: the atlas, printed.</p>"_s}};
        const QJsonObject conflict =
            mutateWithId(u"teacher.fr"_s, id, u"page_revision"_s, u"create"_s, p, body, 3);
        QCOMPARE(status(conflict), u"conflict"_s);
        const qint64 kept = conflict[u"current"_s][u"keptRevision"_s].toInteger();
        QCOMPARE(kept, 5);
        QCOMPARE(conflict[u"current"_s][u"page"_s][u"revision"_s].toInteger(), 4);
        const QJsonObject again =
            mutateWithId(u"teacher.fr"_s, id, u"page_revision"_s, u"create"_s, p, body, 3);
        QCOMPARE(again[u"current"_s][u"keptRevision"_s].toInteger(), kept);
        const auto scope = pull(u"teacher.it"_s, projectScope());
        const QJsonObject keptRevision = scope.value(u"page_revision/%1"_s.arg((p << 20) | kept));
        QCOMPARE(keptRevision[u"kind"_s].toString(), u"kept"_s);
        QVERIFY(keptRevision[u"body"_s].toString().contains(u"a song"_s));
        QVERIFY(!scope.contains(u"page_revision/%1"_s.arg((p << 20) | 6)));
        page = scope.value(u"page/%1"_s.arg(p));
        QCOMPARE(page[u"revision"_s].toInteger(), 4);
        QVERIFY(page[u"body"_s].toString().contains(u"two videos"_s));

        // The teacher keeps a hand-merged text: it is revision 6, on top of 4.
        QCOMPARE(status(mutate(u"teacher.fr"_s, u"page_revision"_s, u"create"_s, p,
                               {{u"body"_s, u"<p>October: two videos and a song.</p>"_s}}, 4)),
                 u"applied"_s);
        QCOMPARE(published(u"teacher.it"_s, p)[u"revision"_s].toInteger(), 6);
        // An older one restored comes back as a new revision that says where it came from.
        const QJsonObject restored =
            mutate(u"teacher.it"_s, u"page_revision"_s, u"create"_s, p,
                   {{u"body"_s, scope.value(u"page_revision/%1"_s.arg((p << 20) | 1))[u"body"_s]},
                    {u"restoredFrom"_s, 1}},
                   6);
        QCOMPARE(status(restored), u"applied"_s);
        const QJsonObject seven =
            pull(u"teacher.fr"_s, projectScope()).value(u"page_revision/%1"_s.arg((p << 20) | 7));
        QCOMPARE(seven[u"kind"_s].toString(), u"restored"_s);
        QCOMPARE(seven[u"restoredFrom"_s].toInteger(), 1);
        // A base the server never had (restored from an older backup): said so, not merged.
        QCOMPARE(code(mutate(u"teacher.fr"_s, u"page_revision"_s, u"create"_s, p,
                             {{u"body"_s, u"<p>x</p>"_s}}, 99)),
                 u"bad_base_version"_s);
    }

    void theServerSanitisesEveryText()
    {
        const qint64 p = publishedPage(
            u"teacher.fr"_s, u"Safe"_s,
            u"<p onclick=\"steal()\">Hello <b>world</b><script>alert(1)</script></p>"
            u"<img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">link</a>"_s);
        const QString body = published(u"teacher.it"_s, p)[u"body"_s].toString();
        QVERIFY2(!body.contains(u"script"_s) && !body.contains(u"onclick"_s) &&
                     !body.contains(u"onerror"_s) && !body.contains(u"javascript"_s),
                 qPrintable(body));
        QVERIFY2(body.contains(u"<b>world</b>"_s), qPrintable(body));
        // Too long a text is refused, naming the field.
        const QJsonObject tooLong =
            mutate(u"teacher.fr"_s, u"page_revision"_s, u"create"_s, p,
                   {{u"body"_s, QString(u"<p>"_s + QString(600 * 1024, u'x') + u"</p>"_s)}}, 1);
        QCOMPARE(code(tooLong), u"validation_failed"_s);
        QVERIFY(tooLong[u"error"_s][u"fields"_s].toObject().contains(u"body"_s));
    }

    void outsidersLearnNothingAndAClosedTwinSpaceIsReadOnly()
    {
        const qint64 p = publishedPage(u"teacher.fr"_s, u"Ours"_s, u"<p>ours</p>"_s);
        int httpStatus = 0;
        for (const QString &outsider : {u"teacher2.fr"_s, u"pupil.fr"_s, u"correspondent.fr"_s}) {
            pull(outsider, projectScope(), &httpStatus);
            QCOMPARE(httpStatus, 404);
            QCOMPARE(code(mutate(outsider, u"page"_s, u"create"_s, --m_nextLocal,
                                 {{u"title"_s, u"Mine"_s}})),
                     u"not_found"_s);
            QCOMPARE(code(mutate(outsider, u"page"_s, u"update"_s, p, {{u"title"_s, u"x"_s}})),
                     u"not_found"_s);
            QCOMPARE(code(mutate(outsider, u"page"_s, u"delete"_s, p, {})), u"not_found"_s);
            QCOMPARE(code(mutate(outsider, u"page_revision"_s, u"create"_s, p,
                                 {{u"body"_s, u"<p>x</p>"_s}}, 1)),
                     u"not_found"_s);
        }
        // A page named with another project's id is not found either.
        const qint64 other = activeProject(u"Another one"_s);
        QCOMPARE(code(mutateWithId(u"teacher.fr"_s, QUuid::createUuid().toString(), u"page"_s,
                                   u"update"_s, p, {{u"title"_s, u"x"_s}}, 0, other)),
                 u"not_found"_s);
        // Closed: read, never written.
        QCOMPARE(status(projectMutation(u"teacher.fr"_s, u"project_status"_s, u"update"_s, other,
                                        {{u"status"_s, u"archived"_s}})),
                 u"applied"_s);
        QCOMPARE(
            code(mutateWithId(u"teacher.fr"_s, QUuid::createUuid().toString(), u"page"_s,
                              u"create"_s, --m_nextLocal, {{u"title"_s, u"Late"_s}}, 0, other)),
            u"project_closed"_s);
        pull(u"teacher.it"_s, u"project:%1"_s.arg(other), &httpStatus);
        QCOMPARE(httpStatus, 200);
    }

    // A partner who was a member and was removed is an outsider again: the TwinSpace answers
    // 404 as for one who never was, and nothing they send is taken.
    void aFormerMemberLearnsNothingMore()
    {
        const qint64 p = publishedPage(u"teacher.fr"_s, u"Before she left"_s, u"<p>then</p>"_s);
        const qint64 de = m_ids.value(u"teacher.de"_s); // a partner since the project began
        int httpStatus = 0;
        QVERIFY(pull(u"teacher.de"_s, projectScope(), &httpStatus).contains(u"page/%1"_s.arg(p)));
        QCOMPARE(httpStatus, 200);
        QCOMPARE(status(projectMutation(u"teacher.fr"_s, u"project_member"_s, u"delete"_s,
                                        m_project, {{u"accountId"_s, de}})),
                 u"applied"_s);
        pull(u"teacher.de"_s, projectScope(), &httpStatus);
        QCOMPARE(httpStatus, 404);
        QCOMPARE(code(mutate(u"teacher.de"_s, u"page"_s, u"update"_s, p, {{u"title"_s, u"x"_s}})),
                 u"not_found"_s);
        QCOMPARE(code(mutate(u"teacher.de"_s, u"page_revision"_s, u"create"_s, p,
                             {{u"body"_s, u"<p>after</p>"_s}}, 1)),
                 u"not_found"_s);
        QCOMPARE(code(mutate(u"teacher.de"_s, u"page"_s, u"create"_s, --m_nextLocal,
                             {{u"title"_s, u"Still mine"_s}})),
                 u"not_found"_s);
        QCOMPARE(published(u"teacher.fr"_s, p)[u"title"_s].toString(), u"Before she left"_s);
    }
};

QTEST_GUILESS_MAIN(TestPages)
#include "tst_pages.moc"
