// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/label_cache.h"
#include "store/project_cache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("etw::LabelApplicationKind", text);
}

// A decision or scores that came too late say who decided first, what and when.
QString explainDecisionRefused(const QString &code, const QJsonObject &details)
{
    const QJsonObject decision =
        details.value(u"current"_s).toObject().value(u"decision"_s).toObject();
    if (code != u"already_decided" || decision.isEmpty())
        return label::refusalMessage(code).value_or(QString());
    QString who = decision.value(u"decidedByName"_s).toString();
    if (who.isEmpty())
        who = translated(QT_TRANSLATE_NOOP("etw::LabelApplicationKind", "a colleague"));
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(decision.value(u"decidedAt"_s).toInteger()).toLocalTime(),
        QLocale::ShortFormat);
    QString out =
        translated(decision.value(u"decision"_s).toString() == u"awarded"
                       ? QT_TRANSLATE_NOOP("etw::LabelApplicationKind",
                                           "Not recorded: %1 had already awarded the label, on "
                                           "%2. Their decision stands.")
                       : QT_TRANSLATE_NOOP("etw::LabelApplicationKind",
                                           "Not recorded: %1 had already decided not to award "
                                           "the label, on %2. Their decision stands."))
            .arg(who, when);
    const QString feedback = decision.value(u"feedback"_s).toString();
    if (!feedback.isEmpty())
        out +=
            u"\n\n"_s + translated(QT_TRANSLATE_NOOP("etw::LabelApplicationKind", "Feedback: %1"))
                            .arg(feedback);
    return out;
}

// National Quality Label applications: a teacher's own (in "me"), and those their national
// service assesses (in its review scopes), with the service's decisions on them. A submission
// and a decision are actions: each travels as made.
class LabelApplicationKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"label_application"_s}; }
    QStringList mutationTypes() const override
    {
        return {u"label_application"_s, u"label_decision"_s};
    }
    // Labels show on projects (My projects), and in the review workspace, which follows both.
    Topic topic() const override { return Topic::Projects; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, label_cache::applicationTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, label_cache::applicationTable().name, scope);
    }
    bool isFieldEdit(const Mutation &) const override { return false; }
    QString orderKey(const Mutation &m) const override
    {
        return m.type == u"label_decision" ? label_cache::assessmentOrderKey(m)
                                           : defaultOrderKey(m);
    }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &) const override
    {
        return m.type != u"label_decision" ||
               label_cache::confirmDecision(db, m, QDateTime::currentMSecsSinceEpoch());
    }
    QString explainIssue(const QString &kind, const QJsonObject &data,
                         const QJsonObject &details) const override
    {
        if (kind == u"conflict")
            return {};
        const QString code = details.value(u"code"_s).toString();
        if (data.contains(u"decision"_s) || data.contains(u"scores"_s))
            return explainDecisionRefused(code, details);
        // The application's texts are never lost: they go back to its draft (refused()).
        const QString why = label::refusalMessage(code).value_or(QCoreApplication::translate(
            "etw::LabelApplicationKind", "The server did not accept the application."));
        return why + u"\n\n"_s +
               QCoreApplication::translate("etw::LabelApplicationKind",
                                           "What you wrote is kept: open the project's label "
                                           "application to change it and submit it again.");
    }
    bool refused(QSqlDatabase &db, const Mutation &m) const override
    {
        return m.type != u"label_application" || label_cache::backToDraft(db, m);
    }
    QString describe(QSqlDatabase &db, const Mutation &m) const override
    {
        if (m.type == u"label_decision")
            return m.data.value(u"decision"_s).toString() == u"awarded"
                       ? QCoreApplication::translate("etw::LabelApplicationKind",
                                                     "Quality Label awarded")
                       : QCoreApplication::translate("etw::LabelApplicationKind",
                                                     "Quality Label not awarded");
        const auto p = project_cache::project(db, m.data.value(u"projectId"_s).toInteger());
        return QCoreApplication::translate("etw::LabelApplicationKind",
                                           "Quality Label application for “%1”")
            .arg(p ? p->title : QString());
    }
};
} // namespace

const EntityKind &labelApplicationKind()
{
    static const LabelApplicationKind kind;
    return kind;
}

} // namespace etw::kinds
