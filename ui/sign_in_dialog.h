// SPDX-License-Identifier: GPL-3.0-or-later
// Asks for the server address, the user name and the password, and signs in.
#pragma once

#include "net/api_client.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace etw {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setServer(const QString &url, bool locked);
    void setUsername(const QString &username);

    // Valid once accepted.
    const SignInReply &reply() const { return m_reply; }
    QUrl server() const { return m_serverUrl; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void signIn();
    // "Create an account…": on the server typed here; signs in with the new account.
    void createAccount();
    void showError(const QString &message, QWidget *field = nullptr);
    void setBusy(bool busy);

    ApiClient m_api;
    SignInReply m_reply;
    QUrl m_serverUrl;
    QLabel *m_intro, *m_serverLabel, *m_userLabel, *m_passwordLabel, *m_error;
    QLineEdit *m_server, *m_username, *m_password;
    QPushButton *m_signIn, *m_createAccount, *m_cancel;
};

} // namespace etw
