// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile_mutations.h"

#include "domain/profile.h"
#include "domain/validation_messages.h"
#include "profile_store.h"
#include "registration_store.h"
#include "school_store.h"
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
    FieldErrors errors = profile::validatePatch(mutation.data, current);
    // A school of the teacher's own country (the country is the service that validates).
    const qint64 oldSchool = current.schoolId;
    const qint64 newSchool = mutation.data.value(u"schoolId"_s).toInteger(oldSchool);
    const bool schoolChanged = !errors.contains(u"schoolId"_s) && newSchool != oldSchool;
    if (schoolChanged) {
        const auto offered = school_store::isOffered(db, newSchool, current.country);
        if (!offered)
            return databaseFailure(mutation);
        if (!*offered)
            errors.insert(u"schoolId"_s, fieldError(u"schoolId"_s, u"unknown_value"_s));
    }
    if (!errors.isEmpty())
        return invalid(mutation, errors);
    // Where the registration showed before: its old school's region may be another one.
    bool failed = false;
    const auto before =
        schoolChanged ? registration_store::load(db, account.id, &failed) : std::nullopt;
    if (failed)
        return databaseFailure(mutation);
    current = profile::applyPatch(current, mutation.data);
    current.version += 1;
    for (auto it = mutation.data.constBegin(); it != mutation.data.constEnd(); ++it)
        stored->fieldVersions.insert(it.key(), current.version);
    // Its service reviews what the teacher says of themself too (subjects, languages).
    QList<ChangeRecord> records = scopes::ofProfile(current);
    if (!profile_store::update(db, *stored) ||
        (schoolChanged && !profile_store::askValidationAgain(db, account.id, newSchool, c.now)))
        return databaseFailure(mutation);
    const QStringList left =
        before ? scopes::reviewScopes(before->country, {before->region}) : QStringList();
    if (const auto g = registration_store::load(db, account.id, &failed);
        g && registration_store::inReview(*g))
        records += scopes::ofRegistration(*g, true, left);
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
