// SPDX-License-Identifier: GPL-3.0-or-later
#include "label_mutations.h"

#include "change_feed.h"
#include "client_ids.h"
#include "database.h"
#include "domain/validation_messages.h"
#include "eql_store.h"
#include "grid_store.h"
#include "label_settings.h"
#include "label_store.h"
#include "profile_store.h"
#include "review_territory.h"
#include "school_label_store.h"
#include "scopes.h"

#include <QDateTime>
#include <QSqlQuery>

namespace etw::server::label_mutations {

using namespace Qt::StringLiterals;

namespace {
const QString applicationType = u"label_application"_s;

MutationResult noSuchProject(const Mutation &m)
{
    // As everywhere: someone outside the project learns nothing about it.
    return rejected(m, u"not_found"_s, u"There is no such project for you."_s);
}

// The server's English for a refused application (the client says it in its own language).
QString refusalText(const QString &code, const QString &year)
{
    if (code == u"national_project")
        return u"A national project cannot receive a Quality Label: it is for European "
               u"projects, founded by schools of two countries."_s;
    if (code == u"project_not_ready")
        return u"A project applies once its national services approved it, or once it is "
               u"closed."_s;
    if (code == u"too_many_applications")
        return u"You have already made %1 applications in the school year %2: only %1 per "
               u"teacher are assessed."_s.arg(label::maxApplicationsPerYear)
                   .arg(year);
    if (code == u"already_applied")
        return u"You have already applied for this project's label."_s;
    return u"You have already applied twice for this project's label."_s;
}

MutationResult noSuchApplication(const Mutation &m)
{
    return rejected(m, u"application_gone"_s, u"There is no such application in your review."_s);
}

// Evidence from the project points at its own published pages and materials.
std::optional<bool> evidenceInProject(QSqlDatabase &db, qint64 projectId,
                                      const QList<LabelEvidence> &evidence)
{
    QSqlQuery q(db);
    for (const LabelEvidence &e : evidence) {
        if (e.kind == u"link")
            continue;
        const QString sql =
            e.kind == u"page"
                ? u"SELECT COUNT(*) FROM pages WHERE id = ? AND project_id = ? AND "
                  u"state = 'published' AND deleted = 0"_s
                : u"SELECT COUNT(*) FROM materials WHERE id = ? AND project_id = ? AND "
                  u"deleted = 0"_s;
        if (!Database::run(q, sql, {e.id, projectId}) || !q.next())
            return std::nullopt;
        if (q.value(0).toInt() == 0)
            return false;
    }
    return true;
}

MutationResult apply(MutationContext &c)
{
    const Mutation &m = c.mutation;
    if (c.account.role != Role::Teacher)
        return rejected(m, u"forbidden"_s, u"Only teachers apply for a Quality Label."_s);
    if (m.entityId > 0)
        return invalid(m, {{u"entityId"_s, fieldError(u"entityId"_s, u"unknown_value"_s)}});
    if (const FieldErrors errors = label::validateSubmission(m.data); !errors.isEmpty())
        return invalid(m, errors);
    // The applicant's profile row is the lock: two applications of one teacher, sent through
    // two instances, are counted one after the other.
    const auto profile = profile_store::loadForUpdate(c.db, c.account.id);
    if (!profile)
        return databaseFailure(m);
    if (profile->profile.status != u"validated")
        return rejected(m, u"not_validated"_s,
                        u"Your registration waits for your national support service's "
                        u"validation."_s);
    const qint64 projectId = m.data.value(u"projectId"_s).toInteger();
    const auto stored = project_store::loadForUpdate(c.db, projectId);
    if (!stored || !stored->project.isMember(c.account.id))
        return noSuchProject(m);
    const Project &p = stored->project;
    const auto earlier = label_store::forProject(c.db, c.account.id, projectId);
    const ProjectMember *me = p.member(c.account.id);
    const QString country = me->country.isEmpty() ? c.account.country : me->country;
    const auto start = label_settings::yearStart(c.db, country);
    if (!earlier || !start)
        return databaseFailure(m);
    const QString year =
        label::schoolYearOf(QDateTime::fromMSecsSinceEpoch(c.now, Qt::UTC).date(), *start);
    const auto made = label_store::countInYear(c.db, c.account.id, year);
    if (!made)
        return databaseFailure(m);
    // The rules the teacher's screen lists, in the same order: the first unmet one answers.
    const QString unmet = label::firstUnmet(label::prerequisites(p, *made, *earlier));
    if (!unmet.isEmpty())
        return rejected(m, unmet, refusalText(unmet, year));

    LabelApplication a;
    a.projectId = projectId;
    a.projectTitle = p.title;
    a.applicantId = c.account.id;
    a.applicantName = profile->profile.displayName;
    a.schoolId = me->schoolId;
    a.schoolName = me->schoolName;
    a.country = country;
    a.region = me->region;
    a.schoolYear = year;
    a.attempt = int(earlier->size()) + 1;
    a.status = u"submitted"_s;
    a.answers = m.data.value(u"answers"_s).toObject();
    for (const QString &criterion : label::criteria())
        a.criteria.insert(criterion, m.data[u"criteria"_s][criterion].toString().trimmed());
    a.ownRole = m.data.value(u"ownRole"_s).toString().trimmed();
    for (const QJsonValue &v : m.data.value(u"evidence"_s).toArray())
        a.evidence.append(LabelEvidence::fromJson(v.toObject()).value());
    const auto inProject = evidenceInProject(c.db, projectId, a.evidence);
    if (!inProject)
        return databaseFailure(m);
    if (!*inProject)
        return rejected(m, u"evidence_gone"_s,
                        u"A page or material given as evidence is no longer in the project."_s);
    a.submittedAt = c.now;
    a.version = 1;
    if (!label_store::save(c.db, a) ||
        (m.entityId < 0 &&
         !client_ids::remember(c.db, c.account.id, applicationType, m.entityId, a.id)) ||
        !change_feed::record(c.db, scopes::ofLabelApplication(a)))
        return databaseFailure(m);
    return applied(m, a.version, a.id);
}

// The application an assessor or the service acts on, locked, in their territory.
std::optional<LabelApplication> reviewed(MutationContext &c, MutationResult *refusal)
{
    bool failed = false;
    auto a = label_store::forUpdate(c.db, c.mutation.entityId, &failed);
    if (failed) {
        *refusal = databaseFailure(c.mutation);
        return std::nullopt;
    }
    if (!a || !review_territory::sees(c.account, a->country, {a->region})) {
        *refusal = noSuchApplication(c.mutation);
        return std::nullopt;
    }
    if (a->decision) {
        MutationResult r =
            rejected(c.mutation, u"already_decided"_s, u"This application was already decided."_s);
        r.current = a->toJson();
        *refusal = r;
        return std::nullopt;
    }
    return a;
}

// The grid an application is assessed on: fixed when its assessment begins.
std::optional<AssessmentGrid> gridOf(QSqlDatabase &db, LabelApplication &a)
{
    if (a.gridId > 0)
        return grid_store::byId(db, a.gridId);
    auto g = grid_store::current(db, a.country, a.schoolYear);
    if (g)
        a.gridId = g->id;
    return g;
}

MutationResult assess(MutationContext &c)
{
    const Mutation &m = c.mutation;
    MutationResult refusal;
    auto a = reviewed(c, &refusal);
    if (!a)
        return refusal;
    const auto g = gridOf(c.db, *a);
    if (!g)
        return databaseFailure(m);
    FieldErrors errors;
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        if (it.key() != u"scores" && it.key() != u"comments" && it.key() != u"comment")
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
    const QJsonObject scores = m.data.value(u"scores"_s).toObject();
    const QJsonObject comments = m.data.value(u"comments"_s).toObject();
    errors.insert(grid::validateScores(*g, scores));
    for (auto it = comments.constBegin(); it != comments.constEnd(); ++it)
        if (!g->subCriterion(it.key()) || it.value().toString().size() > grid::maxCommentLength)
            errors.insert(u"comments."_s + it.key(),
                          fieldError(u"comments."_s + it.key(), u"unknown_value"_s));
    if (m.data.value(u"comment"_s).toString().size() > grid::maxCommentLength)
        errors.insert(u"comment"_s, fieldError(u"comment"_s, u"too_long"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);

    auto mine = label_store::assessmentOf(c.db, a->id, c.account.id);
    if (!mine)
        return databaseFailure(m);
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
        mine->scores.insert(it.key(), it.value().toInt());
    for (auto it = comments.constBegin(); it != comments.constEnd(); ++it)
        mine->comments.insert(it.key(), it.value().toString().trimmed());
    if (m.data.contains(u"comment"_s))
        mine->comment = m.data.value(u"comment"_s).toString().trimmed();
    mine->assessorName = c.account.displayName;
    mine->updatedAt = c.now;
    mine->version += 1;
    if (!label_store::saveAssessment(c.db, *mine))
        return databaseFailure(m);
    const auto all = label_store::assessments(c.db, a->id);
    if (!all)
        return databaseFailure(m);
    a->status = u"under_assessment"_s;
    a->assessors = int(all->size());
    a->score = grid::averageTotal(*all);
    a->version += 1;
    if (!label_store::save(c.db, *a) ||
        !change_feed::record(c.db,
                             scopes::ofLabelAssessment(*mine, *a) + scopes::ofLabelApplication(*a)))
        return databaseFailure(m);
    return applied(m, mine->version, mine->id);
}

MutationResult decide(MutationContext &c)
{
    const Mutation &m = c.mutation;
    MutationResult refusal;
    auto a = reviewed(c, &refusal);
    if (!a)
        return refusal;
    QString decision, feedback;
    if (auto refused =
            label_mutations::refuseDecision(c, a->country, a->region, &decision, &feedback))
        return *refused;
    const auto g = gridOf(c.db, *a);
    const auto all = label_store::assessments(c.db, a->id);
    if (!g || !all)
        return databaseFailure(m);
    if (decision == u"awarded") {
        const QString language = m.data.value(u"language"_s).toString(u"en"_s);
        const QStringList missing = grid::unscored(*g, *all);
        if (!missing.isEmpty()) {
            FieldErrors fields;
            for (const QString &key : missing)
                fields.insert(
                    u"scores."_s + key,
                    {u"not_scored"_s, grid::titleIn(g->subCriterion(key)->title, language) +
                                          u": not scored yet."_s});
            return rejected(m, u"not_scored"_s,
                            u"The label cannot be awarded before every sub-criterion is "
                            u"scored."_s,
                            fields);
        }
        const QStringList below = grid::belowMinimum(*g, *all);
        if (!below.isEmpty()) {
            const auto avg = grid::averages(*all);
            FieldErrors fields;
            for (const QString &key : below) {
                const SubCriterion *s = g->subCriterion(key);
                fields.insert(u"scores."_s + key,
                              {u"below_minimum"_s, u"%1: %2 points on average, the minimum is %3."_s
                                                       .arg(grid::titleIn(s->title, language))
                                                       .arg(avg.value(key), 0, 'g', 3)
                                                       .arg(s->minimum)});
            }
            return rejected(m, u"below_minimum"_s,
                            u"The label cannot be awarded: a score is below its minimum."_s,
                            fields);
        }
    }
    a->decision = LabelDecision{decision, feedback, c.account.id, c.account.displayName, c.now};
    a->status = decision;
    a->assessors = int(all->size());
    a->score = grid::averageTotal(*all);
    a->version += 1;
    // An award may make the project a candidate for the European label, and its teacher's school
    // eligible for the eTwinning School label.
    // An award shows on the project for its members and services, and on its teacher's profile
    // in the directory: both published again, on the same version (none of their fields
    // changed). Every row first (the project, the profile, the school's eligibility, the
    // candidates), the feed's counter last: the order of every other writer.
    std::optional<project_store::StoredProject> project;
    QList<ChangeRecord> records = scopes::ofLabelApplication(*a);
    if (!label_store::save(c.db, *a) ||
        (decision == u"awarded" && !(project = project_store::loadForUpdate(c.db, a->projectId))) ||
        (decision == u"awarded" && !profile_store::republish(c.db, {a->applicantId}, records)) ||
        !school_label_store::publish(c.db, c.now, a->schoolId, nullptr, &records) ||
        !eql_store::publish(c.db, a->schoolYear, &records))
        return databaseFailure(m);
    if (project)
        records += scopes::ofProject(project->project);
    if (!change_feed::record(c.db, records))
        return databaseFailure(m);
    return applied(m, a->version);
}

MutationResult updateSetting(MutationContext &c)
{
    const Mutation &m = c.mutation;
    // The country, when the change names it, is the service's own.
    if (!c.account.region.isEmpty() ||
        m.data.value(u"country"_s).toString(c.account.country) != c.account.country)
        return rejected(m, u"forbidden"_s,
                        u"Only the national support service changes this for the country."_s);
    if (const FieldErrors errors = label::validateSetting(m.data); !errors.isEmpty())
        return invalid(m, errors);
    auto s = label_settings::setting(c.db, c.account.country);
    if (!s)
        return databaseFailure(m);
    s->yearStart = {m.data.value(u"yearStartMonth"_s).toInt(),
                    m.data.value(u"yearStartDay"_s).toInt()};
    s->version += 1;
    if (!label_settings::save(c.db, *s, c.account.id, c.now) ||
        !change_feed::record(c.db, scopes::ofLabelSetting(*s)))
        return databaseFailure(m);
    return applied(m, s->version);
}
} // namespace

std::optional<MutationResult> refuseDecision(MutationContext &c, const QString &country,
                                             const QString &region, QString *decision,
                                             QString *feedback)
{
    const Mutation &m = c.mutation;
    const auto decides = review_territory::decides(c.db, c.account, country, {region});
    if (!decides)
        return databaseFailure(m);
    if (!*decides)
        return rejected(m, u"forbidden"_s,
                        u"Your national support service decides on this application: it has "
                        u"not let regional correspondents decide."_s);
    *decision = m.data.value(u"decision"_s).toString();
    *feedback = m.data.value(u"feedback"_s).toString().trimmed();
    if (const FieldErrors errors = label::validateDecision(*decision, *feedback); !errors.isEmpty())
        return invalid(m, errors);
    return std::nullopt;
}

QList<MutationHandler> handlers()
{
    // clang-format off
    return {
        {applicationType,       u"create"_s, Access::SignedIn,      apply},
        {u"label_assessment"_s, u"update"_s, Access::Correspondent, assess},
        {u"label_decision"_s,   u"create"_s, Access::Correspondent, decide},
        {u"label_setting"_s,    u"update"_s, Access::Correspondent, updateSetting},
    };
    // clang-format on
}

} // namespace etw::server::label_mutations
