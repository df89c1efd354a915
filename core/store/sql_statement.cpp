// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql_statement.h"

#include <QSqlError>

namespace etw {

bool runStatement(QSqlQuery &query, const QString &sql, const QVariantList &values,
                  const QLoggingCategory &category)
{
    if (!query.prepare(sql)) {
        qCWarning(category) << "prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        qCWarning(category) << "exec failed:" << query.lastError().text() << sql;
        return false;
    }
    return true;
}

} // namespace etw
