// SPDX-License-Identifier: GPL-3.0-or-later
// What a form holds as it is typed, kept on this computer until the user saves or submits it.
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace etw::form_drafts {

// `key` names the form ("profile", later "page:<id>"…). Nothing here is ever sent.
bool save(QSqlDatabase &db, const QString &key, const QJsonObject &typed);
std::optional<QJsonObject> load(QSqlDatabase &db, const QString &key);
bool remove(QSqlDatabase &db, const QString &key);

} // namespace etw::form_drafts
