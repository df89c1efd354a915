// SPDX-License-Identifier: GPL-3.0-or-later
// teacher.fr and teacher.it, partners in the demo's shared TwinSpace ("Nos rivières, i nostri
// fiumi"), each with a client session of their own on a cache file: what the sync tests of
// pages, materials and the forum start from.
#pragma once

#include "net/api_client.h"
#include "server_process.h"
#include "session/account_session.h"

#include <QHash>

#include <memory>

namespace etw::test {

class DemoPartners
{
public:
    // Starts `server` with the demo's TwinSpaces (and `extraArgs`), signs both in and opens
    // their sessions (caches under `home`), synced once. With `second`, a second instance on
    // the same database, teacher.it works through that one. False (with the reason in
    // failure()) when a step failed.
    bool start(ServerProcess &server, const QString &home, const QStringList &extraArgs = {},
               ServerProcess *second = nullptr);
    // Another session of `user` on their cache (a restart), signed in.
    std::unique_ptr<AccountSession> session(const QString &user) const;
    const SignInReply &account(const QString &user) const { return m_accounts.find(user).value(); }
    QString failure() const { return m_failure; }

    std::unique_ptr<AccountSession> fr, it;
    qint64 project = 0; // the shared TwinSpace's

    static constexpr auto sharedProject = "Nos rivières, i nostri fiumi";

private:
    ServerProcess *serverOf(const QString &user) const;

    ServerProcess *m_server = nullptr;
    ServerProcess *m_second = nullptr;
    QString m_home;
    QHash<QString, SignInReply> m_accounts;
    QString m_failure;
};

// Waits for a whole sync round of the session (two minutes at most).
bool synced(AccountSession &session);

} // namespace etw::test
