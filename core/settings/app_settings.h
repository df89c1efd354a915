// SPDX-License-Identifier: GPL-3.0-or-later
// The user's settings, on top of what an administrator preset for the whole machine. The
// user's file (it names the last account) is readable by its owner only.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace etw {

class AppSettings
{
public:
    AppSettings();

    // The administrator's preset (system-wide config), if any, wins when locked.
    QString serverUrl() const;
    bool serverLocked() const;
    // The preset allows plain HTTP to a server on another computer ([server] allowPlainHttp);
    // only an administrator can, since passwords and tokens then cross the network in clear.
    bool plainHttpAllowed() const;
    void setServerUrl(const QString &url);

    QString lastUsername() const;
    void setLastUsername(const QString &username);
    // The last signed-in account (no secret in it), so its cache opens without a network.
    QJsonObject lastAccount() const;
    void setLastAccount(const QJsonObject &account);

    // What the "Create an account" form held as typed, until the account exists: there is no
    // account cache before it. Never the password (removed here whatever is passed).
    QJsonObject signUpDraft() const;
    void setSignUpDraft(const QJsonObject &draft); // empty: forget it

    // Room for local copies of materials, in bytes: the user's choice, else the preset
    // ([materials] budgetMB), else 2 GB; the preset wins when [materials] budgetLocked=true
    // (a school's shared PC with a small disk).
    qint64 materialsBudget() const;
    bool materialsBudgetLocked() const;
    void setMaterialsBudget(qint64 bytes);
    static constexpr qint64 defaultMaterialsBudget = 2'000'000'000;
    static constexpr qint64 minimumMaterialsBudget = 100'000'000;

    // UI language: the saved choice, else the system's if we have it, else English.
    QString language() const;
    void setLanguage(const QString &code);
    static const QStringList &uiLanguages(); // languages the UI is translated into

    static constexpr auto defaultServer = "http://127.0.0.1:8080";
};

} // namespace etw
