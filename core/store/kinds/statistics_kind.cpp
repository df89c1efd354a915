// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/statistics_cache.h"

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// The territory's statistics in the review scopes: counts the server computes, read only.
class StatisticsKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"statistics"_s}; }
    Topic topic() const override { return Topic::Statistics; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, statistics_cache::table(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, statistics_cache::table().name, scope);
    }
};
} // namespace

const EntityKind &statisticsKind()
{
    static const StatisticsKind kind;
    return kind;
}

} // namespace etw::kinds
