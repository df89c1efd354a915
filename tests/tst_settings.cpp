// SPDX-License-Identifier: GPL-3.0-or-later
// What an IT technician presets for the whole machine, and the language chosen at first start.
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
