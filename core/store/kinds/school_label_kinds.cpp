// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/school_label_cache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("etw::SchoolApplicationKind", text);
}

// What the server counted of the teacher's school, read only.
class SchoolEligibilityKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"school_eligibility"_s}; }
    Topic topic() const override { return Topic::Projects; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, school_label_cache::eligibilityTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, school_label_cache::eligibilityTable().name, scope);
    }
};

// The school's shared application: its start and its writing are field edits (merged while
// unsent), its submission and its service's decision are actions.
class SchoolApplicationKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"school_application"_s}; }
    QStringList mutationTypes() const override
    {
        return {u"school_application"_s, u"school_submission"_s, u"school_decision"_s};
    }
    Topic topic() const override { return Topic::Projects; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, school_label_cache::applicationTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, school_label_cache::applicationTable().name, scope);
    }
    bool isFieldEdit(const Mutation &m) const override { return m.type == u"school_application"; }
    QString orderKey(const Mutation &m) const override
    {
        return m.type == u"school_decision" ? defaultOrderKey(m)
                                            : school_label_cache::applicationOrderKey();
    }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        if (m.type == u"school_application" && m.op == u"create")
            return school_label_cache::started(db, m, r);
        return school_label_cache::confirm(db, m, r);
    }
    QString explainIssue(const QString &kind, const QJsonObject &,
                         const QJsonObject &details) const override
    {
        const QJsonObject current = details.value(u"current"_s).toObject();
        if (kind == u"conflict") {
            QStringList answers;
            for (const QJsonValue v : current.value(u"conflictingFields"_s).toArray())
                answers.append(u"“%1”"_s.arg(school_application::questionTitle(v.toString())));
            return translated(
                       QT_TRANSLATE_NOOP(
                           "etw::SchoolApplicationKind",
                           "%1 changed %2 of your school's application meanwhile: theirs stands, "
                           "and your other answers were saved. What you wrote is kept here: copy "
                           "it into the application if it should be there."))
                .arg(current.value(u"updatedByName"_s).toString(),
                     answers.isEmpty() ? translated(QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                                                      "the same answer"))
                                       : answers.join(u", "_s));
        }
        const QString code = details.value(u"code"_s).toString();
        if (code == u"already_applying")
            return translated(
                       QT_TRANSLATE_NOOP(
                           "etw::SchoolApplicationKind",
                           "%1 had started your school's application first: there is one per "
                           "school. What you wrote is kept here: copy it into the shared "
                           "application."))
                .arg(current.value(u"startedByName"_s).toString());
        if (code == u"school_not_eligible")
            return translated(QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                                "Your school does not meet the label's "
                                                "prerequisites this round: the label's window "
                                                "says which. What you wrote is kept here."));
        if (code == u"already_submitted")
            return translated(QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                                "Your school's application had already been "
                                                "sent: it is not changed any more. What you "
                                                "wrote is kept here."));
        if (code == u"already_decided") {
            const QJsonObject d = current.value(u"decision"_s).toObject();
            return translated(d.value(u"decision"_s).toString() == u"awarded"
                                  ? QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                                      "Not recorded: %1 had already awarded the "
                                                      "label, on %2. Their decision stands.")
                                  : QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                                      "Not recorded: %1 had already decided not "
                                                      "to award the label, on %2. Their decision "
                                                      "stands."))
                .arg(d.value(u"decidedByName"_s).toString(),
                     QLocale().toString(
                         QDateTime::fromMSecsSinceEpoch(d.value(u"decidedAt"_s).toInteger())
                             .toLocalTime(),
                         QLocale::ShortFormat));
        }
        return {};
    }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        if (m.type == u"school_submission")
            return translated(QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                                "eTwinning School label application sent"));
        if (m.type == u"school_decision")
            return m.data.value(u"decision"_s).toString() == u"awarded"
                       ? translated(QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                                      "eTwinning School label awarded"))
                       : translated(QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                                      "eTwinning School label not awarded"));
        return translated(QT_TRANSLATE_NOOP("etw::SchoolApplicationKind",
                                            "eTwinning School label application written"));
    }
};
} // namespace

const EntityKind &schoolEligibilityKind()
{
    static const SchoolEligibilityKind kind;
    return kind;
}

const EntityKind &schoolApplicationKind()
{
    static const SchoolApplicationKind kind;
    return kind;
}

} // namespace etw::kinds
