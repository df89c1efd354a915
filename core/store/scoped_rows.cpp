// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/scoped_rows.h"

#include "store/json_text.h"
#include "store/local_store.h"

namespace etw::scoped_rows {

using namespace Qt::StringLiterals;

bool apply(QSqlDatabase &db, const Table &table, const QString &scope, const QList<Change> &changes)
{
    QStringList columns{u"scope"_s, u"id"_s};
    if (table.versioned)
        columns << u"version"_s;
    for (const auto &[column, key] : table.columns)
        columns << column;
    columns << u"data"_s;
    const QString insert = u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(
        table.name, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s));
    const QString remove = u"DELETE FROM %1 WHERE scope = ? AND id = ?"_s.arg(table.name);
    QSqlQuery q(db);
    for (const Change &c : changes) {
        if (c.deleted) {
            if (!LocalStore::run(q, remove, {scope, c.id}))
                return false;
            continue;
        }
        QVariantList values{scope, c.id};
        if (table.versioned)
            values << c.version;
        for (const auto &[column, key] : table.columns) {
            const QJsonValue v = c.data.value(key);
            // An empty text is '' (a country's statistics have region ''), never NULL.
            values << (v.isString() ? QVariant(v.toString().isNull() ? u""_s : v.toString())
                                    : QVariant(v.toInteger()));
        }
        values << json_text::from(c.data);
        if (!LocalStore::run(q, insert, values))
            return false;
    }
    return true;
}

bool purge(QSqlDatabase &db, const QString &table, const QString &scope)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"DELETE FROM %1 WHERE scope = ?"_s.arg(table), {scope});
}

} // namespace etw::scoped_rows
