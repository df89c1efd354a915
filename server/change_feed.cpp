// SPDX-License-Identifier: GPL-3.0-or-later
#include "change_feed.h"

#include "database.h"

#include <QJsonDocument>

namespace etw::server::change_feed {

using namespace Qt::StringLiterals;

QString accountScope(qint64 accountId)
{
    return u"account:"_s + QString::number(accountId);
}

bool record(QSqlDatabase &db, const QList<ChangeRecord> &changes)
{
    if (changes.isEmpty())
        return true;
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"UPDATE feed_counter SET value = value + ? WHERE id = 1 RETURNING value"_s,
                       {qint64(changes.size())}) ||
        !q.next())
        return false;
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
            return false;
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
            return false;
    }
    return true;
}

} // namespace etw::server::change_feed
