// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one SQL statement with bound values, and logs why when it fails.
#pragma once

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariantList>

namespace etw {
// Prepares `sql`, binds `values` in order, executes; false (logged in `category`) on failure.
bool runStatement(QSqlQuery &query, const QString &sql, const QVariantList &values,
                  const QLoggingCategory &category);
} // namespace etw
