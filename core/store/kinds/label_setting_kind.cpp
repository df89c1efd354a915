// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/label_setting_cache.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// A country's label setting (when its school year starts): the last choice made here is the one
// sent, as a field edit.
class LabelSettingKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"label_setting"_s}; }
    QStringList mutationTypes() const override { return changeTypes(); }
    // Teachers count their applications by it, services show it with their settings.
    Topic topic() const override { return Topic::Review; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, label_setting_cache::table(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, label_setting_cache::table().name, scope);
    }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        return label_setting_cache::confirm(db, m, r);
    }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        // Any year does: only the day and the month are said.
        const QDate start(2001, m.data.value(u"yearStartMonth"_s).toInt(1),
                          m.data.value(u"yearStartDay"_s).toInt(1));
        return QCoreApplication::translate("etw::LabelSettingKind", "School year starts on %1")
            .arg(QLocale().toString(start, u"d MMMM"_s));
    }
};
} // namespace

const EntityKind &labelSettingKind()
{
    static const LabelSettingKind kind;
    return kind;
}

} // namespace etw::kinds
