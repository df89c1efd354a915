// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfer_controller.h"

#include "domain/material_type.h"
#include "domain/validation_messages.h"
#include "settings/app_settings.h"
#include "store/local_store.h"
#include "transfers/material_files.h"
#include "transfers/offline_keeps.h"
#include "transfers/transfer_messages.h"
#include "transfers/transfer_store.h"
#include "transfers/transfer_worker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
Error fileError(const QString &code, const QString &message)
{
    return Error{code, message, {{u"file"_s, FieldError{code, message}}}};
}
} // namespace

TransferController::TransferController(LocalStore &store, const QString &filesFolder,
                                       const QUrl &server, qint64 accountId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_filesFolder(QDir::cleanPath(filesFolder))
    , m_accountId(accountId)
    , m_budget(AppSettings().materialsBudget())
    , m_worker(new TransferWorker(store, m_filesFolder, server, AppSettings().plainHttpAllowed()))
{
    qRegisterMetaType<etw::Transfer>();
    qRegisterMetaType<etw::TransferJob::Outcome>();
    QDir().mkpath(m_filesFolder);
    {
        // What ran when the program stopped (closed, killed) goes on from where it stood.
        QSqlDatabase db = m_store.connection();
        CacheTransaction tx(db);
        transfer_store::recoverRunning(db);
        tx.commit();
        for (const auto &row : transfer_store::all(db))
            m_list.insert(row.transfer.id, row.transfer);
    }
    m_thread.setObjectName(u"etw-transfers"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &TransferWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TransferWorker::changed, this, &TransferController::workerChanged);
    connect(m_worker, &TransferWorker::uploaded, this, &TransferController::uploaded);
    connect(m_worker, &TransferWorker::localCopyReady, this, &TransferController::localCopyReady);
    connect(m_worker, &TransferWorker::tokenRejected, this, &TransferController::tokenRejected);
    setBudget(m_budget);
    m_thread.start();
    Q_UNUSED(m_accountId); // one controller per account's cache: the cache says whose
}

TransferController::~TransferController()
{
    // The requests end now; every row stays as it stood, for the next start.
    QMetaObject::invokeMethod(m_worker, &TransferWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TransferController::setToken(const QString &token)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, token] { w->setToken(token); }, Qt::QueuedConnection);
}

void TransferController::setPlainHttpAllowed(bool allowed)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, allowed] { w->setPlainHttpAllowed(allowed); },
        Qt::QueuedConnection);
}

void TransferController::setBudget(qint64 bytes)
{
    m_budget = std::max<qint64>(0, bytes);
    // The copies removed to fit are counted again once the worker has removed them.
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, b = m_budget] {
            w->setBudget(b);
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT localCopiesChanged(); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void TransferController::setChunkBytes(qint64 bytes)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, bytes] { w->setChunkBytes(bytes); }, Qt::QueuedConnection);
}

void TransferController::setRetryDelays(int firstMs, int maxMs)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, firstMs, maxMs] { w->setRetryDelays(firstMs, maxMs); },
        Qt::QueuedConnection);
}

qint64 TransferController::queued(const Transfer &transfer, const QString &source)
{
    transfer_store::Row row;
    row.transfer = transfer;
    row.source = source;
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    if (!tx.isActive() || !transfer_store::insert(db, row) || !tx.commit())
        return 0;
    m_list.insert(row.transfer.id, row.transfer);
    Q_EMIT transfersChanged();
    Q_EMIT transferChanged(row.transfer);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id = row.transfer.id] { w->added(id); }, Qt::QueuedConnection);
    return row.transfer.id;
}

Result<qint64> TransferController::upload(qint64 projectId, const QString &filePath,
                                          const QString &folder)
{
    const QFileInfo info(filePath);
    const QString name = info.fileName();
    QFile file(filePath);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return fileError(u"unreadable"_s,
                         transfer_messages::unreadable(name.isEmpty() ? filePath : name));
    // Judged from its bytes before anything is queued (the server judges them again).
    const auto type = material_type::detect(file);
    const qint64 size = file.size();
    file.close();
    if (const QString code = material_type::check(type, size); !code.isEmpty())
        return fileError(code, material_type::refusal(name, type, size));
    FieldErrors errors = material::checkName(u"file"_s, material::normalizedName(name));
    errors.insert(material::checkFolder(u"folder"_s, folder));
    if (projectId <= 0)
        errors.insert(u"projectId"_s, fieldError(u"projectId"_s, u"required"_s));
    if (!errors.isEmpty())
        return invalidInput(errors);

    Transfer t;
    t.direction = Transfer::Direction::Upload;
    t.state = Transfer::State::Preparing;
    t.projectId = projectId;
    t.name = material::normalizedName(name);
    t.folder = material::normalizedFolder(folder);
    t.size = size;
    const qint64 id = queued(t, info.absoluteFilePath());
    if (id <= 0)
        return Error{
            u"cache_unavailable"_s, transfer_messages::saveFailed(name, m_store.filePath()), {}};
    return id;
}

qint64 TransferController::download(const Material &material)
{
    if (material.id <= 0 || material.projectId <= 0 || !MaterialFiles::isSha256(material.sha256))
        return 0;
    QSqlDatabase db = m_store.connection();
    const MaterialFiles files(m_filesFolder);
    {
        CacheTransaction tx(db);
        offline_keeps::learn(db, material);
        if (files.has(db, material.sha256)) {
            MaterialFiles::touch(db, material.sha256, QDateTime::currentMSecsSinceEpoch());
            tx.commit();
            return 0;
        }
        tx.commit();
    }
    if (const qint64 existing = transfer_store::liveDownloadOf(db, material.sha256))
        return existing;
    Transfer t;
    t.direction = Transfer::Direction::Download;
    t.state = Transfer::State::Waiting;
    t.projectId = material.projectId;
    t.materialId = material.id;
    t.name = material.name;
    t.folder = material.folder;
    t.sha256 = material.sha256;
    t.size = material.size > 0 ? material.size : -1;
    return queued(t, {});
}

void TransferController::pause(qint64 transferId)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, transferId] { w->pause(transferId); }, Qt::QueuedConnection);
}

void TransferController::resume(qint64 transferId)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, transferId] { w->resume(transferId); }, Qt::QueuedConnection);
}

void TransferController::cancel(qint64 transferId)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, transferId] { w->cancel(transferId); }, Qt::QueuedConnection);
}

void TransferController::retry(qint64 transferId)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, transferId] { w->retry(transferId); }, Qt::QueuedConnection);
}

void TransferController::clearFinished()
{
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    const QList<qint64> removed = transfer_store::removeFinished(db);
    if (!tx.commit())
        return;
    bool any = false;
    for (const qint64 id : removed)
        any = m_list.remove(id) > 0 || any;
    if (any)
        Q_EMIT transfersChanged();
}

QList<Transfer> TransferController::transfers() const
{
    QList<Transfer> out = m_list.values(); // by id
    std::reverse(out.begin(), out.end());
    return out;
}

void TransferController::workerChanged(const Transfer &transfer)
{
    const auto it = m_list.find(transfer.id);
    if (it == m_list.end())
        return; // cleared from the list meanwhile
    *it = transfer;
    Q_EMIT transferChanged(transfer);
}

QString TransferController::localCopy(const QString &sha256)
{
    QSqlDatabase db = m_store.connection();
    const MaterialFiles files(m_filesFolder);
    if (!files.has(db, sha256))
        return {};
    CacheTransaction tx(db);
    MaterialFiles::touch(db, sha256, QDateTime::currentMSecsSinceEpoch());
    tx.commit();
    return files.path(sha256);
}

bool TransferController::hasLocalCopy(const QString &sha256) const
{
    QSqlDatabase db = m_store.connection();
    return MaterialFiles(m_filesFolder).has(db, sha256);
}

void TransferController::keepOffline(qint64 projectId, qint64 materialId, bool keep)
{
    QSqlDatabase db = m_store.connection();
    {
        CacheTransaction tx(db);
        if (!tx.isActive() || !offline_keeps::setMaterial(db, projectId, materialId, keep) ||
            !tx.commit())
            return;
    }
    if (!keep) {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->enforceBudget(); }, Qt::QueuedConnection);
        return;
    }
    // Fetched now when this computer knows what it holds; otherwise with the next sync's list.
    for (const Material &m : offline_keeps::keptMaterials(db))
        if (m.projectId == projectId && m.id == materialId)
            download(m);
}

void TransferController::keepFolderOffline(qint64 projectId, const QString &folder, bool keep)
{
    QSqlDatabase db = m_store.connection();
    {
        CacheTransaction tx(db);
        if (!tx.isActive() || !offline_keeps::setFolder(db, projectId, folder, keep) ||
            !tx.commit())
            return;
    }
    if (!keep) {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->enforceBudget(); }, Qt::QueuedConnection);
        return;
    }
    for (const Material &m : offline_keeps::keptMaterials(db))
        if (m.projectId == projectId)
            download(m);
}

bool TransferController::keptOffline(const Material &material) const
{
    QSqlDatabase db = m_store.connection();
    return offline_keeps::materialKept(db, material);
}

QSet<QString> TransferController::localContents() const
{
    QSqlDatabase db = m_store.connection();
    return MaterialFiles(m_filesFolder).present(db);
}

QSet<qint64> TransferController::keptAmong(const QList<Material> &materials) const
{
    QSqlDatabase db = m_store.connection();
    return offline_keeps::keptAmong(db, materials);
}

bool TransferController::folderKeptOffline(qint64 projectId, const QString &folder) const
{
    QSqlDatabase db = m_store.connection();
    return offline_keeps::folderKept(db, projectId, folder);
}

QSet<qint64> TransferController::keepingProjects() const
{
    QSqlDatabase db = m_store.connection();
    return offline_keeps::keepingProjects(db);
}

void TransferController::fetchKept(const QList<Material> &materials)
{
    QSqlDatabase db = m_store.connection();
    {
        QMap<qint64, QList<Material>> byProject;
        for (const Material &m : materials)
            byProject[m.projectId].append(m);
        CacheTransaction tx(db);
        if (!tx.isActive())
            return;
        for (auto it = byProject.cbegin(); it != byProject.cend(); ++it)
            offline_keeps::learnProject(db, it.key(), it.value());
        if (!tx.commit())
            return;
    }
    for (const Material &m : materials)
        if (offline_keeps::materialKept(db, m))
            download(m); // nothing when the copy is here or on its way
}

qint64 TransferController::localBytes() const
{
    QSqlDatabase db = m_store.connection();
    return MaterialFiles::totalBytes(db);
}

qint64 TransferController::budget() const
{
    return m_budget;
}

} // namespace etw
