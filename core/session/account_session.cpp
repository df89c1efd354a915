// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/account_session.h"

#include "search/search_service.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "sync/sync_controller.h"

namespace etw {

AccountSession::AccountSession(QUrl server, Account account, QObject *parent)
    : AccountSession(server, account, QString(), parent)
{}

AccountSession::AccountSession(QUrl server, Account account, const QString &cacheFile,
                               QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_account(std::move(account))
    , m_store(std::make_unique<LocalStore>(
          cacheFile.isEmpty() ? LocalStore::pathFor(m_server.toString(), m_account.username)
                              : cacheFile))
{}

AccountSession::~AccountSession()
{
    // The threads go first: they use the store.
    delete m_sync;
    delete m_search;
}

Result<int> AccountSession::open()
{
    auto opened = m_store->open();
    if (!opened)
        return opened;
    m_search = new SearchService(*m_store, this);
    m_sync = new SyncController(*m_store, m_server, m_account.id, this);
    if (!m_token.isEmpty())
        m_sync->setToken(m_token);
    return opened;
}

void AccountSession::setToken(const QString &token)
{
    m_token = token;
    if (m_sync) {
        m_sync->setToken(token);
        m_sync->syncNow();
    }
}

std::optional<TeacherProfile> AccountSession::myProfile()
{
    QSqlDatabase db = m_store->connection();
    return me_store::myProfile(db, m_account.id);
}

Result<TeacherProfile> AccountSession::editProfile(const QJsonObject &patch)
{
    auto result = me_store::editProfile(m_store->connection(), m_account.id, patch);
    if (result && m_sync)
        m_sync->syncNow();
    return result;
}

QList<me_store::Issue> AccountSession::issues()
{
    QSqlDatabase db = m_store->connection();
    return me_store::issues(db);
}

int AccountSession::waitingEdits()
{
    QSqlDatabase db = m_store->connection();
    return outbox::count(db);
}

void AccountSession::dismissIssue(qint64 issueId)
{
    QSqlDatabase db = m_store->connection();
    me_store::dismissIssue(db, issueId);
    if (m_sync)
        m_sync->syncNow(); // the status bar counts again
}

} // namespace etw
