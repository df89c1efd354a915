// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/app_settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// The administrator's file: /etc/xdg/eTwinning/eTwinning Desktop.conf on Linux,
// HKLM\Software\eTwinning\eTwinning Desktop on Windows.
QSettings systemSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::SystemScope, u"eTwinning"_s,
                     u"eTwinning Desktop"_s);
}
QSettings userSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, u"eTwinning"_s,
                     u"eTwinning Desktop"_s);
}

// Writes one user setting now, in a folder and a file only this OS user can read: the file
// says who signed in last on this computer.
void writeUserSetting(const QString &key, const QVariant &value)
{
    QSettings settings = userSettings();
    if (value.isNull())
        settings.remove(key);
    else
        settings.setValue(key, value);
    const QFileInfo file(settings.fileName());
    QDir().mkpath(file.absolutePath());
    QFile::setPermissions(file.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    settings.sync();
    QFile::setPermissions(file.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
}
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::serverUrl() const
{
    const QString preset = systemSettings().value(u"server/url"_s).toString();
    if (serverLocked() && !preset.isEmpty())
        return preset;
    const QString own = userSettings().value(u"server/url"_s).toString();
    if (!own.isEmpty())
        return own;
    return preset.isEmpty() ? QString::fromLatin1(defaultServer) : preset;
}

bool AppSettings::serverLocked() const
{
    return systemSettings().value(u"server/locked"_s, false).toBool();
}

bool AppSettings::plainHttpAllowed() const
{
    return systemSettings().value(u"server/allowPlainHttp"_s, false).toBool();
}

void AppSettings::setServerUrl(const QString &url)
{
    writeUserSetting(u"server/url"_s, url);
}

QString AppSettings::lastUsername() const
{
    return userSettings().value(u"account/lastUsername"_s).toString();
}

void AppSettings::setLastUsername(const QString &username)
{
    writeUserSetting(u"account/lastUsername"_s, username);
}

QJsonObject AppSettings::lastAccount() const
{
    return QJsonDocument::fromJson(userSettings().value(u"account/last"_s).toByteArray()).object();
}

void AppSettings::setLastAccount(const QJsonObject &account)
{
    writeUserSetting(u"account/last"_s,
                     account.isEmpty()
                         ? QVariant()
                         : QVariant(QJsonDocument(account).toJson(QJsonDocument::Compact)));
}

QJsonObject AppSettings::signUpDraft() const
{
    QJsonObject draft =
        QJsonDocument::fromJson(userSettings().value(u"signUp/draft"_s).toByteArray()).object();
    draft.remove(u"password"_s);
    return draft;
}

void AppSettings::setSignUpDraft(const QJsonObject &draft)
{
    QJsonObject kept = draft;
    kept.remove(u"password"_s);
    writeUserSetting(u"signUp/draft"_s,
                     kept.isEmpty() ? QVariant()
                                    : QVariant(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
}

namespace {
// Megabytes as written in a settings file; anything unreadable or too small counts as unset.
qint64 budgetFrom(const QVariant &megabytes)
{
    bool ok = false;
    const qint64 mb = megabytes.toLongLong(&ok);
    const qint64 bytes = ok && mb > 0 && mb < (qint64(1) << 40) ? mb * 1'000'000 : 0;
    return bytes >= AppSettings::minimumMaterialsBudget ? bytes : 0;
}
} // namespace

qint64 AppSettings::materialsBudget() const
{
    const qint64 preset = budgetFrom(systemSettings().value(u"materials/budgetMB"_s));
    if (materialsBudgetLocked() && preset > 0)
        return preset;
    if (const qint64 own = budgetFrom(userSettings().value(u"materials/budgetMB"_s)); own > 0)
        return own;
    return preset > 0 ? preset : defaultMaterialsBudget;
}

bool AppSettings::materialsBudgetLocked() const
{
    return systemSettings().value(u"materials/budgetLocked"_s, false).toBool();
}

void AppSettings::setMaterialsBudget(qint64 bytes)
{
    writeUserSetting(u"materials/budgetMB"_s, std::max(bytes, minimumMaterialsBudget) / 1'000'000);
}

const QStringList &AppSettings::uiLanguages()
{
    static const QStringList languages{u"en"_s, u"fr"_s};
    return languages;
}

QString AppSettings::language() const
{
    const QString saved = userSettings().value(u"ui/language"_s).toString();
    if (uiLanguages().contains(saved))
        return saved;
    const QString preset = systemSettings().value(u"ui/language"_s).toString();
    if (uiLanguages().contains(preset))
        return preset;
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return uiLanguages().contains(system) ? system : u"en"_s;
}

void AppSettings::setLanguage(const QString &code)
{
    writeUserSetting(u"ui/language"_s, code);
}

} // namespace etw
