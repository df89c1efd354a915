// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/review_cache.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// A country's review setting (may its regional correspondents decide): the last choice made
// here is the one sent, as a field edit.
class ReviewSettingKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"review_setting"_s}; }
    QStringList mutationTypes() const override { return changeTypes(); }
    Topic topic() const override { return Topic::Review; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, review_cache::settingTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, review_cache::settingTable().name, scope);
    }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        return review_cache::confirmSetting(db, m, r);
    }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        return m.data.value(u"regionalDecisions"_s).toBool()
                   ? QCoreApplication::translate("etw::ReviewSettingKind",
                                                 "Regional correspondents may decide")
                   : QCoreApplication::translate("etw::ReviewSettingKind",
                                                 "Only the national service decides");
    }
};
} // namespace

const EntityKind &reviewSettingKind()
{
    static const ReviewSettingKind kind;
    return kind;
}

} // namespace etw::kinds
