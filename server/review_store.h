// SPDX-License-Identifier: GPL-3.0-or-later
// A national service's private notes on queued items and its reason templates.
#pragma once

#include "domain/review.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::review_store {

struct StoredNote
{
    ReviewNote note;
    QString country;
};
// Inside a write transaction, locked until commit; nullopt when there is none (or deleted).
std::optional<StoredNote> noteForUpdate(QSqlDatabase &db, qint64 id);
// Inserts (id 0: the new id is written back) or updates; `deleted` keeps a tombstone row.
bool saveNote(QSqlDatabase &db, StoredNote &stored, bool deleted = false);

struct StoredTemplate
{
    ReasonTemplate reason;
    QString country;
};
std::optional<StoredTemplate> templateForUpdate(QSqlDatabase &db, qint64 id);
bool saveTemplate(QSqlDatabase &db, StoredTemplate &stored, qint64 by, bool deleted = false);

} // namespace etw::server::review_store
