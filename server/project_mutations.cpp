// SPDX-License-Identifier: GPL-3.0-or-later
#include "project_mutations.h"

#include "database.h"
#include "domain/json_fields.h"
#include "domain/project.h"
#include "domain/review.h"
#include "domain/validation_messages.h"
#include "project_store.h"
#include "review_territory.h"
#include "scopes.h"

#include <QDateTime>
#include <QJsonArray>

namespace etw::server::project_mutations {

using namespace Qt::StringLiterals;
using project_store::StoredProject;

namespace {
struct Teacher
{
    QString country;
    bool validated = false;
};

// A teacher account and whether its registration was validated; nullopt for other accounts.
std::optional<Teacher> teacher(QSqlDatabase &db, qint64 accountId, bool *failed)
{
    QSqlQuery q(db);
    if (!Database::run(
            q,
            u"SELECT s.country, t.status FROM teacher_profiles t "
            u"JOIN accounts a ON a.id = t.account_id JOIN schools s ON s.id = t.school_id "
            u"WHERE t.account_id = ? AND a.role = 'teacher'"_s,
            {accountId})) {
        *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Teacher{q.value(0).toString(), q.value(1).toString() == u"validated"};
}

bool isClosed(const Project &p);

// Saves the project (version + 1, last activity now) and publishes it.
MutationResult save(QSqlDatabase &db, const Mutation &m, StoredProject &s, qint64 now)
{
    s.project.version += 1;
    s.project.updatedAt = now;
    // A closed project takes nobody new: its open invitations end with it.
    if (isClosed(s.project))
        for (const ProjectMember &member : s.project.members)
            if (member.state == u"invited" &&
                !project_store::setMember(db, s.project.id, member.accountId, member.role,
                                          u"withdrawn"_s, 0, now))
                return databaseFailure(m);
    // Reload members' names and schools as they are now, then publish.
    if (!project_store::update(db, s))
        return databaseFailure(m);
    auto fresh = project_store::loadForUpdate(db, s.project.id);
    if (!fresh || !change_feed::record(db, scopes::ofProject(fresh->project)))
        return databaseFailure(m);
    return applied(m, fresh->project.version,
                   m.op == u"create" && m.type == u"project" ? fresh->project.id : 0);
}

bool isClosed(const Project &p)
{
    return p.status == u"archived" || p.status == u"rejected";
}

MutationResult closedProject(const Mutation &m, const Project &p)
{
    return rejected(m, u"project_closed"_s,
                    p.status == u"archived"
                        ? u"This project is archived: it can no longer be changed."_s
                        : u"This project was rejected: it can no longer be changed."_s);
}

// Checks an invitation of `accountId` as `role` to `p` by one of its founders.
std::optional<MutationResult> checkInvitation(QSqlDatabase &db, const Mutation &m, const Project &p,
                                              const QString &inviterCountry, qint64 inviter,
                                              qint64 accountId, const QString &role)
{
    FieldErrors errors;
    if (role != u"founder" && role != u"partner")
        errors.insert(u"role"_s, fieldError(u"role"_s, u"unknown_value"_s));
    bool failed = false;
    const auto invitee = teacher(db, accountId, &failed);
    if (failed)
        return databaseFailure(m);
    if (accountId == inviter || !invitee || !invitee->validated)
        errors.insert(u"accountId"_s, fieldError(u"accountId"_s, u"unknown_value"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);
    if (role == u"founder" && p.status != u"waiting_partners")
        return rejected(m, u"invalid_state"_s,
                        u"Founders join before the project is submitted; invite a partner "
                        u"instead."_s);
    // A national project is founded by schools of one country.
    if (role == u"founder" && p.kind == u"national" && invitee->country != inviterCountry)
        return rejected(m, u"wrong_country"_s,
                        u"A national project's founders are all in %1; invite this teacher as "
                        u"a partner, or register a European project."_s.arg(inviterCountry));
    if (const ProjectMember *existing = p.member(accountId))
        if (existing->state == u"active" || existing->state == u"invited")
            return rejected(m, u"already_member"_s,
                            existing->state == u"active"
                                ? u"This teacher is already in the project."_s
                                : u"This teacher is already invited."_s);
    return std::nullopt;
}

MutationResult create(MutationContext &c)
{
    QSqlDatabase &db = c.db;
    const Account &account = c.account;
    const Mutation &m = c.mutation;
    const qint64 now = c.now;
    bool failed = false;
    const auto founder = teacher(db, account.id, &failed);
    if (failed)
        return databaseFailure(m);
    if (!founder || !founder->validated)
        return rejected(m, u"forbidden"_s,
                        u"Only teachers whose registration was validated can register projects."_s);
    if (const FieldErrors errors = project::validateRegistration(m.data); !errors.isEmpty())
        return invalid(m, errors);
    QJsonObject form = m.data;
    const QJsonValue invitations = form.take(u"invitations"_s);

    StoredProject s;
    Project &p = s.project;
    p = project::applyPatch(Project{}, form);
    p.status = u"waiting_partners"_s;
    p.createdBy = account.id;
    p.updatedAt = now;
    p.version = 0; // save() makes it 1
    p.id = project_store::insert(db, p);
    if (!p.id || !project_store::setMember(db, p.id, account.id, u"founder"_s, u"active"_s, 0, now))
        return databaseFailure(m);
    p.members.append({account.id, {}, 0, {}, founder->country, u"founder"_s, u"active"_s});
    for (const QJsonValue v : invitations.toArray()) {
        const qint64 invitee = v[u"accountId"_s].toInteger();
        const QString role = v[u"role"_s].toString();
        if (auto refused = checkInvitation(db, m, p, founder->country, account.id, invitee, role)) {
            // Name the list, not a nested field: the wizard shows it at the invitation list.
            if (refused->error.code == u"validation_failed")
                return invalid(
                    m, {{u"invitations"_s, fieldError(u"invitations"_s, u"unknown_value"_s)}});
            return *refused;
        }
        if (!project_store::setMember(db, p.id, invitee, role, u"invited"_s, account.id, now))
            return databaseFailure(m);
        p.members.append({invitee, {}, 0, {}, {}, role, u"invited"_s});
    }
    return save(db, m, s, now);
}

MutationResult update(MutationContext &c)
{
    const Mutation &m = c.mutation;
    StoredProject &s = *c.project;
    Project &p = s.project;
    if (isClosed(p))
        return closedProject(m, p);
    if (m.baseVersion < 1 || m.baseVersion > p.version)
        return rejected(
            m, u"bad_base_version"_s,
            u"baseVersion %1 does not exist (current version is %2)."_s.arg(m.baseVersion)
                .arg(p.version));
    // Field by field: only a field changed since baseVersion conflicts.
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        if (s.fieldVersions.value(it.key()).toInteger() > m.baseVersion)
            return conflict(m, p.toJson());
    const FieldErrors errors = project::validatePatch(m.data, p);
    if (!errors.isEmpty())
        return invalid(m, errors);
    p = project::applyPatch(p, m.data);
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        s.fieldVersions.insert(it.key(), p.version + 1);
    return save(c.db, m, s, c.now);
}

MutationResult close(MutationContext &c)
{
    const Mutation &m = c.mutation;
    StoredProject &s = *c.project;
    const Project &p = s.project;
    if (m.data.value(u"status"_s).toString() != u"archived" || m.data.size() != 1)
        return invalid(m, {{u"status"_s, fieldError(u"status"_s, u"unknown_value"_s)}});
    if (p.status != u"active")
        return rejected(m, u"invalid_state"_s,
                        p.status == u"archived" ? u"This project is archived already."_s
                                                : u"Only an active project can be closed."_s);
    s.project.status = u"archived"_s;
    return save(c.db, m, s, c.now);
}

MutationResult invite(MutationContext &c)
{
    QSqlDatabase &db = c.db;
    const Account &account = c.account;
    const Mutation &m = c.mutation;
    const qint64 now = c.now;
    StoredProject &s = *c.project;
    Project &p = s.project;
    if (isClosed(p))
        return closedProject(m, p);
    json::Reader r(m.data);
    const qint64 invitee = r.integer(u"accountId"_s);
    const QString role = r.string(u"role"_s);
    if (!r.errors().isEmpty())
        return invalid(m, r.errors());
    if (auto refused =
            checkInvitation(db, m, p, p.member(account.id)->country, account.id, invitee, role))
        return *refused;
    if (!project_store::setMember(db, p.id, invitee, role, u"invited"_s, account.id, now))
        return databaseFailure(m);
    return save(db, m, s, now);
}

MutationResult answer(MutationContext &c)
{
    QSqlDatabase &db = c.db;
    const Account &account = c.account;
    const Mutation &m = c.mutation;
    const qint64 now = c.now;
    StoredProject &s = *c.project;
    Project &p = s.project;
    const ProjectMember *me = p.member(account.id);
    if (!me || me->state != u"invited")
        return rejected(m, u"no_invitation"_s,
                        u"There is no open invitation to this project for you (it may have "
                        u"been withdrawn)."_s);
    const QString response = m.data.value(u"response"_s).toString();
    if (response != u"accept" && response != u"decline")
        return invalid(m, {{u"response"_s,
                            fieldError(u"response"_s,
                                       response.isEmpty() ? u"required"_s : u"unknown_value"_s)}});
    if (isClosed(p))
        return closedProject(m, p);
    const QString role = me->role;
    // A founder's country is approved by its national service while the project waits for
    // approval: one joining after that would make an active project with an unapproved
    // founder country.
    if (response == u"accept" && role == u"founder" && p.status != u"waiting_partners")
        return rejected(m, u"founders_complete"_s,
                        u"The project was submitted without you: its founders can invite you "
                        u"as a partner."_s);
    const QString state = response == u"accept" ? u"active"_s : u"declined"_s;
    if (!project_store::setMember(db, p.id, account.id, role, state, 0, now))
        return databaseFailure(m);
    // The last founder needed: the project goes to the national services.
    auto reloaded = project_store::loadForUpdate(db, p.id);
    if (!reloaded)
        return databaseFailure(m);
    s.project.members = reloaded->project.members;
    if (p.status == u"waiting_partners" && project::foundersComplete(p))
        p.status = u"waiting_approval"_s;
    return save(db, m, s, now);
}

MutationResult endMembership(MutationContext &c, bool invitation)
{
    QSqlDatabase &db = c.db;
    const Mutation &m = c.mutation;
    const qint64 now = c.now;
    StoredProject &s = *c.project;
    Project &p = s.project;
    if (isClosed(p))
        return closedProject(m, p);
    json::Reader r(m.data);
    const qint64 target = r.integer(u"accountId"_s);
    if (!r.errors().isEmpty())
        return invalid(m, r.errors());
    const ProjectMember *member = p.member(target);
    if (invitation && (!member || member->state != u"invited"))
        return rejected(m, u"no_invitation"_s, u"This teacher has no open invitation."_s);
    if (!invitation) {
        if (!member || member->state != u"active")
            return rejected(m, u"not_member"_s, u"This teacher is not in the project."_s);
        if (member->role == u"founder")
            return rejected(m, u"cannot_remove_founder"_s,
                            u"A founder cannot be removed from the project."_s);
    }
    if (!project_store::setMember(db, p.id, target, member->role,
                                  invitation ? u"withdrawn"_s : u"removed"_s, 0, now))
        return databaseFailure(m);
    return save(db, m, s, now);
}

MutationResult decide(MutationContext &c)
{
    QSqlDatabase &db = c.db;
    const Account &account = c.account;
    const Mutation &m = c.mutation;
    const qint64 now = c.now;
    StoredProject &s = *c.project;
    Project &p = s.project;
    if (account.role != Role::Correspondent || !p.founderCountries().contains(account.country))
        return rejected(m, u"forbidden"_s,
                        u"Only the national support service of a founder's country decides on "
                        u"this project."_s);
    const auto decides = review_territory::decides(
        db, account, account.country, review_territory::founderRegions(p, account.country));
    if (!decides)
        return databaseFailure(m);
    if (!*decides)
        return rejected(m, u"forbidden"_s,
                        u"Your national support service decides on this project: it has not let "
                        u"regional correspondents decide."_s);
    const QString decision = m.data.value(u"decision"_s).toString();
    const QString reason = m.data.value(u"reason"_s).toString().trimmed();
    const FieldErrors errors =
        review::validateDecision(m.data, u"approve"_s, project::maxReasonLength);
    if (!errors.isEmpty())
        return invalid(m, errors);
    // The first decision wins; a later one is told what was decided and when.
    for (const ProjectDecision &d : p.decisions)
        if (d.country == account.country) {
            MutationResult r = rejected(
                m, u"already_decided"_s,
                u"This project was already %1 for %2 on %3."_s.arg(
                    d.decision, d.country,
                    QDateTime::fromMSecsSinceEpoch(d.decidedAt, Qt::UTC).toString(Qt::ISODate)));
            r.current = d.toJson();
            return r;
        }
    if (p.status != u"waiting_approval")
        return rejected(m, u"invalid_state"_s,
                        p.status == u"waiting_partners"
                            ? u"The project is still waiting for its founders."_s
                            : u"The project is no longer waiting for a decision."_s);
    const ProjectDecision d{account.country, decision == u"approve" ? u"approved"_s : u"rejected"_s,
                            reason,          now,
                            account.id,      account.displayName};
    if (!project_store::addDecision(db, p.id, d, account.id))
        return databaseFailure(m);
    p.decisions.append(d);
    if (d.decision == u"rejected")
        p.status = u"rejected"_s;
    else if (const QStringList countries = p.founderCountries();
             std::all_of(countries.cbegin(), countries.cend(), [&p](const QString &country) {
                 return std::any_of(p.decisions.cbegin(), p.decisions.cend(),
                                    [&](const ProjectDecision &x) {
                                        return x.country == country && x.decision == u"approved";
                                    });
             }))
        p.status = u"active"_s; // its TwinSpace exists from now on
    return save(db, m, s, now);
}
} // namespace

QList<MutationHandler> handlers()
{
    // clang-format off
    return {
        {u"project"_s,            u"create"_s, Access::SignedIn,        create},
        {u"project"_s,            u"update"_s, Access::ProjectFounder,  update},
        {u"project_status"_s,     u"update"_s, Access::ProjectFounder,  close},
        {u"project_invitation"_s, u"create"_s, Access::ProjectFounder,  invite},
        {u"project_invitation"_s, u"update"_s, Access::ProjectInvitee,  answer},
        {u"project_invitation"_s, u"delete"_s, Access::ProjectFounder,
         [](MutationContext &c) { return endMembership(c, true); }},
        {u"project_member"_s,     u"delete"_s, Access::ProjectFounder,
         [](MutationContext &c) { return endMembership(c, false); }},
        {u"project_decision"_s,   u"create"_s, Access::ProjectInvolved, decide},
    };
    // clang-format on
}

} // namespace etw::server::project_mutations
