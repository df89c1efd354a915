// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfer_worker.h"

#include "store/local_store.h"
#include "transfers/content_download.h"
#include "transfers/offline_keeps.h"
#include "transfers/transfer_messages.h"
#include "transfers/tus_upload.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>

Q_LOGGING_CATEGORY(lcTransfers, "etw.transfers", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

namespace {
constexpr int progressIntervalMs = 100; // at most ten announcements a second per transfer

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isUpload(const Transfer &t)
{
    return t.direction == Transfer::Direction::Upload;
}
} // namespace

TransferWorker::TransferWorker(LocalStore &store, const QString &filesFolder, const QUrl &server,
                               bool plainHttpAllowed)
    : m_store(store)
    , m_files(filesFolder)
    , m_network(new QNetworkAccessManager(this)) // moves with this object
    , m_plainHttpAllowed(plainHttpAllowed)
    , m_wake(this)
    , m_progressTimer(this)
{
    m_context.network = m_network;
    m_context.store = &m_store;
    m_context.files = &m_files;
    m_context.server = server;
    m_network->setAutoDeleteReplies(false);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &TransferWorker::schedule);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &TransferWorker::flushProgress);
}

TransferWorker::~TransferWorker()
{
    stop();
}

void TransferWorker::start()
{
    m_started = true;
    QDir().mkpath(m_files.folder());
    QSqlDatabase db = m_store.connection();
    {
        // What a kill left behind: files of no transfer, rows of no file. Under the write lock:
        // a transfer queued meanwhile is either seen here or queued after the sweep.
        CacheTransaction tx(db);
        QSet<qint64> preparing;
        QSet<QString> downloading;
        for (const auto &row : transfer_store::unfinished(db)) {
            if (row.transfer.state == Transfer::State::Preparing)
                preparing.insert(row.transfer.id);
            else if (!isUpload(row.transfer))
                downloading.insert(row.transfer.sha256);
        }
        m_files.sweep(db, preparing, downloading);
        tx.commit();
    }
    sendOwedDeletes();
    prepareNext();
    schedule();
}

void TransferWorker::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_wake.stop();
    m_progressTimer.stop();
    const QList<qint64> running = m_jobs.keys();
    for (const qint64 id : running) {
        TransferJob *job = m_jobs.take(id);
        job->stop();
        transfer_store::Row row = job->row();
        row.transfer.state = Transfer::State::Waiting;
        saveRow(row);
        delete job;
    }
    if (m_preparation) {
        // Its row stays "preparing": the copy is made again from the start next time.
        m_preparation->control->cancel = true;
        m_preparation->thread->wait();
        delete m_preparation->thread;
        m_preparation.reset();
    }
    if (m_started)
        m_store.releaseThreadConnection();
}

void TransferWorker::setToken(const QString &token)
{
    m_context.token = token;
    m_tokenRejected = false;
    schedule();
}

void TransferWorker::setPlainHttpAllowed(bool allowed)
{
    m_plainHttpAllowed = allowed;
    schedule();
}

void TransferWorker::setBudget(qint64 bytes)
{
    m_budget = bytes;
    enforceBudget();
}

void TransferWorker::setChunkBytes(qint64 bytes)
{
    m_context.chunkBytes = std::clamp<qint64>(bytes, 64 * 1024, 8 * 1024 * 1024);
}

void TransferWorker::setRetryDelays(int firstMs, int maxMs)
{
    m_retryFirstMs = std::max(1, firstMs);
    m_retryMaxMs = std::max(m_retryFirstMs, maxMs);
}

void TransferWorker::added(qint64)
{
    prepareNext();
    schedule();
}

bool TransferWorker::saveRow(transfer_store::Row &row)
{
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    return tx.isActive() && transfer_store::save(db, row) && tx.commit();
}

Transfer TransferWorker::live(const TransferJob &job) const
{
    Transfer t = job.row().transfer;
    t.sent = std::max(t.done, job.sent());
    return t;
}

void TransferWorker::announce(const Transfer &transfer, bool force)
{
    const qint64 at = now();
    if (force || at - m_announcedAt.value(transfer.id) >= progressIntervalMs) {
        m_announcedAt.insert(transfer.id, at);
        m_dirty.remove(transfer.id);
        Q_EMIT changed(transfer);
        return;
    }
    m_dirty.insert(transfer.id);
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void TransferWorker::flushProgress()
{
    const QSet<qint64> dirty = std::exchange(m_dirty, {});
    for (const qint64 id : dirty)
        if (const TransferJob *job = m_jobs.value(id))
            announce(live(*job), true);
}

int TransferWorker::retryDelayMs(int attempts, int retryAfterMs) const
{
    qint64 delay = m_retryFirstMs;
    for (int i = 1; i < attempts && delay < m_retryMaxMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(std::max<qint64>(delay, retryAfterMs), m_retryMaxMs);
    // A little spread, so that the transfers of one school do not all come back at once.
    return int(delay + QRandomGenerator::global()->bounded(int(delay / 10) + 1));
}

void TransferWorker::schedule()
{
    if (m_stopping || !m_started)
        return;
    // A job that ends at once (a copy already here) calls back in here: once this pass is over.
    if (m_scheduling) {
        m_scheduleAgain = true;
        return;
    }
    m_scheduling = true;
    do {
        m_scheduleAgain = false;
        schedulePass();
    } while (m_scheduleAgain && !m_stopping);
    m_scheduling = false;
}

void TransferWorker::schedulePass()
{
    QSqlDatabase db = m_store.connection();
    const auto refusal = serverRefusal(m_context.server, m_plainHttpAllowed);
    const bool canSend = !refusal && !m_context.token.isEmpty() && !m_tokenRejected;
    const qint64 at = now();
    qint64 nextWake = -1;
    for (auto &row : transfer_store::unfinished(db)) {
        const qint64 id = row.transfer.id;
        if (row.transfer.state != Transfer::State::Waiting || m_jobs.contains(id))
            continue;
        if (refusal) {
            // Said on the row, so that the list shows why nothing moves.
            if (row.transfer.errorCode != refusal->code) {
                row.transfer.errorCode = refusal->code;
                row.transfer.error = refusal->message;
                saveRow(row);
                announce(row.transfer, true);
            }
            continue;
        }
        if (!canSend || m_jobs.size() >= maxRunning)
            continue;
        const qint64 notBefore = m_notBefore.value(id);
        if (notBefore > at) {
            nextWake = nextWake < 0 ? notBefore : std::min(nextWake, notBefore);
            continue;
        }
        startJob(row);
    }
    if (nextWake >= 0)
        m_wake.start(int(std::max<qint64>(1, nextWake - at)));
}

void TransferWorker::startJob(transfer_store::Row row)
{
    const qint64 id = row.transfer.id;
    m_notBefore.remove(id);
    row.transfer.state = Transfer::State::Running;
    row.transfer.errorCode.clear();
    row.transfer.error.clear();
    if (!saveRow(row))
        return;
    TransferJob *job = isUpload(row.transfer)
                           ? static_cast<TransferJob *>(new TusUpload(m_context, row, this))
                           : new ContentDownload(m_context, row, this);
    m_jobs.insert(id, job);
    connect(job, &TransferJob::progressed, this, [this, job](qint64) {
        if (m_jobs.value(job->row().transfer.id) == job)
            announce(live(*job), false);
    });
    connect(job, &TransferJob::ended, this, &TransferWorker::jobEnded);
    announce(live(*job), true);
    job->start();
}

void TransferWorker::jobEnded(qint64 id, const TransferJob::Outcome &outcome)
{
    TransferJob *job = m_jobs.take(id);
    if (!job)
        return;
    transfer_store::Row row = job->row();
    job->deleteLater();
    Transfer &t = row.transfer;
    using Kind = TransferJob::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::Done: {
        t.state = Transfer::State::Done;
        t.errorCode.clear();
        t.error.clear();
        t.done = t.size;
        row.attempts = 0;
        Material m;
        m.id = t.materialId;
        m.projectId = t.projectId;
        m.name = t.name;
        m.folder = t.folder;
        m.sha256 = t.sha256;
        m.size = t.size;
        QSqlDatabase db = m_store.connection();
        {
            CacheTransaction tx(db);
            transfer_store::save(db, row);
            offline_keeps::learn(db, m);
            MaterialFiles::touch(db, t.sha256, now());
            tx.commit();
        }
        announce(t, true);
        if (isUpload(t))
            Q_EMIT uploaded(t.projectId, t.materialId, t.sha256);
        else
            Q_EMIT localCopyReady(t.sha256);
        enforceBudget(t.sha256);
        sendOwedDeletes();
        break;
    }
    case Kind::Retry:
    case Kind::Unauthorized: {
        t.state = Transfer::State::Waiting;
        t.errorCode = outcome.code;
        t.error = outcome.message;
        if (outcome.kind == Kind::Retry) {
            ++row.attempts;
            const int delay = retryDelayMs(row.attempts, outcome.retryAfterMs);
            m_notBefore.insert(id, now() + delay);
            qCInfo(lcTransfers).noquote()
                << "transfer" << id << "waits" << delay << "ms:" << outcome.code;
        }
        saveRow(row);
        announce(t, true);
        if (outcome.kind == Kind::Unauthorized && !m_tokenRejected) {
            m_tokenRejected = true;
            Q_EMIT tokenRejected();
        }
        break;
    }
    case Kind::Failed:
        t.state = Transfer::State::Failed;
        t.errorCode = outcome.code;
        t.error = outcome.message;
        qCInfo(lcTransfers).noquote() << "transfer" << id << "failed:" << outcome.code;
        saveRow(row);
        announce(t, true);
        break;
    }
    schedule();
}

void TransferWorker::prepareNext()
{
    if (m_preparation || m_stopping || !m_started)
        return;
    QSqlDatabase db = m_store.connection();
    std::optional<transfer_store::Row> next;
    for (const auto &row : transfer_store::unfinished(db))
        if (row.transfer.state == Transfer::State::Preparing) {
            next = row;
            break;
        }
    if (!next)
        return;
    Preparation p;
    p.id = next->transfer.id;
    p.control = std::make_shared<PreparationControl>();
    p.result = std::make_shared<PreparedCopy>();
    p.thread = QThread::create([source = next->source, name = next->transfer.name, files = m_files,
                                id = p.id, control = p.control, result = p.result] {
        *result = prepareCopy(source, name, files, id, *control);
    });
    p.thread->setObjectName(u"etw-prepare"_s);
    connect(p.thread, &QThread::finished, this, [this, id = p.id] {
        if (!m_preparation || m_preparation->id != id)
            return;
        const PreparedCopy copy = *m_preparation->result;
        m_preparation->thread->wait();
        delete m_preparation->thread;
        m_preparation.reset();
        prepared(id, copy);
    });
    m_preparation = p;
    p.thread->start(QThread::LowPriority);
}

void TransferWorker::prepared(qint64 id, const PreparedCopy &copy)
{
    if (m_stopping)
        return;
    QSqlDatabase db = m_store.connection();
    auto row = transfer_store::load(db, id);
    if (row && row->transfer.state == Transfer::State::Preparing && copy.code != u"cancelled") {
        Transfer &t = row->transfer;
        if (copy.ok()) {
            t.sha256 = copy.sha256;
            t.size = copy.size;
            t.done = 0;
            t.state = Transfer::State::Waiting;
            t.errorCode.clear();
            t.error.clear();
            CacheTransaction tx(db);
            if (tx.isActive() && transfer_store::save(db, *row) &&
                MaterialFiles::record(db, copy.sha256, copy.size, now()) && tx.commit()) {
                announce(t, true);
                Q_EMIT localCopyReady(copy.sha256);
            }
        } else {
            t.state = Transfer::State::Failed;
            t.errorCode = copy.code;
            t.error = copy.message;
            saveRow(*row);
            announce(t, true);
        }
    }
    prepareNext();
    schedule();
}

std::optional<transfer_store::Row> TransferWorker::halt(qint64 id)
{
    if (TransferJob *job = m_jobs.take(id)) {
        job->stop();
        transfer_store::Row row = job->row();
        job->deleteLater();
        return row;
    }
    if (m_preparation && m_preparation->id == id)
        m_preparation->control->cancel = true; // its end is ignored: the row has moved on
    QSqlDatabase db = m_store.connection();
    return transfer_store::load(db, id);
}

void TransferWorker::pause(qint64 id)
{
    auto row = halt(id);
    if (!row)
        return;
    const auto state = row->transfer.state;
    if (state == Transfer::State::Preparing || state == Transfer::State::Waiting ||
        state == Transfer::State::Running) {
        row->transfer.state = Transfer::State::Paused;
        m_notBefore.remove(id);
        saveRow(*row);
    }
    announce(row->transfer, true);
    schedule();
}

void TransferWorker::resume(qint64 id)
{
    QSqlDatabase db = m_store.connection();
    auto row = transfer_store::load(db, id);
    if (!row || row->transfer.state != Transfer::State::Paused)
        return;
    Transfer &t = row->transfer;
    const bool prepared = !isUpload(t) || m_files.has(db, t.sha256);
    t.state = prepared ? Transfer::State::Waiting : Transfer::State::Preparing;
    if (!prepared)
        t.sha256.clear();
    row->attempts = 0;
    m_notBefore.remove(id);
    saveRow(*row);
    announce(t, true);
    prepareNext();
    schedule();
}

void TransferWorker::cancel(qint64 id)
{
    auto row = halt(id);
    if (!row || row->transfer.finished())
        return;
    Transfer &t = row->transfer;
    t.state = Transfer::State::Cancelled;
    m_notBefore.remove(id);
    if (!isUpload(t) && MaterialFiles::isSha256(t.sha256)) {
        QFile::remove(m_files.partialPath(t.sha256));
        t.done = 0;
    }
    // Saved with its tus URL first: a DELETE not answered now is sent again at the next start.
    saveRow(*row);
    announce(t, true);
    if (isUpload(t) && !row->location.isEmpty())
        sendDelete(*row, true);
    schedule();
}

void TransferWorker::retry(qint64 id)
{
    auto row = halt(id);
    if (!row || (row->transfer.state != Transfer::State::Failed &&
                 row->transfer.state != Transfer::State::Cancelled))
        return;
    Transfer &t = row->transfer;
    QSqlDatabase db = m_store.connection();
    if (isUpload(t)) {
        // Another upload, from the first byte: whatever the server kept of this one goes.
        if (!row->location.isEmpty())
            sendDelete(*row, false);
        row->location.clear();
        t.done = 0;
        t.materialId = 0;
        if (!m_files.has(db, t.sha256)) {
            t.sha256.clear();
            t.state = Transfer::State::Preparing;
        } else {
            t.state = Transfer::State::Waiting;
        }
    } else {
        row->damaged = 0;
        t.state = Transfer::State::Waiting;
    }
    t.errorCode.clear();
    t.error.clear();
    row->attempts = 0;
    m_notBefore.remove(id);
    saveRow(*row);
    announce(t, true);
    prepareNext();
    schedule();
}

void TransferWorker::sendOwedDeletes()
{
    if (m_stopping || m_context.token.isEmpty())
        return;
    QSqlDatabase db = m_store.connection();
    for (const auto &row : transfer_store::owingDeletes(db))
        if (!m_deleting.contains(row.transfer.id))
            sendDelete(row, true);
}

void TransferWorker::sendDelete(const transfer_store::Row &row, bool owed)
{
    const QUrl url = m_context.onServer(row.location);
    const qint64 id = row.transfer.id;
    if (!url.isValid() || serverRefusal(m_context.server, m_plainHttpAllowed)) {
        if (owed && !url.isValid()) {
            QSqlDatabase db = m_store.connection();
            transfer_store::deleteAnswered(db, id);
        }
        return;
    }
    QNetworkRequest r = m_context.request(url);
    r.setRawHeader("Tus-Resumable", "1.0.0");
    QNetworkReply *reply = m_network->deleteResource(r);
    if (owed)
        m_deleting.insert(id);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, owed] {
        reply->deleteLater();
        m_deleting.remove(id);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!owed || m_stopping)
            return;
        // Gone either way (404: terminated or collected before).
        if (status == 204 || status == 404 || status == 410) {
            QSqlDatabase db = m_store.connection();
            CacheTransaction tx(db);
            transfer_store::deleteAnswered(db, id);
            tx.commit();
        }
    });
}

void TransferWorker::enforceBudget(const QString &protect)
{
    if (m_stopping || !m_started)
        return;
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    if (!tx.isActive())
        return;
    QSet<QString> pinned = offline_keeps::keptContents(db) + transfer_store::liveContents(db);
    if (!protect.isEmpty())
        pinned.insert(protect);
    const QStringList removed = m_files.evict(db, m_budget, pinned);
    if (tx.commit() && !removed.isEmpty())
        qCInfo(lcTransfers) << "evicted" << removed.size() << "local copies to stay within"
                            << m_budget << "bytes";
}

} // namespace etw
