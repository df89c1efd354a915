// SPDX-License-Identifier: GPL-3.0-or-later
// What an IT technician presets for the whole machine, and the language chosen at first start.
#include "net/api_client.h"
#include "settings/app_settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {
// Before QCoreApplication and QSettings exist: a French system, and config folders of our own
// (QSettings reads XDG_CONFIG_DIRS for the system scope, XDG_CONFIG_HOME for the user's).
QTemporaryDir &root()
{
    static QTemporaryDir dir;
    return dir;
}
void prepareEnvironment()
{
    qputenv("LANG", "fr_FR.UTF-8");
    qputenv("LC_ALL", "fr_FR.UTF-8");
    qputenv("XDG_CONFIG_DIRS", (root().path() + u"/system"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", (root().path() + u"/user"_s).toUtf8());
}
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    void writePreset(const QByteArray &text)
    {
        QDir().mkpath(root().path() + u"/system/eTwinning"_s);
        QFile file(root().path() + u"/system/eTwinning/eTwinning Desktop.conf"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void firstStartFollowsTheSystemLanguage()
    {
        AppSettings settings;
        QCOMPARE(settings.language(), u"fr"_s);
        QCOMPARE(settings.serverUrl(), QString::fromLatin1(AppSettings::defaultServer));
        settings.setLanguage(u"en"_s);
        QCOMPARE(AppSettings().language(), u"en"_s); // the user's choice is kept
    }

    void lockedPresetWins()
    {
        writePreset("[server]\nurl=https://etwinning.example.org\nlocked=true\n");
        AppSettings settings;
        settings.setServerUrl(u"http://elsewhere:8080"_s);
        QVERIFY(settings.serverLocked());
        QCOMPARE(settings.serverUrl(), u"https://etwinning.example.org"_s);
    }

    // The user's file names who signed in last: nobody else on the computer reads it.
    void userFileIsReadableByItsOwnerOnly()
    {
        AppSettings settings;
        settings.setLastAccount({{u"username"_s, u"teacher.fr"_s}});
        const QString file = root().path() + u"/user/eTwinning/eTwinning Desktop.conf"_s;
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFile::permissions(root().path() + u"/user/eTwinning"_s) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(AppSettings().lastAccount().value(u"username"_s).toString(), u"teacher.fr"_s);
    }

    // A password or a token goes over plain HTTP only to this computer, unless the
    // administrator's preset allows it; a bare address means HTTPS.
    void plainHttpOnlyToThisComputer()
    {
        QCOMPARE(ApiClient::normalizedServerUrl(u"etwinning.example.org"_s).scheme(), u"https"_s);
        QCOMPARE(ApiClient::normalizedServerUrl(u"127.0.0.1:8080"_s).scheme(), u"http"_s);
        QCOMPARE(ApiClient::normalizedServerUrl(u"localhost:8080"_s).scheme(), u"http"_s);
        writePreset("[server]\nurl=https://etwinning.example.org\n");
        const auto firstAnswer = [](const QString &server) {
            ApiClient api;
            api.setServer(QUrl(server));
            std::optional<Result<SignInReply>> answer;
            api.signIn(u"teacher.fr"_s, u"demo1234"_s,
                       [&](const Result<SignInReply> &r) { answer = r; });
            // Refused before anything leaves; otherwise the request is on its way.
            const QString code = answer && !answer->ok() ? answer->error().code : QString();
            api.abort();
            return code;
        };
        const QString refused = firstAnswer(u"http://etwinning.example.org"_s);
        QCOMPARE(refused, u"insecure_server"_s);
        QCOMPARE(firstAnswer(u"https://etwinning.example.org"_s), QString());
        QCOMPARE(firstAnswer(u"http://127.0.0.1:9"_s), QString());
        QCOMPARE(firstAnswer(u"http://[::1]:9"_s), QString());
        writePreset("[server]\nurl=http://etwinning.example.org\nallowPlainHttp=true\n");
        QCOMPARE(firstAnswer(u"http://etwinning.example.org"_s), QString());
    }

    // Room for local copies of materials: 2 GB, unless the administrator presets another
    // default or imposes one (a shared PC's small disk); the user's choice in between.
    void roomForCopiesFollowsThePresetThenTheUser()
    {
        QCOMPARE(AppSettings().materialsBudget(), AppSettings::defaultMaterialsBudget);
        writePreset("[materials]\nbudgetMB=5000\n");
        QCOMPARE(AppSettings().materialsBudget(), 5'000'000'000);
        AppSettings().setMaterialsBudget(750'000'000);
        QCOMPARE(AppSettings().materialsBudget(), 750'000'000);
        QVERIFY(!AppSettings().materialsBudgetLocked());
        // Below the least that makes sense: the least.
        AppSettings().setMaterialsBudget(1000);
        QCOMPARE(AppSettings().materialsBudget(), AppSettings::minimumMaterialsBudget);
        writePreset("[materials]\nbudgetMB=300\nbudgetLocked=true\n");
        QVERIFY(AppSettings().materialsBudgetLocked());
        QCOMPARE(AppSettings().materialsBudget(), 300'000'000);
        // A preset that makes no sense is no preset.
        writePreset("[materials]\nbudgetMB=lots\nbudgetLocked=true\n");
        QCOMPARE(AppSettings().materialsBudget(), AppSettings::minimumMaterialsBudget);
        writePreset("");
    }

    void unlockedPresetIsADefault()
    {
        writePreset("[server]\nurl=https://etwinning.example.org\n[ui]\nlanguage=fr\n");
        AppSettings settings;
        QVERIFY(!settings.serverLocked());
        QCOMPARE(settings.serverUrl(), u"http://elsewhere:8080"_s); // the user's own choice
    }
};

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"eTwinning"_s);
    QCoreApplication::setApplicationName(u"eTwinning Desktop"_s);
    TestSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settings.moc"
