// SPDX-License-Identifier: GPL-3.0-or-later
// The cache's tables of pulled entities, one row per (scope, id): storing a page of changes
// in one, and forgetting what a scope brought.
#pragma once

#include "domain/sync_types.h"

#include <QSqlDatabase>

namespace etw::scoped_rows {

struct Table
{
    QString name;
    // Columns filled from the entity's JSON (column, key), besides scope, id and data.
    QList<QPair<QString, QString>> columns;
    bool versioned = true; // has a version column
};

// Inserts or replaces each change's row (its JSON in `data`), or deletes it for a tombstone.
bool apply(QSqlDatabase &db, const Table &table, const QString &scope,
           const QList<Change> &changes);
bool purge(QSqlDatabase &db, const QString &table, const QString &scope);

} // namespace etw::scoped_rows
