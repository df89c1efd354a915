// SPDX-License-Identifier: GPL-3.0-or-later
// A kind of sync scope (directory, me, project:<id>, review:<country>): what it carries, where.
#pragma once

#include "store/kinds/entity_kind.h"
#include "store/local_store.h"

#include <QSet>

namespace etw {

struct ScopeKind
{
    // "directory" and "me" name one scope; a name ending with ':' is a prefix ("project:").
    QString name;
    QList<const EntityKind *> kinds;
    // Asked for from the first sync on, before the server listed it.
    bool alwaysAsked = false;
    // Its data goes when the server stops listing it (a project the account left).
    bool purgedWhenUnlisted = false;
    // Its rows and cursor live in the directory file (own write lock, replaceable by a snapshot).
    bool inDirectoryFile = false;
    // Scopes are pulled in this order: what moves from the account's own scope to a project's
    // (a page published, an invitation accepted) arrives in its new place before it leaves the
    // old one, so that it never vanishes from the window in between.
    int pullOrder = 0;

    bool matches(const QString &scope) const;
    CacheTransaction::Lock lock() const;
    // Changes asked for per page: each page is one write transaction under lock(), so pages
    // written under the cache's lock, the one the UI thread's saves take, stay short.
    int pageSize() const;
    // Where its cursor is kept: with the rows it describes.
    QString stateTable() const;
    // Each change goes to the kind of its type; types of later versions are skipped.
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const;
    bool purge(QSqlDatabase &db, const QString &scope) const;
    // The topics the given changes touch.
    QSet<EntityKind::Topic> topics(const QList<Change> &changes) const;
};

namespace kinds {
// The one table of scope kinds and their entity kinds (kinds.cpp). Adding a kind of data adds
// its file and its line there.
const QList<ScopeKind> &scopes();
const ScopeKind *scopeFor(const QString &scope);
// The kind that sends mutations of `type`, or nullptr.
const EntityKind *forMutation(const QString &type);
} // namespace kinds

} // namespace etw
