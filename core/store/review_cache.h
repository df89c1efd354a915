// SPDX-License-Identifier: GPL-3.0-or-later
// A national service's review as this computer has it: the queues of registrations and projects
// with what was decided here and not yet sent, notes, reason templates and the country's setting.
#pragma once

#include "domain/project.h"
#include "domain/registration.h"
#include "domain/review.h"
#include "domain/sync_types.h"
#include "store/scoped_rows.h"

#include <QSqlDatabase>

#include <optional>

namespace etw::review_cache {

// The cache's tables, filled from pulled pages by the review's entity kinds.
const scoped_rows::Table &registrationTable();
const scoped_rows::Table &noteTable();
const scoped_rows::Table &templateTable();
const scoped_rows::Table &settingTable();

// One item of the queues, registration or project, as the workspace lists it.
struct Item
{
    QString type; // "registration" or "project"
    qint64 id = 0;
    QString title;  // the teacher's name, the project's title
    QString detail; // the school and city, the founders
    QStringList regions;
    qint64 queuedAt = 0;  // when it started waiting for the service
    bool waiting = false; // still to decide (by this service)
    // The decision that stands (by this service), once there is one.
    QString decision; // "validated"/"rejected" (registrations), "approved"/"rejected" (projects)
    QString reason;
    QString decidedByName;
    qint64 decidedAt = 0;
    // Decided here and not yet taken by the server: "validate"/"approve" or "reject".
    QString queuedDecision;
    QString queuedReason;
    QString folded; // what text search looks in, folded as partner search folds
};

// Every item of the account's review scope(s), for its service's `country`.
QList<Item> items(QSqlDatabase &db, const QString &country);

std::optional<Registration> registration(QSqlDatabase &db, qint64 id);
// The notes on an item, oldest first: pulled ones and those written here, not yet sent (their
// id is the outbox's local one, negative).
QList<ReviewNote> notes(QSqlDatabase &db, const QString &itemType, qint64 itemId);
// The templates for a queue ("registration" or "project"), by title; waiting changes on top.
QList<ReasonTemplate> templates(QSqlDatabase &db, const QString &kind);
ReviewSetting setting(QSqlDatabase &db, const QString &country);

// The server took a decision: the cached item shows it at once (its version unchanged, so the
// pull replaces it, with who decided), so that it never looks undecided in between.
bool confirmRegistrationDecision(QSqlDatabase &db, const Mutation &m, qint64 at);
// The server took a change of the service's setting or of a reason template: the cache holds
// it from now on, so that the screen does not show the old value until the next pull.
bool confirmSetting(QSqlDatabase &db, const Mutation &m, const MutationResult &r);
bool confirmTemplate(QSqlDatabase &db, const Mutation &m, const MutationResult &r);

} // namespace etw::review_cache
