// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_mutations.h"

#include "change_feed.h"
#include "client_ids.h"
#include "domain/validation_messages.h"
#include "profile_store.h"
#include "registration_store.h"
#include "review_store.h"
#include "review_territory.h"
#include "school_label_store.h"
#include "scopes.h"

namespace etw::server::review_mutations {

using namespace Qt::StringLiterals;

namespace {
const QString noteType = u"review_note"_s;
const QString templateType = u"reason_template"_s;

// An item outside the correspondent's territory answers as one that does not exist.
MutationResult nothingToReview(const Mutation &m)
{
    return rejected(m, u"not_found"_s, u"There is no such item in your review."_s);
}

MutationResult notAllowedToDecide(const Mutation &m)
{
    return rejected(m, u"forbidden"_s,
                    u"Your national support service decides on this item: it has not let "
                    u"regional correspondents decide."_s);
}

MutationResult nationalOnly(const Mutation &m)
{
    return rejected(m, u"forbidden"_s,
                    u"Only the national support service changes this for the country."_s);
}

// The scopes an item shows in for the correspondent's country, when they may see it.
struct Item
{
    bool exists = false;
    bool seen = false;
    QStringList scopes;
};

std::optional<Item> locate(MutationContext &c, const QString &type, qint64 id)
{
    Item item;
    const QString country = c.account.country;
    if (type == u"registration") {
        bool failed = false;
        const auto g = registration_store::load(c.db, id, &failed);
        if (failed)
            return std::nullopt;
        if (!g || !registration_store::inReview(*g))
            return item;
        item.exists = true;
        item.seen = review_territory::sees(c.account, g->country, {g->region});
        item.scopes = scopes::reviewScopes(g->country, {g->region});
        return item;
    }
    const auto p = project_store::loadForUpdate(c.db, id);
    if (!p || p->project.status == u"waiting_partners" ||
        !p->project.founderCountries().contains(country))
        return item;
    const QStringList regions = review_territory::founderRegions(p->project, country);
    item.exists = true;
    item.seen = review_territory::sees(c.account, country, regions);
    item.scopes = scopes::reviewScopes(country, regions);
    return item;
}

MutationResult decideRegistration(MutationContext &c)
{
    const Mutation &m = c.mutation;
    // The profile's row is the registration's lock: two decisions, or a decision and a change
    // of school, queue on it.
    auto profile = profile_store::loadForUpdate(c.db, m.entityId);
    bool failed = false;
    const auto g = profile ? registration_store::load(c.db, m.entityId, &failed) : std::nullopt;
    if (failed)
        return databaseFailure(m);
    if (!g || !registration_store::inReview(*g) ||
        !review_territory::sees(c.account, g->country, {g->region}))
        return nothingToReview(m);
    const auto decides = review_territory::decides(c.db, c.account, g->country, {g->region});
    if (!decides)
        return databaseFailure(m);
    if (!*decides)
        return notAllowedToDecide(m);

    const QString decision = m.data.value(u"decision"_s).toString();
    const QString reason = m.data.value(u"reason"_s).toString().trimmed();
    const qint64 request = m.data.value(u"request"_s).toInteger(g->request);
    FieldErrors errors =
        review::validateDecision(m.data, u"validate"_s, registration::maxReasonLength);
    if (request < 1 || request > g->request)
        errors.insert(u"request"_s, fieldError(u"request"_s, u"unknown_value"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);

    // The first decision wins; a later one is told which stands, by whom and when.
    if (g->decision || request < g->request) {
        MutationResult r = rejected(m, u"already_decided"_s,
                                    g->decision ? u"This registration was already decided."_s
                                                : u"The teacher changed school since: this "
                                                  u"registration waits for a new decision."_s);
        r.current = g->toJson();
        return r;
    }
    const RegistrationDecision d{decision == u"validate" ? u"validated"_s : u"rejected"_s, reason,
                                 c.account.id, c.account.displayName, c.now};
    if (!registration_store::decide(c.db, g->id, g->request, d))
        return databaseFailure(m);
    const auto now = registration_store::load(c.db, g->id);
    auto fresh = profile_store::loadForUpdate(c.db, g->id);
    if (!now || !fresh)
        return databaseFailure(m);
    // The teacher reads why (statusReason); the directory takes them in with the same change.
    QList<ChangeRecord> records = scopes::ofRegistration(*now, true);
    records += scopes::ofProfile(fresh->profile);
    // A school made with this account is in the directory once a service vouched for it.
    if (d.decision == u"validated" && now->newSchool) {
        const auto school = registration_store::school(c.db, now->schoolId);
        if (!school)
            return databaseFailure(m);
        records += scopes::ofSchool(*school);
    }
    // A validated teacher counts for their school's eTwinning School label (counted first: see
    // school_label_store::publish).
    if (!school_label_store::publish(c.db, c.now, now->schoolId, nullptr, &records) ||
        !change_feed::record(c.db, records))
        return databaseFailure(m);
    return applied(m, now->version);
}

MutationResult createNote(MutationContext &c)
{
    const Mutation &m = c.mutation;
    const QString itemType = m.data.value(u"itemType"_s).toString();
    const qint64 itemId = m.data.value(u"itemId"_s).toInteger();
    FieldErrors errors = review::validateNote(m.data);
    if (!m.data.contains(u"text"_s))
        errors.insert(u"text"_s, fieldError(u"text"_s, u"required"_s));
    if (!review::isItemType(itemType))
        errors.insert(u"itemType"_s, fieldError(u"itemType"_s, u"unknown_value"_s));
    if (m.entityId > 0)
        errors.insert(u"entityId"_s, fieldError(u"entityId"_s, u"unknown_value"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);
    const auto item = locate(c, itemType, itemId);
    if (!item)
        return databaseFailure(m);
    if (!item->exists || !item->seen)
        return nothingToReview(m);
    review_store::StoredNote s{{0, itemType, itemId, c.account.id, c.account.displayName,
                                m.data.value(u"text"_s).toString().trimmed(), c.now, c.now, 1},
                               c.account.country};
    if (!review_store::saveNote(c.db, s) ||
        (m.entityId < 0 &&
         !client_ids::remember(c.db, c.account.id, noteType, m.entityId, s.note.id)) ||
        !change_feed::record(c.db, scopes::ofReviewNote(s.note, item->scopes, false)))
        return databaseFailure(m);
    return applied(m, s.note.version, s.note.id);
}

// A note's author edits or deletes it; colleagues read it.
MutationResult changeNote(MutationContext &c, bool remove)
{
    const Mutation &m = c.mutation;
    const auto id = client_ids::resolve(c.db, c.account.id, noteType, m.entityId);
    if (!id)
        return databaseFailure(m);
    auto s = *id ? review_store::noteForUpdate(c.db, *id) : std::nullopt;
    if (!s || s->country != c.account.country)
        return rejected(m, u"note_gone"_s,
                        u"This note was deleted: your change was not saved. What you wrote is "
                        u"kept on your computer."_s);
    const auto item = locate(c, s->note.itemType, s->note.itemId);
    if (!item)
        return databaseFailure(m);
    if (!item->seen)
        return nothingToReview(m);
    if (s->note.authorId != c.account.id)
        return rejected(m, u"forbidden"_s, u"Only a note's author changes it."_s);
    if (!remove) {
        FieldErrors errors = review::validateNote(m.data);
        for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
            if (it.key() != u"text")
                errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
        if (!errors.isEmpty())
            return invalid(m, errors);
        s->note.text = m.data.value(u"text"_s).toString(s->note.text).trimmed();
    }
    s->note.version += 1;
    s->note.updatedAt = c.now;
    if (!review_store::saveNote(c.db, *s, remove) ||
        !change_feed::record(c.db, scopes::ofReviewNote(s->note, item->scopes, remove)))
        return databaseFailure(m);
    return applied(m, s->note.version);
}

// Templates belong to the country: its national service keeps them, its regions read them.
MutationResult changeTemplate(MutationContext &c)
{
    const Mutation &m = c.mutation;
    if (!c.account.region.isEmpty())
        return nationalOnly(m);
    const bool create = m.op == u"create", remove = m.op == u"delete";
    review_store::StoredTemplate s{{}, c.account.country};
    if (create) {
        if (m.entityId > 0)
            return invalid(m, {{u"entityId"_s, fieldError(u"entityId"_s, u"unknown_value"_s)}});
        s.reason = {0, u"registration"_s, {}, {}, c.now, 1};
    } else {
        const auto id = client_ids::resolve(c.db, c.account.id, templateType, m.entityId);
        if (!id)
            return databaseFailure(m);
        auto found = *id ? review_store::templateForUpdate(c.db, *id) : std::nullopt;
        if (!found || found->country != c.account.country)
            return rejected(m, u"template_gone"_s,
                            u"This reason template was deleted: your change was not saved."_s);
        s = *found;
        s.reason.version += 1;
        s.reason.updatedAt = c.now;
    }
    if (!remove) {
        FieldErrors errors = review::validateTemplate(m.data);
        for (const QString &field : {u"title"_s, u"text"_s})
            if (create && !m.data.contains(field))
                errors.insert(field, fieldError(field, u"required"_s));
        if (!errors.isEmpty())
            return invalid(m, errors);
        s.reason.kind = m.data.value(u"kind"_s).toString(s.reason.kind);
        s.reason.title = m.data.value(u"title"_s).toString(s.reason.title).trimmed();
        s.reason.text = m.data.value(u"text"_s).toString(s.reason.text).trimmed();
    }
    if (!review_store::saveTemplate(c.db, s, c.account.id, remove) ||
        (create && m.entityId < 0 &&
         !client_ids::remember(c.db, c.account.id, templateType, m.entityId, s.reason.id)) ||
        !change_feed::record(c.db, scopes::ofReasonTemplate(s.country, s.reason, remove)))
        return databaseFailure(m);
    return applied(m, s.reason.version, create ? s.reason.id : 0);
}

MutationResult updateSetting(MutationContext &c)
{
    const Mutation &m = c.mutation;
    if (!c.account.region.isEmpty())
        return nationalOnly(m);
    const QJsonValue regional = m.data.value(u"regionalDecisions"_s);
    if (!regional.isBool() || m.data.size() != 1)
        return invalid(m, {{u"regionalDecisions"_s,
                            fieldError(u"regionalDecisions"_s,
                                       regional.isUndefined() ? u"required"_s : u"wrong_type"_s)}});
    auto s = review_territory::setting(c.db, c.account.country);
    if (!s)
        return databaseFailure(m);
    s->regionalDecisions = regional.toBool();
    s->version += 1;
    if (!review_territory::saveSetting(c.db, *s, c.account.id, c.now) ||
        !change_feed::record(c.db, scopes::ofReviewSetting(*s)))
        return databaseFailure(m);
    return applied(m, s->version);
}
} // namespace

QList<MutationHandler> handlers()
{
    // clang-format off
    return {
        {u"registration_decision"_s, u"create"_s, Access::Correspondent, decideRegistration},
        {noteType,                   u"create"_s, Access::Correspondent, createNote},
        {noteType,                   u"update"_s, Access::Correspondent,
         [](MutationContext &c) { return changeNote(c, false); }},
        {noteType,                   u"delete"_s, Access::Correspondent,
         [](MutationContext &c) { return changeNote(c, true); }},
        {templateType,               u"create"_s, Access::Correspondent, changeTemplate},
        {templateType,               u"update"_s, Access::Correspondent, changeTemplate},
        {templateType,               u"delete"_s, Access::Correspondent, changeTemplate},
        {u"review_setting"_s,        u"update"_s, Access::Correspondent, updateSetting},
    };
    // clang-format on
}

} // namespace etw::server::review_mutations
