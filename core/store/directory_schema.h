// SPDX-License-Identifier: GPL-3.0-or-later
// The partner directory's own database file: its tables, and the check that a file has them.
#pragma once

#include <QSqlDatabase>

namespace etw::directory_schema {

// PRAGMA user_version of a directory file. The server builds snapshots in this format and
// says which format it built; a client uses a snapshot only when the numbers agree.
// 2: the name-order indexes cover the filters.
// 3: schools' eTwinning School label. 4: teachers' Quality Labels.
constexpr int formatVersion = 4;
// PRAGMA application_id: 'ETWD'. Tells a directory file from any other SQLite file.
constexpr int applicationId = 0x45545744;

// Creates the tables in the connection's main database (empty), sets the format numbers and
// switches it to WAL. Used by the client for a new directory and by the server for a snapshot.
bool create(QSqlDatabase &db);

// Whether the database (main) holds exactly what create() makes: the same numbers, and the
// same tables, indexes and nothing else (no trigger, no view). A file from the network is
// checked with this before the program opens it as its directory.
bool matches(QSqlDatabase &db, QString *why = nullptr);

// Why the database (main) cannot serve as the directory, or empty when it can: matches(), UTF-8
// (an attached file shares its connection's encoding), and PRAGMA quick_check.
QString problem(QSqlDatabase &db);
// The same without quick_check, which reads the whole file (about a second per GB): what the
// program checks at start; the sync thread reads it whole afterwards.
QString layoutProblem(QSqlDatabase &db);

} // namespace etw::directory_schema
