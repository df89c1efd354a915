// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace pages of this account's projects as they should show here: the server's copy
// with what was done on this computer and not yet sent on top (creations included).
#pragma once

#include "domain/page.h"
#include "domain/sync_types.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::page_cache {

// Pulled pages (project scope: published; the account's scope: its drafts) and revisions.
bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes);
bool applyRevisions(QSqlDatabase &db, const QString &scope, const QList<Change> &changes);
bool purge(QSqlDatabase &db, const QString &scope);
bool purgeRevisions(QSqlDatabase &db, const QString &scope);

struct Entry
{
    Page page;            // a page created here and not yet sent has a negative id
    bool waiting = false; // something done to it here has not reached the server yet
};
// Every page of the project, parents before children, siblings by position. Without the
// waiting changes: the server's pages only (texts as it sanitised them), as an export shows.
QList<Entry> tree(QSqlDatabase &db, qint64 projectId, bool withWaitingChanges = true);
std::optional<Entry> page(QSqlDatabase &db, qint64 projectId, qint64 pageId);
QList<PageRevision> revisions(QSqlDatabase &db, qint64 pageId);

// Each validates, then queues its mutation with the change it makes here, in one transaction.
// A new page gets a local (negative) id until the server gives it its own.
Result<qint64> create(QSqlDatabase db, qint64 projectId, qint64 parentId, double position,
                      const QString &title);
Result<bool> rename(QSqlDatabase db, qint64 projectId, qint64 pageId, const QString &title);
Result<bool> move(QSqlDatabase db, qint64 projectId, qint64 pageId, qint64 parentId,
                  double position);
Result<bool> remove(QSqlDatabase db, qint64 projectId, qint64 pageId);
// Sends the text typed on `baseRevision` (the server merges it with what was published since).
// restoredFrom: the older revision it brings back.
Result<QString> publish(QSqlDatabase db, qint64 projectId, qint64 pageId, const QString &title,
                        const QString &body, qint64 baseRevision, qint64 restoredFrom = 0);

// After the server created a page this computer made: every queued mutation, typed text and
// reference under its local id takes the server's.
// Until the pull brings the server's copy, the page stays in the tree as its creation made it
// (`created`: the creation's data, `version`: the one the server gave).
bool adoptServerId(QSqlDatabase &db, qint64 localId, qint64 serverId,
                   const QJsonObject &created = {}, qint64 version = 1);
// The server's id for a local one it replaced (a window still showing the page by it); else id.
qint64 currentId(QSqlDatabase &db, qint64 pageId);
// A fresh local id: negative, random, so that two computers of one account never collide.
qint64 newLocalId();
QString typedKey(qint64 pageId); // the form_drafts key of a page's text as typed
// Keeps a page's text as typed (what TwinSpace::keepTyped writes), in the caller's transaction.
bool keepTyped(QSqlDatabase &db, qint64 pageId, const QString &title, const QString &body,
               qint64 baseRevision);

} // namespace etw::page_cache
