// SPDX-License-Identifier: GPL-3.0-or-later
#include "material_mutations.h"

#include "change_feed.h"
#include "domain/material.h"
#include "domain/validation_messages.h"
#include "material_store.h"
#include "scopes.h"

namespace etw::server::material_mutations {

using namespace Qt::StringLiterals;
using material_store::StoredMaterial;

namespace {
// The material a mutation is about, in the project it names and not deleted; anything else is
// "not found", as for every object a sender does not see.
std::variant<StoredMaterial, MutationResult> target(MutationContext &c)
{
    const Mutation &m = c.mutation;
    const auto loaded = material_store::load(c.db, m.entityId, true);
    if (!loaded)
        return databaseFailure(m);
    if (!loaded.value() || loaded.value()->deleted ||
        loaded.value()->material.projectId != c.project->project.id)
        return rejected(m, u"not_found"_s,
                        u"There is no material %1 in this project for you."_s.arg(m.entityId));
    return *loaded.value();
}

bool publish(QSqlDatabase &db, qint64 id, bool deleted)
{
    // Read back: with its author's name as it is now.
    const auto fresh = material_store::load(db, id, false);
    return fresh && fresh.value() &&
           change_feed::record(db, {scopes::ofMaterial(fresh.value()->material, deleted)});
}

MutationResult update(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = material::check(m.data);
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        if (it.key() != u"name" && it.key() != u"folder" && it.key() != u"projectId")
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);
    auto found = target(c);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    StoredMaterial s = std::get<StoredMaterial>(found);
    if (m.data.contains(u"name"_s))
        s.material.name = material::normalizedName(m.data.value(u"name"_s).toString());
    if (m.data.contains(u"folder"_s))
        s.material.folder = material::normalizedFolder(m.data.value(u"folder"_s).toString());
    s.material.version += 1;
    s.material.updatedAt = c.now;
    if (!material_store::update(c.db, s) || !publish(c.db, s.material.id, false))
        return databaseFailure(m);
    return applied(m, s.material.version);
}

MutationResult remove(MutationContext &c)
{
    const Mutation &m = c.mutation;
    auto found = target(c);
    if (const auto *refused = std::get_if<MutationResult>(&found))
        return *refused;
    StoredMaterial s = std::get<StoredMaterial>(found);
    s.deleted = true;
    s.material.version += 1;
    s.material.updatedAt = c.now;
    if (!material_store::update(c.db, s) || !publish(c.db, s.material.id, true))
        return databaseFailure(m);
    return applied(m, s.material.version);
}
} // namespace

QList<MutationHandler> handlers()
{
    // clang-format off
    return {
        {u"material"_s, u"update"_s, Access::TwinSpaceWriter, update},
        {u"material"_s, u"delete"_s, Access::TwinSpaceWriter, remove},
    };
    // clang-format on
}

} // namespace etw::server::material_mutations
