// SPDX-License-Identifier: GPL-3.0-or-later
#include "client_sign_in.h"

#include <QTest>

namespace etw::test {

using namespace Qt::StringLiterals;

std::optional<SignInReply> signInClient(const QUrl &server, const QString &user, int timeoutMs)
{
    return signInClientWith(server, user, u"demo1234"_s, timeoutMs);
}

std::optional<SignInReply> signInClientWith(const QUrl &server, const QString &user,
                                            const QString &password, int timeoutMs)
{
    ApiClient api;
    api.setServer(server);
    std::optional<Result<SignInReply>> reply;
    api.signIn(user, password, [&](const Result<SignInReply> &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, timeoutMs) || !reply->ok())
        return std::nullopt;
    return reply->value();
}

} // namespace etw::test
