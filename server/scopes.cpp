// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopes.h"

#include "domain/catalogue.h"

#include "label_store.h"
#include "profile_store.h"
#include "project_store.h"
#include "school_label_store.h"

#include "domain/regions.h"

#include <QJsonArray>
#include <QSqlError>

namespace etw::server::scopes {

using namespace Qt::StringLiterals;

QString directory()
{
    return u"directory"_s;
}

QString account(qint64 accountId)
{
    return u"account:"_s + QString::number(accountId);
}

QString project(qint64 projectId)
{
    return u"project:"_s + QString::number(projectId);
}

QString review(const QString &territory)
{
    return u"review:"_s + territory;
}

QStringList reviewScopes(const QString &country, const QStringList &regions)
{
    QStringList out{review(country)};
    for (const QString &region : regions)
        if (!region.isEmpty() && regions::countryOf(region) == country &&
            !out.contains(review(region)))
            out.append(review(region));
    return out;
}

namespace {
// A correspondent's own review: a regional one's is their region's, a national one's the
// country's.
QString ownReview(const Account &account)
{
    if (account.role != Role::Correspondent || account.country.isEmpty())
        return {};
    if (account.region.isEmpty())
        return review(account.country);
    return regions::countryOf(account.region) == account.country ? review(account.region)
                                                                 : QString();
}

// The scope of the account's country, for the teachers and correspondents who work in it.
QString ownCountry(const Account &account)
{
    if (account.role == Role::Pupil || account.country.isEmpty())
        return {};
    return country(account.country);
}
} // namespace

Result<QList<Listed>> listed(QSqlDatabase &db, const Account &account)
{
    // The same rules as readable(), for every scope at once: the memberships are read once
    // instead of once per project (an account in 200 projects lists them at every round).
    QList<Listed> list;
    if (account.role != Role::Pupil)
        list.append({u"directory"_s, directory()});
    list.append({u"me"_s, scopes::account(account.id)});
    const auto projects = project_store::memberships(db, account.id);
    if (!projects)
        return Error{u"database_error"_s, db.lastError().text(), {}};
    for (qint64 id : *projects)
        list.append({project(id), project(id)});
    // Assessors read the TwinSpace of the projects whose label applications they assess.
    const auto assessed = label_store::projectsInAssessment(db, account);
    if (!assessed)
        return Error{u"database_error"_s, db.lastError().text(), {}};
    for (qint64 id : *assessed)
        if (!projects->contains(id))
            list.append({project(id), project(id)});
    if (const QString own = ownReview(account); !own.isEmpty())
        list.append({own, own});
    if (const QString own = ownCountry(account); !own.isEmpty())
        list.append({own, own});
    if (account.role == Role::Admin)
        list.append({european(), european()});
    // A validated teacher's school: its label's eligibility and its shared application.
    if (account.role == Role::Teacher) {
        const auto own = school_label_store::schoolOf(db, account.id);
        if (!own)
            return Error{u"database_error"_s, db.lastError().text(), {}};
        if (*own > 0)
            list.append({school(*own), school(*own)});
    }
    return list;
}

Result<QString> readable(QSqlDatabase &db, const Account &account, const QString &publicName)
{
    if (publicName == u"me")
        return scopes::account(account.id);
    // Pupils are minors: they see their projects, never the teachers' directory.
    if (publicName == u"directory")
        return account.role != Role::Pupil ? directory() : QString();
    // A project's scope is for its active founders and partners, and for the assessors of its
    // label applications while they wait for a decision.
    if (publicName.startsWith(u"project:")) {
        bool ok = false;
        const qint64 id = publicName.mid(8).toLongLong(&ok);
        if (!ok || id <= 0)
            return QString();
        const auto member = project_store::isActiveMember(db, id, account.id);
        if (!member)
            return Error{u"database_error"_s, db.lastError().text(), {}};
        if (*member)
            return project(id);
        const auto assessed = label_store::projectsInAssessment(db, account);
        if (!assessed)
            return Error{u"database_error"_s, db.lastError().text(), {}};
        return assessed->contains(id) ? project(id) : QString();
    }
    // A national support service reviews its own country, a regional correspondent their region.
    if (publicName.startsWith(u"review:") && publicName == ownReview(account))
        return publicName;
    if (publicName.startsWith(u"country:") && publicName == ownCountry(account))
        return publicName;
    // The central support service (administrators) reads the European label's candidates.
    if (publicName == european())
        return account.role == Role::Admin ? european() : QString();
    // A school's scope is for its validated teachers.
    if (publicName.startsWith(u"school:") && account.role == Role::Teacher) {
        const auto own = school_label_store::schoolOf(db, account.id);
        if (!own)
            return Error{u"database_error"_s, db.lastError().text(), {}};
        return *own > 0 && publicName == school(*own) ? publicName : QString();
    }
    return QString();
}

QList<ChangeRecord> ofProfile(const TeacherProfile &p)
{
    const QJsonObject json = p.toJson();
    // Why a registration was refused is for its teacher only.
    QJsonObject listed = json;
    listed.remove(u"statusReason"_s);
    return {ChangeRecord{directory(), u"teacher"_s, p.id, p.version, !profile_store::inDirectory(p),
                         listed},
            ChangeRecord{account(p.id), u"teacher"_s, p.id, p.version, false, json}};
}

QList<ChangeRecord> ofSchool(const School &school)
{
    return {{directory(), u"school"_s, school.id, school.version, false, school.toJson()}};
}

QList<ChangeRecord> ofProject(const Project &p)
{
    const QJsonObject json = p.toJson();
    QList<ChangeRecord> records{{project(p.id), u"project"_s, p.id, p.version, false, json}};
    // National services see what their country's founders submitted, and keep it afterwards.
    // A regional correspondent sees it when one of its founders' schools is in their region.
    if (p.status != u"waiting_partners") {
        QStringList founderRegions;
        for (const ProjectMember &m : p.members)
            if (m.role == u"founder" && m.state == u"active")
                founderRegions.append(m.region);
        for (const QString &country : p.founderCountries())
            for (const QString &scope : reviewScopes(country, founderRegions))
                records.append({scope, u"project"_s, p.id, p.version, false, json});
    }
    // An invitee sees the invitation, not the project: title, summary, who asks, in what role.
    QJsonArray founders;
    for (const ProjectMember &m : p.members)
        if (m.role == u"founder" && m.state == u"active")
            founders.append(QJsonObject{{u"displayName"_s, m.displayName},
                                        {u"schoolName"_s, m.schoolName},
                                        {u"country"_s, m.country}});
    for (const ProjectMember &m : p.members) {
        const bool open = m.state == u"invited";
        ChangeRecord r{account(m.accountId), u"invitation"_s, p.id, p.version, !open, {}};
        if (open)
            r.payload = {{u"projectId"_s, p.id},       {u"kind"_s, p.kind},
                         {u"title"_s, p.title},        {u"summary"_s, p.summary},
                         {u"role"_s, m.role},          {u"founders"_s, founders},
                         {u"updatedAt"_s, p.updatedAt}};
        records.append(r);
    }
    return records;
}

QList<ChangeRecord> ofPage(const Page &p, bool deleted)
{
    // A draft is never announced to the project, not even as a tombstone.
    const QJsonObject json = p.toJson();
    if (p.state != u"published")
        return {{account(p.authorId), u"page"_s, p.id, p.version, deleted, json}};
    return {{project(p.projectId), u"page"_s, p.id, p.version, deleted, json},
            {account(p.authorId), u"page"_s, p.id, p.version, true, {}}};
}

ChangeRecord ofRevision(const PageRevision &r, qint64 projectId, bool deleted)
{
    QJsonObject json = r.toJson();
    json.insert(u"projectId"_s, projectId);
    return {project(projectId), u"page_revision"_s, r.entityId(), 1, deleted, json};
}

ChangeRecord ofMaterial(const Material &m, bool deleted)
{
    return {project(m.projectId),
            u"material"_s,
            m.id,
            m.version,
            deleted,
            deleted ? QJsonObject() : m.toJson()};
}

ChangeRecord ofForumDiscussion(const ForumDiscussion &d, bool deleted)
{
    return {project(d.projectId),
            u"forum_discussion"_s,
            d.id,
            d.version,
            deleted,
            deleted ? QJsonObject() : d.toJson()};
}

ChangeRecord ofForumThread(const ForumThread &t, bool deleted)
{
    return {project(t.projectId),
            u"forum_thread"_s,
            t.id,
            t.version,
            deleted,
            deleted ? QJsonObject() : t.toJson()};
}

ChangeRecord ofForumPost(const ForumPost &p, bool deleted)
{
    return {project(p.projectId),
            u"forum_post"_s,
            p.id,
            p.version,
            deleted,
            deleted ? QJsonObject() : p.toJson()};
}

ChangeRecord ofChatMessage(const ChatMessage &m)
{
    return {project(m.projectId), u"chat_message"_s, m.id, m.version, false, m.toJson()};
}

QList<ChangeRecord> ofRegistration(const Registration &g, bool inReview, const QStringList &left)
{
    QList<ChangeRecord> out;
    const QStringList now = reviewScopes(g.country, {g.region});
    for (const QString &scope : left)
        if (!now.contains(scope) || !inReview)
            out.append({scope, u"registration"_s, g.id, g.version, true, {}});
    if (inReview)
        for (const QString &scope : now)
            out.append({scope, u"registration"_s, g.id, g.version, false, g.toJson()});
    return out;
}

QList<ChangeRecord> ofReviewNote(const ReviewNote &n, const QStringList &scopes, bool deleted)
{
    QList<ChangeRecord> out;
    for (const QString &scope : scopes)
        out.append({scope, u"review_note"_s, n.id, n.version, deleted,
                    deleted ? QJsonObject() : n.toJson()});
    return out;
}

QList<ChangeRecord> ofReasonTemplate(const QString &country, const ReasonTemplate &t, bool deleted)
{
    QList<ChangeRecord> out;
    for (const QString &scope : reviewScopes(country, regions::codes(country)))
        out.append({scope, u"reason_template"_s, t.id, t.version, deleted,
                    deleted ? QJsonObject() : t.toJson()});
    return out;
}

QList<ChangeRecord> ofReviewSetting(const ReviewSetting &s)
{
    // One per country: its id is always 1 in each scope.
    QList<ChangeRecord> out;
    for (const QString &scope : reviewScopes(s.country, regions::codes(s.country)))
        out.append({scope, u"review_setting"_s, 1, s.version, false, s.toJson()});
    return out;
}

QList<ChangeRecord> ofLabelSetting(const LabelSetting &s)
{
    // One per country: its id is always 1 in its scope.
    return {{country(s.country), u"label_setting"_s, 1, s.version, false, s.toJson()}};
}

QList<ChangeRecord> ofStatistics(const StatisticsRecord &r)
{
    const QStringList territories =
        r.region.isEmpty() ? regions::codes(r.country) : QStringList{r.region};
    const bool deleted = r.figures.isEmpty();
    QList<ChangeRecord> out;
    for (const QString &scope : reviewScopes(r.country, territories))
        out.append({scope, u"statistics"_s, r.id, r.version, deleted,
                    deleted ? QJsonObject() : r.toJson()});
    return out;
}

QList<ChangeRecord> ofLabelApplication(const LabelApplication &a)
{
    QJsonObject own = a.toJson();
    own.remove(u"score"_s);
    own.remove(u"assessors"_s);
    QList<ChangeRecord> out{
        {account(a.applicantId), u"label_application"_s, a.id, a.version, false, own}};
    for (const QString &scope : reviewScopes(a.country, {a.region}))
        out.append({scope, u"label_application"_s, a.id, a.version, false, a.toJson()});
    return out;
}

QList<ChangeRecord> ofLabelAssessment(const LabelAssessment &x, const LabelApplication &a)
{
    QList<ChangeRecord> out;
    for (const QString &scope : reviewScopes(a.country, {a.region}))
        out.append({scope, u"label_assessment"_s, x.id, x.version, false, x.toJson()});
    return out;
}

QString european()
{
    return u"european"_s;
}

QString country(const QString &code)
{
    return u"country:"_s + code;
}

QString school(qint64 schoolId)
{
    return u"school:"_s + QString::number(schoolId);
}

QList<ChangeRecord> ofSchoolApplication(const SchoolApplication &a)
{
    const QJsonObject json = a.toJson();
    QList<ChangeRecord> out{
        {school(a.schoolId), u"school_application"_s, a.id, a.version, false, json}};
    if (a.status != u"draft")
        for (const QString &scope : reviewScopes(a.country, {a.region}))
            out.append({scope, u"school_application"_s, a.id, a.version, false, json});
    return out;
}

QList<ChangeRecord> ofEqlCandidate(const EqlCandidate &c, bool deleted)
{
    const qint64 entity = c.id * 10000 + c.schoolYear.left(4).toLongLong();
    const QJsonObject json = deleted ? QJsonObject() : c.toJson();
    QList<ChangeRecord> out{{european(), u"eql_candidate"_s, entity, c.version, deleted, json}};
    for (const EqlCountry &country : c.countries)
        for (const QString &scope : reviewScopes(country.country, regions::codes(country.country)))
            out.append({scope, u"eql_candidate"_s, entity, c.version, deleted, json});
    return out;
}

QList<ChangeRecord> ofAssessmentGrid(const AssessmentGrid &g)
{
    const QStringList countries =
        g.country.isEmpty() ? catalogue::countryCodes() : QStringList{g.country};
    QList<ChangeRecord> out;
    for (const QString &country : countries)
        for (const QString &scope : reviewScopes(country, regions::codes(country)))
            out.append({scope, u"assessment_grid"_s, g.id, g.version, false, g.toJson()});
    return out;
}

ChangeRecord ofForumTombstone(qint64 projectId, const QString &entityType, qint64 id,
                              qint64 version)
{
    return {project(projectId), entityType, id, version, true, {}};
}

} // namespace etw::server::scopes
