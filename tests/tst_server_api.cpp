// SPDX-License-Identifier: GPL-3.0-or-later
// The server over real HTTP on loopback: sign-in, tokens, sync paging, mutations, and every
// kind of bad input answered with the right status and a JSON error.
#include "http.h"
#include "raw_sign_ins.h"
#include "server_process.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

using namespace etw::test;
using namespace Qt::StringLiterals;

class TestServerApi : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    static constexpr int demoSize = 400;

    QString uuid() const { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    QJsonObject profileMutation(qint64 entityId, qint64 baseVersion, const QJsonObject &data,
                                const QString &id = {})
    {
        return {{u"id"_s, id.isEmpty() ? uuid() : id},
                {u"type"_s, u"profile"_s},
                {u"op"_s, u"update"_s},
                {u"entityId"_s, entityId},
                {u"baseVersion"_s, baseVersion},
                {u"data"_s, data}};
    }

    QJsonObject push(Http &http, const QJsonArray &mutations)
    {
        const HttpResult r = http.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, mutations}});
        if (r.status != 200)
            qWarning("push failed: %d %s", r.status, r.body.constData());
        return r.json.value(u"results"_s).toArray().at(0).toObject();
    }

    // Pulls a whole scope from `since`; returns the changes in order.
    QJsonArray pullAll(Http &http, const QString &scope, qint64 since, int limit, qint64 *cursor)
    {
        QJsonArray all;
        for (;;) {
            const HttpResult r =
                http.get(u"/api/v1/sync/%1?since=%2&limit=%3"_s.arg(scope).arg(since).arg(limit));
            if (r.status != 200) {
                qWarning("pull failed: %d %s", r.status, r.body.constData());
                return all;
            }
            for (const QJsonValue v : r.json.value(u"changes"_s).toArray())
                all.append(v);
            since = r.json.value(u"cursor"_s).toInteger();
            if (!r.json.value(u"more"_s).toBool())
                break;
        }
        *cursor = since;
        return all;
    }

    qint64 myVersion(Http &http)
    {
        qint64 cursor = 0;
        const QJsonArray me = pullAll(http, u"me"_s, 0, 100, &cursor);
        for (const QJsonValue v : me)
            if (v[u"type"_s].toString() == u"teacher")
                return v[u"version"_s].toInteger();
        return -1;
    }

    // The etwinning-server this test started (ServerProcess keeps its QProcess to itself):
    // the one child of this process running the server binary; -1 unless exactly one.
    static qint64 serverPid()
    {
        const QString binary = QFileInfo(QString::fromUtf8(ETW_SERVER_BINARY)).canonicalFilePath();
        QList<qint64> found;
        for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok)
                continue;
            QFile stat(u"/proc/%1/stat"_s.arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // "pid (comm) state ppid …": comm may hold spaces, so split after its ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() < 2 ||
                fields.at(1).toLongLong() != QCoreApplication::applicationPid())
                continue;
            if (QFileInfo(u"/proc/%1/exe"_s.arg(pid)).canonicalFilePath() == binary)
                found.append(pid);
        }
        return found.size() == 1 ? found.first() : -1;
    }

    // Sets the kernel's peak resident size of a process (VmHWM) back to its current size
    // ("5" to clear_refs, Linux 4.0+), so that a later peak says what happened after this.
    static bool resetPeakMemory(qint64 pid)
    {
        QFile clearRefs(u"/proc/%1/clear_refs"_s.arg(pid));
        return clearRefs.open(QIODevice::WriteOnly | QIODevice::Unbuffered) &&
               clearRefs.write("5") == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, QString::number(demoSize)}),
                 qPrintable(m_server.lastOutput()));
    }

    void signInSucceeds()
    {
        Http http(m_server.url());
        const HttpResult r = http.signIn(u"teacher.fr"_s, u"demo1234"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"token"_s).toString().size() >= 40);
        const QDateTime expires =
            QDateTime::fromString(r.json.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(1));
        const QJsonObject account = r.json.value(u"account"_s).toObject();
        QCOMPARE(account.value(u"role"_s).toString(), u"teacher"_s);
        QCOMPARE(account.value(u"country"_s).toString(), u"FR"_s);
        // User names are not case-sensitive.
        QCOMPARE(http.signIn(u"Teacher.FR"_s, u"demo1234"_s).status, 200);
    }

    void signInFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong password")
            << QByteArray(R"({"username":"teacher.it","password":"nope"})") << 401
            << u"invalid_credentials"_s << QString();
        QTest::newRow("unknown user")
            << QByteArray(R"({"username":"nobody","password":"demo1234"})") << 401
            << u"invalid_credentials"_s << QString();
        QTest::newRow("missing password") << QByteArray(R"({"username":"teacher.fr"})") << 422
                                          << u"validation_failed"_s << u"password"_s;
        QTest::newRow("number as user name") << QByteArray(R"({"username":12,"password":"x"})")
                                             << 422 << u"validation_failed"_s << u"username"_s;
        QTest::newRow("malformed JSON") << QByteArray(R"({"username": "teacher.fr",)") << 400
                                        << u"malformed_json"_s << QString();
        QTest::newRow("array, not object") << QByteArray(R"(["teacher.fr","demo1234"])") << 400
                                           << u"malformed_json"_s << QString();
        QTest::newRow("empty body") << QByteArray() << 400 << u"malformed_json"_s << QString();
    }

    void signInFailures()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        Http http(m_server.url());
        const HttpResult r = http.request("POST", u"/api/v1/session"_s, body,
                                          {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json[u"error"_s][u"message"_s].toString().isEmpty());
        if (!field.isEmpty())
            QVERIFY(!r.json[u"error"_s][u"fields"_s][field][u"code"_s].toString().isEmpty());
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
    }

    void wrongContentTypeAndOversizedBody()
    {
        Http http(m_server.url());
        HttpResult r = http.request("POST", u"/api/v1/session"_s, "username=a&password=b",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 415);
        QCOMPARE(r.errorCode(), u"unsupported_media_type"_s);

        const QByteArray huge = "{\"username\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        r = http.request("POST", u"/api/v1/session"_s, huge);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"payload_too_large"_s);
        // The server is still there.
        QCOMPARE(http.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
    }

    // A huge upload is answered 413 while it arrives and never held whole in memory.
    void oversizedBodyIsCutWhileArriving()
    {
        // The peak is a high-water mark: a sign-in's Argon2id working set (64 MiB, freed
        // at once) left in it would hide a body of that size held in memory. So sign in first
        // (whatever a request first allocates is there before and after), then start the peak
        // again from the current size: what it grows by is the oversized body alone.
        Http warmUp(m_server.url());
        QCOMPARE(warmUp.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
        const qint64 pid = serverPid();
        QVERIFY2(pid > 0, "the test's etwinning-server process was not found");
        QVERIFY2(resetPeakMemory(pid), "cannot reset the server's peak memory (clear_refs)");
        const qint64 before = m_server.peakMemoryKiB();
        QVERIFY(before > 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\n"
                     "Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'a');
        QByteArray answer;
        for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(chunk);
            socket.waitForBytesWritten(2000);
            if (socket.waitForReadyRead(10))
                answer += socket.readAll();
        }
        QDeadlineTimer deadline(5000);
        while (!answer.contains("payload_too_large") && !deadline.hasExpired() &&
               socket.waitForReadyRead(100))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("payload_too_large"));
        // 64 MiB were sent; the server grew by far less than that.
        const qint64 grown = m_server.peakMemoryKiB() - before;
        QVERIFY2(grown < 16 * 1024, qPrintable(u"grew by %1 KiB"_s.arg(grown)));
        Http http(m_server.url()); // and it still serves
        QCOMPARE(http.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
    }

    void unknownRoutesAndMethods()
    {
        Http http(m_server.url());
        HttpResult r = http.get(u"/api/v1/nothing-here"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"not_found"_s);
        r = http.request("PUT", u"/api/v1/session"_s, "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), u"method_not_allowed"_s);
        r = http.get(u"/"_s);
        QCOMPARE(r.status, 404);
    }

    void tokensAreChecked()
    {
        Http http(m_server.url());
        HttpResult r = http.get(u"/api/v1/sync"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"unauthorized"_s);
        http.setToken(u"not-a-real-token"_s);
        r = http.get(u"/api/v1/sync"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"invalid_token"_s);

        QCOMPARE(http.signIn(u"teacher.it"_s, u"demo1234"_s).status, 200);
        QCOMPARE(http.get(u"/api/v1/sync"_s).status, 200);
        QCOMPARE(http.request("DELETE", u"/api/v1/session"_s).status, 204);
        r = http.get(u"/api/v1/sync"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"invalid_token"_s);
    }

    // A token works until the end of its lifetime and is refused as expired afterwards. Each
    // answer is judged by when its request left and when the answer came back, against the
    // expiry the server announced: a loaded machine changes how many answers fall on each side
    // of it, never the verdict (no fixed wait, no one-second window to hit).
    void expiredToken()
    {
        constexpr qint64 lifetimeMs = 2000;
        ServerProcess shortLived;
        QVERIFY(shortLived.start({u"--demo"_s, u"--demo-size"_s, u"10"_s, u"--token-lifetime"_s,
                                  QString::number(lifetimeMs / 1000)}));
        Http http(shortLived.url());
        const qint64 signInSent = QDateTime::currentMSecsSinceEpoch();
        const HttpResult in = http.signIn(u"teacher.fr"_s, u"demo1234"_s);
        const qint64 signInAnswered = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(in.status, 200);
        const qint64 expires =
            QDateTime::fromString(in.json[u"expiresAt"_s].toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        // The lifetime asked for is the one given, counted from the sign-in.
        QVERIFY2(expires >= signInSent + lifetimeMs && expires <= signInAnswered + lifetimeMs,
                 qPrintable(in.json[u"expiresAt"_s].toString()));

        int acceptedInLifetime = 0;
        bool refusedAfterExpiry = false;
        QString wrong;
        const auto poll = [&] {
            const qint64 sent = QDateTime::currentMSecsSinceEpoch();
            const HttpResult r = http.get(u"/api/v1/sync"_s);
            const qint64 answered = QDateTime::currentMSecsSinceEpoch();
            if (r.status == 200) {
                if (sent >= expires)
                    wrong = u"accepted %1 ms after its expiry"_s.arg(sent - expires);
                else if (answered < expires)
                    ++acceptedInLifetime;
            } else if (r.status == 401 && r.errorCode() == u"token_expired") {
                if (answered < expires)
                    wrong = u"refused as expired %1 ms before its expiry"_s.arg(expires - answered);
                else if (sent >= expires)
                    refusedAfterExpiry = true;
            } else {
                wrong = u"answered %1 %2"_s.arg(r.status).arg(r.errorCode());
            }
            return refusedAfterExpiry || !wrong.isEmpty();
        };
        QVERIFY(QTest::qWaitFor(poll, 60000));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QVERIFY(refusedAfterExpiry);
        // Every request sent and answered within the lifetime was checked to be accepted;
        // only a machine too slow to make one in 2 s leaves that side empty.
        if (acceptedInLifetime == 0)
            qWarning("no request fell entirely within the token's lifetime");
    }

    void scopesByRole()
    {
        Http teacher(m_server.url());
        const HttpResult in = teacher.signIn(u"teacher.fr"_s, u"demo1234"_s);
        QCOMPARE(in.status, 200);
        HttpResult r = teacher.get(u"/api/v1/sync"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(u"epoch"_s).toString().isEmpty());
        QStringList names;
        for (const QJsonValue v : r.json.value(u"scopes"_s).toArray())
            names.append(v[u"name"_s].toString());
        // A validated teacher reads their school's too (its eTwinning School label).
        const qint64 me = in.json[u"account"_s][u"id"_s].toInteger();
        const qint64 school =
            teacher.pullScope(u"me"_s).value(u"teacher/%1"_s.arg(me))[u"schoolId"_s].toInteger();
        QVERIFY(school > 0);
        // And their country's (when its school year starts).
        QCOMPARE(names, (QStringList{u"directory"_s, u"me"_s, u"country:FR"_s,
                                     u"school:%1"_s.arg(school)}));

        Http pupil(m_server.url());
        QCOMPARE(pupil.signIn(u"pupil.fr"_s, u"demo1234"_s).status, 200);
        r = pupil.get(u"/api/v1/sync"_s);
        QCOMPARE(r.json.value(u"scopes"_s).toArray().size(), 1);
        r = pupil.get(u"/api/v1/sync/directory"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"forbidden"_s);
        r = teacher.get(u"/api/v1/sync/secrets"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"unknown_scope"_s);
    }

    void badPagingParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit zero") << u"limit=0"_s << u"limit"_s;
        QTest::newRow("limit huge") << u"limit=100000"_s << u"limit"_s;
        QTest::newRow("limit text") << u"limit=many"_s << u"limit"_s;
        QTest::newRow("since text") << u"since=yesterday"_s << u"since"_s;
        QTest::newRow("since negative") << u"since=-5"_s << u"since"_s;
    }

    void badPagingParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
        const HttpResult r = http.get(u"/api/v1/sync/directory?"_s + query);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"validation_failed"_s);
        QVERIFY(!r.json[u"error"_s][u"fields"_s][field][u"message"_s].toString().isEmpty());
    }

    void directoryPagesAreOrderedAndComplete()
    {
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
        qint64 since = 0;
        QSet<QString> seen;
        int teachers = 0, schools = 0, pages = 0;
        for (;;) {
            const HttpResult r = http.get(u"/api/v1/sync/directory?since=%1&limit=97"_s.arg(since));
            QCOMPARE(r.status, 200);
            ++pages;
            const QJsonArray changes = r.json.value(u"changes"_s).toArray();
            QVERIFY(changes.size() <= 97);
            for (const QJsonValue v : changes) {
                const QString key =
                    v[u"type"_s].toString() + u':' + QString::number(v[u"id"_s].toInteger());
                QVERIFY2(!seen.contains(key), qPrintable(u"duplicate "_s + key));
                seen.insert(key);
                QVERIFY(!v[u"deleted"_s].toBool()); // from zero: no tombstones
                if (v[u"type"_s].toString() == u"teacher") {
                    ++teachers;
                    // Only validated teachers looking for partners, never a pupil or a
                    // correspondent.
                    QCOMPARE(v[u"data"_s][u"status"_s].toString(), u"validated"_s);
                    QVERIFY(v[u"data"_s][u"lookingForPartners"_s].toBool());
                    QVERIFY(v[u"id"_s].toInteger() != 3 && v[u"id"_s].toInteger() != 4);
                } else {
                    ++schools;
                }
            }
            const qint64 cursor = r.json.value(u"cursor"_s).toInteger();
            QVERIFY(cursor > since || changes.isEmpty());
            since = cursor;
            if (!r.json.value(u"more"_s).toBool())
                break;
        }
        QVERIFY(pages > 3);
        QVERIFY(teachers > demoSize / 2);
        QVERIFY(teachers <= demoSize + 2);
        QVERIFY(schools >= demoSize / 3);
        // The scope list says how much a pull from a given cursor brings.
        HttpResult listed = http.get(u"/api/v1/sync?directory=0&me=0"_s);
        QCOMPARE(listed.json[u"scopes"_s][0][u"pending"_s].toInteger(), teachers + schools);
        listed = http.get(u"/api/v1/sync?directory=%1"_s.arg(since));
        QCOMPARE(listed.json[u"scopes"_s][0][u"pending"_s].toInteger(), 0);
        QVERIFY(!listed.json[u"scopes"_s][1].toObject().contains(u"pending"_s));
        listed = http.get(u"/api/v1/sync?directory=soon"_s);
        QCOMPARE(listed.status, 422);
        QCOMPARE(listed.json[u"error"_s][u"fields"_s][u"directory"_s][u"code"_s].toString(),
                 u"wrong_type"_s);

        // Nothing new after the last cursor.
        const HttpResult r = http.get(u"/api/v1/sync/directory?since=%1"_s.arg(since));
        QCOMPARE(r.json.value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(r.json.value(u"more"_s).toBool(), false);
        QCOMPARE(r.json.value(u"cursor"_s).toInteger(), since);
    }

    void largeAnswersAreGzipped()
    {
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
        const HttpResult r = http.request("GET", u"/api/v1/sync/directory?limit=100"_s, {},
                                          {{"Accept-Encoding", "gzip"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(r.body.startsWith("\x1f\x8b"));
    }

    void profileMutations()
    {
        Http http(m_server.url());
        const HttpResult signedIn = http.signIn(u"teacher.fr"_s, u"demo1234"_s);
        const qint64 me = signedIn.json[u"account"_s][u"id"_s].toInteger();
        qint64 cursor = 0;
        pullAll(http, u"directory"_s, 0, 1000, &cursor);
        const qint64 v1 = myVersion(http);
        QVERIFY(v1 >= 1);

        // Applied, and visible in the directory after the old cursor.
        const QString id = uuid();
        QJsonObject r = push(http, {profileMutation(me, v1, {{u"bio"_s, u"Nouveau texte"_s}}, id)});
        QCOMPARE(r[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(r[u"version"_s].toInteger(), v1 + 1);
        qint64 after = 0;
        const QJsonArray news = pullAll(http, u"directory"_s, cursor, 100, &after);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news[0][u"data"_s][u"bio"_s].toString(), u"Nouveau texte"_s);

        // A replay answers the same and changes nothing.
        r = push(http, {profileMutation(me, v1, {{u"bio"_s, u"Nouveau texte"_s}}, id)});
        QCOMPARE(r[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(r[u"version"_s].toInteger(), v1 + 1);
        QCOMPARE(myVersion(http), v1 + 1);

        // Stale base on another field merges; on the same field it conflicts.
        r = push(http, {profileMutation(me, v1, {{u"ageMax"_s, 19}})});
        QCOMPARE(r[u"status"_s].toString(), u"applied"_s);
        r = push(http, {profileMutation(me, v1, {{u"bio"_s, u"Autre texte"_s}})});
        QCOMPARE(r[u"status"_s].toString(), u"conflict"_s);
        QCOMPARE(r[u"current"_s][u"bio"_s].toString(), u"Nouveau texte"_s);

        // Validation errors name the field.
        r = push(http, {profileMutation(me, v1 + 2, {{u"ageMin"_s, 1}})});
        QCOMPARE(r[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(r[u"error"_s][u"fields"_s][u"ageMin"_s][u"code"_s].toString(), u"out_of_range"_s);

        // Someone else's profile, a base version from the future, an unknown kind.
        r = push(http, {profileMutation(me + 10, 1, {{u"bio"_s, u"x"_s}})});
        QCOMPARE(r[u"error"_s][u"code"_s].toString(), u"forbidden"_s);
        r = push(http, {profileMutation(me, 999, {{u"bio"_s, u"x"_s}})});
        QCOMPARE(r[u"error"_s][u"code"_s].toString(), u"bad_base_version"_s);
        QJsonObject odd = profileMutation(me, 1, {});
        odd[u"type"_s] = u"spaceship"_s;
        r = push(http, {odd});
        QCOMPARE(r[u"error"_s][u"code"_s].toString(), u"unsupported_mutation"_s);
        r = push(http, {QJsonObject{{u"id"_s, u"nope"_s}}});
        QCOMPARE(r[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(r[u"error"_s][u"fields"_s][u"id"_s][u"code"_s].toString(), u"not_uuid"_s);

        // Leaving the partner search leaves a tombstone in the directory.
        const qint64 v = myVersion(http);
        r = push(http, {profileMutation(me, v, {{u"lookingForPartners"_s, false}})});
        QCOMPARE(r[u"status"_s].toString(), u"applied"_s);
        const QJsonArray gone = pullAll(http, u"directory"_s, after, 100, &after);
        QCOMPARE(gone.size(), 1);
        QVERIFY(gone[0][u"deleted"_s].toBool());
        r = push(http, {profileMutation(me, v + 1, {{u"lookingForPartners"_s, true}})});
        QCOMPARE(r[u"status"_s].toString(), u"applied"_s);
    }

    void mutationBatchShape()
    {
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
        HttpResult r = http.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, u"all"_s}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json[u"error"_s][u"fields"_s][u"mutations"_s][u"code"_s].toString(),
                 u"wrong_type"_s);
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(profileMutation(1, 1, {}));
        r = http.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, tooMany}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.json[u"error"_s][u"fields"_s][u"mutations"_s][u"message"_s].toString().contains(
            u"100"_s));

        Http pupil(m_server.url());
        QCOMPARE(pupil.signIn(u"pupil.fr"_s, u"demo1234"_s).status, 200);
        const QJsonObject result = push(pupil, {profileMutation(4, 1, {{u"bio"_s, u"hi"_s}})});
        QCOMPARE(result[u"error"_s][u"code"_s].toString(), u"forbidden"_s);
    }

    // Runs last among the shared-server tests: it locks correspondent.fr out at 127.0.0.2.
    void failedSignInsAreThrottledPerAccount()
    {
        // Five wrong passwords from one address: that address must wait for this account,
        // even with the right password.
        const QList<RawAnswer> guesses =
            signInsFrom({m_server.port()}, u"127.0.0.2"_s, u"correspondent.fr"_s,
                        {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s});
        QCOMPARE(countStatus(guesses, 401), 5);
        const RawAnswer r =
            signInsFrom({m_server.port()}, u"127.0.0.2"_s, u"correspondent.fr"_s, {u"demo1234"_s})
                .value(0);
        QCOMPARE(r.status, 429);
        QVERIFY(r.body.contains("too_many_attempts"));
        QVERIFY(r.retryAfter > 0);
        // The owner, from their own address, is not locked out by those strangers.
        Http owner(m_server.url());
        QCOMPARE(owner.signIn(u"correspondent.fr"_s, u"demo1234"_s).status, 200);
        // Other accounts are not affected, even from the strangers' address.
        QCOMPARE(signInsFrom({m_server.port()}, u"127.0.0.2"_s, u"teacher.fr"_s, {u"demo1234"_s})
                     .value(0)
                     .status,
                 200);
    }

    // Guesses sent at once are counted before the slow password hash: no more than the
    // limit reach it, however many arrive together (checked before, all of them passed).
    void concurrentGuessesAreCountedBeforeTheHash()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--demo"_s, u"--demo-size"_s, u"10"_s, u"--threads"_s, u"20"_s}));
        QStringList passwords;
        for (int i = 0; i < 20; ++i)
            passwords.append(u"guess %1"_s.arg(i));
        const QList<RawAnswer> answers =
            signInsFrom({server.port()}, u"127.0.0.3"_s, u"teacher.it"_s, passwords);
        QCOMPARE(answers.size(), 20);
        QCOMPARE(countStatus(answers, 401), 5); // the limit per user name and address
        QCOMPARE(countStatus(answers, 429), 15);
    }

    // Strangers guessing from many addresses slow the account down for new addresses, but
    // the owner, from an address they signed in from before, still gets in.
    void strangersCannotLockTheOwnerOut()
    {
        ServerProcess server;
        QVERIFY(server.start(
            {u"--demo"_s, u"--demo-size"_s, u"10"_s, u"--login-failures-per-account"_s, u"12"_s}));
        Http owner(server.url()); // from 127.0.0.1
        QCOMPARE(owner.signIn(u"teacher.de"_s, u"demo1234"_s).status, 200);
        const QStringList five{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        QCOMPARE(
            countStatus(signInsFrom({server.port()}, u"127.0.0.4"_s, u"teacher.de"_s, five), 401),
            5);
        QCOMPARE(
            countStatus(signInsFrom({server.port()}, u"127.0.0.5"_s, u"teacher.de"_s, five), 401),
            5);
        // Twelve failures for the account in all: the third address gets two, then waits.
        const QList<RawAnswer> third =
            signInsFrom({server.port()}, u"127.0.0.6"_s, u"teacher.de"_s, five);
        QCOMPARE(countStatus(third, 401), 2);
        QCOMPARE(countStatus(third, 429), 3);
        for (const RawAnswer &a : third)
            QVERIFY(a.status != 429 || a.retryAfter > 0);
        // A new address waits even with the right password: it is not known for the account.
        const RawAnswer fresh =
            signInsFrom({server.port()}, u"127.0.0.7"_s, u"teacher.de"_s, {u"demo1234"_s}).value(0);
        QCOMPARE(fresh.status, 429);
        QVERIFY(fresh.retryAfter > 0);
        // The owner, from where they signed in before, gets in.
        QCOMPARE(owner.signIn(u"teacher.de"_s, u"demo1234"_s).status, 200);
        // Their own pair is still limited: five wrong passwords, and they wait too.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(owner.signIn(u"teacher.de"_s, u"wrong"_s).status, 401);
        QCOMPARE(owner.signIn(u"teacher.de"_s, u"demo1234"_s).status, 429);
    }

    void failedSignInsAreThrottledPerAddress()
    {
        ServerProcess server;
        QVERIFY(server.start(
            {u"--demo"_s, u"--demo-size"_s, u"10"_s, u"--login-failures-per-address"_s, u"20"_s}));
        Http http(server.url());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(http.signIn(u"guess%1"_s.arg(i), u"wrong"_s).status, 401);
        const HttpResult r = http.signIn(u"teacher.fr"_s, u"demo1234"_s);
        QCOMPARE(r.status, 429);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
