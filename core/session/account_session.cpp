// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/account_session.h"

#include "session/twin_space.h"

#include "net/live_channel.h"
#include "search/search_service.h"
#include "session/chat.h"
#include "session/forum.h"
#include "session/label_desk.h"
#include "session/review_desk.h"
#include "session/school_label.h"
#include "session/territory_statistics.h"
#include "store/form_drafts.h"
#include "store/kinds/scope_kind.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "sync/sync_controller.h"
#include "transfers/thumbnail_cache.h"
#include "transfers/transfer_controller.h"

#include <QCoreApplication>

namespace etw {

using namespace Qt::StringLiterals;

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
    delete m_chat;
    delete m_live;
    delete m_thumbnails;
    delete m_transfers;
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
    m_twinSpace = new TwinSpace(*m_store, m_sync, this);
    m_forum = new Forum(*m_store, m_sync, m_account.id, this);
    m_live = new LiveChannel(m_server, this);
    m_chat = new Chat(*m_store, m_sync, m_live, m_account.id, this);
    m_labels = new LabelDesk(*m_store, m_sync, m_account, this);
    m_schoolLabel = new SchoolLabel(*m_store, m_sync, m_account, this);
    if (m_account.role == Role::Correspondent) {
        m_review = new ReviewDesk(*m_store, m_sync, m_account, this);
        m_statistics = new TerritoryStatistics(*m_store, m_sync, m_account, this);
    }
    // A hint that something changed is a round now: a partner's message shows within moments.
    connect(m_live, &LiveChannel::changed, m_sync, [this] { m_sync->syncNow(); });
    m_transfers = new TransferController(*m_store, m_store->filePath() + u".materials"_s, m_server,
                                         m_account.id, this);
    m_thumbnails =
        new ThumbnailCache(m_transfers->filesFolder() + u"/thumbnails"_s, m_server, this);
    connect(m_search, &SearchService::directoryDamaged, m_sync, &SyncController::checkDirectory);
    // A sent file becomes a material in the project's scope: the next round brings it.
    connect(m_transfers, &TransferController::uploaded, m_sync, [this] { m_sync->syncNow(); });
    connect(m_transfers, &TransferController::tokenRejected, m_sync,
            &SyncController::tokenRejected);
    connect(m_thumbnails, &ThumbnailCache::tokenRejected, m_sync, &SyncController::tokenRejected);
    // Materials kept offline that a sync brought are fetched. Only projects where something is
    // kept are read: most accounts keep nothing, and this runs on the UI thread each round.
    connect(m_sync, &SyncController::twinSpaceChanged, m_transfers, [this] {
        for (const qint64 projectId : m_transfers->keepingProjects()) {
            QList<Material> all;
            for (const auto &e : m_twinSpace->materials(projectId))
                all.append(e.material);
            m_transfers->fetchKept(all);
        }
    });
    if (!m_token.isEmpty()) {
        m_live->setToken(m_token);
        m_sync->setToken(m_token);
        m_transfers->setToken(m_token);
        m_thumbnails->setToken(m_token);
    }
    return opened;
}

void AccountSession::setToken(const QString &token)
{
    m_token = token;
    if (m_transfers)
        m_transfers->setToken(token);
    if (m_thumbnails)
        m_thumbnails->setToken(token);
    if (m_live)
        m_live->setToken(token);
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

Result<bool> AccountSession::resolveConflict(qint64 issueId, const QJsonObject &keep)
{
    const auto all = issues();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [issueId](const me_store::Issue &i) { return i.id == issueId; });
    if (it == all.cend())
        return true; // settled already
    if (!keep.isEmpty()) {
        if (it->type == u"profile") {
            if (auto r = editProfile(keep); !r)
                return r.error();
        } else if (it->type == u"project") {
            if (auto r = editProject(it->entityId, keep); !r)
                return r.error();
        }
    }
    dismissIssue(issueId);
    return true;
}

QList<outbox::Entry> AccountSession::pendingEdits()
{
    QSqlDatabase db = m_store->connection();
    return outbox::all(db);
}

QString AccountSession::describe(const Mutation &mutation)
{
    const EntityKind *kind = kinds::forMutation(mutation.type);
    QSqlDatabase db = m_store->connection();
    return kind ? kind->describe(db, mutation) : QString();
}

QList<FeedItem> AccountSession::updates(qint64 projectId)
{
    QSqlDatabase db = m_store->connection();
    return feed::items(db, projectId, m_account.id);
}

int AccountSession::unreadUpdates(qint64 projectId)
{
    QSqlDatabase db = m_store->connection();
    return feed::unread(db, projectId, m_account.id);
}

void AccountSession::markUpdatesRead(qint64 projectId, qint64 at)
{
    QSqlDatabase db = m_store->connection();
    if (feed::markRead(db, projectId, at))
        Q_EMIT updatesRead();
}

QList<Project> AccountSession::myProjects()
{
    QSqlDatabase db = m_store->connection();
    return project_cache::myProjects(db);
}

std::optional<Project> AccountSession::project(qint64 id, bool withWaitingEdits)
{
    QSqlDatabase db = m_store->connection();
    return project_cache::project(db, id, withWaitingEdits);
}

QList<project_cache::Invitation> AccountSession::invitations()
{
    QSqlDatabase db = m_store->connection();
    return project_cache::invitations(db);
}

QList<project_cache::Draft> AccountSession::drafts()
{
    QSqlDatabase db = m_store->connection();
    return project_cache::drafts(db);
}

QString AccountSession::saveDraft(const QString &localId, const QJsonObject &form, int page)
{
    return project_cache::saveDraft(m_store->connection(), localId, form, page);
}

bool AccountSession::keepTyped(const QString &form, const QJsonObject &typed)
{
    QSqlDatabase db = m_store->connection();
    return form_drafts::save(db, form, typed);
}

std::optional<QJsonObject> AccountSession::typedEarlier(const QString &form)
{
    QSqlDatabase db = m_store->connection();
    return form_drafts::load(db, form);
}

bool AccountSession::forgetTyped(const QString &form)
{
    QSqlDatabase db = m_store->connection();
    return form_drafts::remove(db, form);
}

bool AccountSession::deleteDraft(const QString &localId)
{
    return project_cache::deleteDraft(m_store->connection(), localId);
}

Result<QString> AccountSession::submitDraft(const QString &localId)
{
    auto result = project_cache::submitDraft(m_store->connection(), localId);
    if (result && m_sync)
        m_sync->syncNow();
    return result;
}

std::optional<Error> AccountSession::checkFounder(qint64 projectId)
{
    const auto p = project(projectId);
    if (p && !p->isFounder(m_account.id))
        return Error{u"forbidden"_s,
                     QCoreApplication::translate("etw::AccountSession",
                                                 "Only the project's founders can do this."),
                     {}};
    return std::nullopt;
}

Result<Project> AccountSession::editProject(qint64 projectId, const QJsonObject &patch)
{
    if (auto refused = checkFounder(projectId))
        return *refused;
    auto result = project_cache::edit(m_store->connection(), projectId, patch);
    if (result && m_sync)
        m_sync->syncNow();
    return result;
}

Result<QString> AccountSession::act(const QString &type, const QString &op, qint64 projectId,
                                    const QJsonObject &data)
{
    auto result = project_cache::act(m_store->connection(), type, op, projectId, data);
    if (result && m_sync)
        m_sync->syncNow();
    return result;
}

Result<QString> AccountSession::invite(qint64 projectId, qint64 accountId, const QString &role)
{
    if (auto refused = checkFounder(projectId))
        return *refused;
    return act(u"project_invitation"_s, u"create"_s, projectId,
               {{u"accountId"_s, accountId}, {u"role"_s, role}});
}

Result<QString> AccountSession::answerInvitation(qint64 projectId, bool accept)
{
    return act(u"project_invitation"_s, u"update"_s, projectId,
               {{u"response"_s, accept ? u"accept"_s : u"decline"_s}});
}

Result<QString> AccountSession::withdrawInvitation(qint64 projectId, qint64 accountId)
{
    if (auto refused = checkFounder(projectId))
        return *refused;
    return act(u"project_invitation"_s, u"delete"_s, projectId, {{u"accountId"_s, accountId}});
}

Result<QString> AccountSession::removePartner(qint64 projectId, qint64 accountId)
{
    if (auto refused = checkFounder(projectId))
        return *refused;
    return act(u"project_member"_s, u"delete"_s, projectId, {{u"accountId"_s, accountId}});
}

Result<QString> AccountSession::closeProject(qint64 projectId)
{
    if (auto refused = checkFounder(projectId))
        return *refused;
    return act(u"project_status"_s, u"update"_s, projectId, {{u"status"_s, u"archived"_s}});
}

} // namespace etw
