// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/thumbnail_cache.h"

#include "settings/app_settings.h"
#include "transfers/material_files.h"
#include "transfers/transfer_http.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

#include <algorithm>
#include <functional>

Q_LOGGING_CATEGORY(lcThumbnails, "etw.thumbnails", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// The server draws 256 px JPEGs and PNGs, a few tens of KiB: anything far larger is not one.
constexpr qint64 maxThumbnailBytes = 1024 * 1024;
// Few at once: thumbnails must not hold up the page or the transfers on a school's line.
constexpr int maxRunning = 3;
// A content whose fetch failed (no network, the server down) is asked again after this long.
constexpr qint64 retryAfterMs = 30'000;
// What this run read lately stays in memory, for the rows shown again after a reload.
constexpr int memoryBytes = 8 * 1024 * 1024;
// A use is written to the file's time at most this often: the order of eviction needs no more.
constexpr qint64 touchEveryMs = 60 * 60 * 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A proxy's or a captive portal's page answered with 200 must not be kept as a picture.
bool looksLikePicture(const QByteArray &bytes)
{
    return bytes.startsWith("\xff\xd8\xff") || bytes.startsWith("\x89PNG\r\n\x1a\n");
}
} // namespace

// On the thumbnails' thread: the folder's index (size and last use of each file, for the
// eviction), reads from it, and the requests to the server, most recently asked first.
class ThumbnailFetcher : public QObject
{
public:
    using Outcome = ThumbnailCache::Outcome;
    using Answer = std::function<void(const QString &, Outcome, const QByteArray &)>;

    ThumbnailFetcher(QString folder, const QUrl &server, bool plainHttpAllowed, Answer answer)
        : m_folder(std::move(folder))
        , m_network(new QNetworkAccessManager(this)) // moves with this object
        , m_plainHttpAllowed(plainHttpAllowed)
        , m_answer(std::move(answer))
    {
        m_context.network = m_network;
        m_context.server = server;
        m_network->setAutoDeleteReplies(false);
    }

    void start()
    {
        QDir().mkpath(m_folder);
        const QDir dir(m_folder);
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files)) {
            const QString name = file.fileName();
            if (MaterialFiles::isSha256(name))
                m_index.insert(name, {file.size(), file.lastModified().toMSecsSinceEpoch()});
            else if (MaterialFiles::isSha256(name.left(64)) && name.size() > 64 &&
                     name.at(64) == u'.')
                QFile::remove(file.filePath()); // a save a kill cut short
        }
        for (const Entry &e : std::as_const(m_index))
            m_bytes += e.size;
        enforceLimits({});
    }

    void stop()
    {
        m_stopping = true;
        m_queue.clear();
        const auto running = m_running;
        for (QNetworkReply *reply : running)
            if (!reply->isFinished()) // its finished() is on its way: aborting it is a second end
                reply->abort();
    }

    void setToken(const QString &token)
    {
        m_context.token = token;
        m_tokenRejected = false;
    }
    void setPlainHttpAllowed(bool allowed) { m_plainHttpAllowed = allowed; }
    void setLimits(int maxFiles, qint64 maxBytes)
    {
        m_maxFiles = std::max(1, maxFiles);
        m_maxBytes = std::max<qint64>(1, maxBytes);
        enforceLimits({});
    }

    void want(qint64 projectId, qint64 materialId, const QString &sha256)
    {
        if (m_stopping)
            return;
        if (m_index.contains(sha256)) {
            const QByteArray bytes = readKept(sha256);
            if (!bytes.isEmpty()) {
                m_answer(sha256, Outcome::Ready, bytes);
                return;
            }
        }
        m_queue.append({projectId, materialId, sha256});
        pump();
    }

private:
    struct Entry
    {
        qint64 size = 0;
        qint64 lastUsed = 0;
    };
    struct Wanted
    {
        qint64 projectId = 0;
        qint64 materialId = 0;
        QString sha256;
    };

    QString path(const QString &sha256) const { return m_folder + u'/' + sha256; }

    QByteArray readKept(const QString &sha256)
    {
        QFile file(path(sha256));
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly) && file.size() <= maxThumbnailBytes)
            bytes = file.readAll();
        if (!looksLikePicture(bytes)) {
            file.close();
            forget(sha256);
            return {};
        }
        Entry &e = m_index[sha256];
        if (now() - e.lastUsed > touchEveryMs) {
            // Kept in the file itself: the next run's eviction order knows it too.
            e.lastUsed = now();
            file.setFileTime(QDateTime::fromMSecsSinceEpoch(e.lastUsed),
                             QFileDevice::FileModificationTime);
        }
        return bytes;
    }

    void forget(const QString &sha256)
    {
        const auto it = m_index.find(sha256);
        if (it == m_index.end())
            return;
        m_bytes -= it->size;
        m_index.erase(it);
        QFile::remove(path(sha256));
    }

    void pump()
    {
        while (m_running.size() < maxRunning && !m_queue.isEmpty()) {
            // The newest first: the rows just scrolled to are the ones on the screen.
            const Wanted w = m_queue.takeLast();
            if (serverRefusal(m_context.server, m_plainHttpAllowed) || m_context.token.isEmpty() ||
                m_tokenRejected) {
                m_answer(w.sha256, m_tokenRejected ? Outcome::Unauthorized : Outcome::Failed, {});
                continue;
            }
            QNetworkReply *reply = m_network->get(
                m_context.request(u"/api/v1/projects/%1/materials/%2/thumbnail"_s.arg(w.projectId)
                                      .arg(w.materialId)));
            m_running.insert(reply);
            connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received) {
                if (received > maxThumbnailBytes)
                    reply->abort();
            });
            connect(reply, &QNetworkReply::finished, this, [this, reply, sha256 = w.sha256] {
                m_running.remove(reply);
                reply->deleteLater();
                finished(reply, sha256);
                if (!m_stopping)
                    pump();
            });
        }
    }

    void finished(QNetworkReply *reply, const QString &sha256)
    {
        const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        const QByteArray body = ok ? reply->readAll() : QByteArray();
        const HttpAnswer answer = HttpAnswer::of(reply);
        if (m_stopping)
            return;
        if (answer.status == 200 && answer.network == QNetworkReply::NoError &&
            looksLikePicture(body) && body.size() <= maxThumbnailBytes) {
            keep(sha256, body);
            m_answer(sha256, Outcome::Ready, body);
        } else if (answer.status == 404) {
            m_answer(sha256, Outcome::None, {});
        } else if (answer.status == 401) {
            m_tokenRejected = true;
            m_answer(sha256, Outcome::Unauthorized, {});
        } else {
            qCInfo(lcThumbnails).noquote()
                << "no thumbnail for" << sha256.left(12) << ":" << answer.status
                << (answer.status ? answer.code() : answer.networkText);
            m_answer(sha256, Outcome::Failed, {});
        }
    }

    void keep(const QString &sha256, const QByteArray &bytes)
    {
        // Not synced: a thumbnail lost to a power cut is fetched again, and a torn one is
        // recognised (looksLikePicture) or at worst drawn short.
        QSaveFile file(path(sha256));
        file.setDirectWriteFallback(false);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            qCInfo(lcThumbnails).noquote()
                << "cannot keep a thumbnail in" << m_folder << ":" << file.errorString();
            return;
        }
        forget(sha256); // an older one of the same content, if any: counted once
        m_index.insert(sha256, {bytes.size(), now()});
        m_bytes += bytes.size();
        enforceLimits(sha256);
    }

    // The least recently used go until the folder is within its limits, but not `protect`
    // (the one just kept).
    void enforceLimits(const QString &protect)
    {
        if (m_index.size() <= m_maxFiles && m_bytes <= m_maxBytes)
            return;
        QList<QPair<qint64, QString>> byUse;
        byUse.reserve(m_index.size());
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
            byUse.append({it->lastUsed, it.key()});
        std::sort(byUse.begin(), byUse.end());
        int removed = 0;
        for (const auto &[used, sha256] : byUse) {
            if (m_index.size() <= m_maxFiles && m_bytes <= m_maxBytes)
                break;
            if (sha256 == protect)
                continue;
            forget(sha256);
            ++removed;
        }
        if (removed > 0)
            qCInfo(lcThumbnails) << "removed" << removed << "thumbnails to stay within"
                                 << m_maxFiles << "files and" << m_maxBytes << "bytes";
    }

    QString m_folder;
    QNetworkAccessManager *m_network;
    TransferContext m_context; // only its request(): the transfers' headers and rules
    bool m_plainHttpAllowed;
    bool m_tokenRejected = false;
    bool m_stopping = false;
    Answer m_answer;
    QHash<QString, Entry> m_index;
    qint64 m_bytes = 0;
    int m_maxFiles = ThumbnailCache::defaultMaxFiles;
    qint64 m_maxBytes = ThumbnailCache::defaultMaxBytes;
    QList<Wanted> m_queue;
    QSet<QNetworkReply *> m_running;
};

ThumbnailCache::ThumbnailCache(const QString &folder, const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_folder(QDir::cleanPath(folder))
    , m_memory(memoryBytes)
{
    m_fetcher = new ThumbnailFetcher(
        m_folder, server, AppSettings().plainHttpAllowed(),
        [this](const QString &sha256, Outcome outcome, const QByteArray &bytes) {
            QMetaObject::invokeMethod(
                this, [this, sha256, outcome, bytes] { answered(sha256, outcome, bytes); },
                Qt::QueuedConnection);
        });
    m_thread.setObjectName(u"etw-thumbnails"_s);
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_fetcher, [f = m_fetcher] { f->start(); });
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    // Below the UI and the transfers: a thumbnail is the least urgent thing on the line.
    m_thread.start(QThread::LowPriority);
}

ThumbnailCache::~ThumbnailCache()
{
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher] { f->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ThumbnailCache::setToken(const QString &token)
{
    m_tokenRejected = false;
    m_failedAt.clear(); // what a refused token stopped may go now
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher, token] { f->setToken(token); }, Qt::QueuedConnection);
}

void ThumbnailCache::setPlainHttpAllowed(bool allowed)
{
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher, allowed] { f->setPlainHttpAllowed(allowed); },
        Qt::QueuedConnection);
}

void ThumbnailCache::setLimits(int maxFiles, qint64 maxBytes)
{
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher, maxFiles, maxBytes] { f->setLimits(maxFiles, maxBytes); },
        Qt::QueuedConnection);
}

QByteArray ThumbnailCache::cached(const QString &sha256) const
{
    const QByteArray *bytes = m_memory.object(sha256);
    return bytes ? *bytes : QByteArray();
}

void ThumbnailCache::request(const Material &material)
{
    const QString &sha256 = material.sha256;
    if (!material.thumbnail || material.id <= 0 || material.projectId <= 0 ||
        !MaterialFiles::isSha256(sha256) || m_asked.contains(sha256) || m_none.contains(sha256))
        return;
    if (const auto failed = m_failedAt.constFind(sha256);
        failed != m_failedAt.cend() && now() - *failed < retryAfterMs)
        return;
    m_asked.insert(sha256);
    if (const QByteArray *bytes = m_memory.object(sha256)) {
        // Said the same way as a read: whoever asks learns it from ready().
        QMetaObject::invokeMethod(
            this, [this, sha256, b = *bytes] { answered(sha256, Outcome::Ready, b); },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_fetcher,
        [f = m_fetcher, p = material.projectId, m = material.id, sha256] { f->want(p, m, sha256); },
        Qt::QueuedConnection);
}

void ThumbnailCache::answered(const QString &sha256, Outcome outcome, const QByteArray &bytes)
{
    m_asked.remove(sha256);
    switch (outcome) {
    case Outcome::Ready:
        m_failedAt.remove(sha256);
        m_memory.insert(sha256, new QByteArray(bytes), int(bytes.size())); // at most 1 MiB
        Q_EMIT ready(sha256, bytes);
        break;
    case Outcome::None:
        m_none.insert(sha256);
        break;
    case Outcome::Unauthorized:
        m_failedAt.insert(sha256, now());
        if (!m_tokenRejected) {
            m_tokenRejected = true;
            Q_EMIT tokenRejected();
        }
        break;
    case Outcome::Failed:
        m_failedAt.insert(sha256, now());
        break;
    }
}

} // namespace etw
