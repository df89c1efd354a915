// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/label_cache.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// Each assessor's scores on an application. Every change travels as made and in order (two
// changes of different sub-criteria must not replace each other's scores).
class LabelAssessmentKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"label_assessment"_s}; }
    QStringList mutationTypes() const override { return changeTypes(); }
    Topic topic() const override { return Topic::Review; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, label_cache::assessmentTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, label_cache::assessmentTable().name, scope);
    }
    bool isFieldEdit(const Mutation &) const override { return false; }
    QString orderKey(const Mutation &m) const override
    {
        return label_cache::assessmentOrderKey(m);
    }
    QString explainIssue(const QString &kind, const QJsonObject &,
                         const QJsonObject &details) const override
    {
        if (kind == u"conflict")
            return {};
        return label::refusalMessage(details.value(u"code"_s).toString()).value_or(QString());
    }
    QString describe(QSqlDatabase &db, const Mutation &m) const override
    {
        const auto a = label_cache::reviewed(db, m.entityId);
        return QCoreApplication::translate("etw::LabelAssessmentKind",
                                           "Scores for %1’s application")
            .arg(a ? a->applicantName : QString::number(m.entityId));
    }
};

// The grids applications are assessed on: read only, as the server has them.
class AssessmentGridKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"assessment_grid"_s}; }
    Topic topic() const override { return Topic::Review; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, label_cache::gridTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, label_cache::gridTable().name, scope);
    }
};
} // namespace

const EntityKind &labelAssessmentKind()
{
    static const LabelAssessmentKind kind;
    return kind;
}

const EntityKind &assessmentGridKind()
{
    static const AssessmentGridKind kind;
    return kind;
}

} // namespace etw::kinds
