// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/label.h"

#include "domain/json_fields.h"
#include "domain/project.h"
#include "domain/validation_messages.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject LabelEvidence::toJson() const
{
    QJsonObject o{{u"kind"_s, kind}, {u"title"_s, title}};
    if (kind == u"link")
        o.insert(u"url"_s, url);
    else
        o.insert(u"id"_s, id);
    return o;
}

Result<LabelEvidence> LabelEvidence::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    LabelEvidence e;
    e.kind = r.string(u"kind"_s);
    e.title = r.string(u"title"_s, json::Optional);
    e.id = r.integer(u"id"_s, json::Optional);
    e.url = r.string(u"url"_s, json::Optional);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return e;
}

QJsonObject LabelDecision::toJson() const
{
    return {{u"decision"_s, decision},
            {u"feedback"_s, feedback},
            {u"decidedBy"_s, decidedBy},
            {u"decidedByName"_s, decidedByName},
            {u"decidedAt"_s, decidedAt}};
}

Result<LabelDecision> LabelDecision::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    LabelDecision d;
    d.decision = r.string(u"decision"_s);
    d.feedback = r.string(u"feedback"_s, json::Optional);
    d.decidedBy = r.integer(u"decidedBy"_s, json::Optional);
    d.decidedByName = r.string(u"decidedByName"_s, json::Optional);
    d.decidedAt = r.integer(u"decidedAt"_s, json::Optional);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return d;
}

QJsonObject LabelApplication::toJson() const
{
    QJsonArray links;
    for (const LabelEvidence &e : evidence)
        links.append(e.toJson());
    QJsonObject o{{u"id"_s, id},
                  {u"projectId"_s, projectId},
                  {u"projectTitle"_s, projectTitle},
                  {u"applicantId"_s, applicantId},
                  {u"applicantName"_s, applicantName},
                  {u"schoolId"_s, schoolId},
                  {u"schoolName"_s, schoolName},
                  {u"country"_s, country},
                  {u"region"_s, region},
                  {u"schoolYear"_s, schoolYear},
                  {u"attempt"_s, attempt},
                  {u"status"_s, status},
                  {u"answers"_s, answers},
                  {u"criteria"_s, criteria},
                  {u"ownRole"_s, ownRole},
                  {u"evidence"_s, links},
                  {u"submittedAt"_s, submittedAt},
                  {u"gridId"_s, gridId},
                  {u"score"_s, score},
                  {u"assessors"_s, assessors},
                  {u"version"_s, version}};
    if (decision)
        o.insert(u"decision"_s, decision->toJson());
    return o;
}

Result<LabelApplication> LabelApplication::fromJson(const QJsonObject &object)
{
    json::Reader r(object);
    LabelApplication a;
    a.id = r.integer(u"id"_s);
    a.projectId = r.integer(u"projectId"_s);
    a.projectTitle = r.string(u"projectTitle"_s, json::Optional);
    a.applicantId = r.integer(u"applicantId"_s);
    a.applicantName = r.string(u"applicantName"_s, json::Optional);
    a.schoolId = r.integer(u"schoolId"_s, json::Optional);
    a.schoolName = r.string(u"schoolName"_s, json::Optional);
    a.country = r.string(u"country"_s);
    a.region = r.string(u"region"_s, json::Optional);
    a.schoolYear = r.string(u"schoolYear"_s);
    a.attempt = int(r.integer(u"attempt"_s, json::Optional));
    a.status = r.string(u"status"_s);
    a.answers = r.object(u"answers"_s, json::Optional);
    a.criteria = r.object(u"criteria"_s, json::Optional);
    a.ownRole = r.string(u"ownRole"_s, json::Optional);
    a.submittedAt = r.integer(u"submittedAt"_s, json::Optional);
    a.gridId = r.integer(u"gridId"_s, json::Optional);
    a.assessors = int(r.integer(u"assessors"_s, json::Optional));
    a.version = r.integer(u"version"_s);
    a.score = object.value(u"score"_s).toDouble();
    for (const QJsonValue &v : object.value(u"evidence"_s).toArray())
        if (auto e = LabelEvidence::fromJson(v.toObject()))
            a.evidence.append(e.value());
    if (object.value(u"decision"_s).isObject()) {
        auto d = LabelDecision::fromJson(object.value(u"decision"_s).toObject());
        if (!d)
            return d.error();
        a.decision = d.value();
    }
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    if (a.attempt < 1)
        a.attempt = 1;
    return a;
}

namespace label {

const QStringList &eligibilityQuestions()
{
    static const QStringList keys{u"commonGoals"_s, u"finished"_s, u"contributed"_s,
                                  u"collaborative"_s, u"dataProtection"_s};
    return keys;
}

const QStringList &criteria()
{
    static const QStringList keys{u"collaboration"_s, u"technology"_s, u"pedagogy"_s,
                                  u"curriculum"_s, u"results"_s};
    return keys;
}

QString questionText(const QString &question)
{
    static const QHash<QString, const char *> texts{
        {u"commonGoals"_s,
         QT_TRANSLATE_NOOP("etw::Label", "Did the partners set common goals and follow a plan "
                                         "they made together?")},
        {u"finished"_s,
         QT_TRANSLATE_NOOP("etw::Label", "Is the project finished, or in its last stages?")},
        {u"contributed"_s,
         QT_TRANSLATE_NOOP("etw::Label", "Did you and your pupils take part in all of the "
                                         "project's activities?")},
        {u"collaborative"_s,
         QT_TRANSLATE_NOOP("etw::Label", "Did your pupils carry out collaborative activities "
                                         "with the partners' pupils?")},
        {u"dataProtection"_s,
         QT_TRANSLATE_NOOP("etw::Label", "Did the project take data protection and copyright "
                                         "into account?")},
    };
    const auto it = texts.constFind(question);
    return it == texts.cend() ? question : QCoreApplication::translate("etw::Label", *it);
}

QString criterionTitle(const QString &criterion)
{
    static const QHash<QString, const char *> titles{
        {u"collaboration"_s, QT_TRANSLATE_NOOP("etw::Label", "Collaboration between partner "
                                                             "schools")},
        {u"technology"_s, QT_TRANSLATE_NOOP("etw::Label", "Use of technology")},
        {u"pedagogy"_s, QT_TRANSLATE_NOOP("etw::Label", "Pedagogical approaches")},
        {u"curriculum"_s, QT_TRANSLATE_NOOP("etw::Label", "Curricular integration")},
        {u"results"_s, QT_TRANSLATE_NOOP("etw::Label", "Results and documentation")},
        {u"ownRole"_s, QT_TRANSLATE_NOOP("etw::Label", "Your own role in the project")},
    };
    const auto it = titles.constFind(criterion);
    return it == titles.cend() ? criterion : QCoreApplication::translate("etw::Label", *it);
}

namespace {
FieldError labelError(const QString &field, const QString &code, const QString &label)
{
    // A question is quoted whole: its error reads on its own, for a screen reader too.
    if (field.startsWith(u"answers."_s))
        return {code, QCoreApplication::translate("etw::Label",
                                                  "“%1” must be answered yes: a project is not "
                                                  "eligible for the label otherwise.")
                          .arg(label)};
    const QString reason =
        code == u"required"   ? QCoreApplication::translate("etw::Label", "is required.")
        : code == u"too_long" ? QCoreApplication::translate("etw::Label", "is too long.")
        : code == u"too_many"
            ? QCoreApplication::translate("etw::Label", "has too many entries (at most %1).")
                  .arg(maxEvidence)
        : code == u"not_http"
            ? QCoreApplication::translate("etw::Label", "must be an address starting with https:// "
                                                        "or http://.")
            : QCoreApplication::translate("etw::Label", "is not valid.");
    return {code, QCoreApplication::translate("etw::Label", "%1: %2").arg(label, reason)};
}
} // namespace

FieldErrors validateDecision(const QString &decision, const QString &feedback)
{
    FieldErrors errors;
    if (decision != u"awarded" && decision != u"not_awarded")
        errors.insert(u"decision"_s, fieldError(u"decision"_s, u"unknown_value"_s));
    if (feedback.size() > maxFeedbackLength)
        errors.insert(u"feedback"_s, fieldError(u"feedback"_s, u"too_long"_s));
    else if (decision == u"not_awarded" && feedback.isEmpty())
        errors.insert(u"feedback"_s, fieldError(u"feedback"_s, u"required"_s));
    return errors;
}

FieldErrors validateSubmission(const QJsonObject &s)
{
    FieldErrors errors;
    static const QStringList known{u"projectId"_s, u"answers"_s, u"criteria"_s, u"ownRole"_s,
                                   u"evidence"_s};
    for (auto it = s.constBegin(); it != s.constEnd(); ++it)
        if (!known.contains(it.key()))
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
    if (s.value(u"projectId"_s).toInteger() <= 0)
        errors.insert(u"projectId"_s, fieldError(u"projectId"_s, u"required"_s));
    const QJsonObject answers = s.value(u"answers"_s).toObject();
    for (const QString &q : eligibilityQuestions()) {
        const QJsonValue v = answers.value(q);
        if (v.isBool() && v.toBool())
            continue;
        const QString field = u"answers."_s + q;
        errors.insert(field, labelError(field, v.isBool() ? u"not_eligible"_s : u"required"_s,
                                        questionText(q)));
    }
    const QJsonObject texts = s.value(u"criteria"_s).toObject();
    for (const QString &c : criteria()) {
        const QString text = texts.value(c).toString().trimmed();
        const QString field = u"criteria."_s + c;
        if (text.isEmpty())
            errors.insert(field, labelError(field, u"required"_s, criterionTitle(c)));
        else if (text.size() > maxCriterionLength)
            errors.insert(field, labelError(field, u"too_long"_s, criterionTitle(c)));
    }
    const QString role = s.value(u"ownRole"_s).toString().trimmed();
    if (role.isEmpty() || role.size() > maxRoleLength)
        errors.insert(u"ownRole"_s,
                      labelError(u"ownRole"_s, role.isEmpty() ? u"required"_s : u"too_long"_s,
                                 criterionTitle(u"ownRole"_s)));
    const QJsonArray evidence = s.value(u"evidence"_s).toArray();
    const QString evidenceLabel = QCoreApplication::translate("etw::Label", "Evidence");
    if (evidence.size() > maxEvidence)
        errors.insert(u"evidence"_s, labelError(u"evidence"_s, u"too_many"_s, evidenceLabel));
    for (qsizetype i = 0; i < evidence.size() && i < maxEvidence; ++i) {
        const auto read = LabelEvidence::fromJson(evidence.at(i).toObject());
        const QString field = u"evidence.%1"_s.arg(i);
        const QString label = QCoreApplication::translate("etw::Label", "Evidence %1").arg(i + 1);
        if (!read || read.value().title.size() > maxTitleLength) {
            errors.insert(field, labelError(field, u"invalid"_s, label));
            continue;
        }
        const LabelEvidence &e = read.value();
        if (e.kind == u"link") {
            const QUrl url(e.url, QUrl::StrictMode);
            if (e.url.size() > maxUrlLength || !url.isValid() || url.host().isEmpty() ||
                (url.scheme() != u"https" && url.scheme() != u"http"))
                errors.insert(field, labelError(field, u"not_http"_s, label));
        } else if ((e.kind != u"page" && e.kind != u"material") || e.id <= 0) {
            errors.insert(field, labelError(field, u"invalid"_s, label));
        }
    }
    return errors;
}

QString schoolYearOf(const QDate &day, SchoolYearStart start)
{
    const int first =
        day >= QDate(day.year(), start.month, start.day) ? day.year() : day.year() - 1;
    return u"%1-%2"_s.arg(first).arg(first + 1);
}

std::pair<QDate, QDate> boundsOf(const QString &schoolYear, SchoolYearStart start)
{
    const int first = schoolYear.left(4).toInt();
    const QDate from(first, start.month, start.day);
    return {from, from.addYears(1).addDays(-1)};
}

QList<Prerequisite> prerequisites(const Project &p, int madeThisYear,
                                  const QList<LabelApplication> &forThisProject)
{
    const bool pending =
        std::any_of(forThisProject.cbegin(), forThisProject.cend(),
                    [](const LabelApplication &a) { return a.status != u"not_awarded"; });
    return {{u"project_not_ready"_s, p.status == u"active" || p.status == u"archived"},
            {u"national_project"_s, p.kind == u"european" && p.founderCountries().size() >= 2},
            {u"too_many_applications"_s, madeThisYear < maxApplicationsPerYear},
            {u"already_applied"_s, !pending},
            {u"no_more_attempts"_s, pending || forThisProject.size() < maxAttempts}};
}

QString firstUnmet(const QList<Prerequisite> &prerequisites)
{
    for (const Prerequisite &p : prerequisites)
        if (!p.met)
            return p.code;
    return {};
}

QString prerequisiteText(const QString &code, bool met)
{
    static const QHash<QString, std::pair<const char *, const char *>> texts{
        {u"national_project"_s,
         {QT_TRANSLATE_NOOP("etw::Label", "A European project: its founders are from two "
                                          "countries."),
          QT_TRANSLATE_NOOP("etw::Label", "Not a European project: national projects cannot "
                                          "receive the label.")}},
        {u"project_not_ready"_s,
         {QT_TRANSLATE_NOOP("etw::Label", "Approved by its national services (active), or "
                                          "closed."),
          QT_TRANSLATE_NOOP("etw::Label", "Not approved yet: a project applies once it is "
                                          "active or closed.")}},
        {u"too_many_applications"_s,
         {QT_TRANSLATE_NOOP("etw::Label", "Fewer than four applications of yours this school "
                                          "year."),
          QT_TRANSLATE_NOOP("etw::Label", "You have made four applications this school year: "
                                          "the limit.")}},
        {u"already_applied"_s,
         {QT_TRANSLATE_NOOP("etw::Label", "No application of yours for this project waits or "
                                          "was awarded."),
          QT_TRANSLATE_NOOP("etw::Label", "You have applied for this project already: its "
                                          "state is below.")}},
        {u"no_more_attempts"_s,
         {QT_TRANSLATE_NOOP("etw::Label", "At most two applications for one project (a new "
                                          "text after a refusal)."),
          QT_TRANSLATE_NOOP("etw::Label", "You have applied twice for this project: there is "
                                          "no third application.")}},
    };
    const auto it = texts.constFind(code);
    if (it == texts.cend())
        return code;
    return QCoreApplication::translate("etw::Label", met ? it->first : it->second);
}

std::optional<QString> refusalMessage(const QString &code)
{
    static const QHash<QString, const char *> messages{
        {u"national_project"_s,
         QT_TRANSLATE_NOOP("etw::Label", "A national project cannot receive a Quality Label: "
                                         "the label is for European projects, founded by "
                                         "schools of two countries.")},
        {u"project_not_ready"_s,
         QT_TRANSLATE_NOOP("etw::Label", "A project can apply for the label once its national "
                                         "services approved it (active) or once it is closed.")},
        {u"too_many_applications"_s,
         QT_TRANSLATE_NOOP("etw::Label", "You have already made four applications this school "
                                         "year: only four per teacher are assessed. You can "
                                         "apply again next school year.")},
        {u"already_applied"_s,
         QT_TRANSLATE_NOOP("etw::Label", "You have already applied for this project's label. "
                                         "You may apply once more only if it is not awarded.")},
        {u"no_more_attempts"_s,
         QT_TRANSLATE_NOOP("etw::Label", "You have already applied twice for this project's "
                                         "label: there is no third application.")},
        {u"not_validated"_s,
         QT_TRANSLATE_NOOP("etw::Label", "Your registration waits for your national support "
                                         "service's validation: you can apply once it is "
                                         "validated.")},
        {u"below_minimum"_s,
         QT_TRANSLATE_NOOP("etw::Label", "The label cannot be awarded: a score is below the "
                                         "minimum the grid requires.")},
        {u"not_scored"_s,
         QT_TRANSLATE_NOOP("etw::Label", "The label cannot be awarded before an assessor "
                                         "scored every sub-criterion.")},
        {u"already_decided"_s,
         QT_TRANSLATE_NOOP("etw::Label", "This application was already decided; the first "
                                         "decision stands.")},
        {u"application_gone"_s,
         QT_TRANSLATE_NOOP("etw::Label", "There is no such application in your review.")},
    };
    const auto it = messages.constFind(code);
    if (it == messages.cend())
        return std::nullopt;
    return QCoreApplication::translate("etw::Label", *it);
}

} // namespace label
} // namespace etw
