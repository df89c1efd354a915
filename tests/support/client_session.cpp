// SPDX-License-Identifier: GPL-3.0-or-later
#include "client_session.h"

#include "client_sign_in.h"
#include "sync_wait.h"

#include "sync/sync_controller.h"

namespace etw::test {

using namespace Qt::StringLiterals;

bool ClientSession::reopen()
{
    session.reset();
    session = std::make_unique<AccountSession>(server, in.account, cacheFile, nullptr);
    if (!session->open().ok())
        return false;
    session->setToken(in.token);
    return syncedUpToDate(*session->sync());
}

std::optional<ClientSession> openClient(const QUrl &server, const QString &home,
                                        const QString &user)
{
    const auto in = signInClient(server, user);
    if (!in)
        return std::nullopt;
    ClientSession c{server, home + u'/' + user + u".sqlite"_s, *in, {}};
    if (!c.reopen())
        return std::nullopt;
    return c;
}

} // namespace etw::test
