// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/review_cache.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// The reasons a national service reuses when it refuses; its regional correspondents read them.
class ReasonTemplateKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"reason_template"_s}; }
    QStringList mutationTypes() const override { return changeTypes(); }
    Topic topic() const override { return Topic::Review; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, review_cache::templateTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, review_cache::templateTable().name, scope);
    }
    bool isFieldEdit(const Mutation &) const override { return false; }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        return review_cache::confirmTemplate(db, m, r);
    }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        const QString title = m.data.value(u"title"_s).toString();
        if (m.op == u"delete")
            return QCoreApplication::translate("etw::ReasonTemplateKind",
                                               "Reason template deleted");
        return QCoreApplication::translate("etw::ReasonTemplateKind", "Reason template “%1”")
            .arg(title);
    }
};
} // namespace

const EntityKind &reasonTemplateKind()
{
    static const ReasonTemplateKind kind;
    return kind;
}

} // namespace etw::kinds
