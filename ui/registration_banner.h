// SPDX-License-Identifier: GPL-3.0-or-later
// The band above the main window's tabs while a new teacher's account waits for its national
// support service's validation, or was refused: what that means and what to do.
#pragma once

#include <QFrame>

class QLabel;

namespace etw {

class AccountSession;

class RegistrationBanner : public QFrame
{
    Q_OBJECT
public:
    explicit RegistrationBanner(AccountSession *session, QWidget *parent = nullptr);

    // Reads the own profile again (sync brought it, or it was edited).
    void reload();
    // Why inviting and registering a project cannot work now; empty once validated.
    QString restriction() const { return m_restriction; }

Q_SIGNALS:
    void restrictionChanged(const QString &why);

protected:
    void changeEvent(QEvent *event) override;

private:
    AccountSession *m_session;
    QLabel *m_text;
    QString m_restriction;
};

} // namespace etw
