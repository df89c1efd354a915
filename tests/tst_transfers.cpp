// SPDX-License-Identifier: GPL-3.0-or-later
// The client's transfers of TwinSpace materials (TransferController) against the real server,
// through a proxy that sees every request and can cut the network: an upload arrives byte for
// byte and once, through a server restart, a closed program, a pause and a cancel; refusals
// before anything is queued, and the server's (quota) said clearly; a download resumed from its
// partial file, a damaged one downloaded again once; the local copies within their budget but
// the ones kept offline; and a 100 MB upload whose client process is killed, whose network is
// cut and whose server restarts, arriving once.
#include "demo_project.h"
#include "fault_proxy.h"
#include "http.h"
#include "server_process.h"
#include "temp_home.h"
#include "tls_proxy.h"
#include "tus_client.h"

#include "store/local_store.h"
#include "transfers/transfer_controller.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;
// Chunks small enough that an upload of a few MB lasts long enough on loopback for the test to
// act in the middle of it (a cut, a close, a pause).
constexpr qint64 slowChunk = 64 * 1024;

// An MP4's first box, then noise: a video as far as its type goes, of any size.
QByteArray video(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        out[i] = char(rng.generate());
    const QByteArray ftyp("\0\0\0\x14"
                          "ftypisom\0\0\x02\0isom",
                          20);
    out.replace(0, ftyp.size(), ftyp);
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(TusClient::sha256Hex(bytes));
}

// What the proxy saw of one request.
struct Seen
{
    QByteArray method;
    QByteArray path;
    QByteArray head;
    qint64 bodyBytes = 0;
    int status = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

} // namespace

class TestTransfers : public QObject
{
    Q_OBJECT

    TempHome m_home;
    QTemporaryDir m_work;
    ServerProcess m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    DemoAccounts m_accounts;
    qint64 m_project = 0;
    mutable QMutex m_seenLock;
    QList<Seen> m_seen;
    int m_caches = 0;

    QString path(const QString &name) const { return m_work.filePath(name); }
    // Keeps what a proxy saw of each request, for the checks.
    FaultProxy::AnswerObserver observer()
    {
        return [this](const QByteArray &method, const QByteArray &path, const QByteArray &head,
                      qint64 bodyBytes, int status) {
            QMutexLocker lock(&m_seenLock);
            m_seen.append({method, path, head, bodyBytes, status});
        };
    }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    QString token() { return m_accounts.as(u"teacher.fr"_s).token(); }

    struct Client
    {
        std::unique_ptr<LocalStore> store;
        QString files;
        std::unique_ptr<TransferController> transfers;
    };
    // A new cache and files folder for teacher.fr, reaching the server through the proxy.
    Client client(const QUrl &server = {}, bool withToken = true)
    {
        Client c;
        const QString name = u"cache-%1"_s.arg(++m_caches);
        c.store = std::make_unique<LocalStore>(path(name + u".sqlite"_s));
        if (!c.store->open().ok())
            return {};
        c.files = path(name + u"-files"_s);
        c.transfers = open(*c.store, c.files, server, withToken);
        return c;
    }
    std::unique_ptr<TransferController> open(LocalStore &store, const QString &files,
                                             const QUrl &server = {}, bool withToken = true)
    {
        auto t = std::make_unique<TransferController>(store, files,
                                                      server.isValid() ? server : m_proxy->url(),
                                                      m_accounts.id(u"teacher.fr"_s));
        t->setChunkBytes(MiB);
        t->setRetryDelays(100, 1000);
        if (withToken)
            t->setToken(token());
        return t;
    }
    static std::optional<Transfer> find(const TransferController &c, qint64 id)
    {
        for (const Transfer &t : c.transfers())
            if (t.id == id)
                return t;
        return std::nullopt;
    }
    static Transfer::State stateOf(const TransferController &c, qint64 id)
    {
        const auto t = find(c, id);
        return t ? t->state : Transfer::State::Cancelled;
    }
    // Waits until the transfer is done, or failed (said, then false) or the time ran out.
    static bool endsDone(const TransferController &c, qint64 id, int timeoutMs = 60000)
    {
        const bool settled = QTest::qWaitFor(
            [&] {
                const auto s = stateOf(c, id);
                return s == Transfer::State::Done || s == Transfer::State::Failed;
            },
            timeoutMs);
        const auto t = find(c, id);
        if (settled && t && t->state == Transfer::State::Done)
            return true;
        qWarning("transfer %lld is %d: %s %s", id, t ? int(t->state) : -1,
                 t ? qPrintable(t->errorCode) : "", t ? qPrintable(t->error) : "");
        return false;
    }
    static qint64 doneOf(const TransferController &c, qint64 id)
    {
        const auto t = find(c, id);
        return t ? t->done : -1;
    }
    static QString rowText(LocalStore &store, qint64 id, const QString &column)
    {
        QSqlQuery q(store.connection());
        if (!q.exec(u"SELECT %1 FROM transfers WHERE id = %2"_s.arg(column).arg(id)) || !q.next())
            return {};
        return q.value(0).toString();
    }
    QList<Seen> seen(const QByteArray &method, const QString &pathPrefix) const
    {
        QMutexLocker lock(&m_seenLock);
        QList<Seen> out;
        for (const Seen &s : m_seen)
            if (s.method == method && s.path.startsWith(pathPrefix.toLatin1()))
                out.append(s);
        return out;
    }
    // Every byte stored once: the chunks the server acknowledged (204), with those it stored
    // while their answer was lost (the request reached it, no answer came back, and the upload
    // went on after them), tile [0, size) exactly, and no chunk was acknowledged twice. What
    // reached the server beyond the size is what was sent again.
    void checkStoredOnce(const QString &location, qint64 size, qint64 resentAtMost)
    {
        const QString at = QUrl(location).path();
        QMap<qint64, qint64> acknowledged, unanswered; // offset → length
        qint64 reached = 0;
        for (const Seen &s : seen("PATCH", at)) {
            const qint64 offset = s.header("Upload-Offset").toLongLong();
            if (s.status == 204) {
                QVERIFY2(!acknowledged.contains(offset),
                         qPrintable(u"the chunk at %1 was acknowledged twice"_s.arg(offset)));
                acknowledged.insert(offset, s.bodyBytes);
            } else if (s.status == 0) {
                unanswered.insert(offset, s.bodyBytes);
            }
            if (s.status >= 0)
                reached += s.bodyBytes;
        }
        qint64 next = 0;
        while (next < size) {
            const qint64 length = acknowledged.value(next, unanswered.value(next, 0));
            QVERIFY2(length > 0, qPrintable(u"nothing stored at %1"_s.arg(next)));
            next += length;
        }
        QCOMPARE(next, size);
        qInfo("%lld bytes reached the server for %lld (%lld sent again, at most %lld allowed)",
              reached, size, reached - size, resentAtMost);
        QVERIFY2(reached - size <= resentAtMost,
                 qPrintable(u"%1 bytes sent again"_s.arg(reached - size)));
    }
    HttpResult content(qint64 materialId, qint64 project = 0)
    {
        return m_accounts.as(u"teacher.fr"_s)
            .get(u"/api/v1/projects/%1/materials/%2/content"_s.arg(project ? project : m_project)
                     .arg(materialId));
    }
    int materialsWith(const QString &sha256)
    {
        int n = 0;
        const auto held = m_accounts.as(u"teacher.fr"_s).pullScope(u"project:%1"_s.arg(m_project));
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            if (it.key().startsWith(u"material/"_s) && it.value()[u"sha256"_s].toString() == sha256)
                ++n;
        return n;
    }
    // A material of the project sent by teacher.it (so that teacher.fr's computer has no copy).
    std::optional<Material> partnerMaterial(const QString &name, const QByteArray &bytes,
                                            const QString &folder = {})
    {
        TusClient tus(m_accounts.as(u"teacher.it"_s), m_server.url());
        const HttpResult created =
            tus.create(bytes.size(),
                       TusClient::metadata(name, m_project, TusClient::sha256Hex(bytes), folder));
        if (created.status != 201)
            return std::nullopt;
        const auto sent = tus.upload(TusClient::location(created), bytes, 8 * MiB);
        if (sent.materialId <= 0)
            return std::nullopt;
        const auto held = m_accounts.as(u"teacher.fr"_s).pullScope(u"project:%1"_s.arg(m_project));
        auto m = Material::fromJson(held.value(u"material/%1"_s.arg(sent.materialId)));
        if (!m)
            return std::nullopt;
        m.value().id = sent.materialId;
        m.value().projectId = m_project;
        return m.value();
    }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"50"_s}),
                 qPrintable(m_server.lastOutput()));
        QVERIFY(
            m_accounts.signIn(m_server.url(), {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
                                               u"correspondent.fr"_s, u"correspondent.it"_s}));
        m_project = m_accounts.activeProject(u"Rivers of Europe"_s);
        QVERIFY(m_project > 0);
        m_proxy = std::make_unique<FaultProxy>(m_server.url(), FaultRates::none());
        m_proxy->setAnswerObserver(observer());
        QVERIFY(m_proxy->start());
    }

    void anUploadMakesTheMaterial()
    {
        Client c = client();
        QVERIFY(c.transfers);
        const QByteArray bytes = video(3'000'000, 1);
        const QString file = writeFile(u"Our river.mp4"_s, bytes);
        QSignalSpy uploaded(c.transfers.get(), &TransferController::uploaded);
        QSignalSpy ready(c.transfers.get(), &TransferController::localCopyReady);
        QSignalSpy changed(c.transfers.get(), &TransferController::transferChanged);
        QElapsedTimer timer;
        timer.start();
        const auto queued = c.transfers->upload(m_project, file, u"Videos"_s);
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));
        const qint64 id = queued.value();
        QCOMPARE(c.transfers->transfers().size(), 1);
        QCOMPARE(c.transfers->transfers().first().state, Transfer::State::Preparing);
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.size() == 1, 60000);
        const qint64 ms = timer.elapsed();
        const qint64 materialId = uploaded.first().at(1).toLongLong();
        QCOMPARE(uploaded.first().at(0).toLongLong(), m_project);
        QCOMPARE(uploaded.first().at(2).toString(), sha256Hex(bytes));
        QVERIFY(endsDone(*c.transfers, id));
        const Transfer t = *find(*c.transfers, id);
        QCOMPARE(t.materialId, materialId);
        QCOMPARE(t.done, bytes.size());
        QCOMPARE(t.size, bytes.size());
        QCOMPARE(t.sha256, sha256Hex(bytes));
        QCOMPARE(t.folder, u"Videos"_s);
        QVERIFY(t.errorCode.isEmpty());

        // On the server, byte for byte, once.
        QCOMPARE(content(materialId).body, bytes);
        QCOMPARE(materialsWith(sha256Hex(bytes)), 1);
        // And here: the sender has it offline.
        QVERIFY(ready.size() >= 1);
        QVERIFY(c.transfers->hasLocalCopy(sha256Hex(bytes)));
        QCOMPARE(read(c.transfers->localCopy(sha256Hex(bytes))), bytes);
        QCOMPARE(c.transfers->localBytes(), bytes.size());

        // The states in their order, and at most about ten announcements a second.
        QList<Transfer::State> states;
        for (const auto &args : changed) {
            const auto s = args.first().value<Transfer>().state;
            if (states.isEmpty() || states.last() != s)
                states.append(s);
        }
        QCOMPARE(states,
                 (QList<Transfer::State>{Transfer::State::Preparing, Transfer::State::Waiting,
                                         Transfer::State::Running, Transfer::State::Done}));
        QVERIFY2(changed.size() <= ms / 100 + 8,
                 qPrintable(u"%1 announcements in %2 ms"_s.arg(changed.size()).arg(ms)));

        // Cleared from the list once finished; the copy stays.
        c.transfers->clearFinished();
        QVERIFY(c.transfers->transfers().isEmpty());
        QVERIFY(c.transfers->hasLocalCopy(sha256Hex(bytes)));
    }

    void chunksCarryCrc32AndSha1ForAServerWithoutIt()
    {
        // A server that does not know crc32, as one older than the client would be: its chunks'
        // checksums reach it as an algorithm it refuses.
        QList<Seen> seen;
        QMutex seenLock;
        FaultProxy older(m_server.url(), FaultRates::none());
        older.setHeadRewriter([](const QByteArray &head) {
            QByteArray out = head;
            return out.replace("Upload-Checksum: crc32 ", "Upload-Checksum: md5 ");
        });
        older.setAnswerObserver([&](const QByteArray &method, const QByteArray &path,
                                    const QByteArray &head, qint64 bodyBytes, int status) {
            QMutexLocker lock(&seenLock);
            seen.append({method, path, head, bodyBytes, status});
        });
        QVERIFY(older.start());
        Client c = client(older.url());
        QVERIFY(c.transfers);
        const QByteArray bytes = video(3'500'000, 7);
        QSignalSpy uploaded(c.transfers.get(), &TransferController::uploaded);
        QVERIFY(c.transfers->upload(m_project, writeFile(u"Older server.mp4"_s, bytes)));
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.size() == 1, 60000);
        QCOMPARE(content(uploaded.first().at(1).toLongLong()).body, bytes);
        QList<QByteArray> checksums;
        {
            QMutexLocker lock(&seenLock);
            for (const Seen &s : seen)
                if (s.method == "PATCH")
                    checksums.append(s.header("Upload-Checksum").split(' ').first() + ' ' +
                                     QByteArray::number(s.status));
        }
        // crc32 first (refused, nothing kept), then sha1 for every chunk, the first one again.
        QCOMPARE(checksums,
                 (QList<QByteArray>{"md5 400", "sha1 204", "sha1 204", "sha1 204", "sha1 204"}));

        // This server takes crc32: every chunk carries it.
        Client direct = client();
        QVERIFY(direct.transfers);
        const QByteArray other = video(2'500'000, 8);
        QSignalSpy done(direct.transfers.get(), &TransferController::uploaded);
        {
            QMutexLocker lock(&m_seenLock);
            m_seen.clear();
        }
        QVERIFY(direct.transfers->upload(m_project, writeFile(u"Newer server.mp4"_s, other)));
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 60000);
        QMutexLocker lock(&m_seenLock);
        int patches = 0;
        for (const Seen &s : m_seen)
            if (s.method == "PATCH") {
                ++patches;
                QVERIFY2(s.header("Upload-Checksum").startsWith("crc32 "), s.head.constData());
                QCOMPARE(s.status, 204);
            }
        QCOMPARE(patches, 3);
    }

    void anUploadGoesOnAfterTheServerRestarts()
    {
        Client c = client();
        c.transfers->setChunkBytes(slowChunk);
        const QByteArray bytes = video(12 * MiB + 12345, 2);
        const auto queued = c.transfers->upload(m_project, writeFile(u"restart.mp4"_s, bytes));
        QVERIFY(queued);
        const qint64 id = queued.value();
        QTRY_VERIFY_WITH_TIMEOUT(doneOf(*c.transfers, id) >= 3 * MiB, 60000);
        const QString location = rowText(*c.store, id, u"location"_s);
        QVERIFY(!location.isEmpty());
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*c.transfers, id) == Transfer::State::Waiting, 30000);
        const Transfer waiting = *find(*c.transfers, id);
        QVERIFY2(!waiting.errorCode.isEmpty(), "a waiting transfer says why");
        QVERIFY(waiting.error.contains(u"restart.mp4"_s));
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastOutput()));
        QVERIFY(endsDone(*c.transfers, id, 60000));
        QCOMPARE(rowText(*c.store, id, u"location"_s), location); // the same upload went on
        const Transfer t = *find(*c.transfers, id);
        QCOMPARE(content(t.materialId).body, bytes);
        QCOMPARE(materialsWith(sha256Hex(bytes)), 1);
        checkStoredOnce(location, bytes.size(), slowChunk);
    }

    void aClosedProgramGoesOnWhereItStood()
    {
        Client c = client();
        c.transfers->setChunkBytes(slowChunk);
        const QByteArray bytes = video(12 * MiB, 3);
        const QString source = writeFile(u"closed.mp4"_s, bytes);
        const auto queued = c.transfers->upload(m_project, source);
        QVERIFY(queued);
        const qint64 id = queued.value();
        QTRY_VERIFY_WITH_TIMEOUT(doneOf(*c.transfers, id) >= 3 * MiB, 60000);
        c.transfers.reset(); // the window closed mid-upload
        const QString location = rowText(*c.store, id, u"location"_s);
        QVERIFY(!location.isEmpty());
        QVERIFY(rowText(*c.store, id, u"done"_s).toLongLong() >= 3 * MiB);
        QCOMPARE(rowText(*c.store, id, u"state"_s), u"waiting"_s);
        // The user's file changes meanwhile, then goes: what is sent is the copy made at first.
        QVERIFY(!writeFile(u"closed.mp4"_s, video(12 * MiB, 33)).isEmpty());
        QVERIFY(QFile::remove(source));

        c.transfers = open(*c.store, c.files);
        c.transfers->setChunkBytes(slowChunk);
        QCOMPARE(c.transfers->transfers().size(), 1);
        QVERIFY(endsDone(*c.transfers, id, 60000));
        QCOMPARE(content(find(*c.transfers, id)->materialId).body, bytes);
        checkStoredOnce(location, bytes.size(), slowChunk);
    }

    void aPausedUploadWaitsForTheUser()
    {
        Client c = client();
        c.transfers->setChunkBytes(slowChunk);
        const QByteArray bytes = video(12 * MiB, 4);
        const auto queued = c.transfers->upload(m_project, writeFile(u"paused.mp4"_s, bytes));
        QVERIFY(queued);
        const qint64 id = queued.value();
        QTRY_VERIFY_WITH_TIMEOUT(doneOf(*c.transfers, id) >= 2 * MiB, 60000);
        c.transfers->pause(id);
        QTRY_COMPARE(stateOf(*c.transfers, id), Transfer::State::Paused);
        const qint64 done = doneOf(*c.transfers, id);
        QVERIFY(done < bytes.size());
        const QString location = rowText(*c.store, id, u"location"_s);
        QVERIFY(!location.isEmpty());
        // Still paused after the program starts again, while another upload goes through.
        c.transfers.reset();
        c.transfers = open(*c.store, c.files);
        c.transfers->setChunkBytes(slowChunk);
        QCOMPARE(stateOf(*c.transfers, id), Transfer::State::Paused);
        const QByteArray other = video(500'000, 40);
        const auto second = c.transfers->upload(m_project, writeFile(u"meanwhile.mp4"_s, other));
        QVERIFY(second);
        QVERIFY(endsDone(*c.transfers, second.value(), 60000));
        QCOMPARE(stateOf(*c.transfers, id), Transfer::State::Paused);
        QCOMPARE(doneOf(*c.transfers, id), done);

        c.transfers->resume(id);
        QVERIFY(endsDone(*c.transfers, id, 60000));
        QCOMPARE(content(find(*c.transfers, id)->materialId).body, bytes);
        QCOMPARE(rowText(*c.store, id, u"location"_s), location); // went on, not again
        checkStoredOnce(location, bytes.size(), slowChunk);
    }

    void aCancelledUploadIsGoneFromTheServer()
    {
        Client c = client();
        c.transfers->setChunkBytes(slowChunk);
        const QByteArray bytes = video(12 * MiB, 5);
        const auto queued = c.transfers->upload(m_project, writeFile(u"cancelled.mp4"_s, bytes));
        QVERIFY(queued);
        const qint64 id = queued.value();
        QTRY_VERIFY_WITH_TIMEOUT(doneOf(*c.transfers, id) >= 2 * MiB, 60000);
        const QString location = QUrl(rowText(*c.store, id, u"location"_s)).path();
        QVERIFY(!location.isEmpty());
        Http &fr = m_accounts.as(u"teacher.fr"_s);
        QCOMPARE(fr.request("HEAD", location, {}, {{"Tus-Resumable", "1.0.0"}}).status, 200);
        c.transfers->cancel(id);
        QTRY_COMPARE(stateOf(*c.transfers, id), Transfer::State::Cancelled);
        // Terminated: the server no longer has it (its bytes went at once).
        QTRY_COMPARE_WITH_TIMEOUT(
            fr.request("HEAD", location, {}, {{"Tus-Resumable", "1.0.0"}}).status, 404, 10000);
        QTRY_VERIFY(rowText(*c.store, id, u"location"_s).isEmpty());
        QCOMPARE(materialsWith(sha256Hex(bytes)), 0);
        c.transfers->clearFinished();
        QVERIFY(!find(*c.transfers, id));
        QVERIFY(rowText(*c.store, id, u"state"_s).isEmpty());
    }

    void twoTransfersRunAtATime()
    {
        // No token until all three are prepared: a copy is prepared one at a time, and on a busy
        // machine the first upload could end before the third was ready to wait for it.
        Client c = client({}, false);
        c.transfers->setChunkBytes(256 * 1024);
        QMap<qint64, Transfer::State> states;
        int mostRunning = 0;
        bool oneWaitedForTheOthers = false;
        connect(c.transfers.get(), &TransferController::transferChanged, this,
                [&](const Transfer &t) {
                    states[t.id] = t.state;
                    const auto running =
                        std::count(states.cbegin(), states.cend(), Transfer::State::Running);
                    mostRunning = std::max(mostRunning, int(running));
                    if (running == 2 && states.values().contains(Transfer::State::Waiting))
                        oneWaitedForTheOthers = true;
                });
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const auto q = c.transfers->upload(
                m_project, writeFile(u"three-%1.mp4"_s.arg(i), video(4 * MiB, 60 + i)));
            QVERIFY(q);
            ids.append(q.value());
        }
        for (const qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(*c.transfers, id), Transfer::State::Waiting, 60000);
        c.transfers->setToken(token());
        for (const qint64 id : ids)
            QVERIFY(endsDone(*c.transfers, id, 60000));
        QCOMPARE(mostRunning, 2);
        QVERIFY(oneWaitedForTheOthers);
    }

    void refusedFilesAreNeverQueued()
    {
        Client c = client();
        QRandomGenerator rng(11);
        QByteArray program(200'000, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(program.data()), program.size() / 4);
        program.replace(0, 16,
                        QByteArray("\x7f"
                                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                   16));
        const QByteArray page =
            "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
        const QByteArray hugeImage =
            QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000040000000408020000002693"
                                "0929") +
            video(12'000'000, 12).mid(33);
        struct Case
        {
            QString file;
            QByteArray bytes;
            QString code;
        };
        const QList<Case> cases{{u"holiday.png"_s, program, u"type_not_allowed"_s},
                                {u"notes.txt"_s, page, u"type_not_allowed"_s},
                                {u"empty.pdf"_s, {}, u"type_not_allowed"_s},
                                {u"poster.png"_s, hugeImage, u"too_large"_s}};
        for (const Case &k : cases) {
            const auto r = c.transfers->upload(m_project, writeFile(k.file, k.bytes));
            QVERIFY2(!r, qPrintable(k.file));
            QCOMPARE(r.error().code, k.code);
            QVERIFY2(r.error().message.contains(k.file), qPrintable(r.error().message));
            QVERIFY(r.error().fields.contains(u"file"_s));
            QVERIFY(r.error().fields[u"file"_s].message.contains(k.file));
        }
        const auto missing = c.transfers->upload(m_project, path(u"not there.pdf"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, u"unreadable"_s);
        QVERIFY(missing.error().message.contains(u"not there.pdf"_s));
        QVERIFY(c.transfers->transfers().isEmpty());
        QCOMPARE(c.transfers->localBytes(), 0);
    }

    void aFullProjectFailsWithAClearMessage()
    {
        ServerProcess small;
        QVERIFY2(small.start({u"--demo"_s, u"--demo-size"_s, u"20"_s, u"--project-quota-bytes"_s,
                              u"1000000"_s}),
                 qPrintable(small.lastOutput()));
        DemoAccounts accounts;
        QVERIFY(accounts.signIn(small.url(), {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
                                              u"correspondent.fr"_s, u"correspondent.it"_s}));
        const qint64 project = accounts.activeProject(u"Small"_s);
        QVERIFY(project > 0);
        LocalStore store(path(u"quota.sqlite"_s));
        QVERIFY(store.open().ok());
        TransferController transfers(store, path(u"quota-files"_s), small.url(), 1);
        transfers.setToken(accounts.as(u"teacher.fr"_s).token());
        const auto q = transfers.upload(project, writeFile(u"Big film.mp4"_s, video(2'000'000, 7)));
        QVERIFY(q);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(transfers, q.value()) == Transfer::State::Failed, 30000);
        const Transfer t = *find(transfers, q.value());
        QCOMPARE(t.errorCode, u"quota_exceeded"_s);
        QVERIFY2(t.error.contains(u"Big film.mp4"_s) && t.error.contains(u"room"_s),
                 qPrintable(t.error));
        // Kept for the user to see (and retry once there is room), not retried alone.
        QCOMPARE(transfers.transfers().size(), 1);
        QVERIFY(transfers.hasLocalCopy(t.sha256));
        // Retried: asked again, refused again.
        QSignalSpy changed(&transfers, &TransferController::transferChanged);
        transfers.retry(q.value());
        QTRY_VERIFY_WITH_TIMEOUT(
            changed.size() >= 2 && stateOf(transfers, q.value()) == Transfer::State::Failed, 30000);
        QCOMPARE(changed.first().first().value<Transfer>().state, Transfer::State::Waiting);
        QCOMPARE(find(transfers, q.value())->errorCode, u"quota_exceeded"_s);
    }

    void aDownloadGoesOnFromItsPartialFile()
    {
        const QByteArray bytes = video(6'000'000, 8);
        const auto m = partnerMaterial(u"Le Rhône.mp4"_s, bytes);
        QVERIFY(m);
        // Queued while signed out (nothing moves), and what an earlier run had received when it
        // stopped put beside it.
        Client c = client({}, false);
        QSignalSpy ready(c.transfers.get(), &TransferController::localCopyReady);
        const qint64 id = c.transfers->download(*m);
        QVERIFY(id > 0);
        const QString partial =
            c.files + u'/' + m->sha256.left(2) + u'/' + m->sha256 + u".partial"_s;
        QVERIFY(QDir().mkpath(QFileInfo(partial).path()));
        QFile f(partial);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(2'500'000));
        f.close();
        const qsizetype before = seen("GET", u"/api/v1/projects/"_s).size();
        c.transfers->setToken(token());
        QVERIFY(endsDone(*c.transfers, id, 60000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toString(), m->sha256);
        QCOMPARE(read(c.transfers->localCopy(m->sha256)), bytes);
        QVERIFY(!QFile::exists(partial));
        // One request, for the rest only, of this very content.
        const QList<Seen> gets = seen("GET", u"/api/v1/projects/"_s).mid(before);
        QCOMPARE(gets.size(), 1);
        QCOMPARE(gets.first().header("Range"), "bytes=2500000-");
        QCOMPARE(gets.first().header("If-Range"), '"' + m->sha256.toLatin1() + '"');
        QCOMPARE(gets.first().status, 206);
        // Here already: nothing is queued.
        QCOMPARE(c.transfers->download(*m), 0);
    }

    void aDamagedDownloadIsFetchedAgainOnce()
    {
        const QByteArray bytes = video(3'000'000, 9);
        const auto m = partnerMaterial(u"La Loire.mp4"_s, bytes);
        QVERIFY(m);
        Client c = client({}, false);
        const qint64 id = c.transfers->download(*m);
        // A partial file whose bytes are not the content's (a disk that lost them).
        const QString partial =
            c.files + u'/' + m->sha256.left(2) + u'/' + m->sha256 + u".partial"_s;
        QVERIFY(QDir().mkpath(QFileInfo(partial).path()));
        QFile f(partial);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1'000'000, '\0'));
        f.close();
        const qsizetype before = seen("GET", u"/api/v1/projects/"_s).size();
        c.transfers->setToken(token());
        QVERIFY(endsDone(*c.transfers, id, 60000));
        QCOMPARE(read(c.transfers->localCopy(m->sha256)), bytes);
        const QList<Seen> gets = seen("GET", u"/api/v1/projects/"_s).mid(before);
        QCOMPARE(gets.size(), 2); // the rest, which failed its sha256; then all of it
        QCOMPARE(gets.at(1).header("Range"), QByteArray());
        QCOMPARE(gets.at(1).status, 200);

        // A content that never matches what it should be: downloaded twice, then failed.
        Material wrong = *m;
        wrong.sha256 = sha256Hex("something else");
        const qsizetype before2 = seen("GET", u"/api/v1/projects/"_s).size();
        const qint64 bad = c.transfers->download(wrong);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*c.transfers, bad) == Transfer::State::Failed, 60000);
        const Transfer t = *find(*c.transfers, bad);
        QCOMPARE(t.errorCode, u"damaged"_s);
        QVERIFY2(t.error.contains(u"La Loire.mp4"_s), qPrintable(t.error));
        QCOMPARE(seen("GET", u"/api/v1/projects/"_s).size() - before2, 2);
        QVERIFY(!c.transfers->hasLocalCopy(wrong.sha256));
        // Retried by the user: twice more, then failed again.
        QSignalSpy changed(c.transfers.get(), &TransferController::transferChanged);
        c.transfers->retry(bad);
        QTRY_VERIFY_WITH_TIMEOUT(
            changed.size() >= 2 && stateOf(*c.transfers, bad) == Transfer::State::Failed, 60000);
        QCOMPARE(changed.first().first().value<Transfer>().state, Transfer::State::Waiting);
        QCOMPARE(seen("GET", u"/api/v1/projects/"_s).size() - before2, 4);
    }

    void aCancelledDownloadLeavesNothing()
    {
        const auto m = partnerMaterial(u"Le Tibre.mp4"_s, video(1'000'000, 17));
        QVERIFY(m);
        Client c = client({}, false);
        const qint64 id = c.transfers->download(*m);
        const QString partial =
            c.files + u'/' + m->sha256.left(2) + u'/' + m->sha256 + u".partial"_s;
        QVERIFY(QDir().mkpath(QFileInfo(partial).path()));
        QFile f(partial);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'x'));
        f.close();
        c.transfers->cancel(id);
        QTRY_COMPARE(stateOf(*c.transfers, id), Transfer::State::Cancelled);
        QVERIFY(!QFile::exists(partial));
        QVERIFY(!c.transfers->hasLocalCopy(m->sha256));
        c.transfers->clearFinished();
        QVERIFY(c.transfers->transfers().isEmpty());
    }

    void theBudgetSparesWhatIsKeptOffline()
    {
        QList<Material> materials;
        for (int i = 0; i < 4; ++i) {
            const auto m = partnerMaterial(u"clip-%1.mp4"_s.arg(i), video(1'000'000, 100 + i),
                                           i == 2 ? u"Photos/Trip"_s : QString());
            QVERIFY(m);
            materials.append(*m);
        }
        Client c = client();
        c.transfers->setBudget(2'500'000);
        QCOMPARE(c.transfers->budget(), 2'500'000);
        const auto fetched = [&](const Material &m) { return c.transfers->hasLocalCopy(m.sha256); };
        // Kept before this computer knows what it holds: fetched with the sync's list.
        c.transfers->keepOffline(m_project, materials[0].id, true);
        QVERIFY(c.transfers->keptOffline(materials[0]));
        QVERIFY(!c.transfers->keptOffline(materials[1]));
        c.transfers->fetchKept(materials);
        QTRY_VERIFY_WITH_TIMEOUT(fetched(materials[0]), 30000);
        QCOMPARE(c.transfers->transfers().size(), 1); // only the kept one
        for (int i = 1; i < 4; ++i) {
            const qint64 id = c.transfers->download(materials[i]);
            QVERIFY(endsDone(*c.transfers, id, 30000));
            QTRY_VERIFY(c.transfers->localBytes() <= 2'500'000);
        }
        // The least recently used went; the kept one stayed, though it is the oldest.
        QVERIFY(fetched(materials[0]));
        QVERIFY(!fetched(materials[1]));
        QVERIFY(!fetched(materials[2]));
        QVERIFY(fetched(materials[3]));
        QVERIFY(!QFile::exists(c.files + u'/' + materials[1].sha256.left(2) + u'/' +
                               materials[1].sha256));

        // A folder kept covers its sub-folders: clip-2 (Photos/Trip) comes back and stays; the
        // copy not kept goes to make room.
        c.transfers->keepFolderOffline(m_project, u"Photos"_s, true);
        QVERIFY(c.transfers->folderKeptOffline(m_project, u"Photos/Trip"_s));
        QVERIFY(!c.transfers->folderKeptOffline(m_project, u"Photographs"_s));
        QVERIFY(c.transfers->keptOffline(materials[2]));
        QTRY_VERIFY_WITH_TIMEOUT(fetched(materials[2]), 30000);
        QTRY_VERIFY(!fetched(materials[3]));
        QVERIFY(fetched(materials[0]));
        QVERIFY(c.transfers->localBytes() <= 2'500'000);
        // A local copy used is the most recent: with the kept ones released, the other goes.
        c.transfers->keepOffline(m_project, materials[0].id, false);
        c.transfers->keepFolderOffline(m_project, u"Photos"_s, false);
        QVERIFY(!c.transfers->localCopy(materials[0].sha256).isEmpty());
        c.transfers->setBudget(1'500'000);
        QTRY_VERIFY(!fetched(materials[2]));
        QVERIFY(fetched(materials[0]));
    }

    // The server made the upload but its answer never came back (a cut, or the program killed
    // before it saved the location): asked again with the same key, the creation finds that
    // upload; no orphan is left holding the project's quota until it expires.
    void aCreationWhoseAnswerWasLostIsNotMadeTwice()
    {
        FaultRates lost = FaultRates::none();
        lost.dropAfter = 1;
        FaultProxy network(m_server.url(), lost);
        QMutex lock;
        QList<QByteArray> creations; // the Upload-Metadata of each POST the server answered
        FaultProxy *net = &network;
        network.setAnswerObserver([&, net](const QByteArray &method, const QByteArray &path,
                                           const QByteArray &head, qint64, int status) {
            if (method != "POST" || !path.startsWith("/api/v1/uploads"))
                return;
            QMutexLocker locked(&lock);
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("upload-metadata:"))
                    creations.append(line.trimmed());
            if (status == 201)
                net->setFaults(false); // the first answer is lost, the next ones arrive
        });
        QVERIFY(network.start());
        const QDir parts(m_server.dataDir() + u"/uploads"_s);
        const QStringList before = parts.entryList({u"*.part"_s}, QDir::Files);
        Client c = client(network.url());
        const QByteArray bytes = video(1'500'000, 61);
        const auto q = c.transfers->upload(m_project, writeFile(u"Lost answer.mp4"_s, bytes));
        QVERIFY(q);
        QVERIFY(endsDone(*c.transfers, q.value(), 30000));
        QMutexLocker locked(&lock);
        QCOMPARE(creations.size(), 2);
        QCOMPARE(creations[0], creations[1]); // the same key, asked again
        QVERIFY(creations[0].contains(",key "));
        QCOMPARE(parts.entryList({u"*.part"_s}, QDir::Files), before);
    }

    void aRefusedTokenAsksToSignInAgain()
    {
        Client c = client();
        QSignalSpy rejected(c.transfers.get(), &TransferController::tokenRejected);
        c.transfers->setToken(u"not-a-token"_s);
        const QByteArray bytes = video(300'000, 13);
        const auto q = c.transfers->upload(m_project, writeFile(u"token.mp4"_s, bytes));
        QVERIFY(q);
        QTRY_VERIFY_WITH_TIMEOUT(rejected.size() == 1, 30000);
        QTRY_COMPARE(find(*c.transfers, q.value())->errorCode, u"unauthorized"_s);
        QCOMPARE(stateOf(*c.transfers, q.value()), Transfer::State::Waiting);
        c.transfers->setToken(token());
        QVERIFY(endsDone(*c.transfers, q.value(), 30000));
    }

    // Through TLS, as in production (behind nginx): the chunks on their own connection, kept
    // alive from one to the next, and the requests through QNetworkAccessManager.
    void anUploadAndADownloadOverTls()
    {
        TlsProxy::trustCertificate();
        TlsProxy tls(m_server.url());
        QVERIFY(tls.start());
        Client c = client(tls.url());
        c.transfers->setChunkBytes(8 * MiB); // the socket fed as its encrypted bytes leave
        const QByteArray bytes = video(20 * MiB + 17, 15);
        const auto q = c.transfers->upload(m_project, writeFile(u"tls.mp4"_s, bytes));
        QVERIFY(q);
        QVERIFY(endsDone(*c.transfers, q.value(), 30000));
        QCOMPARE(content(find(*c.transfers, q.value())->materialId).body, bytes);
        const QByteArray other = video(2'000'000, 16);
        const auto m = partnerMaterial(u"tls-down.mp4"_s, other);
        QVERIFY(m);
        const qint64 id = c.transfers->download(*m);
        QVERIFY(endsDone(*c.transfers, id, 30000));
        QCOMPARE(read(c.transfers->localCopy(m->sha256)), other);
    }

    void plainHttpGoesToThisComputerOnly()
    {
        Client c = client(QUrl(u"http://192.0.2.10:8080"_s));
        const auto q = c.transfers->upload(m_project, writeFile(u"plain.mp4"_s, video(1000, 14)));
        QVERIFY(q);
        QTRY_COMPARE_WITH_TIMEOUT(find(*c.transfers, q.value())->errorCode, u"insecure_server"_s,
                                  30000);
        QCOMPARE(stateOf(*c.transfers, q.value()), Transfer::State::Waiting);
    }

    // A real client process killed with SIGKILL mid-upload, then its network cut, then the
    // server restarted: the 100 MB arrive byte for byte, each acknowledged once, with at most one
    // chunk sent again per interruption.
    void aHundredMegabytesSurviveAKillACutAndARestart()
    {
        const qint64 size = 100'000'000;
        const qint64 chunk = 8 * MiB;
        const QByteArray bytes = video(size, 2025);
        const QString file = writeFile(u"Film of the year.mp4"_s, bytes);
        QVERIFY(!file.isEmpty());
        const QString cache = path(u"worker.sqlite"_s);
        // Each request and answer held 40-60 ms on the way, as on a real network: the test sees
        // the upload move chunk by chunk, and acts in its middle (on loopback 100 MB would pass
        // between two of the worker's progress lines).
        FaultRates slow = FaultRates::none();
        slow.delay = 1;
        slow.delayMinMs = 40;
        slow.delayMaxMs = 60;
        FaultProxy network(m_server.url(), slow);
        network.setAnswerObserver(observer());
        QVERIFY(network.start());
        const QStringList args{network.url().toString(),   cache, path(u"worker-files"_s), token(),
                               QString::number(m_project), file};
        qint64 materialId = 0;
        int runs = 0;
        enum class Next { Kill, Cut, Restart, Nothing };
        Next next = Next::Kill;
        while (materialId == 0 && runs < 5) {
            ++runs;
            QProcess worker;
            worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            worker.start(QString::fromUtf8(ETW_TRANSFER_WORKER), args);
            QVERIFY(worker.waitForStarted());
            QByteArray out;
            qint64 done = 0;
            bool killed = false;
            const QDeadlineTimer deadline(120000);
            while (worker.state() == QProcess::Running || worker.bytesAvailable() > 0) {
                if (deadline.hasExpired()) {
                    worker.kill();
                    worker.waitForFinished();
                    QFAIL(qPrintable(
                        u"run %1 had not ended after 2 minutes, at %2 bytes"_s.arg(runs).arg(
                            done)));
                }
                worker.waitForReadyRead(200);
                out += worker.readAll();
                for (const QByteArray &line : out.split('\n')) {
                    if (line.startsWith("progress "))
                        done = std::max(done, line.split(' ').value(2).toLongLong());
                    if (line.startsWith("uploaded "))
                        materialId = line.mid(9).toLongLong();
                    QVERIFY2(!line.startsWith("failed "), line.constData());
                }
                out = out.mid(out.lastIndexOf('\n') + 1);
                if (next == Next::Kill && done >= 3 * chunk) {
                    ::kill(pid_t(worker.processId()), SIGKILL);
                    qInfo("killed at %lld bytes acknowledged", done);
                    killed = true;
                    next = Next::Cut;
                    break;
                }
                if (next == Next::Cut && done >= 6 * chunk) {
                    qInfo("network cut at %lld", done);
                    network.dropConnections();
                    next = Next::Restart;
                }
                if (next == Next::Restart && done >= 9 * chunk) {
                    qInfo("server restarted at %lld", done);
                    QVERIFY2(m_server.restart(), qPrintable(m_server.lastOutput()));
                    next = Next::Nothing;
                }
                if (worker.state() != QProcess::Running && worker.bytesAvailable() == 0)
                    break;
            }
            QVERIFY(worker.state() == QProcess::NotRunning || worker.waitForFinished(60000));
            if (killed)
                QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
            else
                QCOMPARE(worker.exitCode(), 0);
        }
        QCOMPARE(runs, 2);
        QVERIFY(materialId > 0);
        QCOMPARE(next, Next::Nothing);
        const QString sha256 = sha256Hex(bytes);
        QVERIFY(content(materialId).body == bytes);
        QCOMPARE(read(m_server.dataDir() + u"/blobs/"_s + sha256.left(2) + u'/' + sha256), bytes);
        QCOMPARE(materialsWith(sha256), 1);
        LocalStore store(cache);
        QVERIFY(store.open().ok());
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(u"SELECT location, state FROM transfers"_s) && q.next());
        const QString location = q.value(0).toString();
        QCOMPARE(q.value(1).toString(), u"done"_s);
        QVERIFY(!q.next());
        q.finish();
        checkStoredOnce(location, size, 3 * chunk);
        store.releaseThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestTransfers)
#include "tst_transfers.moc"
