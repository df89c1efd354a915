// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/label_setting_cache.h"

#include "store/json_text.h"
#include "store/local_store.h"

#include <QSqlQuery>

namespace etw::label_setting_cache {

using namespace Qt::StringLiterals;

const scoped_rows::Table &table()
{
    static const scoped_rows::Table t{u"label_settings"_s, {}};
    return t;
}

LabelSetting setting(QSqlDatabase &db, const QString &country)
{
    LabelSetting s{country, {}, 0};
    QSqlQuery q(db);
    if (LocalStore::run(q, u"SELECT data FROM label_settings WHERE scope = ?"_s,
                        {QVariant(u"country:"_s + country)}) &&
        q.next())
        if (auto read = LabelSetting::fromJson(json_text::toObject(q.value(0).toString())))
            s = read.value();
    // Only the country's own service queues one: the account's country is the one it sets.
    if (LocalStore::run(q, u"SELECT data FROM outbox WHERE type = 'label_setting' "
                           u"ORDER BY seq DESC LIMIT 1"_s) &&
        q.next()) {
        const QJsonObject queued = json_text::toObject(q.value(0).toString());
        if (label::validateSetting(queued).isEmpty())
            s.yearStart = {queued.value(u"yearStartMonth"_s).toInt(),
                           queued.value(u"yearStartDay"_s).toInt()};
    }
    return s;
}

bool confirm(QSqlDatabase &db, const Mutation &m, const MutationResult &r)
{
    // The change names its country, so that it shows before the country's scope is first
    // pulled (it is not yet when the service had never chosen).
    const QString scope = u"country:"_s + m.data.value(u"country"_s).toString();
    QSqlQuery q(db);
    if (!LocalStore::run(q, u"SELECT data FROM label_settings WHERE scope = ? AND id = 1"_s,
                         {scope}))
        return false;
    QJsonObject data = q.next() ? json_text::toObject(q.value(0).toString()) : QJsonObject();
    for (const QString &field : {u"country"_s, u"yearStartMonth"_s, u"yearStartDay"_s})
        data.insert(field, m.data.value(field));
    data.insert(u"version"_s, r.version);
    return LocalStore::run(q,
                           u"INSERT OR REPLACE INTO label_settings (scope, id, version, data) "
                           u"VALUES (?, 1, ?, ?)"_s,
                           {scope, r.version, json_text::from(data)});
}

} // namespace etw::label_setting_cache
