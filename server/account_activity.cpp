// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_activity.h"

#include "change_feed.h"
#include "project_store.h"
#include "school_label_store.h"
#include "scopes.h"

#include <QSqlError>

namespace etw::server::account_activity {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 dayMs = 24 * 3600 * 1000;

qint64 startOfDay(qint64 ms)
{
    // Times before 1970 do not occur here; floor keeps it right for them anyway.
    return (ms >= 0 ? ms / dayMs : (ms - dayMs + 1) / dayMs) * dayMs;
}
} // namespace

bool isStale(qint64 lastActiveAt, qint64 now)
{
    return startOfDay(lastActiveAt) < startOfDay(now);
}

bool record(Database &database, qint64 accountId, qint64 now, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    WriteTransaction tx(database);
    if (!tx.isActive())
        return fail(u"beginning: "_s + tx.lastError());
    QSqlDatabase &db = tx.db();
    QSqlQuery q(db);
    // Conditional: of several requests arriving at once on the new day (a client's parallel
    // downloads, two instances), only the first writes, and only it publishes the projects.
    if (!Database::run(q,
                       u"UPDATE accounts SET last_active_at = ? WHERE id = ? AND "
                       u"last_active_at < ? RETURNING id"_s,
                       {now, accountId, startOfDay(now)}))
        return fail(u"last activity: "_s + q.lastError().text());
    if (!q.next())
        return true;
    q.finish();

    const auto projects = project_store::memberships(db, accountId);
    if (!projects)
        return fail(u"the account's projects"_s);
    // Every project is loaded (and row-locked, in id order) before the change feed's counter is
    // taken: a project mutation holds its project and then waits for the counter, so taking the
    // counter first and a project after could deadlock with it on PostgreSQL.
    QList<ChangeRecord> records;
    for (qint64 projectId : *projects) {
        const auto stored = project_store::loadForUpdate(db, projectId);
        if (!stored)
            return fail(u"loading project %1"_s.arg(projectId));
        // The project itself only: an invitation does not show its members' activity, so an
        // invitee's copy (and the other members' tombstones of it) stays as it is.
        for (const ChangeRecord &r : scopes::ofProject(stored->project))
            if (r.entityType == u"project")
                records.append(r);
    }
    // The teacher counts among their school's active teachers (the eTwinning School label).
    const auto school = school_label_store::schoolOf(db, accountId);
    if (!school)
        return fail(u"the account's school"_s);
    if (*school > 0 && !school_label_store::publish(db, now, *school))
        return fail(u"the school's eligibility"_s);
    QString reason;
    if (!change_feed::record(db, records, &reason))
        return fail(reason);
    if (!tx.commit())
        return fail(u"commit: "_s + tx.lastError());
    return true;
}

} // namespace etw::server::account_activity
