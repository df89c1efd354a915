// SPDX-License-Identifier: GPL-3.0-or-later
// Resumable uploads in the server database: who sends what to which project, and how far.
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace etw::server {

struct Upload
{
    QString id;
    qint64 accountId = 0;
    qint64 projectId = 0;
    QString filename;
    QString folder;
    QString sha256; // of the whole file, as the sender announced it
    qint64 length = 0;
    qint64 received = 0; // acknowledged: on the disk and never taken back
    // "receiving" → "completing" (every byte is here; being checked and stored) → "complete"
    // (a material now); or "failed" (error says why: the whole file was refused).
    QString state;
    bool headChecked = false; // the first bytes could be of an allowed type
    QString error;
    qint64 materialId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 expiresAt = 0;
    QString clientKey; // the sender's name for its creation ("" when it gave none)
};

namespace upload_store {

// A completion that has not ended in this time was cut (its instance stopped): another
// request may take it over.
inline constexpr qint64 completionStaleMs = 2 * 60 * 1000;

bool insert(QSqlDatabase &db, const Upload &upload);
// The upload, its row locked until commit when `lock`; no value when there is none.
Result<std::optional<Upload>> load(QSqlDatabase &db, const QString &id, bool lock);
// Acknowledges bytes: the new offset and the time it now expires.
bool setReceived(QSqlDatabase &db, const Upload &upload);
// Ends it: "complete" with its material, or "failed" with the refusal's code.
bool finish(QSqlDatabase &db, const QString &id, const QString &state, const QString &error,
            qint64 materialId, qint64 now);
// Takes over a completion: true when this caller is the one to run it (it was receiving with
// every byte here, or completing for longer than completionStaleMs).
Result<bool> claimCompletion(QSqlDatabase &db, const QString &id, qint64 now);
bool remove(QSqlDatabase &db, const QString &id);
// The account's upload still receiving that its client created with this key, if any.
Result<std::optional<Upload>> byClientKey(QSqlDatabase &db, qint64 accountId, const QString &key,
                                          qint64 now);

// Uploads still to finish (receiving or completing, not expired).
struct InProgress
{
    qint64 count = 0;
    qint64 bytes = 0; // their announced lengths
};
Result<InProgress> ofAccount(QSqlDatabase &db, qint64 accountId, qint64 now);
Result<InProgress> ofProject(QSqlDatabase &db, qint64 projectId, qint64 now);

// Expired before `now` (a completion running is left alone); each removed with
// removeIfExpired, which checks again under the row's lock.
Result<QStringList> expired(QSqlDatabase &db, qint64 now);
Result<bool> removeIfExpired(QSqlDatabase &db, const QString &id, qint64 now);
Result<bool> exists(QSqlDatabase &db, const QString &id);

} // namespace upload_store

} // namespace etw::server
