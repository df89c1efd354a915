// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/label_desk.h"

#include "domain/project.h"
#include "domain/validation_messages.h"
#include "store/form_drafts.h"
#include "store/label_cache.h"
#include "store/label_setting_cache.h"
#include "store/local_store.h"
#include "store/material_cache.h"
#include "store/outbox.h"
#include "store/page_cache.h"
#include "store/project_cache.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
Error notSaved()
{
    return {u"cache_unavailable"_s,
            QCoreApplication::translate("etw::LabelDesk",
                                        "Your change could not be saved on this computer."),
            {}};
}

} // namespace

LabelDesk::LabelDesk(LocalStore &store, SyncController *sync, Account account, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_account(std::move(account))
{
    if (m_sync) {
        connect(m_sync, &SyncController::projectsChanged, this, &LabelDesk::changed);
        connect(m_sync, &SyncController::reviewChanged, this, &LabelDesk::changed);
    }
}

Result<QString> LabelDesk::queued(const QString &type, const QString &op, qint64 entityId,
                                  const QJsonObject &data)
{
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const QString id = outbox::enqueueAction(db, type, op, entityId, data);
    if (id.isEmpty() ||
        (type == u"label_application" &&
         !form_drafts::remove(db, label_cache::draftKey(data.value(u"projectId"_s).toInteger()))) ||
        !tx.commit())
        return notSaved();
    Q_EMIT changed();
    if (m_sync)
        m_sync->syncNow();
    return id;
}

QList<LabelApplication> LabelDesk::mine()
{
    QSqlDatabase db = m_store.connection();
    return label_cache::own(db);
}

QList<label::Prerequisite> LabelDesk::prerequisites(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    const auto p = project_cache::project(db, projectId);
    if (!p || !p->isMember(m_account.id))
        return {};
    // The school year as the server counts it, bounded as the country's service says.
    const QString year = label::schoolYearOf(QDate::currentDate(), yearStart());
    int made = 0;
    QList<LabelApplication> forProject;
    for (const LabelApplication &a : label_cache::own(db)) {
        if (a.status == u"waiting" || a.schoolYear == year)
            ++made;
        if (a.projectId == projectId)
            forProject.append(a);
    }
    return label::prerequisites(*p, made, forProject);
}

label::SchoolYearStart LabelDesk::yearStart()
{
    QSqlDatabase db = m_store.connection();
    return label_setting_cache::setting(db, m_account.country).yearStart;
}

std::pair<QDate, QDate> LabelDesk::schoolYear()
{
    const label::SchoolYearStart start = yearStart();
    return label::boundsOf(label::schoolYearOf(QDate::currentDate(), start), start);
}

std::optional<QJsonObject> LabelDesk::draft(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::load(db, label_cache::draftKey(projectId));
}

bool LabelDesk::keepDraft(qint64 projectId, const QJsonObject &typed)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::save(db, label_cache::draftKey(projectId), typed);
}

QList<LabelEvidence> LabelDesk::evidenceOffered(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    QList<LabelEvidence> out;
    // What the server has: assessors can open it (a page waiting here is not there yet).
    for (const page_cache::Entry &e : page_cache::tree(db, projectId, false))
        if (e.page.state == u"published")
            out.append({u"page"_s, e.page.id, {}, e.page.title});
    for (const material_cache::Entry &e : material_cache::list(db, projectId, false))
        out.append({u"material"_s, e.material.id, {}, e.material.name});
    return out;
}

bool LabelDesk::canReadTwinSpace(qint64 projectId)
{
    QSqlDatabase db = m_store.connection();
    return project_cache::hasTwinSpace(db, projectId);
}

Result<QString> LabelDesk::submit(qint64 projectId)
{
    QJsonObject data = draft(projectId).value_or(QJsonObject());
    data.insert(u"projectId"_s, projectId);
    // Only what the server takes: the draft may hold what the screen keeps for itself.
    for (const QString &key : data.keys())
        if (key != u"projectId" && key != u"answers" && key != u"criteria" && key != u"ownRole" &&
            key != u"evidence")
            data.remove(key);
    const FieldErrors errors = label::validateSubmission(data);
    if (!errors.isEmpty())
        return invalidInput(errors);
    const QList<label::Prerequisite> rules = prerequisites(projectId);
    const QString unmet = label::firstUnmet(rules);
    if (!unmet.isEmpty() || rules.isEmpty())
        return Error{unmet.isEmpty() ? u"not_found"_s : unmet,
                     unmet.isEmpty() ? QCoreApplication::translate("etw::LabelDesk",
                                                                   "You are not in this project.")
                                     : label::refusalMessage(unmet).value_or(unmet),
                     {}};
    return queued(u"label_application"_s, u"create"_s, page_cache::newLocalId(), data);
}

QList<LabelApplication> LabelDesk::queue()
{
    QSqlDatabase db = m_store.connection();
    return label_cache::inReview(db);
}

std::optional<LabelApplication> LabelDesk::application(qint64 id)
{
    QSqlDatabase db = m_store.connection();
    return label_cache::reviewed(db, id);
}

std::optional<AssessmentGrid> LabelDesk::grid(const LabelApplication &application)
{
    QSqlDatabase db = m_store.connection();
    return label_cache::gridFor(db, application);
}

QList<LabelAssessment> LabelDesk::assessments(qint64 applicationId)
{
    QSqlDatabase db = m_store.connection();
    return label_cache::assessments(db, applicationId, m_account.id, m_account.displayName);
}

Result<QString> LabelDesk::assess(qint64 applicationId, const QJsonObject &change)
{
    const auto a = application(applicationId);
    if (!a)
        return Error{u"application_gone"_s, *label::refusalMessage(u"application_gone"_s), {}};
    if (a->decision)
        return Error{u"already_decided"_s, *label::refusalMessage(u"already_decided"_s), {}};
    const auto g = grid(*a);
    if (!g)
        return notSaved();
    FieldErrors errors = grid::validateScores(*g, change.value(u"scores"_s).toObject());
    if (change.value(u"comment"_s).toString().size() > grid::maxCommentLength)
        errors.insert(u"comment"_s, fieldError(u"comment"_s, u"too_long"_s));
    if (!errors.isEmpty())
        return invalidInput(errors);
    return queued(u"label_assessment"_s, u"update"_s, applicationId, change);
}

QStringList LabelDesk::whyNotAward(qint64 applicationId)
{
    const auto a = application(applicationId);
    if (!a)
        return {*label::refusalMessage(u"application_gone"_s)};
    const auto g = grid(*a);
    if (!g)
        return {};
    const QString language = QLocale().name().left(2);
    const QList<LabelAssessment> all = assessments(applicationId);
    QStringList out;
    const QStringList unscored = grid::unscored(*g, all);
    if (unscored.size() == g->subCriterionKeys().size())
        return {QCoreApplication::translate("etw::LabelDesk", "No sub-criterion is scored yet.")};
    for (const QString &key : unscored)
        out << QCoreApplication::translate("etw::LabelDesk", "“%1” is not scored yet.")
                   .arg(grid::titleIn(g->subCriterion(key)->title, language));
    const auto avg = grid::averages(all);
    for (const QString &key : grid::belowMinimum(*g, all)) {
        if (!avg.contains(key))
            continue; // said above
        const SubCriterion *s = g->subCriterion(key);
        out << QCoreApplication::translate("etw::LabelDesk",
                                           "“%1”: %2 points on average, below the minimum of "
                                           "%3.")
                   .arg(grid::titleIn(s->title, language),
                        QLocale().toString(avg.value(key), 'g', 3))
                   .arg(s->minimum);
    }
    return out;
}

Result<QString> LabelDesk::decide(qint64 applicationId, bool award, const QString &feedback)
{
    const QString text = feedback.trimmed();
    if (!award && text.isEmpty())
        return invalidInput({{u"feedback"_s, fieldError(u"feedback"_s, u"required"_s)}});
    if (text.size() > label::maxFeedbackLength)
        return invalidInput({{u"feedback"_s, fieldError(u"feedback"_s, u"too_long"_s)}});
    const auto a = application(applicationId);
    if (!a)
        return Error{u"application_gone"_s, *label::refusalMessage(u"application_gone"_s), {}};
    if (a->decision)
        return Error{u"already_decided"_s, *label::refusalMessage(u"already_decided"_s), {}};
    if (award) {
        const QStringList why = whyNotAward(applicationId);
        if (!why.isEmpty())
            return Error{u"below_minimum"_s, why.join(u'\n'), {}};
    }
    return queued(u"label_decision"_s, u"create"_s, applicationId,
                  {{u"decision"_s, award ? u"awarded"_s : u"not_awarded"_s},
                   {u"feedback"_s, text},
                   {u"language"_s, QLocale().name().left(2)}});
}

QList<EqlCandidate> LabelDesk::europeanCandidates()
{
    QSqlDatabase db = m_store.connection();
    return label_cache::europeanCandidates(db, m_account.country);
}

QString LabelDesk::nominationRefusal(const EqlCandidate &candidate)
{
    if (m_account.role != Role::Correspondent || !m_account.region.isEmpty())
        return u"forbidden"_s;
    return eql::nominationRefusal(candidate, m_account.country);
}

Result<QString> LabelDesk::nominate(const EqlCandidate &candidate)
{
    const QString why = nominationRefusal(candidate);
    if (!why.isEmpty())
        return Error{why,
                     eql::refusalMessage(why).value_or(QCoreApplication::translate(
                         "etw::LabelDesk", "Only your national support service nominates.")),
                     {}};
    return queued(u"eql_nomination"_s, u"create"_s, candidate.id,
                  {{u"schoolYear"_s, candidate.schoolYear}});
}

Result<QString> LabelDesk::awardEuropean(const EqlCandidate &candidate)
{
    const QString why = !isCentralService()      ? u"forbidden"_s
                        : candidate.awarded      ? u"already_awarded"_s
                        : !candidate.nominated() ? u"not_nominated"_s
                                                 : QString();
    if (!why.isEmpty())
        return Error{why,
                     eql::refusalMessage(why).value_or(QCoreApplication::translate(
                         "etw::LabelDesk", "Only the central support service awards it.")),
                     {}};
    return queued(u"eql_award"_s, u"create"_s, candidate.id,
                  {{u"schoolYear"_s, candidate.schoolYear}});
}

Result<QString> LabelDesk::setEuropeanSettings(const QString &schoolYear, int sharePercent,
                                               double threshold)
{
    if (!isCentralService())
        return Error{u"forbidden"_s,
                     QCoreApplication::translate("etw::LabelDesk",
                                                 "Only the central support service sets the year."),
                     {}};
    FieldErrors errors;
    if (sharePercent < 1 || sharePercent > 100)
        errors.insert(u"sharePercent"_s, fieldError(u"sharePercent"_s, u"out_of_range"_s));
    if (threshold < 0 || threshold > 1000)
        errors.insert(u"threshold"_s, fieldError(u"threshold"_s, u"out_of_range"_s));
    if (!errors.isEmpty())
        return invalidInput(errors);
    return queued(u"eql_setting"_s, u"update"_s, 0,
                  {{u"schoolYear"_s, schoolYear},
                   {u"sharePercent"_s, sharePercent},
                   {u"threshold"_s, threshold}});
}

bool LabelDesk::keepTyped(const QString &key, const QJsonObject &typed)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::save(db, key, typed);
}

std::optional<QJsonObject> LabelDesk::typed(const QString &key)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::load(db, key);
}

bool LabelDesk::forgetTyped(const QString &key)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::remove(db, key);
}

} // namespace etw
