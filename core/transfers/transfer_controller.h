// SPDX-License-Identifier: GPL-3.0-or-later
// The UI thread's handle on an account's transfers: uploads (tus) and downloads of TwinSpace
// materials, run on a thread of their own, kept in the cache so that they survive a close.
#pragma once

#include "domain/error.h"
#include "domain/material.h"
#include "transfers/transfer.h"

#include <QMap>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace etw {

class LocalStore;
class TransferWorker;

class TransferController : public QObject
{
    Q_OBJECT
public:
    // Local copies live in `filesFolder` (made when missing), by sha256.
    TransferController(LocalStore &store, const QString &filesFolder, const QUrl &server,
                       qint64 accountId, QObject *parent = nullptr);
    ~TransferController() override;

    void setToken(const QString &token);
    void setPlainHttpAllowed(bool allowed);
    // The local copies' budget in bytes (at start AppSettings::materialsBudget(), 2 GB unless
    // set): least recently used copies that are not kept offline (nor being sent) go when it is
    // passed. Not saved: the settings are the caller's to change.
    void setBudget(qint64 bytes);

    // Queues `filePath` for `projectId`'s folder: checked here first (readable; its type from
    // its bytes and its size limit: material_type::refusal), then prepared and sent. Field
    // errors ("file") in the UI language when refused before anything is queued.
    Result<qint64> upload(qint64 projectId, const QString &filePath, const QString &folder = {});
    // Queues a download of the material's content unless a copy is here (returns 0 then).
    qint64 download(const Material &material);
    void pause(qint64 transferId);
    void resume(qint64 transferId);
    void cancel(qint64 transferId);
    void retry(qint64 transferId);
    // Finished transfers leave the list.
    void clearFinished();
    // Newest first; finished ones until cleared.
    QList<Transfer> transfers() const;

    // The local copy of a content, if here (the least-recently-used order learns it was used).
    QString localCopy(const QString &sha256);
    bool hasLocalCopy(const QString &sha256) const;
    // Materials kept offline: a material, or a whole folder of a project ("" for all of it).
    // Kept ones are downloaded when missing and never evicted.
    void keepOffline(qint64 projectId, qint64 materialId, bool keep);
    void keepFolderOffline(qint64 projectId, const QString &folder, bool keep);
    bool keptOffline(const Material &material) const;
    // Both for a whole list at once (the materials tab): the contents here, the ids kept.
    QSet<QString> localContents() const;
    QSet<qint64> keptAmong(const QList<Material> &materials) const;
    bool folderKeptOffline(qint64 projectId, const QString &folder) const;
    // The projects where something is kept offline: only theirs need fetchKept after a sync.
    QSet<qint64> keepingProjects() const;
    // After a sync brought materials: queues downloads of kept ones that are missing.
    void fetchKept(const QList<Material> &materials);
    // Bytes of local copies, and the budget.
    qint64 localBytes() const;
    qint64 budget() const;

    // Where the local copies are.
    QString filesFolder() const { return m_filesFolder; }
    // For tests and benchmarks: the PATCH body's size (default and most 8 MiB, the server's
    // limit), and the backoff after a failure (default 1 s doubling up to 30 s).
    void setChunkBytes(qint64 bytes);
    void setRetryDelays(int firstMs, int maxMs);

Q_SIGNALS:
    // A transfer started, progressed or changed state.
    void transferChanged(const etw::Transfer &transfer);
    // Transfers were added or removed.
    void transfersChanged();
    // An upload's material exists on the server (it shows with the next sync).
    void uploaded(qint64 projectId, qint64 materialId, const QString &sha256);
    // A content is now on this computer.
    void localCopyReady(const QString &sha256);
    // Local copies went to fit a new budget (localBytes() changed).
    void localCopiesChanged();
    // The server refused the token: sign in again.
    void tokenRejected();

private:
    // A queued row, listed and handed to the worker.
    qint64 queued(const Transfer &transfer, const QString &source);
    void workerChanged(const etw::Transfer &transfer);

    LocalStore &m_store;
    QString m_filesFolder;
    qint64 m_accountId;
    qint64 m_budget;
    QMap<qint64, Transfer> m_list; // by id
    QThread m_thread;
    TransferWorker *m_worker; // lives on m_thread, deleted when it finishes
};

} // namespace etw
