// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/material_cache.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
class MaterialKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"material"_s}; }
    QStringList mutationTypes() const override { return {u"material"_s}; }
    Topic topic() const override { return Topic::TwinSpace; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return material_cache::apply(db, scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return material_cache::purge(db, scope);
    }
    QList<FeedItem> feed(QSqlDatabase &db, qint64 projectId, int limit) const override
    {
        return feed::newest(db, {u"material"_s, u"materials"_s, u"$.createdAt"_s, u"$.name"_s},
                            projectId, limit);
    }
    QString describe(QSqlDatabase &db, const Mutation &m) const override
    {
        QString name = m.data.value(u"name"_s).toString();
        if (name.isEmpty())
            if (const auto e = material_cache::material(
                    db, m.data.value(u"projectId"_s).toInteger(), m.entityId, false))
                name = e->material.name;
        const char *text =
            m.op == u"delete"
                ? QT_TRANSLATE_NOOP("etw::MaterialKind", "Material “%1” deleted")
                : QT_TRANSLATE_NOOP("etw::MaterialKind", "Material “%1” renamed or moved");
        return QCoreApplication::translate("etw::MaterialKind", text).arg(name);
    }
};
} // namespace

const EntityKind &materialKind()
{
    static const MaterialKind kind;
    return kind;
}

} // namespace etw::kinds
