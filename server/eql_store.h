// SPDX-License-Identifier: GPL-3.0-or-later
// The European Quality Label's data: each year's settings, nominations and awards, and its
// candidates recounted from the National Quality Labels awarded that year.
#pragma once

#include "change_feed.h"

#include "domain/european_label.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::server::eql_store {

// The year's settings (the defaults, version 0, until the central support service sets them).
std::optional<EqlSettings> settings(QSqlDatabase &db, const QString &schoolYear);
bool saveSettings(QSqlDatabase &db, const EqlSettings &settings, qint64 by, qint64 now);

// The year's candidates as they stand now, counted from the database.
std::optional<QList<EqlCandidate>> candidates(QSqlDatabase &db, const QString &schoolYear);
bool nominate(QSqlDatabase &db, const QString &schoolYear, const QString &country, qint64 projectId,
              qint64 by, qint64 now);
bool award(QSqlDatabase &db, const QString &schoolYear, qint64 projectId, qint64 by, qint64 now);

// Inside a write transaction: counts the year's candidates again and publishes those that
// changed (and tombstones for those no longer candidates) to the scopes that show them.
// With `collected`, its change records are added there for the caller to record with its own,
// after every row it writes (rows first, the feed's counter last: no deadlock).
bool publish(QSqlDatabase &db, const QString &schoolYear, QList<ChangeRecord> *collected = nullptr);

} // namespace etw::server::eql_store
