// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_store.h"

#include "database.h"

namespace etw::server::review_store {

using namespace Qt::StringLiterals;

std::optional<StoredNote> noteForUpdate(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT n.country, n.item_type, n.item_id, n.author_id, a.display_name, "
                       u"n.text, n.created_at, n.updated_at, n.version FROM review_notes n "
                       u"JOIN accounts a ON a.id = n.author_id "
                       u"WHERE n.id = ? AND n.deleted = 0"_s +
                           SqlDialect::rowLock(db, u"n"_s),
                       {id}) ||
        !q.next())
        return std::nullopt;
    return StoredNote{{id, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(),
                       q.value(7).toLongLong(), q.value(8).toLongLong()},
                      q.value(0).toString()};
}

bool saveNote(QSqlDatabase &db, StoredNote &s, bool deleted)
{
    ReviewNote &n = s.note;
    QSqlQuery q(db);
    if (n.id == 0) {
        if (!Database::run(q,
                           u"INSERT INTO review_notes (country, item_type, item_id, author_id, "
                           u"text, created_at, updated_at, version) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                           {s.country, n.itemType, n.itemId, n.authorId, n.text, n.createdAt,
                            n.updatedAt, n.version}) ||
            !q.next())
            return false;
        n.id = q.value(0).toLongLong();
        return n.id > 0;
    }
    return Database::run(q,
                         u"UPDATE review_notes SET text = ?, updated_at = ?, version = ?, "
                         u"deleted = ? WHERE id = ?"_s,
                         {n.text, n.updatedAt, n.version, deleted ? 1 : 0, n.id}) &&
           q.numRowsAffected() == 1;
}

std::optional<StoredTemplate> templateForUpdate(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT t.country, t.kind, t.title, t.text, t.updated_at, t.version "
                       u"FROM reason_templates t WHERE t.id = ? AND t.deleted = 0"_s +
                           SqlDialect::rowLock(db, u"t"_s),
                       {id}) ||
        !q.next())
        return std::nullopt;
    return StoredTemplate{{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toLongLong(), q.value(5).toLongLong()},
                          q.value(0).toString()};
}

bool saveTemplate(QSqlDatabase &db, StoredTemplate &s, qint64 by, bool deleted)
{
    ReasonTemplate &t = s.reason;
    QSqlQuery q(db);
    if (t.id == 0) {
        if (!Database::run(
                q,
                u"INSERT INTO reason_templates (country, kind, title, text, "
                u"updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                {s.country, t.kind, t.title, t.text, by, t.updatedAt, t.version}) ||
            !q.next())
            return false;
        t.id = q.value(0).toLongLong();
        return t.id > 0;
    }
    return Database::run(
               q,
               u"UPDATE reason_templates SET kind = ?, title = ?, text = ?, "
               u"updated_by = ?, updated_at = ?, version = ?, deleted = ? "
               u"WHERE id = ?"_s,
               {t.kind, t.title, t.text, by, t.updatedAt, t.version, deleted ? 1 : 0, t.id}) &&
           q.numRowsAffected() == 1;
}

} // namespace etw::server::review_store
