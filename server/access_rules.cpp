// SPDX-License-Identifier: GPL-3.0-or-later
#include "access_rules.h"

#include "review_territory.h"

namespace etw::server::access_rules {

using namespace Qt::StringLiterals;

namespace {
MutationResult notFound(const Mutation &m, qint64 projectId)
{
    // Someone outside the project learns nothing, not even that it exists.
    return rejected(m, u"not_found"_s, u"There is no project %1 for you."_s.arg(projectId));
}

bool involved(const Account &account, const Project &p)
{
    const ProjectMember *me = p.member(account.id);
    return (me && (me->state == u"active" || me->state == u"invited")) ||
           (account.role == Role::Correspondent && p.status != u"waiting_partners" &&
            p.founderCountries().contains(account.country) &&
            review_territory::sees(account, account.country,
                                   review_territory::founderRegions(p, account.country)));
}
} // namespace

std::optional<MutationResult> check(Access access, MutationContext &c)
{
    const Mutation &m = c.mutation;
    switch (access) {
    case Access::SignedIn:
        return std::nullopt;
    case Access::Correspondent:
        if (c.account.role != Role::Correspondent)
            return rejected(m, u"not_found"_s, u"There is no such item in your review."_s);
        return std::nullopt;
    case Access::OwnProfile:
        if (c.account.role != Role::Teacher || m.entityId != c.account.id)
            return rejected(m, u"forbidden"_s, u"You can only edit your own profile."_s);
        return std::nullopt;
    case Access::ProjectInvolved:
    case Access::ProjectInvitee:
    case Access::ProjectFounder:
    case Access::TwinSpaceWriter:
        break;
    }
    // The TwinSpace's objects name their project; the project's own mutations are on it.
    const qint64 projectId =
        access == Access::TwinSpaceWriter ? m.data.value(u"projectId"_s).toInteger() : m.entityId;
    c.project = project_store::loadForUpdate(c.db, projectId);
    if (!c.project)
        return notFound(m, projectId);
    const Project &p = c.project->project;
    const ProjectMember *me = p.member(c.account.id);
    if (access == Access::TwinSpaceWriter) {
        if (!me || me->state != u"active")
            return notFound(m, projectId);
        if (p.status == u"archived")
            return rejected(m, u"project_closed"_s,
                            u"This project is archived: its TwinSpace is read-only."_s);
        if (p.status != u"active")
            return rejected(m, u"invalid_state"_s,
                            u"The project's TwinSpace opens once the project is approved."_s);
        return std::nullopt;
    }
    if (!involved(c.account, p)) {
        // Someone who saw an invitation that is gone is told so, not that nothing exists.
        if (access == Access::ProjectInvitee && me)
            return rejected(m, u"no_invitation"_s,
                            u"There is no open invitation to this project for you (it may have "
                            u"been withdrawn)."_s);
        return notFound(m, projectId);
    }
    if (access == Access::ProjectFounder && !p.isFounder(c.account.id))
        return rejected(m, u"forbidden"_s, u"Only the project's founders can do this."_s);
    return std::nullopt;
}

} // namespace etw::server::access_rules
