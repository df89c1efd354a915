// SPDX-License-Identifier: GPL-3.0-or-later
#include "page_mutations.h"

#include "change_feed.h"
#include "client_ids.h"
#include "domain/page.h"
#include "domain/text_merge.h"
#include "domain/validation_messages.h"
#include "html_sanitizer.h"
#include "material_store.h"
#include "page_store.h"
#include "scopes.h"

namespace etw::server::page_mutations {

using namespace Qt::StringLiterals;
using page_store::StoredPage;

namespace {
const QString idKind = u"page"_s;

MutationResult noPage(const Mutation &m, qint64 id)
{
    return rejected(m, u"not_found"_s, u"There is no page %1 in this project for you."_s.arg(id));
}

// The page a mutation is about, as this account may see it: in the project, not deleted, and
// a draft only for its author. Someone else's draft is "not found", like any unseen object.
std::variant<StoredPage, MutationResult> target(MutationContext &c, qint64 id)
{
    const auto resolved = client_ids::resolve(c.db, c.account.id, idKind, id);
    if (!resolved)
        return databaseFailure(c.mutation);
    auto stored = *resolved > 0 ? page_store::loadForUpdate(c.db, *resolved) : std::nullopt;
    if (!stored || stored->deleted || stored->page.projectId != c.project->project.id ||
        (stored->page.state != u"published" && stored->page.authorId != c.account.id))
        return noPage(c.mutation, id);
    return *stored;
}

// The parent a page goes under (0: the top), checked: a page of the project this account sees,
// never the page itself or one below it, and not deeper than page::maxDepth.
std::variant<qint64, MutationResult> parentFor(MutationContext &c, qint64 pageId)
{
    const Mutation &m = c.mutation;
    const qint64 asked = m.data.value(u"parentId"_s).toInteger();
    const auto resolved = client_ids::resolve(c.db, c.account.id, idKind, asked);
    if (!resolved)
        return databaseFailure(m);
    const qint64 parent = *resolved;
    auto unknown = [&] {
        return invalid(m, {{u"parentId"_s, fieldError(u"parentId"_s, u"unknown_value"_s)}});
    };
    // A local id the server never gave out (its creation was refused): not the top instead.
    if (asked < 0 && parent == 0)
        return unknown();
    if (parent == 0)
        return qint64(0);
    const auto tree = page_store::parents(c.db, c.project->project.id);
    if (!tree)
        return databaseFailure(m);
    if (!tree->contains(parent))
        return unknown();
    const auto stored = page_store::loadForUpdate(c.db, parent);
    if (!stored || (stored->page.state != u"published" && stored->page.authorId != c.account.id))
        return unknown();
    // The parent's level (1 at the top), then how deep the moved page's own sub-pages go.
    int level = 0;
    for (qint64 up = parent; up != 0; up = tree->value(up)) {
        if (up == pageId)
            return rejected(m, u"invalid_parent"_s,
                            u"A page cannot be moved under itself or one of its sub-pages."_s);
        if (++level > page::maxDepth || !tree->contains(up))
            break;
    }
    int below = 0;
    if (pageId != 0) {
        QList<std::pair<qint64, int>> walk{{pageId, 0}};
        for (qsizetype i = 0; i < walk.size() && below < page::maxDepth; ++i)
            for (auto it = tree->cbegin(); it != tree->cend(); ++it)
                if (it.value() == walk.at(i).first) {
                    walk.append({it.key(), walk.at(i).second + 1});
                    below = std::max(below, walk.at(i).second + 1);
                }
    }
    if (level + 1 + below > page::maxDepth)
        return rejected(m, u"too_deep"_s,
                        u"Pages nest at most %1 levels deep."_s.arg(page::maxDepth));
    return parent;
}

bool publish(QSqlDatabase &db, const Page &page, bool deleted = false)
{
    auto fresh = page_store::loadForUpdate(db, page.id); // with the author's name as it is now
    return fresh && change_feed::record(db, scopes::ofPage(fresh->page, deleted));
}

bool publish(QSqlDatabase &db, const PageRevision &revision, qint64 projectId)
{
    auto fresh = page_store::revision(db, revision.pageId, revision.number);
    return fresh && change_feed::record(db, {scopes::ofRevision(*fresh, projectId)});
}

Result<QString> sanitized(MutationContext &c)
{
    // Never the client's HTML as it came: only the allowed tags, attributes, links and styles,
    // and pictures of this project's own materials.
    const Mutation &m = c.mutation;
    html::SanitizeOptions options;
    options.materialAllowed = [&c](const QString &sha256) {
        return material_store::projectHas(c.db, c.project->project.id, sha256);
    };
    const html::Sanitized clean = html::sanitize(m.data.value(u"body"_s).toString(), options);
    if (clean.html.size() > page::maxBodyLength)
        return Error{
            u"validation_failed"_s, {}, {{u"body"_s, fieldError(u"body"_s, u"too_long"_s)}}};
    return clean.html;
}

MutationResult create(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = page::check(m.data);
    if (!m.data.contains(u"title"_s))
        errors.insert(u"title"_s, fieldError(u"title"_s, u"required"_s));
    if (m.entityId > 0)
        errors.insert(u"entityId"_s, fieldError(u"entityId"_s, u"unknown_value"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);
    const auto parent = parentFor(c, 0);
    if (const auto *refused = std::get_if<MutationResult>(&parent))
        return *refused;
    Page p;
    p.projectId = c.project->project.id;
    p.parentId = std::get<qint64>(parent);
    p.position = m.data.value(u"position"_s).toDouble();
    p.title = m.data.value(u"title"_s).toString().trimmed();
    p.state = u"draft"_s;
    p.authorId = c.account.id;
    p.version = 1;
    p.updatedAt = c.now;
    if (m.data.contains(u"body"_s)) {
        const auto body = sanitized(c);
        if (!body)
            return invalid(m, body.error().fields);
        p.body = body.value();
    }
    p.id = page_store::insert(c.db, p);
    if (!p.id || !client_ids::remember(c.db, c.account.id, idKind, m.entityId, p.id) ||
        !publish(c.db, p))
        return databaseFailure(m);
    return applied(m, p.version, p.id);
}

MutationResult update(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = page::check(m.data);
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        if (it.key() != u"title" && it.key() != u"parentId" && it.key() != u"position" &&
            it.key() != u"projectId")
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);
    auto found = target(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    StoredPage s = std::get<StoredPage>(found);
    // The tree is last-writer-wins: a rename or a move loses no text.
    if (m.data.contains(u"parentId"_s)) {
        const auto parent = parentFor(c, s.page.id);
        if (const auto *refused = std::get_if<MutationResult>(&parent))
            return *refused;
        s.page.parentId = std::get<qint64>(parent);
    }
    if (m.data.contains(u"position"_s))
        s.page.position = m.data.value(u"position"_s).toDouble();
    if (m.data.contains(u"title"_s))
        s.page.title = m.data.value(u"title"_s).toString().trimmed();
    s.page.version += 1;
    s.page.updatedAt = c.now;
    if (!page_store::update(c.db, s) || !publish(c.db, s.page))
        return databaseFailure(m);
    return applied(m, s.page.version);
}

MutationResult remove(MutationContext &c)
{
    const Mutation &m = c.mutation;
    auto found = target(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    const StoredPage top = std::get<StoredPage>(found);
    const auto tree = page_store::parents(c.db, top.page.projectId);
    if (!tree)
        return databaseFailure(m);
    // Its sub-pages go with it (their texts stay in the database's revisions).
    QList<qint64> doomed{top.page.id};
    for (qsizetype i = 0; i < doomed.size(); ++i)
        for (auto it = tree->cbegin(); it != tree->cend(); ++it)
            if (it.value() == doomed.at(i))
                doomed.append(it.key());
    for (qint64 id : doomed) {
        auto s = page_store::loadForUpdate(c.db, id);
        if (!s)
            return databaseFailure(m);
        s->deleted = true;
        s->page.version += 1;
        s->page.updatedAt = c.now;
        QList<ChangeRecord> gone = scopes::ofPage(s->page, true);
        for (const PageRevision &r : page_store::revisions(c.db, id))
            gone.append(scopes::ofRevision(r, s->page.projectId, true));
        if (!page_store::update(c.db, *s) || !change_feed::record(c.db, gone))
            return databaseFailure(m);
    }
    return applied(m, top.page.version + 1);
}

// page_revision/create: baseVersion is the revision the text was written on (0: a first text).
MutationResult publishText(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = page::check(m.data);
    if (!m.data.value(u"body"_s).isString())
        errors.insert(u"body"_s, fieldError(u"body"_s, u"required"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);
    auto found = target(c, m.entityId);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    StoredPage s = std::get<StoredPage>(found);
    Page &p = s.page;
    const qint64 base = m.baseVersion;
    if (base < 0 || base > p.revision)
        return rejected(
            m, u"bad_base_version"_s,
            u"Revision %1 does not exist (the page is at %2)."_s.arg(base).arg(p.revision));
    const auto incoming = sanitized(c);
    if (!incoming)
        return invalid(m, incoming.error().fields);
    const QString title =
        m.data.contains(u"title"_s) ? m.data.value(u"title"_s).toString().trimmed() : p.title;
    const qint64 restoredFrom = m.data.value(u"restoredFrom"_s).toInteger();

    PageRevision r;
    r.pageId = p.id;
    r.title = title;
    r.authorId = c.account.id;
    r.createdAt = c.now;
    r.restoredFrom = restoredFrom;
    if (base == p.revision) {
        r.body = incoming.value();
        r.kind = restoredFrom ? u"restored"_s : u"published"_s;
    } else {
        // Published meanwhile by someone else: what each changed is merged, block by block. A
        // first text (base 0: a draft published from two computers) merges against nothing.
        const auto common = base == 0 ? std::optional<PageRevision>(PageRevision{})
                                      : page_store::revision(c.db, p.id, base);
        if (!common)
            return rejected(m, u"bad_base_version"_s, u"Revision %1 is not kept."_s.arg(base));
        const text_merge::Result merge =
            text_merge::merge3(text_merge::lines(common->body), text_merge::lines(p.body),
                               text_merge::lines(incoming.value()));
        if (!merge.clean()) {
            // Never discarded: the text stays as a revision, and the author chooses.
            auto kept = page_store::revisionOfMutation(c.db, p.id, m.id);
            if (!kept) {
                r.number = ++s.lastRevision;
                r.body = incoming.value();
                r.kind = u"kept"_s;
                if (!page_store::addRevision(c.db, r, m.id) || !page_store::update(c.db, s) ||
                    !publish(c.db, r, p.projectId))
                    return databaseFailure(m);
                kept = r;
            }
            c.keepWrites = true;
            return conflict(m, {{u"page"_s, p.toJson()},
                                {u"keptRevision"_s, kept->number},
                                {u"baseRevision"_s, base},
                                {u"conflicts"_s, merge.conflictCount()}});
        }
        r.body = text_merge::join(merge.merged());
        r.kind = u"merged"_s;
    }
    r.number = ++s.lastRevision;
    p.revision = r.number;
    p.body = r.body;
    p.title = title;
    p.state = u"published"_s;
    p.version += 1;
    p.updatedAt = c.now;
    if (!page_store::addRevision(c.db, r, m.id) || !page_store::update(c.db, s) ||
        !publish(c.db, p) || !publish(c.db, r, p.projectId))
        return databaseFailure(m);
    return applied(m, r.number);
}
} // namespace

QList<MutationHandler> handlers()
{
    // clang-format off
    return {
        {u"page"_s,          u"create"_s, Access::TwinSpaceWriter, create},
        {u"page"_s,          u"update"_s, Access::TwinSpaceWriter, update},
        {u"page"_s,          u"delete"_s, Access::TwinSpaceWriter, remove},
        {u"page_revision"_s, u"create"_s, Access::TwinSpaceWriter, publishText},
    };
    // clang-format on
}

} // namespace etw::server::page_mutations
