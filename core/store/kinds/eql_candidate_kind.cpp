// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/label_cache.h"

#include "domain/european_label.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// The European Quality Label's candidates, counted by the server; a national service's
// nominations and the central support service's awards are actions on them.
class EqlCandidateKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"eql_candidate"_s}; }
    // The central support service's settings of a year (its share and threshold) too.
    QStringList mutationTypes() const override
    {
        return {u"eql_nomination"_s, u"eql_award"_s, u"eql_setting"_s};
    }
    Topic topic() const override { return Topic::Review; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, label_cache::candidateTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, label_cache::candidateTable().name, scope);
    }
    bool isFieldEdit(const Mutation &) const override { return false; }
    QString explainIssue(const QString &kind, const QJsonObject &,
                         const QJsonObject &details) const override
    {
        if (kind == u"conflict")
            return {};
        return eql::refusalMessage(details.value(u"code"_s).toString()).value_or(QString());
    }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        if (m.type == u"eql_setting")
            return QCoreApplication::translate("etw::EqlCandidateKind",
                                               "European Quality Label settings of %1")
                .arg(m.data.value(u"schoolYear"_s).toString());
        return m.type == u"eql_award"
                   ? QCoreApplication::translate("etw::EqlCandidateKind",
                                                 "European Quality Label awarded")
                   : QCoreApplication::translate("etw::EqlCandidateKind",
                                                 "Nomination for the European Quality Label");
    }
};
} // namespace

const EntityKind &eqlCandidateKind()
{
    static const EqlCandidateKind kind;
    return kind;
}

} // namespace etw::kinds
