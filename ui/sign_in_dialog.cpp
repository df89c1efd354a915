// SPDX-License-Identifier: GPL-3.0-or-later
#include "sign_in_dialog.h"

#include "account_creation_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(u"signInDialog"_s);
    m_server->setObjectName(u"server"_s);
    m_username->setObjectName(u"username"_s);
    m_password->setObjectName(u"password"_s);
    m_error->setObjectName(u"signInError"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    m_intro->setWordWrap(true);
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_createAccount = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_createAccount->setObjectName(u"createAccount"_s);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createAccount, &QPushButton::clicked, this, &SignInDialog::createAccount);
    retranslateUi();
    setMinimumWidth(420);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to eTwinning"));
    m_intro->setText(tr("Sign in with your eTwinning account. Your data is kept on this "
                        "computer so that you can keep working without a network."));
    m_serverLabel->setText(tr("&Server:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->setPlaceholderText(tr("e.g. https://etwinning.example.org"));
    m_signIn->setText(tr("Sign in"));
    m_createAccount->setText(tr("Create an &account…"));
    m_cancel->setText(tr("Cancel"));
}

void SignInDialog::setServer(const QString &url, bool locked)
{
    m_server->setText(url);
    m_server->setReadOnly(locked);
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_server, m_username, m_password, m_signIn,
                                                       m_createAccount})
        w->setEnabled(!busy);
    if (busy)
        showError({});
}

void SignInDialog::createAccount()
{
    // Online only: the form finds the school on the server, which creates the account.
    const QUrl url = ApiClient::normalizedServerUrl(m_server->text());
    if (!url.isValid()) {
        showError(tr("The server address is not valid. Write it like "
                     "https://etwinning.example.org or 127.0.0.1:8080."),
                  m_server);
        return;
    }
    showError({});
    auto *dialog = new AccountCreationDialog(url, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountCreationDialog::created, this,
            [this](const QString &email, const QString &password) {
                // The usual way in, with what was just chosen.
                m_username->setText(email);
                m_password->setText(password);
                signIn();
            });
    dialog->open();
}

void SignInDialog::signIn()
{
    const QUrl url = ApiClient::normalizedServerUrl(m_server->text());
    if (!url.isValid()) {
        showError(tr("The server address is not valid. Write it like "
                     "https://etwinning.example.org or 127.0.0.1:8080."),
                  m_server);
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."), m_username);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."), m_password);
        return;
    }
    setBusy(true);
    m_api.setServer(url);
    m_api.signIn(m_username->text().trimmed(), m_password->text(),
                 [this, url](const Result<SignInReply> &result) {
                     setBusy(false);
                     if (result) {
                         m_reply = result.value();
                         m_serverUrl = url;
                         m_password->clear(); // not kept in memory longer than needed
                         accept();
                         return;
                     }
                     const QString code = result.error().code;
                     if (code == u"invalid_credentials")
                         showError(tr("The user name or the password is wrong."), m_password);
                     else if (code == u"too_many_attempts")
                         showError(tr("Too many failed attempts. Wait a few minutes, then try "
                                      "again."),
                                   m_password);
                     else if (code == u"unreachable")
                         showError(tr("The server %1 cannot be reached. Check the address and "
                                      "the network connection.")
                                       .arg(url.toString()),
                                   m_server);
                     else
                         showError(result.error().message);
                 });
}

} // namespace etw
