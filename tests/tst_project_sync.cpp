// SPDX-License-Identifier: GPL-3.0-or-later
// Projects through the client core against the real server: a registration drafted and
// submitted offline arrives once online; the partner accepts; both national services approve
// (through the API); both clients see it active; edits merge or conflict; a removed partner's
// copy goes.
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "net/api_client.h"
#include "session/account_session.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "sync/sync_controller.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestProjectSync : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    QHash<QString, SignInReply> m_accounts;
    qint64 m_projectId = 0; // the project registered by the first test, active since

    std::unique_ptr<AccountSession> session(const QString &user)
    {
        const SignInReply &in = m_accounts[user];
        auto s = std::make_unique<AccountSession>(
            m_server.url(), in.account, m_home.path() + u"/"_s + user + u".sqlite"_s, nullptr);
        if (!s->open().ok())
            return nullptr;
        return s;
    }

    static bool synced(AccountSession &s, int timeoutMs = 60000)
    {
        return syncedUpToDate(*s.sync(), timeoutMs);
    }

    QJsonObject decide(const QString &correspondent, qint64 projectId)
    {
        Http http(m_server.url());
        http.signIn(correspondent, u"demo1234"_s);
        const HttpResult r = http.postJson(
            u"/api/v1/mutations"_s,
            {{u"mutations"_s,
              QJsonArray{QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"type"_s, u"project_decision"_s},
                                     {u"op"_s, u"create"_s},
                                     {u"entityId"_s, projectId},
                                     {u"data"_s, QJsonObject{{u"decision"_s, u"approve"_s}}}}}}});
        return r.json[u"results"_s][0].toObject();
    }

    static QJsonObject form()
    {
        return {{u"kind"_s, u"european"_s},
                {u"title"_s, u"Les fleuves d'Europe"_s},
                {u"summary"_s, u"Nos élèves comparent les fleuves de leurs villes."_s},
                {u"subjects"_s, QJsonArray{u"geography"_s}},
                {u"languages"_s, QJsonArray{u"en"_s, u"fr"_s}},
                {u"ageMin"_s, 10},
                {u"ageMax"_s, 12},
                {u"durationMonths"_s, 6},
                {u"aims"_s, u"Comprendre le cycle de l'eau."_s}};
    }

    // A registration of about 42 KB in UTF-8: every long field at its longest, in Greek.
    static QJsonObject longForm(const QString &title)
    {
        QJsonObject f = form();
        f.insert(u"title"_s, title);
        const QString text = QString(u"Ο κύκλος του νερού. "_s).repeated(250).left(5000);
        for (const QString &field :
             {u"description"_s, u"aims"_s, u"workProcess"_s, u"expectedResults"_s})
            f.insert(field, text);
        f.insert(u"summary"_s, text.left(1000));
        return f;
    }

    static QJsonObject serverProject(Http &http, qint64 id)
    {
        QJsonObject held;
        const HttpResult r = http.get(u"/api/v1/sync/project:%1?since=0&limit=1000"_s.arg(id));
        for (const QJsonValue c : r.json[u"changes"_s].toArray())
            if (c[u"type"_s].toString() == u"project")
                held = c[u"data"_s].toObject();
        return held;
    }

    // The titles of the projects the server lists for `user`.
    QStringList serverProjectTitles(const QString &user)
    {
        Http http(m_server.url());
        http.signIn(user, u"demo1234"_s);
        QStringList titles;
        for (const QJsonValue s : http.get(u"/api/v1/sync"_s).json[u"scopes"_s].toArray()) {
            const QString name = s[u"name"_s].toString();
            if (name.startsWith(u"project:"))
                titles.append(serverProject(http, name.mid(8).toLongLong())[u"title"_s].toString());
        }
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s}),
                 qPrintable(m_server.lastOutput()));
        for (const QString &user : {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s}) {
            ApiClient api;
            api.setServer(m_server.url());
            std::optional<Result<SignInReply>> r;
            api.signIn(user, u"demo1234"_s, [&](const Result<SignInReply> &x) { r = x; });
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 30000);
            QVERIFY(r->ok());
            m_accounts.insert(user, r->value());
        }
    }

    // A test that changed the server's settings leaves it as the others expect it.
    void cleanup()
    {
        if (m_server.lastArguments().contains(u"--max-body-bytes"_s))
            QVERIFY(m_server.restart());
    }

    void registeredOfflineThenApprovedAndActiveOnBothClients()
    {
        const qint64 itId = m_accounts[u"teacher.it"_s].account.id;
        auto fr = session(u"teacher.fr"_s);
        QVERIFY(fr);
        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        QVERIFY(synced(*fr));

        // The network goes; the teacher drafts, leaves, comes back, submits.
        m_server.stop();
        QJsonObject typed = form();
        typed.remove(u"aims"_s);
        typed.insert(u"title"_s, u"Le"_s);
        const QString draftId = fr->saveDraft({}, typed);
        QVERIFY(!draftId.isEmpty());
        const auto incomplete = fr->submitDraft(draftId);
        QVERIFY(!incomplete.ok());
        QCOMPARE(incomplete.error().fields.value(u"title"_s).code, u"too_short"_s);
        QCOMPARE(incomplete.error().fields.value(u"aims"_s).code, u"required"_s);
        QCOMPARE(fr->pendingEdits().size(), 0); // nothing queued, everything kept
        QCOMPARE(fr->drafts().first().form[u"title"_s].toString(), u"Le"_s);

        QJsonObject complete = form();
        complete.insert(u"invitations"_s,
                        QJsonArray{QJsonObject{{u"accountId"_s, itId},
                                               {u"role"_s, u"founder"_s},
                                               {u"displayName"_s, u"Giulia Rossi"_s}}});
        QCOMPARE(fr->saveDraft(draftId, complete), draftId);
        QVERIFY(fr->submitDraft(draftId).ok());
        QCOMPARE(fr->pendingEdits().size(), 1);
        QCOMPARE(fr->drafts().first().state, u"submitted"_s);
        QVERIFY(fr->myProjects().isEmpty());

        // Back online: registered once, and the draft gives way to the project.
        QVERIFY(m_server.restart());
        QVERIFY(synced(*fr, 120000));
        QCOMPARE(fr->myProjects().size(), 1);
        const Project registered = fr->myProjects().first();
        QCOMPARE(registered.title, u"Les fleuves d'Europe"_s);
        QCOMPARE(registered.status, u"waiting_partners"_s);
        QVERIFY(fr->drafts().isEmpty());
        QCOMPARE(fr->pendingEdits().size(), 0);

        // The Italian founder sees the invitation and accepts (queued, then sent).
        auto it = session(u"teacher.it"_s);
        QVERIFY(it);
        it->setToken(m_accounts[u"teacher.it"_s].token);
        QVERIFY(synced(*it));
        QCOMPARE(it->invitations().size(), 1);
        QCOMPARE(it->invitations().first().title, u"Les fleuves d'Europe"_s);
        QCOMPARE(it->invitations().first().founders.first(),
                 u"Émilie Durand (%1, FR)"_s.arg(registered.members.first().schoolName));
        QVERIFY(it->myProjects().isEmpty());
        QVERIFY(it->answerInvitation(registered.id, true).ok());
        QVERIFY(it->invitations().isEmpty()); // answered here, even before it is sent
        QVERIFY(synced(*it));
        QCOMPARE(it->myProjects().size(), 1);
        QCOMPARE(it->myProjects().first().status, u"waiting_approval"_s);

        // Both national services approve through the API: active on both clients.
        QCOMPARE(decide(u"correspondent.fr"_s, registered.id)[u"status"_s].toString(),
                 u"applied"_s);
        QCOMPARE(decide(u"correspondent.it"_s, registered.id)[u"status"_s].toString(),
                 u"applied"_s);
        QVERIFY(synced(*fr));
        QVERIFY(synced(*it));
        QCOMPARE(fr->project(registered.id)->status, u"active"_s);
        QCOMPARE(it->project(registered.id)->status, u"active"_s);
        QCOMPARE(it->project(registered.id)->decisions.size(), 2);
        m_projectId = registered.id;
    }

    void editsMergeByFieldAndConflictsAreKept()
    {
        auto fr = session(u"teacher.fr"_s);
        auto it = session(u"teacher.it"_s);
        QVERIFY(fr && it);
        const qint64 id = fr->myProjects().first().id;
        // Both edit offline (no token yet): different fields, then the same field.
        QVERIFY(fr->editProject(id, {{u"durationMonths"_s, 9}}).ok());
        QVERIFY(
            it->editProject(id, {{u"summary"_s, u"I nostri alunni confrontano i fiumi."_s}}).ok());
        const auto invalid = it->editProject(id, {{u"ageMin"_s, 2}});
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().fields.value(u"ageMin"_s).code, u"out_of_range"_s);
        QCOMPARE(it->project(id)->summary, u"I nostri alunni confrontano i fiumi."_s);
        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        it->setToken(m_accounts[u"teacher.it"_s].token);
        QVERIFY(synced(*fr));
        QVERIFY(synced(*it));
        QVERIFY(synced(*fr));
        for (AccountSession *s : {fr.get(), it.get()}) {
            QCOMPARE(s->project(id)->durationMonths, 9);
            QCOMPARE(s->project(id)->summary, u"I nostri alunni confrontano i fiumi."_s);
        }

        // The same field on both sides: the second to arrive is a conflict, kept with both.
        // (Fresh sessions without a token: edits stay here until each one is given it.)
        fr.reset();
        it.reset();
        fr = session(u"teacher.fr"_s);
        it = session(u"teacher.it"_s);
        QVERIFY(fr->editProject(id, {{u"title"_s, u"Fleuves d'Europe"_s}}).ok());
        QVERIFY(it->editProject(id, {{u"title"_s, u"Fiumi d'Europa"_s}}).ok());
        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        QVERIFY(synced(*fr));
        it->setToken(m_accounts[u"teacher.it"_s].token);
        QTRY_VERIFY_WITH_TIMEOUT(it->issues().size() == 1, 60000);
        const me_store::Issue issue = it->issues().first();
        QCOMPARE(issue.kind, u"conflict"_s);
        QCOMPARE(issue.type, u"project"_s);
        QCOMPARE(issue.data[u"title"_s].toString(), u"Fiumi d'Europa"_s);    // what was typed
        QCOMPARE(issue.error[u"title"_s].toString(), u"Fleuves d'Europe"_s); // the server's
        QVERIFY(synced(*it));
        QCOMPARE(it->project(id)->title, u"Fleuves d'Europe"_s);
    }

    void removedPartnerLosesTheProject()
    {
        auto fr = session(u"teacher.fr"_s);
        auto de = session(u"teacher.de"_s);
        QVERIFY(fr && de);
        const qint64 id = fr->myProjects().first().id;
        const qint64 deId = m_accounts[u"teacher.de"_s].account.id;
        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        de->setToken(m_accounts[u"teacher.de"_s].token);
        QVERIFY(fr->invite(id, deId, u"partner"_s).ok());
        // Shown at once, with the invitee as the directory knows her, before it is sent.
        const std::optional<Project> shown = fr->project(id); // member() points into it
        QVERIFY(shown);
        const ProjectMember *invited = shown->member(deId);
        QVERIFY(invited);
        QCOMPARE(invited->state, u"invited"_s);
        QCOMPARE(invited->displayName, u"Anna Schmidt"_s);
        QCOMPARE(invited->country, u"DE"_s);
        QVERIFY(synced(*fr));
        QVERIFY(synced(*de));
        QCOMPARE(de->invitations().size(), 1);
        // A partner cannot edit the form: said at once, nothing queued.
        QVERIFY(de->answerInvitation(id, true).ok());
        QVERIFY(synced(*de));
        QCOMPARE(de->myProjects().size(), 1);
        QCOMPARE(de->editProject(id, {{u"title"_s, u"Flüsse"_s}}).error().code, u"forbidden"_s);

        QVERIFY(fr->removePartner(id, deId).ok());
        QCOMPARE(fr->project(id)->member(deId)->state, u"removed"_s);
        QVERIFY(synced(*fr));
        QVERIFY(synced(*de));
        QVERIFY(de->myProjects().isEmpty());
        QVERIFY(!de->project(id).has_value());
    }

    // Fifty long registrations (Greek text: two bytes a letter) are more than the server takes
    // in one request: the rounds are cut to fit, and every one arrives once.
    void manyLargeRegistrationsAllArrive()
    {
        auto fr = session(u"teacher.fr"_s);
        QVERIFY(fr);
        const int before = int(fr->myProjects().size());
        for (int i = 0; i < 50; ++i) {
            const QString id = fr->saveDraft({}, longForm(u"Ποτάμια %1"_s.arg(i)));
            QVERIFY(fr->submitDraft(id).ok());
        }
        QCOMPARE(fr->pendingEdits().size(), 50);
        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        QVERIFY(synced(*fr, 180000));
        QVERIFY(fr->issues().isEmpty());
        QCOMPARE(fr->myProjects().size(), before + 50);
        QCOMPARE(serverProjectTitles(u"teacher.fr"_s).filter(u"Ποτάμια"_s).size(), 50);
    }

    // On a server that takes smaller bodies, one registration is too large for any round: it
    // goes back to its draft, explained, and the edits behind it still leave.
    void aMutationTooLargeForTheServerComesBack()
    {
        QVERIFY(m_server.restart({u"--max-body-bytes"_s, u"32768"_s}));
        auto fr = session(u"teacher.fr"_s);
        QVERIFY(fr);
        const QString draft = fr->saveDraft({}, longForm(u"Πολύ μεγάλο"_s));
        QVERIFY(fr->submitDraft(draft).ok());
        QVERIFY(fr->editProfile({{u"bio"_s, u"Envoyée malgré tout"_s}}).ok());
        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        QVERIFY(synced(*fr));
        QCOMPARE(fr->issues().size(), 1);
        const me_store::Issue issue = fr->issues().first();
        QCOMPARE(issue.error[u"code"_s].toString(), u"too_large"_s);
        QVERIFY(issue.error[u"message"_s].toString().contains(u"KB"_s));
        QCOMPARE(issue.data[u"title"_s].toString(), u"Πολύ μεγάλο"_s);
        // Everything typed is still in the draft, to shorten and send again.
        QCOMPARE(fr->drafts().size(), 1);
        QCOMPARE(fr->drafts().first().state, u"editing"_s);
        QCOMPARE(fr->drafts().first().form[u"aims"_s].toString(),
                 longForm({})[u"aims"_s].toString());
        QCOMPARE(fr->myProfile()->bio, u"Envoyée malgré tout"_s);
        Http http(m_server.url());
        http.signIn(u"teacher.fr"_s, u"demo1234"_s);
        QString serverBio;
        for (const QJsonValue c :
             http.get(u"/api/v1/sync/me?since=0"_s).json[u"changes"_s].toArray())
            if (c[u"type"_s].toString() == u"teacher")
                serverBio = c[u"data"_s][u"bio"_s].toString();
        QCOMPARE(serverBio, u"Envoyée malgré tout"_s);
        QVERIFY(!serverProjectTitles(u"teacher.fr"_s).contains(u"Πολύ μεγάλο"_s));
        QVERIFY(fr->deleteDraft(draft));
    }

    // A small edit refused as too large (a limit lower than any a round is cut to, as a proxy
    // in front may set) is tried again a few times, then comes back explained instead of
    // being sent for ever; the edits behind it still leave.
    void aSmallEditRefusedAgainAndAgainComesBack()
    {
        QVERIFY(m_server.restart({u"--max-body-bytes"_s, u"4096"_s}));
        auto fr = session(u"teacher.fr"_s);
        QVERIFY(fr);
        QJsonObject small = form();
        small.insert(u"title"_s, u"Un peu trop long"_s);
        small.insert(u"description"_s, QString(u"Les rivières de nos villes. "_s).repeated(150));
        const QString draft = fr->saveDraft({}, small);
        QVERIFY(fr->submitDraft(draft).ok());
        QVERIFY(fr->editProfile({{u"bio"_s, u"Partie quand même"_s}}).ok());
        QCOMPARE(fr->pendingEdits().size(), 2);
        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        QVERIFY(synced(*fr));
        QList<me_store::Issue> issues;
        for (const me_store::Issue &issue : fr->issues())
            if (issue.data[u"title"_s].toString() == u"Un peu trop long"_s)
                issues.append(issue);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().error[u"code"_s].toString(), u"too_large"_s);
        bool kept = false;
        for (const auto &d : fr->drafts())
            kept = kept || (d.localId == draft && d.state == u"editing"_s &&
                            d.form[u"description"_s].toString() == small[u"description"_s]);
        QVERIFY(kept);
        QCOMPARE(fr->myProfile()->bio, u"Partie quand même"_s);
        QVERIFY(fr->pendingEdits().isEmpty());
        QVERIFY(!serverProjectTitles(u"teacher.fr"_s).contains(u"Un peu trop long"_s));
        QVERIFY(fr->deleteDraft(draft));
    }

    // Offline, an edit, the closing, and another edit: the server sees them in that order. The
    // first lands, the project closes, the last is refused and kept for the teacher.
    void anEditAfterClosingDoesNotOvertakeIt()
    {
        auto fr = session(u"teacher.fr"_s);
        QVERIFY(fr);
        const qint64 id = m_projectId;
        QVERIFY(fr->editProject(id, {{u"title"_s, u"Avant la clôture"_s}}).ok());
        QVERIFY(fr->closeProject(id).ok());
        QVERIFY(fr->editProject(id, {{u"title"_s, u"Après la clôture"_s}}).ok());
        QCOMPARE(fr->pendingEdits().size(), 3);
        fr->setToken(m_accounts[u"teacher.fr"_s].token);
        QVERIFY(synced(*fr));
        Http http(m_server.url());
        http.signIn(u"teacher.fr"_s, u"demo1234"_s);
        const QJsonObject held = serverProject(http, id);
        QCOMPARE(held[u"title"_s].toString(), u"Avant la clôture"_s);
        QCOMPARE(held[u"status"_s].toString(), u"archived"_s);
        QList<me_store::Issue> issues;
        for (const me_store::Issue &issue : fr->issues())
            if (issue.entityId == id)
                issues.append(issue);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().data[u"title"_s].toString(), u"Après la clôture"_s);
        QCOMPARE(issues.first().error[u"code"_s].toString(), u"project_closed"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectSync)
#include "tst_project_sync.moc"
