// SPDX-License-Identifier: GPL-3.0-or-later
#include "school_label_mutations.h"

#include "change_feed.h"
#include "client_ids.h"
#include "domain/validation_messages.h"
#include "label_mutations.h"
#include "profile_store.h"
#include "registration_store.h"
#include "review_territory.h"
#include "school_label_store.h"
#include "scopes.h"
#include "sql_dialect.h"

#include <QDateTime>
#include <QJsonArray>

namespace etw::server::school_label_mutations {

using namespace Qt::StringLiterals;

namespace {
const QString applicationType = u"school_application"_s;
constexpr qint64 schoolLockBase = 0x5c4000000LL;

MutationResult noSuchApplication(const Mutation &m)
{
    return rejected(m, u"application_gone"_s, u"There is no such school application for you."_s);
}

// The server's English for the first prerequisite the school does not meet (the client
// explains every one in its own language).
MutationResult notEligible(const Mutation &m, const SchoolEligibility &e)
{
    QString why = u"Your school does not meet the label's prerequisites."_s;
    for (const SchoolPrerequisite &p : e.prerequisites())
        if (!p.met) {
            why = u"Your school does not meet the label's prerequisites: "_s + p.explanation;
            break;
        }
    MutationResult r = rejected(m, u"school_not_eligible"_s, why);
    r.current = e.toJson();
    return r;
}

// The validated teacher's school and its eligibility now; a refusal otherwise.
std::optional<SchoolEligibility> ownSchool(MutationContext &c, MutationResult *refusal)
{
    if (c.account.role != Role::Teacher) {
        *refusal = rejected(c.mutation, u"forbidden"_s,
                            u"Only a school's teachers apply for its label."_s);
        return std::nullopt;
    }
    const auto profile = profile_store::loadForUpdate(c.db, c.account.id);
    if (!profile) {
        *refusal = databaseFailure(c.mutation);
        return std::nullopt;
    }
    if (profile->profile.status != u"validated") {
        *refusal = rejected(c.mutation, u"not_validated"_s,
                            u"Your registration waits for your national support service's "
                            u"validation."_s);
        return std::nullopt;
    }
    // The school is the lock: its teachers, through any instance, act one after the other on
    // its one application (a second start waits, then finds the first).
    if (!SqlDialect::lockKey(c.db, schoolLockBase + profile->profile.schoolId)) {
        *refusal = databaseFailure(c.mutation);
        return std::nullopt;
    }
    auto e = school_label_store::eligibility(c.db, profile->profile.schoolId, c.now);
    if (!e) {
        *refusal = databaseFailure(c.mutation);
        return std::nullopt;
    }
    return e;
}

// The application a teacher of its school acts on, locked, as a draft.
std::optional<school_label_store::Stored> ownDraft(MutationContext &c, qint64 schoolId,
                                                   MutationResult *refusal)
{
    qint64 id = c.mutation.entityId;
    if (id < 0) {
        const auto known = client_ids::resolve(c.db, c.account.id, applicationType, id);
        if (!known) {
            *refusal = databaseFailure(c.mutation);
            return std::nullopt;
        }
        id = *known;
    }
    bool failed = false;
    auto s = id > 0 ? school_label_store::forUpdate(c.db, id, &failed) : std::nullopt;
    if (failed) {
        *refusal = databaseFailure(c.mutation);
        return std::nullopt;
    }
    if (!s || s->application.schoolId != schoolId) {
        *refusal = noSuchApplication(c.mutation);
        return std::nullopt;
    }
    // Last round's draft, never sent, stays as it was: a new round starts a new application.
    if (s->application.schoolYear != school_label_store::schoolYearOf(c.now)) {
        *refusal = rejected(c.mutation, u"round_over"_s,
                            u"This application was for an earlier round of the label."_s);
        return std::nullopt;
    }
    if (s->application.status != u"draft") {
        MutationResult r = rejected(c.mutation, u"already_submitted"_s,
                                    u"Your school's application was already sent."_s);
        r.current = s->application.toJson();
        *refusal = r;
        return std::nullopt;
    }
    return s;
}

// The teacher's school (its eligibility now) and its application, a draft of this round.
std::optional<std::pair<SchoolEligibility, school_label_store::Stored>>
ownSchoolsDraft(MutationContext &c, MutationResult *refusal)
{
    auto e = ownSchool(c, refusal);
    if (!e)
        return std::nullopt;
    auto s = ownDraft(c, e->facts.schoolId, refusal);
    if (!s)
        return std::nullopt;
    return std::pair{*e, *s};
}

void touch(SchoolApplication &a, const MutationContext &c)
{
    a.updatedBy = c.account.id;
    a.updatedByName = c.account.displayName;
    a.updatedAt = c.now;
    a.version += 1;
}

// Started by one of the school's teachers, with what they wrote first.
MutationResult start(MutationContext &c)
{
    const Mutation &m = c.mutation;
    if (m.entityId > 0)
        return invalid(m, {{u"entityId"_s, fieldError(u"entityId"_s, u"unknown_value"_s)}});
    MutationResult refusal;
    const auto e = ownSchool(c, &refusal);
    if (!e)
        return refusal;
    if (e->facts.schoolId == 0 || !e->eligible)
        return notEligible(m, *e);
    if (const FieldErrors errors = school_application::validateEdit(m.data); !errors.isEmpty())
        return invalid(m, errors);
    bool failed = false;
    const auto existing =
        school_label_store::forSchool(c.db, e->facts.schoolId, e->round.schoolYear, &failed);
    if (failed)
        return databaseFailure(m);
    // One application per school and round: a colleague started it first.
    if (existing) {
        MutationResult r = rejected(m, u"already_applying"_s,
                                    u"Your school has an application for this round already: "
                                    u"write in it."_s);
        r.current = existing->application.toJson();
        return r;
    }
    const auto school = registration_store::school(c.db, e->facts.schoolId);
    if (!school)
        return databaseFailure(m);
    school_label_store::Stored s;
    SchoolApplication &a = s.application;
    a.schoolId = e->facts.schoolId;
    a.schoolName = e->facts.schoolName;
    a.country = school->country;
    a.region = school->region;
    a.schoolYear = e->round.schoolYear;
    a.status = u"draft"_s;
    a.startedBy = c.account.id;
    a.startedByName = c.account.displayName;
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it) {
        a.fields.insert(it.key(), it.value());
        s.fieldVersions.insert(it.key(), 1);
    }
    touch(a, c);
    if (!school_label_store::save(c.db, s) ||
        (m.entityId < 0 &&
         !client_ids::remember(c.db, c.account.id, applicationType, m.entityId, a.id)) ||
        !change_feed::record(c.db, scopes::ofSchoolApplication(a)))
        return databaseFailure(m);
    return applied(m, a.version, a.id);
}

// A field or more of the shared draft: only a field a colleague changed since the sender's
// version conflicts.
MutationResult write(MutationContext &c)
{
    const Mutation &m = c.mutation;
    MutationResult refusal;
    auto own = ownSchoolsDraft(c, &refusal);
    if (!own)
        return refusal;
    school_label_store::Stored *s = &own->second;
    SchoolApplication &a = s->application;
    if (m.baseVersion < 1 || m.baseVersion > a.version)
        return rejected(
            m, u"bad_base_version"_s,
            u"baseVersion %1 does not exist (current version is %2)."_s.arg(m.baseVersion)
                .arg(a.version));
    if (const FieldErrors errors = school_application::validateEdit(m.data); !errors.isEmpty())
        return invalid(m, errors);
    // The answers a colleague changed since the sender's version stand; the sender's others
    // are written all the same (one edit can hold several answers made offline).
    QStringList clashing;
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        if (s->fieldVersions.value(it.key()).toInteger() > m.baseVersion)
            clashing.append(it.key());
    const bool anyWritten = clashing.size() < m.data.size();
    if (anyWritten) {
        touch(a, c);
        for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
            if (!clashing.contains(it.key())) {
                a.fields.insert(it.key(), it.value());
                s->fieldVersions.insert(it.key(), a.version);
            }
        if (!school_label_store::save(c.db, *s) ||
            !change_feed::record(c.db, scopes::ofSchoolApplication(a)))
            return databaseFailure(m);
    }
    if (!clashing.isEmpty()) {
        // What was written stays; the clashing answers come back to their writer.
        c.keepWrites = anyWritten;
        QJsonObject current = a.toJson();
        current.insert(u"conflictingFields"_s, QJsonArray::fromStringList(clashing));
        return conflict(m, current);
    }
    return applied(m, a.version, a.id);
}

// Sent to the national service by one of the school's teachers, complete and declared, while
// the school is eligible.
MutationResult submit(MutationContext &c)
{
    const Mutation &m = c.mutation;
    MutationResult refusal;
    auto own = ownSchoolsDraft(c, &refusal);
    if (!own)
        return refusal;
    const SchoolEligibility *e = &own->first;
    school_label_store::Stored *s = &own->second;
    SchoolApplication &a = s->application;
    if (!e->eligible)
        return notEligible(m, *e);
    if (const FieldErrors errors = school_application::validateSubmission(a); !errors.isEmpty())
        return invalid(m, errors);
    a.status = u"submitted"_s;
    a.submittedBy = c.account.id;
    a.submittedByName = c.account.displayName;
    a.submittedAt = c.now;
    touch(a, c);
    if (!school_label_store::save(c.db, *s) ||
        !change_feed::record(c.db, scopes::ofSchoolApplication(a)))
        return databaseFailure(m);
    return applied(m, a.version, a.id);
}

// The national service's decision; the first wins. An award is the school's label for two
// years: the directory shows it.
MutationResult decide(MutationContext &c)
{
    const Mutation &m = c.mutation;
    bool failed = false;
    auto s = school_label_store::forUpdate(c.db, m.entityId, &failed);
    if (failed)
        return databaseFailure(m);
    if (!s || s->application.status == u"draft" ||
        !review_territory::sees(c.account, s->application.country, {s->application.region}))
        return noSuchApplication(m);
    SchoolApplication &a = s->application;
    if (a.decision) {
        MutationResult r =
            rejected(m, u"already_decided"_s, u"This application was already decided."_s);
        r.current = a.toJson();
        return r;
    }
    QString decision, feedback;
    if (auto refused =
            label_mutations::refuseDecision(c, a.country, a.region, &decision, &feedback))
        return *refused;
    a.decision = LabelDecision{decision, feedback, c.account.id, c.account.displayName, c.now};
    a.status = decision;
    QList<ChangeRecord> records;
    if (decision == u"awarded") {
        a.validUntil =
            school_application::validUntil(QDateTime::fromMSecsSinceEpoch(c.now, Qt::UTC).date());
        const auto school = school_label_store::setLabel(c.db, a.schoolId, a.validUntil);
        if (!school)
            return databaseFailure(m);
        records += scopes::ofSchool(*school);
    }
    touch(a, c);
    if (!school_label_store::save(c.db, *s) ||
        !school_label_store::publish(c.db, c.now, a.schoolId, nullptr, &records) ||
        !change_feed::record(c.db, records + scopes::ofSchoolApplication(a)))
        return databaseFailure(m);
    return applied(m, a.version);
}
} // namespace

QList<MutationHandler> handlers()
{
    // clang-format off
    return {
        {applicationType,        u"create"_s, Access::SignedIn,      start},
        {applicationType,        u"update"_s, Access::SignedIn,      write},
        {u"school_submission"_s, u"create"_s, Access::SignedIn,      submit},
        {u"school_decision"_s,   u"create"_s, Access::Correspondent, decide},
    };
    // clang-format on
}

} // namespace etw::server::school_label_mutations
