// SPDX-License-Identifier: GPL-3.0-or-later
// The transfers' thread: prepares uploads one at a time, runs at most two transfers at once
// with its own QNetworkAccessManager and cache connection, waits and retries what the network
// or the server interrupted (backoff up to 30 s), and keeps the local copies within their
// budget. TransferController talks to it through queued calls only.
#pragma once

#include "transfers/material_files.h"
#include "transfers/transfer_http.h"
#include "transfers/transfer_job.h"
#include "transfers/upload_preparation.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QThread;

namespace etw {

class LocalStore;

class TransferWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRunning = 2;

    TransferWorker(LocalStore &store, const QString &filesFolder, const QUrl &server,
                   bool plainHttpAllowed);
    ~TransferWorker() override;

    // On the worker's thread, each through a queued call.
    void start();
    // Ends every request and the preparation; the rows stay as they are for the next start.
    void stop();
    void setToken(const QString &token);
    void setPlainHttpAllowed(bool allowed);
    void setBudget(qint64 bytes);
    void setChunkBytes(qint64 bytes);
    void setRetryDelays(int firstMs, int maxMs);
    // A row was queued by the controller.
    void added(qint64 transferId);
    void pause(qint64 transferId);
    void resume(qint64 transferId);
    void cancel(qint64 transferId);
    void retry(qint64 transferId);
    // Something kept offline no longer is: copies may go.
    void enforceBudget(const QString &protect = {});

Q_SIGNALS:
    void changed(const etw::Transfer &transfer);
    void uploaded(qint64 projectId, qint64 materialId, const QString &sha256);
    void localCopyReady(const QString &sha256);
    void tokenRejected();

private:
    void schedule();
    void schedulePass();
    void startJob(transfer_store::Row row);
    void jobEnded(qint64 id, const TransferJob::Outcome &outcome);
    void prepareNext();
    void prepared(qint64 id, const PreparedCopy &copy);
    // Stops the job or the preparation of this transfer, if any; its row as it stands.
    std::optional<transfer_store::Row> halt(qint64 id);
    void sendOwedDeletes();
    void sendDelete(const transfer_store::Row &row, bool owed);
    bool saveRow(transfer_store::Row &row);
    // transferChanged at most ten times a second per transfer, but at once when forced (a new
    // state).
    void announce(const Transfer &transfer, bool force);
    void flushProgress();
    Transfer live(const TransferJob &job) const;
    int retryDelayMs(int attempts, int retryAfterMs) const;

    LocalStore &m_store;
    MaterialFiles m_files;
    QNetworkAccessManager *m_network;
    TransferContext m_context;
    bool m_plainHttpAllowed;
    qint64 m_budget = 2'000'000'000;
    int m_retryFirstMs = 1000;
    int m_retryMaxMs = 30000;
    bool m_started = false;
    bool m_stopping = false;
    bool m_tokenRejected = false;
    bool m_scheduling = false;
    bool m_scheduleAgain = false;
    QHash<qint64, TransferJob *> m_jobs;
    QHash<qint64, qint64> m_notBefore; // transfer → ms since the epoch it may start again
    QTimer m_wake;
    QSet<qint64> m_deleting;

    struct Preparation
    {
        qint64 id = 0;
        QThread *thread = nullptr;
        std::shared_ptr<PreparationControl> control;
        std::shared_ptr<PreparedCopy> result;
    };
    std::optional<Preparation> m_preparation;

    QHash<qint64, qint64> m_announcedAt;
    QSet<qint64> m_dirty;
    QTimer m_progressTimer;
};

} // namespace etw
