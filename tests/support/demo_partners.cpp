// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_partners.h"

#include "client_sign_in.h"
#include "sync_wait.h"

namespace etw::test {

using namespace Qt::StringLiterals;

ServerProcess *DemoPartners::serverOf(const QString &user) const
{
    return m_second && user == u"teacher.it" ? m_second : m_server;
}

bool synced(AccountSession &session)
{
    return syncedUpToDate(*session.sync(), 120000);
}

bool DemoPartners::start(ServerProcess &server, const QString &home, const QStringList &extraArgs,
                         ServerProcess *second)
{
    m_server = &server;
    m_second = second;
    m_home = home;
    if (!server.start(QStringList{u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s} +
                      extraArgs)) {
        m_failure = server.lastOutput();
        return false;
    }
    if (second) {
        second->shareDatabaseWith(server);
        if (!second->start(extraArgs)) {
            m_failure = second->lastOutput();
            return false;
        }
    }
    for (const QString &user : {u"teacher.fr"_s, u"teacher.it"_s}) {
        const auto in = signInClient(serverOf(user)->url(), user);
        if (!in) {
            m_failure = u"%1 could not sign in"_s.arg(user);
            return false;
        }
        m_accounts.insert(user, *in);
    }
    fr = session(u"teacher.fr"_s);
    it = session(u"teacher.it"_s);
    if (!fr || !it || !synced(*fr) || !synced(*it)) {
        m_failure = u"the sessions did not open and sync"_s;
        return false;
    }
    for (const Project &p : fr->myProjects())
        if (p.title == QString::fromUtf8(sharedProject))
            project = p.id;
    if (project <= 0)
        m_failure = u"no shared TwinSpace in the demo"_s;
    return project > 0;
}

std::unique_ptr<AccountSession> DemoPartners::session(const QString &user) const
{
    const SignInReply &in = m_accounts.find(user).value();
    auto s = std::make_unique<AccountSession>(serverOf(user)->url(), in.account,
                                              m_home + u"/"_s + user + u".sqlite"_s, nullptr);
    if (!s->open().ok())
        return nullptr;
    s->setToken(in.token);
    return s;
}

} // namespace etw::test
