// SPDX-License-Identifier: GPL-3.0-or-later
#include "change_feed.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlError>

namespace etw::server::change_feed {

using namespace Qt::StringLiterals;

bool record(QSqlDatabase &db, const QList<ChangeRecord> &changes, QString *why)
{
    if (changes.isEmpty())
        return true;
    auto fail = [why](const QSqlQuery &query, const char *what) {
        const QString error = query.lastError().text();
        const QString reason = error.isEmpty() ? QString::fromLatin1(what)
                                               : u"%1: %2"_s.arg(QLatin1String(what), error);
        qCWarning(lcStore) << "change feed:" << reason;
        if (why)
            *why = reason;
        return false;
    };
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"UPDATE feed_counter SET value = value + ? WHERE id = 1 RETURNING value"_s,
                       {qint64(changes.size())}))
        return fail(q, "taking change numbers");
    if (!q.next())
        return fail(q, "the feed counter row is missing");
    qint64 seq = q.value(0).toLongLong() - changes.size();
    q.finish();

    QSqlQuery remove(db);
    QSqlQuery insert(db);
    remove.prepare(u"DELETE FROM changes WHERE scope = ? AND entity_type = ? AND entity_id = ?"_s);
    insert.prepare(u"INSERT INTO changes (seq, scope, entity_type, entity_id, version, deleted, "
                   u"payload) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ChangeRecord &c : changes) {
        remove.addBindValue(c.scope);
        remove.addBindValue(c.entityType);
        remove.addBindValue(c.entityId);
        if (!remove.exec())
            return fail(remove, "removing the previous change");
        insert.addBindValue(++seq);
        insert.addBindValue(c.scope);
        insert.addBindValue(c.entityType);
        insert.addBindValue(c.entityId);
        insert.addBindValue(c.version);
        insert.addBindValue(c.deleted ? 1 : 0);
        insert.addBindValue(c.deleted ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(QString::fromUtf8(QJsonDocument(c.payload).toJson(
                                            QJsonDocument::Compact))));
        if (!insert.exec())
            return fail(insert, "recording the change");
    }
    QStringList scopes;
    for (const ChangeRecord &c : changes)
        if (!scopes.contains(c.scope))
            scopes.append(c.scope);
    WriteTransaction::noteChangedScopes(scopes);
    return true;
}

} // namespace etw::server::change_feed
