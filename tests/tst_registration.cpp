// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher creates their account against the real server: every field checked with its code,
// a weak password and a taken e-mail refused, a new school with its region, the address's
// limit, the school lookup (folded); the account waits (signs in, not in the directory, cannot
// register a project nor be invited) until correspondent.fr validates it, then another client's
// directory has the teacher after its next sync; a change of school asks again.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "domain/text_fold.h"
#include "session/account_session.h"
#include "store/directory_store.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"

#include <QJsonArray>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
const QString strongPassword = u"Les rivières de Bourgogne en automne"_s;
}

class TestRegistration : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    qint64 m_lycee = 0;   // a French school the lookup finds
    qint64 m_college = 0; // another one, to move to
    qint64 m_italian = 0; // a school of another country

    HttpResult create(const QJsonObject &form, ServerProcess *server = nullptr)
    {
        Http http((server ? server : &m_server)->url());
        return http.postJson(u"/api/v1/accounts"_s, form);
    }

    QJsonObject form(const QString &email, const QString &name = u"Camille Martin"_s) const
    {
        return {{u"email"_s, email},
                {u"password"_s, strongPassword},
                {u"displayName"_s, name},
                {u"country"_s, u"FR"_s},
                {u"schoolId"_s, m_lycee},
                {u"schoolRole"_s, u"teacher"_s},
                {u"subjects"_s, QJsonArray{u"history"_s, u"geography"_s}},
                {u"languages"_s, QJsonArray{u"fr"_s, u"en"_s}},
                {u"ageMin"_s, 11},
                {u"ageMax"_s, 15}};
    }

    static QJsonObject newSchool(const QString &region)
    {
        return {{u"name"_s, u"École du Moulin"_s},
                {u"city"_s, u"Créteil"_s},
                {u"address"_s, u"3 rue du Moulin, 94000 Créteil"_s},
                {u"type"_s, u"primary"_s},
                {u"region"_s, region}};
    }

    QJsonArray lookUp(const QString &country, const QString &text, int *status = nullptr)
    {
        Http http(m_server.url());
        const HttpResult r = http.get(u"/api/v1/schools?country=%1&q=%2"_s.arg(
            country, QString::fromLatin1(QUrl::toPercentEncoding(text))));
        if (status)
            *status = r.status;
        return r.json[u"schools"_s].toArray();
    }

    static QJsonObject mutate(Http &http, const QString &type, const QString &op, qint64 entityId,
                              const QJsonObject &data, qint64 baseVersion = 0)
    {
        return http.mutate(type, op, entityId, data, baseVersion);
    }

    std::unique_ptr<AccountSession> session(const SignInReply &in, const QString &file)
    {
        auto s = std::make_unique<AccountSession>(m_server.url(), in.account,
                                                  m_home.path() + u'/' + file, nullptr);
        if (!s->open().ok())
            return nullptr;
        s->setToken(in.token);
        return s;
    }

    // The registration correspondent.fr's review scope holds for `id`.
    QJsonObject reviewed(qint64 id)
    {
        Http http(m_server.url());
        if (http.signIn(u"correspondent.fr"_s, u"demo1234"_s).status != 200)
            return {};
        return http.pullScope(u"review:FR"_s).value(u"registration/%1"_s.arg(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Enough French schools for a lookup to stop at its 20.
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"1500"_s,
                                 u"--account-creations-per-hour"_s, u"100"_s}),
                 qPrintable(m_server.lastOutput()));
        const QJsonArray lycees = lookUp(u"FR"_s, u"lycee"_s);
        const QJsonArray colleges = lookUp(u"FR"_s, u"college"_s);
        const QJsonArray italian = lookUp(u"IT"_s, QString());
        QVERIFY(!lycees.isEmpty() && !colleges.isEmpty() && !italian.isEmpty());
        m_lycee = lycees[0][u"id"_s].toInteger();
        m_college = colleges[0][u"id"_s].toInteger();
        m_italian = italian[0][u"id"_s].toInteger();
    }

    void schoolLookupFolds()
    {
        int status = 0;
        // Typed without the accent and in capitals, found with it: each word starts a word of
        // the name or the town.
        const QJsonArray found = lookUp(u"FR"_s, u"LYCEE"_s, &status);
        QCOMPARE(status, 200);
        QVERIFY(!found.isEmpty());
        QVERIFY(found.size() <= 20);
        for (const QJsonValue s : found) {
            QVERIFY2(s[u"name"_s].toString().startsWith(u"Lycée"_s),
                     qPrintable(s[u"name"_s].toString()));
            for (const QString &field :
                 {u"id"_s, u"name"_s, u"city"_s, u"type"_s, u"region"_s, u"address"_s})
                QVERIFY2(s.toObject().contains(field), qPrintable(field));
        }
        // Two words, each the start of one of the name's: "lycée g" finds "Lycée général…".
        const QString name = found[0][u"name"_s].toString();
        const QString second = name.section(u' ', 1, 1).left(3);
        bool named = false;
        for (const QJsonValue s : lookUp(u"FR"_s, u"lycee "_s + foldForSearch(second)))
            named |= s[u"name"_s].toString() == name;
        QVERIFY2(named, qPrintable(name));
        // At most 20, of that country only.
        const QJsonArray all = lookUp(u"FR"_s, QString());
        QCOMPARE(all.size(), 20);
        for (const QJsonValue s : lookUp(u"IT"_s, QString()))
            QVERIFY(s[u"id"_s].toInteger() != m_lycee);
        // The town counts too.
        const QString city = found[0][u"city"_s].toString();
        bool cityFound = false;
        for (const QJsonValue s : lookUp(u"FR"_s, foldForSearch(city)))
            cityFound |= s[u"city"_s].toString() == city;
        QVERIFY(cityFound);
        QVERIFY(lookUp(u"FR"_s, u"zzqx"_s, &status).isEmpty());
        QCOMPARE(status, 200);
        lookUp(u"XX"_s, u"lycee"_s, &status);
        QCOMPARE(status, 422);
    }

    void everyFieldIsChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: the key is left out
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        auto row = [](const char *name, const QString &key, const QJsonValue &value,
                      const QString &field, const QString &code) {
            QTest::newRow(name) << key << value << field << code;
        };
        const QJsonValue none(QJsonValue::Undefined);
        row("email missing", u"email"_s, none, u"email"_s, u"required"_s);
        row("email malformed", u"email"_s, u"camille.martin"_s, u"email"_s, u"not_email"_s);
        row("email spaces", u"email"_s, u"camille martin@ac.fr"_s, u"email"_s, u"not_email"_s);
        row("name blank", u"displayName"_s, u"  "_s, u"displayName"_s, u"required"_s);
        row("name too long", u"displayName"_s, QString(101, u'a'), u"displayName"_s, u"too_long"_s);
        row("password missing", u"password"_s, none, u"password"_s, u"required"_s);
        row("password short", u"password"_s, u"Xk3#pz"_s, u"password"_s, u"too_short"_s);
        row("password common", u"password"_s, u"password1234"_s, u"password"_s, u"too_weak"_s);
        row("password personal", u"password"_s, u"camillemartin2024"_s, u"password"_s,
            u"too_weak"_s);
        row("country missing", u"country"_s, none, u"country"_s, u"required"_s);
        row("country unknown", u"country"_s, u"XX"_s, u"country"_s, u"unknown_value"_s);
        row("school missing", u"schoolId"_s, none, u"schoolId"_s, u"required"_s);
        row("school wrong type", u"schoolId"_s, u"Lycée"_s, u"schoolId"_s, u"wrong_type"_s);
        row("role missing", u"schoolRole"_s, none, u"schoolRole"_s, u"required"_s);
        row("role unknown", u"schoolRole"_s, u"janitor"_s, u"schoolRole"_s, u"unknown_value"_s);
        row("subjects empty", u"subjects"_s, QJsonArray(), u"subjects"_s, u"required"_s);
        row("subjects unknown", u"subjects"_s, QJsonArray{u"astrology"_s}, u"subjects"_s,
            u"unknown_value"_s);
        QJsonArray eleven;
        for (const char *s : {"maths", "physics", "chemistry", "biology", "science", "history",
                              "geography", "citizenship", "arts", "music", "drama"})
            eleven.append(QString::fromLatin1(s));
        row("subjects too many", u"subjects"_s, eleven, u"subjects"_s, u"too_many"_s);
        row("languages unknown", u"languages"_s, QJsonArray{u"klingon"_s}, u"languages"_s,
            u"unknown_value"_s);
        row("languages twice", u"languages"_s, QJsonArray{u"fr"_s, u"fr"_s}, u"languages"_s,
            u"duplicate"_s);
        row("age too low", u"ageMin"_s, 2, u"ageMin"_s, u"out_of_range"_s);
        row("age too high", u"ageMax"_s, 21, u"ageMax"_s, u"out_of_range"_s);
        row("ages reversed", u"ageMax"_s, 9, u"ageMax"_s, u"below_minimum_age"_s);
        // A new school instead of one found: its own fields, by the form's names.
        QJsonObject noName = newSchool(u"FR-IDF"_s);
        noName.remove(u"name"_s);
        row("new school without name", u"newSchool"_s, noName, u"schoolName"_s, u"required"_s);
        QJsonObject noCity = newSchool(u"FR-IDF"_s);
        noCity.insert(u"city"_s, u""_s);
        row("new school without town", u"newSchool"_s, noCity, u"schoolCity"_s, u"required"_s);
        QJsonObject longAddress = newSchool(u"FR-IDF"_s);
        longAddress.insert(u"address"_s, QString(201, u'x'));
        row("new school address too long", u"newSchool"_s, longAddress, u"schoolAddress"_s,
            u"too_long"_s);
        QJsonObject castle = newSchool(u"FR-IDF"_s);
        castle.insert(u"type"_s, u"castle"_s);
        row("new school kind unknown", u"newSchool"_s, castle, u"schoolType"_s, u"unknown_value"_s);
        row("new school without region", u"newSchool"_s, newSchool(QString()), u"region"_s,
            u"required"_s);
        row("new school in another country's region", u"newSchool"_s, newSchool(u"IT-25"_s),
            u"region"_s, u"unknown_value"_s);
    }

    void everyFieldIsChecked()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QJsonObject f = form(u"field.check@ecole.example.fr"_s);
        if (key == u"newSchool")
            f.remove(u"schoolId"_s);
        if (value.isUndefined())
            f.remove(key);
        else
            f.insert(key, value);
        if (key == u"ageMax" && code == u"below_minimum_age")
            f.insert(u"ageMin"_s, 12);
        const HttpResult r = create(f);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"validation_failed"_s);
        const QJsonObject fields = r.json[u"error"_s][u"fields"_s].toObject();
        // That field alone, with its reason in words.
        QCOMPARE(fields.keys(), QStringList{field});
        QCOMPARE(fields[field][u"code"_s].toString(), code);
        QVERIFY(!fields[field][u"message"_s].toString().isEmpty());
    }

    void schoolsOfTheDatabaseAreChecked()
    {
        // A school that does not exist, or is another country's.
        for (const qint64 school : {qint64(9'999'999), m_italian}) {
            QJsonObject f = form(u"school.check@ecole.example.fr"_s);
            f.insert(u"schoolId"_s, school);
            const HttpResult r = create(f);
            QCOMPARE(r.status, 422);
            QCOMPARE(r.json[u"error"_s][u"fields"_s][u"schoolId"_s][u"code"_s].toString(),
                     u"unknown_value"_s);
        }
    }

    void weakPasswordRefused()
    {
        QJsonObject f = form(u"weak@ecole.example.fr"_s);
        f.insert(u"password"_s, u"azertyuiop"_s); // ten characters, the first row of the keyboard
        const HttpResult r = create(f);
        QCOMPARE(r.status, 422);
        const QJsonObject password = r.json[u"error"_s][u"fields"_s][u"password"_s].toObject();
        QCOMPARE(password[u"code"_s].toString(), u"too_weak"_s);
        QVERIFY(password[u"message"_s].toString().contains(u"easy to guess"_s));
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"weak@ecole.example.fr"_s, u"azertyuiop"_s).status, 401);
    }

    void emailIsTakenWhateverItsCase()
    {
        const HttpResult first = create(form(u"Camille.Martin@Ecole.example.fr"_s));
        QCOMPARE(first.status, 201);
        const QJsonObject account = first.json[u"account"_s].toObject();
        QCOMPARE(account[u"username"_s].toString(), u"Camille.Martin@Ecole.example.fr"_s);
        QCOMPARE(account[u"role"_s].toString(), u"teacher"_s);
        QCOMPARE(account[u"country"_s].toString(), u"FR"_s);
        const HttpResult again = create(form(u"camille.martin@ECOLE.EXAMPLE.FR"_s));
        QCOMPARE(again.status, 422);
        QCOMPARE(again.json[u"error"_s][u"fields"_s][u"email"_s][u"code"_s].toString(), u"taken"_s);
        // The user name is the e-mail, in any case.
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"camille.martin@ecole.example.fr"_s, strongPassword).status, 200);
    }

    void newSchoolWithItsRegion()
    {
        QJsonObject f = form(u"lea.roux@ecole.example.fr"_s, u"Léa Roux"_s);
        f.remove(u"schoolId"_s);
        f.insert(u"newSchool"_s, newSchool(u"FR-IDF"_s));
        f.insert(u"schoolRole"_s, u"head_teacher"_s);
        const HttpResult r = create(f);
        QCOMPARE(r.status, 201);
        const qint64 id = r.json[u"account"_s][u"id"_s].toInteger();
        // The national service finds it in its queue, with the school to check.
        const QJsonObject g = reviewed(id);
        QCOMPARE(g[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(g[u"request"_s].toInteger(), 1);
        QVERIFY(g[u"newSchool"_s].toBool());
        QCOMPARE(g[u"schoolName"_s].toString(), u"École du Moulin"_s);
        QCOMPARE(g[u"schoolCity"_s].toString(), u"Créteil"_s);
        QCOMPARE(g[u"schoolAddress"_s].toString(), u"3 rue du Moulin, 94000 Créteil"_s);
        QCOMPARE(g[u"region"_s].toString(), u"FR-IDF"_s);
        QCOMPARE(g[u"schoolRole"_s].toString(), u"head_teacher"_s);
        QCOMPARE(g[u"email"_s].toString(), u"lea.roux@ecole.example.fr"_s);
        // Not offered to others before the service checked it.
        QVERIFY(lookUp(u"FR"_s, u"moulin creteil"_s).isEmpty());
        // The teacher's own scope: the account and the profile, waiting.
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"lea.roux@ecole.example.fr"_s, strongPassword).status, 200);
        const auto me = http.pullScope(u"me"_s);
        QCOMPARE(me.value(u"teacher/%1"_s.arg(id))[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(me.value(u"account/%1"_s.arg(id))[u"username"_s].toString(),
                 u"lea.roux@ecole.example.fr"_s);
    }

    void creationsAreLimitedPerAddress()
    {
        ServerProcess limited;
        QVERIFY2(limited.start({u"--account-creations-per-hour"_s, u"2"_s}),
                 qPrintable(limited.lastOutput()));
        // Portugal has no region catalogue: a new school there has none.
        auto portuguese = [](const QString &email) {
            return QJsonObject{{u"email"_s, email},
                               {u"password"_s, strongPassword},
                               {u"displayName"_s, u"Inês Costa"_s},
                               {u"country"_s, u"PT"_s},
                               {u"newSchool"_s, QJsonObject{{u"name"_s, u"Escola do Rio"_s},
                                                            {u"city"_s, u"Braga"_s},
                                                            {u"type"_s, u"primary"_s}}},
                               {u"schoolRole"_s, u"teacher"_s},
                               {u"subjects"_s, QJsonArray{u"science"_s}},
                               {u"languages"_s, QJsonArray{u"pt"_s}},
                               {u"ageMin"_s, 6},
                               {u"ageMax"_s, 10}};
        };
        QCOMPARE(create(portuguese(u"a@escola.example.pt"_s), &limited).status, 201);
        // A taken e-mail counts too (else the limit would not bound probing e-mails).
        QCOMPARE(create(portuguese(u"a@escola.example.pt"_s), &limited).status, 422);
        const HttpResult third = create(portuguese(u"c@escola.example.pt"_s), &limited);
        QCOMPARE(third.status, 429);
        QCOMPARE(third.errorCode(), u"too_many_accounts"_s);
        const int retryAfter = third.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 3000 && retryAfter <= 3600, third.header("Retry-After").constData());
        Http http(limited.url());
        QCOMPARE(http.signIn(u"c@escola.example.pt"_s, strongPassword).status, 401);
        // A form with mistakes is still told what they are (it costs the server nothing).
        QJsonObject wrong = portuguese(u"d@escola.example.pt"_s);
        wrong.remove(u"subjects"_s);
        QCOMPARE(create(wrong, &limited).status, 422);
    }

    void waitingUntilValidatedThenInTheDirectory()
    {
        const QString email = u"hugo.bernard@ecole.example.fr"_s;
        const HttpResult created = create(form(email, u"Hugo Bernard"_s));
        QCOMPARE(created.status, 201);
        const qint64 id = created.json[u"account"_s][u"id"_s].toInteger();

        // It signs in (the client's own sign-in) and finds its profile waiting.
        const auto in = signInClientWith(m_server.url(), email, strongPassword);
        QVERIFY(in.has_value());
        QCOMPARE(in->account.id, id);
        auto hugo = session(*in, u"hugo.sqlite"_s);
        QVERIFY(hugo);
        QVERIFY(syncedUpToDate(*hugo->sync()));
        QCOMPARE(hugo->myProfile().value().status, u"pending"_s);
        QCOMPARE(hugo->myProfile().value().schoolRole, u"teacher"_s);

        // Not in another client's directory.
        const auto giuliaIn = signInClient(m_server.url(), u"teacher.it"_s);
        QVERIFY(giuliaIn.has_value());
        auto giulia = session(*giuliaIn, u"giulia.sqlite"_s);
        QVERIFY(giulia);
        QVERIFY(syncedUpToDate(*giulia->sync(), 120000));
        {
            QSqlDatabase db = giulia->store().connection();
            QVERIFY(directory_store::count(db, {}) > 100);
            QVERIFY(!directory_store::detail(db, id));
        }

        // It cannot register a project, nor be invited to one.
        Http asHugo(m_server.url());
        QCOMPARE(asHugo.signIn(email, strongPassword).status, 200);
        const QJsonObject project{{u"kind"_s, u"european"_s},
                                  {u"title"_s, u"Our rivers"_s},
                                  {u"summary"_s, u"Pupils compare the rivers of their towns."_s},
                                  {u"subjects"_s, QJsonArray{u"geography"_s}},
                                  {u"languages"_s, QJsonArray{u"en"_s}},
                                  {u"ageMin"_s, 10},
                                  {u"ageMax"_s, 12},
                                  {u"durationMonths"_s, 6},
                                  {u"aims"_s, u"Know the water cycle."_s}};
        const QJsonObject registered = mutate(asHugo, u"project"_s, u"create"_s, 0, project);
        QCOMPARE(registered[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(registered[u"error"_s][u"code"_s].toString(), u"forbidden"_s);
        Http asEmilie(m_server.url());
        QCOMPARE(asEmilie.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
        QJsonObject invitation = project;
        invitation.insert(u"invitations"_s,
                          QJsonArray{QJsonObject{{u"accountId"_s, id}, {u"role"_s, u"partner"_s}}});
        const QJsonObject invited = mutate(asEmilie, u"project"_s, u"create"_s, 0, invitation);
        QCOMPARE(invited[u"error"_s][u"code"_s].toString(), u"validation_failed"_s);
        QVERIFY(invited[u"error"_s][u"fields"_s].toObject().contains(u"invitations"_s));

        // correspondent.fr validates request 1 through the mutations, as its client does.
        Http service(m_server.url());
        QCOMPARE(service.signIn(u"correspondent.fr"_s, u"demo1234"_s).status, 200);
        const QJsonObject decided =
            mutate(service, u"registration_decision"_s, u"create"_s, id,
                   {{u"decision"_s, u"validate"_s}, {u"reason"_s, u""_s}, {u"request"_s, 1}});
        QCOMPARE(decided[u"status"_s].toString(), u"applied"_s);

        // The other client has the teacher after its next sync; the teacher sees it too.
        QVERIFY(syncedUpToDate(*giulia->sync()));
        {
            QSqlDatabase db = giulia->store().connection();
            const auto detail = directory_store::detail(db, id);
            QVERIFY(detail.has_value());
            QCOMPARE(detail->teacher.displayName, u"Hugo Bernard"_s);
            QCOMPARE(detail->school.id, m_lycee);
        }
        QVERIFY(syncedUpToDate(*hugo->sync()));
        QCOMPARE(hugo->myProfile().value().status, u"validated"_s);

        // Another school of France: the registration waits again, as its request 2, and the
        // teacher leaves the directory until then. Another country's school is refused.
        const QJsonObject abroad =
            mutate(asHugo, u"profile"_s, u"update"_s, id, {{u"schoolId"_s, m_italian}},
                   hugo->myProfile().value().version);
        QCOMPARE(abroad[u"error"_s][u"fields"_s][u"schoolId"_s][u"code"_s].toString(),
                 u"unknown_value"_s);
        const auto moved = hugo->editProfile({{u"schoolId"_s, m_college}});
        QVERIFY(moved.ok());
        QCOMPARE(moved.value().status, u"pending"_s); // said at once, before the server
        QVERIFY(syncedUpToDate(*hugo->sync()));
        QCOMPARE(hugo->myProfile().value().status, u"pending"_s);
        QCOMPARE(hugo->myProfile().value().schoolId, m_college);
        const QJsonObject again = reviewed(id);
        QCOMPARE(again[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(again[u"request"_s].toInteger(), 2);
        QCOMPARE(again[u"schoolId"_s].toInteger(), m_college);
        QVERIFY(!again.contains(u"decision"_s));
        QVERIFY(syncedUpToDate(*giulia->sync()));
        QSqlDatabase db = giulia->store().connection();
        QVERIFY(!directory_store::detail(db, id));
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
