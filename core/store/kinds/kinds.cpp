// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/kinds/scope_kind.h"

#include <QHash>

namespace etw {

using namespace Qt::StringLiterals;

namespace kinds {

const QList<ScopeKind> &scopes()
{
    // clang-format off
    static const QList<ScopeKind> table{
        // name          entity kinds                                  asked  purged  directory file  pull order
        {u"directory"_s, {&directoryKind()},                           true,  false,  true,  0},
        {u"me"_s,        {&profileKind(), &invitationKind(), &pageKind(),
                          &labelApplicationKind()}, true, false, false, 2},
        {u"project:"_s,  {&projectKind(), &pageKind(), &pageRevisionKind(), &materialKind(),
                          &forumDiscussionKind(), &forumThreadKind(), &forumPostKind(),
                          &chatMessageKind()},  false, true, false, 1},
        {u"review:"_s,   {&projectKind(), &registrationKind(), &reviewNoteKind(),
                          &reasonTemplateKind(), &reviewSettingKind(),
                          &statisticsKind(), &labelApplicationKind(), &labelAssessmentKind(),
                          &assessmentGridKind(), &eqlCandidateKind(),
                          &schoolApplicationKind()}, false, true, false, 1},
        {u"european"_s,  {&eqlCandidateKind()}, false, true, false, 1},
        {u"school:"_s,   {&schoolEligibilityKind(), &schoolApplicationKind()},
                                                                        false, true, false, 1},
        {u"country:"_s,  {&labelSettingKind()},  false, true, false, 1},
    };
    // clang-format on
    return table;
}

const ScopeKind *scopeFor(const QString &scope)
{
    for (const ScopeKind &kind : scopes())
        if (kind.matches(scope))
            return &kind;
    return nullptr; // a scope of a later version
}

const EntityKind *forMutation(const QString &type)
{
    static const QHash<QString, const EntityKind *> byType = [] {
        QHash<QString, const EntityKind *> out;
        for (const ScopeKind &scope : scopes())
            for (const EntityKind *kind : scope.kinds)
                for (const QString &t : kind->mutationTypes())
                    out.insert(t, kind);
        return out;
    }();
    return byType.value(type);
}

} // namespace kinds

bool ScopeKind::matches(const QString &scope) const
{
    return name.endsWith(u':') ? scope.startsWith(name) && scope.size() > name.size()
                               : scope == name;
}

CacheTransaction::Lock ScopeKind::lock() const
{
    // The directory's pages and cursor are all in its own file: the cache stays free for the
    // UI thread's saves while they are written.
    return inDirectoryFile ? CacheTransaction::Lock::Directory : CacheTransaction::Lock::Cache;
}

int ScopeKind::pageSize() const
{
    // A page of 200 project or review changes (pages, posts, applications with long texts) is
    // written in a few milliseconds; the directory's small rows go 2,000 at a time.
    return inDirectoryFile ? 2000 : 200;
}

QString ScopeKind::stateTable() const
{
    return inDirectoryFile ? u"directory.sync_state"_s : u"main.sync_state"_s;
}

bool ScopeKind::apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const
{
    // Each kind takes its changes in page order (a school before the teachers who need it).
    for (const EntityKind *kind : kinds) {
        const QStringList types = kind->changeTypes();
        QList<Change> mine;
        for (const Change &c : changes)
            if (types.contains(c.type))
                mine.append(c);
        if (!mine.isEmpty() && !kind->apply(db, scope, mine))
            return false;
    }
    return true;
}

bool ScopeKind::purge(QSqlDatabase &db, const QString &scope) const
{
    for (const EntityKind *kind : kinds)
        if (!kind->purge(db, scope))
            return false;
    return true;
}

QSet<EntityKind::Topic> ScopeKind::topics(const QList<Change> &changes) const
{
    QSet<EntityKind::Topic> out;
    for (const EntityKind *kind : kinds) {
        const QStringList types = kind->changeTypes();
        if (std::any_of(changes.cbegin(), changes.cend(),
                        [&](const Change &c) { return types.contains(c.type); }))
            out.insert(kind->topic());
    }
    return out;
}

} // namespace etw
