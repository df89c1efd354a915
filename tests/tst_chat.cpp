// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace chat on the real server: messages for the project's active members only (an
// outsider learns nothing, a closed room is read-only), checked sizes, a flooding account
// slowed and nobody else, and the live channel: a WebSocket on /api/v1/live, for a signed-in
// account only, that names each of its scopes as soon as a change to it commits — and never a
// scope it may not read.
#include "demo_project.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
constexpr int perMinute = 20;

QJsonObject message(qint64 projectId, const QString &text, qint64 localId = -1)
{
    return {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"type"_s, u"chat_message"_s},
            {u"op"_s, u"create"_s},
            {u"entityId"_s, localId},
            {u"data"_s, QJsonObject{{u"projectId"_s, projectId}, {u"text"_s, text}}}};
}

// A live connection of one account, collecting the scopes it is told about.
class Listener
{
public:
    Listener(const QUrl &server, const QString &token)
    {
        QUrl url = server;
        url.setScheme(u"ws"_s);
        url.setPath(u"/api/v1/live"_s);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            for (const QJsonValue v :
                 QJsonDocument::fromJson(text.toUtf8()).object()[u"changed"_s].toArray())
                heard.append(v.toString());
        });
        socket.open(request);
    }
    bool connected()
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               10000);
    }
    bool hears(const QString &scope)
    {
        return QTest::qWaitFor([&] { return heard.contains(scope); }, 10000);
    }
    QWebSocket socket;
    QStringList heard;
};

// The status line a raw upgrade request gets, and the body after it.
QByteArray upgradeAnswer(quint16 port, const QString &path, const QByteArray &token)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    QByteArray request = "GET " + path.toUtf8() +
                         " HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    s.write(request + "\r\n");
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && !answer.contains("\r\n\r\n") &&
           s.state() == QAbstractSocket::ConnectedState)
        if (s.waitForReadyRead(200))
            answer += s.readAll();
    answer += s.readAll();
    return answer;
}
} // namespace

class TestChat : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    DemoAccounts m_demo;
    qint64 m_project = 0;

    HttpResult push(const QString &user, const QJsonArray &mutations)
    {
        return m_demo.as(user).postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, mutations}});
    }
    QJsonObject send(const QString &user, const QString &text, qint64 project = 0)
    {
        const HttpResult r = push(user, {message(project ? project : m_project, text)});
        return r.json[u"results"_s][0].toObject();
    }
    static QString code(const QJsonObject &r) { return r[u"error"_s][u"code"_s].toString(); }
    // The room's messages as a member pulls them, in id order.
    QList<QJsonObject> room(const QString &user, qint64 project = 0)
    {
        QList<QJsonObject> out;
        const auto scope =
            m_demo.as(user).pullScope(u"project:%1"_s.arg(project ? project : m_project));
        for (auto it = scope.cbegin(); it != scope.cend(); ++it)
            if (it.key().startsWith(u"chat_message/"))
                out.append(it.value());
        std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a[u"id"_s].toInteger() < b[u"id"_s].toInteger();
        });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"200"_s,
                                 u"--chat-messages-per-minute"_s, QString::number(perMinute)}),
                 qPrintable(m_server.lastOutput()));
        QVERIFY(m_demo.signIn(m_server.url(),
                              {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s, u"teacher2.fr"_s,
                               u"correspondent.fr"_s, u"correspondent.it"_s}));
        m_project = m_demo.activeProject(u"Chat between classes"_s);
        QVERIFY(m_project > 0);
    }

    void membersTalkInOrder()
    {
        const QJsonObject a = send(u"teacher.fr"_s, u"Bonjour la classe de Turin !"_s);
        QCOMPARE(a[u"status"_s].toString(), u"applied"_s);
        const QJsonObject b = send(u"teacher.it"_s, u"Ciao Lyon! 👋"_s);
        QCOMPARE(b[u"status"_s].toString(), u"applied"_s);
        QVERIFY(b[u"entityId"_s].toInteger() > a[u"entityId"_s].toInteger());
        const auto messages = room(u"teacher.de"_s);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0][u"text"_s].toString(), u"Bonjour la classe de Turin !"_s);
        QCOMPARE(messages[0][u"authorId"_s].toInteger(), m_demo.id(u"teacher.fr"_s));
        QCOMPARE(messages[0][u"authorName"_s].toString(), u"Émilie Durand"_s);
        QVERIFY(messages[0][u"createdAt"_s].toInteger() > 0);
        QCOMPARE(messages[1][u"text"_s].toString(), u"Ciao Lyon! 👋"_s);
    }

    void aLostAnswerIsNotADuplicate()
    {
        // The same mutation id again (its answer was lost): answered the same, written once.
        const QJsonObject m = message(m_project, u"Only once"_s);
        const HttpResult first = push(u"teacher.fr"_s, {m});
        const HttpResult again = push(u"teacher.fr"_s, {m});
        QCOMPARE(again.json[u"results"_s][0][u"entityId"_s].toInteger(),
                 first.json[u"results"_s][0][u"entityId"_s].toInteger());
        int copies = 0;
        for (const QJsonObject &o : room(u"teacher.it"_s))
            copies += o[u"text"_s].toString() == u"Only once" ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void badMessagesNameTheField()
    {
        QJsonObject r = send(u"teacher.fr"_s, u"   "_s);
        QCOMPARE(code(r), u"validation_failed"_s);
        QCOMPARE(r[u"error"_s][u"fields"_s].toObject().keys(), QStringList{u"text"_s});
        r = send(u"teacher.fr"_s, QString(2001, u'x'));
        QCOMPARE(code(r), u"validation_failed"_s);
        QCOMPARE(r[u"error"_s][u"fields"_s][u"text"_s][u"code"_s].toString(), u"too_long"_s);
        QCOMPARE(send(u"teacher.fr"_s, QString(2000, u'x'))[u"status"_s].toString(), u"applied"_s);
    }

    void outsidersAndClosedRooms()
    {
        // Someone outside the project is told nothing exists, and reads nothing.
        QCOMPARE(code(send(u"teacher2.fr"_s, u"Hello?"_s)), u"not_found"_s);
        int status = 0;
        m_demo.as(u"teacher2.fr"_s).pullScope(u"project:%1"_s.arg(m_project), &status);
        QCOMPARE(status, 404);
        // A closed project's room keeps its history and takes no more.
        const qint64 closed = m_demo.activeProject(u"A finished exchange"_s);
        QCOMPARE(send(u"teacher.it"_s, u"Last words"_s, closed)[u"status"_s].toString(),
                 u"applied"_s);
        QVERIFY(m_demo.archive(closed));
        QCOMPARE(code(send(u"teacher.it"_s, u"One more"_s, closed)), u"project_closed"_s);
        QCOMPARE(room(u"teacher.de"_s, closed).size(), 1);
    }

    // A project waiting for its approvals has no room yet (said so to its members, nothing to
    // others); a partner removed from a project is an outsider again.
    void aWaitingProjectHasNoRoomAndARemovedMemberLeavesIt()
    {
        const QJsonObject form = DemoAccounts::projectForm(
            u"Not approved yet"_s,
            QJsonArray{QJsonObject{{u"accountId"_s, m_demo.id(u"teacher.it"_s)},
                                   {u"role"_s, u"founder"_s}}});
        const qint64 waiting =
            m_demo.mutate(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, form)[u"entityId"_s]
                .toInteger();
        QVERIFY(waiting > 0);
        QCOMPARE(code(send(u"teacher.fr"_s, u"Too early"_s, waiting)), u"invalid_state"_s);
        QCOMPARE(code(send(u"teacher2.fr"_s, u"Hello?"_s, waiting)), u"not_found"_s);

        // teacher2.fr joins as a partner, writes, and is removed (teacher.de floods below).
        const qint64 project = m_demo.activeProject(u"With a partner who leaves"_s);
        QVERIFY(project > 0);
        const qint64 partner = m_demo.id(u"teacher2.fr"_s);
        auto applied = [&](const QString &user, const QString &type, const QString &op,
                           const QJsonObject &data) {
            return m_demo.mutate(user, type, op, project, data)[u"status"_s].toString() ==
                   u"applied"_s;
        };
        QVERIFY(applied(u"teacher.fr"_s, u"project_invitation"_s, u"create"_s,
                        {{u"accountId"_s, partner}, {u"role"_s, u"partner"_s}}));
        QVERIFY(applied(u"teacher2.fr"_s, u"project_invitation"_s, u"update"_s,
                        {{u"response"_s, u"accept"_s}}));
        QCOMPARE(send(u"teacher2.fr"_s, u"Bonjour à tous !"_s, project)[u"status"_s].toString(),
                 u"applied"_s);
        QVERIFY(applied(u"teacher.fr"_s, u"project_member"_s, u"delete"_s,
                        {{u"accountId"_s, partner}}));
        QCOMPARE(code(send(u"teacher2.fr"_s, u"Encore là ?"_s, project)), u"not_found"_s);
        int status = 0;
        m_demo.as(u"teacher2.fr"_s).pullScope(u"project:%1"_s.arg(project), &status);
        QCOMPARE(status, 404);
        // What she wrote while a member stays in the room for the others.
        const auto messages = room(u"teacher.it"_s, project);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first()[u"text"_s].toString(), u"Bonjour à tous !"_s);
    }

    void aFloodingAccountIsSlowedAndNobodyElse()
    {
        const qint64 project = m_demo.activeProject(u"Flood"_s);
        QJsonArray flood;
        for (int i = 0; i < perMinute + 5; ++i)
            flood.append(message(project, u"Spam %1"_s.arg(i), -100 - i));
        const HttpResult r = push(u"teacher.de"_s, flood);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), u"too_many_messages"_s);
        const int wait = r.header("Retry-After").toInt();
        QVERIFY2(wait >= 1 && wait <= 60, r.header("Retry-After"));
        // Those within the limit were taken, in order; nothing after.
        const auto taken = room(u"teacher.fr"_s, project);
        QCOMPARE(taken.size(), perMinute);
        QCOMPARE(taken.last()[u"text"_s].toString(), u"Spam %1"_s.arg(perMinute - 1));
        // The others in the room are not slowed.
        QCOMPARE(send(u"teacher.it"_s, u"Calm down, please."_s, project)[u"status"_s].toString(),
                 u"applied"_s);
    }

    void theLiveChannelIsForSignedInAccountsOnly()
    {
        QByteArray answer = upgradeAnswer(m_server.port(), u"/api/v1/live"_s, {});
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        QVERIFY2(answer.contains("\"code\":\"unauthorized\""), answer.constData());
        answer = upgradeAnswer(m_server.port(), u"/api/v1/live"_s, "not-a-token");
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        answer = upgradeAnswer(m_server.port(), u"/api/v1/sync"_s,
                               m_demo.as(u"teacher.fr"_s).token().toUtf8());
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        answer = upgradeAnswer(m_server.port(), u"/api/v1/live"_s,
                               m_demo.as(u"teacher.fr"_s).token().toUtf8());
        QVERIFY2(answer.startsWith("HTTP/1.1 101"), answer.constData());
        // The server still answers ordinary requests afterwards.
        QCOMPARE(m_demo.as(u"teacher.fr"_s).get(u"/api/v1/sync"_s).status, 200);
    }

    void liveHintsNameChangedScopesToTheirReadersOnly()
    {
        Listener member(m_server.url(), m_demo.as(u"teacher.de"_s).token());
        Listener outsider(m_server.url(), m_demo.as(u"teacher2.fr"_s).token());
        QVERIFY(member.connected());
        QVERIFY(outsider.connected());
        const QString scope = u"project:%1"_s.arg(m_project);
        QCOMPARE(send(u"teacher.it"_s, u"Live!"_s)[u"status"_s].toString(), u"applied"_s);
        QVERIFY2(member.hears(scope), qPrintable(member.heard.join(u',')));
        // The outsider's own scope changes after (an invitation elsewhere): it hears that, and
        // never heard the project.
        const qint64 other = m_demo.activeProject(u"Another room"_s);
        QCOMPARE(m_demo
                     .mutate(u"teacher.fr"_s, u"project_invitation"_s, u"create"_s, other,
                             {{u"accountId"_s, m_demo.id(u"teacher2.fr"_s)},
                              {u"role"_s, u"partner"_s}})[u"status"_s]
                     .toString(),
                 u"applied"_s);
        QVERIFY2(outsider.hears(u"me"_s), qPrintable(outsider.heard.join(u',')));
        QVERIFY(!outsider.heard.contains(scope));
        QVERIFY(!outsider.heard.contains(u"project:%1"_s.arg(m_project)));
    }

    void aNewMemberHearsTheirNewProject()
    {
        // Subscriptions follow memberships: an invitation accepted while connected.
        Listener partner(m_server.url(), m_demo.as(u"teacher2.fr"_s).token());
        QVERIFY(partner.connected());
        const qint64 project = m_demo.activeProject(u"Joined live"_s);
        QVERIFY(project > 0);
        const QJsonObject invited = m_demo.mutate(
            u"teacher.fr"_s, u"project_invitation"_s, u"create"_s, project,
            {{u"accountId"_s, m_demo.id(u"teacher2.fr"_s)}, {u"role"_s, u"partner"_s}});
        QCOMPARE(invited[u"status"_s].toString(), u"applied"_s);
        QVERIFY(partner.hears(u"me"_s));
        QCOMPARE(m_demo
                     .mutate(u"teacher2.fr"_s, u"project_invitation"_s, u"update"_s, project,
                             {{u"response"_s, u"accept"_s}})[u"status"_s]
                     .toString(),
                 u"applied"_s);
        partner.heard.clear();
        QCOMPARE(send(u"teacher.it"_s, u"Welcome!"_s, project)[u"status"_s].toString(),
                 u"applied"_s);
        QVERIFY2(partner.hears(u"project:%1"_s.arg(project)), qPrintable(partner.heard.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestChat)
#include "tst_chat.moc"
