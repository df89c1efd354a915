// SPDX-License-Identifier: GPL-3.0-or-later
// The transfers' rows (cache table `transfers`): everything a transfer needs to go on after the
// program was closed or killed — its file, its sha256, how far it is, its tus upload's URL.
#pragma once

#include "transfers/transfer.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace etw::transfer_store {

struct Row
{
    Transfer transfer;
    QString source;   // an upload: the user's file, read once while preparing
    QString location; // an upload: its tus URL once created; empty before (and after a restart)
    // An upload: its creation's key, made when queued. A creation whose answer was lost (the
    // connection cut, the program killed before `location` was saved) is asked again with it,
    // and the server answers with the upload it already made instead of a second one.
    QString key;
    int attempts = 0; // failures in a row, for the backoff (reset by progress)
    int damaged = 0;  // a download: copies that failed their sha256
    qint64 createdAt = 0;
};

QString stateCode(Transfer::State state);
Transfer::State stateFrom(const QString &code);

// Inserts `row` (its id set); false on failure.
bool insert(QSqlDatabase &db, Row &row);
std::optional<Row> load(QSqlDatabase &db, qint64 id);
// Newest first (but those cleared from the list).
QList<Row> all(QSqlDatabase &db);
// Not done nor cancelled, oldest first.
QList<Row> unfinished(QSqlDatabase &db);
// Writes every column of the row (updatedAt set to now).
bool save(QSqlDatabase &db, Row &row);
// A program closed or killed while transfers ran: they wait to go on.
bool recoverRunning(QSqlDatabase &db);
// Removes the done and cancelled rows (those still owing their upload's DELETE stay, out of the
// list, until it is answered); their ids.
QList<qint64> removeFinished(QSqlDatabase &db);
// Cancelled uploads whose DELETE has not been answered yet.
QList<Row> owingDeletes(QSqlDatabase &db);
// The server answered a cancelled upload's DELETE: nothing more is owed (a row cleared from the
// list goes).
bool deleteAnswered(QSqlDatabase &db, qint64 id);
// Contents a transfer not finished needs (never evicted under it).
QSet<QString> liveContents(QSqlDatabase &db);
// A download of this content not finished yet: its id, or 0.
qint64 liveDownloadOf(QSqlDatabase &db, const QString &sha256);

} // namespace etw::transfer_store
