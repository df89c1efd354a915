// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/entity_kind.h"

namespace etw {

using namespace Qt::StringLiterals;

QString EntityKind::defaultOrderKey(const Mutation &m)
{
    if (m.op == u"create" && m.entityId == 0)
        return m.id;
    return m.type + u':' + QString::number(m.entityId);
}

bool EntityKind::heldBack(QSqlDatabase &, const Mutation &) const
{
    return false;
}

bool EntityKind::isFieldEdit(const Mutation &m) const
{
    return m.op == u"update";
}

bool EntityKind::applied(QSqlDatabase &, const Mutation &, const MutationResult &) const
{
    return true;
}

bool EntityKind::refused(QSqlDatabase &, const Mutation &) const
{
    return true;
}

bool EntityKind::conflicted(QSqlDatabase &, const Mutation &, const MutationResult &) const
{
    return true;
}

QString EntityKind::explainIssue(const QString &, const QJsonObject &, const QJsonObject &) const
{
    return {};
}

QString EntityKind::describe(QSqlDatabase &, const Mutation &) const
{
    return {};
}

QList<FeedItem> EntityKind::feed(QSqlDatabase &, qint64, int) const
{
    return {};
}

bool EntityKind::rebaseOnServer(QSqlDatabase &, qint64) const
{
    return true;
}

} // namespace etw
