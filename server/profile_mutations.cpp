// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile_mutations.h"

#include "domain/profile.h"
#include "profile_store.h"
#include "registration_store.h"
#include "scopes.h"

namespace etw::server::profile_mutations {

using namespace Qt::StringLiterals;

namespace {
MutationResult update(MutationContext &c)
{
    QSqlDatabase &db = c.db;
    const Account &account = c.account;
    const Mutation &mutation = c.mutation;
    auto stored = profile_store::loadForUpdate(db, account.id);
    if (!stored)
        return rejected(mutation, u"not_found"_s, u"This account has no teacher profile."_s);
    TeacherProfile &current = stored->profile;
    if (mutation.baseVersion < 1 || mutation.baseVersion > current.version)
        return rejected(
            mutation, u"bad_base_version"_s,
            u"baseVersion %1 does not exist (current version is %2)."_s.arg(mutation.baseVersion)
                .arg(current.version));

    // Field-by-field merge: only a field changed on the server since baseVersion conflicts.
    for (auto it = mutation.data.constBegin(); it != mutation.data.constEnd(); ++it) {
        if (stored->fieldVersions.value(it.key()).toInteger() > mutation.baseVersion)
            return conflict(mutation, current.toJson());
    }
    const FieldErrors errors = profile::validatePatch(mutation.data, current);
    if (!errors.isEmpty())
        return invalid(mutation, errors);
    current = profile::applyPatch(current, mutation.data);
    current.version += 1;
    for (auto it = mutation.data.constBegin(); it != mutation.data.constEnd(); ++it)
        stored->fieldVersions.insert(it.key(), current.version);
    // Its service reviews what the teacher says of themself too (subjects, languages).
    bool failed = false;
    QList<ChangeRecord> records = scopes::ofProfile(current);
    if (!profile_store::update(db, *stored))
        return databaseFailure(mutation);
    if (const auto g = registration_store::load(db, account.id, &failed);
        g && registration_store::inReview(*g))
        records += scopes::ofRegistration(*g, true);
    if (failed || !change_feed::record(db, records))
        return databaseFailure(mutation);

    return applied(mutation, current.version);
}

} // namespace

QList<MutationHandler> handlers()
{
    return {{u"profile"_s, u"update"_s, Access::OwnProfile, update}};
}

} // namespace etw::server::profile_mutations
