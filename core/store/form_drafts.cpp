// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/form_drafts.h"

#include "store/local_store.h"

#include <QDateTime>
#include <QJsonDocument>

namespace etw::form_drafts {

using namespace Qt::StringLiterals;

bool save(QSqlDatabase &db, const QString &key, const QJsonObject &typed)
{
    QSqlQuery q(db);
    return LocalStore::run(
        q,
        u"INSERT INTO form_drafts (key, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) "
        u"DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at"_s,
        {key, QString::fromUtf8(QJsonDocument(typed).toJson(QJsonDocument::Compact)),
         QDateTime::currentMSecsSinceEpoch()});
}

std::optional<QJsonObject> load(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM form_drafts WHERE key = ?"_s, {key}) || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

bool remove(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    return LocalStore::run(q, u"DELETE FROM form_drafts WHERE key = ?"_s, {key});
}

} // namespace etw::form_drafts
