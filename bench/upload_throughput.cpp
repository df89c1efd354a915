// SPDX-License-Identifier: GPL-3.0-or-later
// A 100 MB material over loopback: uploaded through tus in 8 MiB chunks (with their sha256
// checksums, each chunk on the disk before its offset is acknowledged) and downloaded again,
// against the same bytes copied over one plain TCP socket into a file (and back) in the same
// run; then the client's own TransferController (core/transfers: the file copied into its store
// and hashed, then tus with crc32 chunk checksums; the download into its store, checked) against
// the same raw figures; then an upload cut mid-chunk and resumed, counting what was sent again.
//   bench_upload_throughput [MB=100] [--runs R=5] [--checksum sha1|sha256|none] [--chunk MiB=8]
#include "bench_support.h"
#include "demo_project.h"
#include "server_process.h"
#include "tus_client.h"

#include "store/local_store.h"
#include "transfers/transfer_controller.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <future>

#include <unistd.h>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 chunk = 8 * 1024 * 1024;
constexpr double targetRatio = 0.5; // of the raw socket's rate

QByteArray video(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(2005);
    rng.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    const QByteArray ftyp("\0\0\0\x14"
                          "ftypisom\0\0\x02\0isom",
                          20);
    out.replace(0, ftyp.size(), ftyp);
    return out;
}

// The baselines, on one plain connection each, into a file on the same disk: the bytes synced
// once at the end (the least a server that keeps them must do), and synced and acknowledged
// every chunk (what tus promises: an acknowledged offset survives a power cut, so the next
// chunk waits for it); then the file back to the client.
class RawPeer : public QThread
{
public:
    RawPeer(QString file, qint64 size)
        : m_file(std::move(file))
        , m_size(size)
    {}
    quint16 port() const { return m_port; }
    bool listening() const { return m_port != 0; }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return;
        m_port = server.serverPort();
        for (int pass = 0; pass < 4; ++pass) {
            if (!server.waitForNewConnection(60000))
                return;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            if (pass < 2)
                receive(*socket, pass == 0 ? m_size : chunk);
            else
                send(*socket);
        }
    }

private:
    // Syncs and acknowledges every `every` bytes.
    void receive(QTcpSocket &socket, qint64 every)
    {
        QFile out(m_file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        qint64 got = 0, synced = 0;
        while (got < m_size && socket.waitForReadyRead(30000)) {
            const QByteArray piece = socket.read(std::min(m_size, synced + every) - got);
            out.write(piece);
            got += piece.size();
            if (got == std::min(m_size, synced + every)) {
                out.flush();
                ::fsync(out.handle());
                synced = got;
                socket.write("k"); // on the disk
                socket.flush();
            }
        }
        socket.waitForBytesWritten(30000);
        socket.waitForDisconnected(30000);
    }
    void send(QTcpSocket &socket)
    {
        QFile in(m_file);
        if (!in.open(QIODevice::ReadOnly))
            return;
        while (!in.atEnd()) {
            socket.write(in.read(256 * 1024));
            while (socket.bytesToWrite() > 1024 * 1024)
                socket.waitForBytesWritten(30000);
        }
        while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(30000)) {
        }
        socket.waitForDisconnected(30000);
    }

    QString m_file;
    qint64 m_size;
    std::atomic<quint16> m_port{0};
};

double rate(qint64 bytes, const QElapsedTimer &timer)
{
    return double(bytes) / 1e6 / (double(timer.nsecsElapsed()) / 1e9);
}

// Sends `data`, waiting for the peer's acknowledgement after every `every` bytes.
void sendAcknowledged(QTcpSocket &socket, const QByteArray &data, qint64 every)
{
    for (qint64 at = 0; at < data.size();) {
        const qint64 end = std::min<qint64>(data.size(), at + every);
        for (; at < end; at += std::min<qint64>(256 * 1024, end - at)) {
            socket.write(data.mid(at, std::min<qint64>(256 * 1024, end - at)));
            while (socket.bytesToWrite() > 1024 * 1024)
                socket.waitForBytesWritten(30000);
        }
        while (socket.bytesAvailable() == 0 && socket.waitForReadyRead(30000)) {
        }
        socket.read(1);
    }
}

struct Rates
{
    double upload = 0;         // MB/s, synced once
    double uploadChunked = 0;  // MB/s, synced and acknowledged every chunk
    double download = 0;       // MB/s, into memory
    double downloadToDisk = 0; // MB/s, into a file synced once: what a download must do too
};

Rates raw(const QByteArray &data, const QString &file)
{
    RawPeer peer(file, data.size());
    peer.start();
    while (!peer.listening() && peer.isRunning())
        QThread::msleep(1);
    Rates r;
    QElapsedTimer timer;
    for (const qint64 every : {qint64(data.size()), chunk}) {
        QTcpSocket socket;
        timer.start();
        socket.connectToHost(QHostAddress::LocalHost, peer.port());
        socket.waitForConnected(10000);
        sendAcknowledged(socket, data, every);
        (every == chunk ? r.uploadChunked : r.upload) = rate(data.size(), timer);
        socket.disconnectFromHost();
    }
    {
        QTcpSocket socket;
        timer.start();
        socket.connectToHost(QHostAddress::LocalHost, peer.port());
        socket.waitForConnected(10000);
        QByteArray back;
        back.reserve(data.size());
        while (back.size() < data.size() && socket.waitForReadyRead(30000))
            back += socket.readAll();
        r.download = rate(data.size(), timer);
        if (back != data)
            std::printf("raw copy: the bytes came back different\n");
        socket.disconnectFromHost();
    }
    {
        QTcpSocket socket;
        QFile out(file + u".back"_s);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return r;
        timer.start();
        socket.connectToHost(QHostAddress::LocalHost, peer.port());
        socket.waitForConnected(10000);
        qint64 got = 0;
        while (got < data.size() && socket.waitForReadyRead(30000))
            got += out.write(socket.readAll());
        out.flush();
        ::fsync(out.handle());
        r.downloadToDisk = rate(data.size(), timer);
        socket.disconnectFromHost();
        out.close();
        out.remove();
    }
    peer.wait();
    return r;
}

QByteArray checksumHeader(const QByteArray &algorithm, QByteArrayView piece)
{
    if (algorithm.isEmpty())
        return {};
    return "Upload-Checksum: " + algorithm + ' ' +
           QCryptographicHash::hash(piece, algorithm == "sha1" ? QCryptographicHash::Sha1
                                                               : QCryptographicHash::Sha256)
               .toBase64() +
           "\r\n";
}

// The same tus requests on one keep-alive socket of our own: what the server's side of the
// protocol does, whatever an HTTP client library adds. The next chunk's checksum is worked out
// while the server stores this one, as a client on a fast link would.
qint64 leanUpload(const QUrl &server, const QString &token, const QString &location,
                  const QByteArray &data, const QByteArray &checksum)
{
    QTcpSocket socket;
    socket.connectToHost(server.host(), quint16(server.port()));
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!socket.waitForConnected(10000))
        return 0;
    const auto piece = [&data](qint64 at) {
        return QByteArrayView(data).sliced(at, std::min(chunk, data.size() - at));
    };
    qint64 materialId = 0;
    std::future<QByteArray> nextChecksum =
        std::async(std::launch::async, checksumHeader, checksum, piece(0));
    for (qint64 at = 0; at < data.size(); at += chunk) {
        const QByteArrayView body = piece(at);
        const QByteArray head =
            "PATCH " + location.toLatin1() + " HTTP/1.1\r\nHost: " + server.authority().toLatin1() +
            "\r\nAuthorization: Bearer " + token.toLatin1() +
            "\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream"
            "\r\nUpload-Offset: " +
            QByteArray::number(at) + "\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n" + nextChecksum.get() + "\r\n";
        socket.write(head);
        for (qint64 sent = 0; sent < body.size(); sent += 1 << 20) {
            socket.write(
                body.sliced(sent, std::min<qint64>(1 << 20, body.size() - sent)).toByteArray());
            while (socket.bytesToWrite() > 2 * (1 << 20))
                socket.waitForBytesWritten(30000);
        }
        if (at + chunk < data.size())
            nextChecksum =
                std::async(std::launch::async, checksumHeader, checksum, piece(at + chunk));
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(30000))
            answer += socket.readAll();
        if (!answer.startsWith("HTTP/1.1 204"))
            return 0;
        const qsizetype id = answer.indexOf("ETW-Material-Id: ");
        if (id >= 0)
            materialId = answer.mid(id + 17, answer.indexOf('\r', id) - id - 17).toLongLong();
    }
    return materialId;
}

// The product's path: TransferController, from upload() to the uploaded signal, on a cache and a
// store of local copies of its own. `sending` is the part after the copy was prepared (Running to
// Done), `whole` includes the copy and its sha256.
struct ClientRates
{
    double whole = 0;
    double sending = 0;
    double download = 0;
    qint64 materialId = 0;
};

ClientRates viaTransferController(const QUrl &server, const QString &token, qint64 project,
                                  const QString &file, const QByteArray &data, const QString &sha,
                                  const QString &scratch, int run, qint64 chunkBytes)
{
    ClientRates r;
    const qint64 size = data.size();
    {
        LocalStore store(scratch + u"/up-%1.sqlite"_s.arg(run));
        if (!store.open().ok())
            return r;
        TransferController up(store, scratch + u"/up-%1-files"_s.arg(run), server, 1);
        up.setChunkBytes(chunkBytes);
        up.setToken(token);
        QElapsedTimer whole, sending;
        bool sendingStarted = false;
        QObject::connect(&up, &TransferController::transferChanged, &up, [&](const Transfer &t) {
            if (t.state == Transfer::State::Running && !sendingStarted) {
                sendingStarted = true;
                sending.start();
            }
        });
        QObject::connect(&up, &TransferController::uploaded, &up,
                         [&](qint64, qint64 materialId, const QString &) {
                             r.sending = rate(size, sending);
                             r.whole = rate(size, whole);
                             r.materialId = materialId;
                         });
        whole.start();
        const auto queued = up.upload(project, file);
        if (!queued) {
            std::printf("TransferController refused the file: %s\n",
                        qPrintable(queued.error().message));
            return r;
        }
        if (!QTest::qWaitFor([&] { return r.materialId > 0; }, 600000))
            return r;
    }
    {
        // Another computer's cache: nothing of it here yet.
        LocalStore store(scratch + u"/down-%1.sqlite"_s.arg(run));
        if (!store.open().ok())
            return r;
        TransferController down(store, scratch + u"/down-%1-files"_s.arg(run), server, 1);
        down.setToken(token);
        Material m;
        m.id = r.materialId;
        m.projectId = project;
        m.name = u"film.mp4"_s;
        m.sha256 = sha;
        m.size = size;
        bool ready = false;
        QObject::connect(&down, &TransferController::localCopyReady, &down,
                         [&](const QString &) { ready = true; });
        QElapsedTimer timer;
        timer.start();
        down.download(m);
        if (QTest::qWaitFor([&] { return ready; }, 600000))
            r.download = rate(size, timer);
        QFile copy(down.localCopy(sha));
        if (!copy.open(QIODevice::ReadOnly) || copy.readAll() != data)
            std::printf("TransferController download: the bytes came back different\n");
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 megabytes =
        args.size() > 1 && !args.at(1).startsWith(u"--"_s) ? args.at(1).toLongLong() : 100;
    const int runs =
        args.contains(u"--runs"_s) ? args.value(args.indexOf(u"--runs"_s) + 1).toInt() : 5;
    const QByteArray checksum = args.contains(u"--checksum"_s)
                                    ? args.value(args.indexOf(u"--checksum"_s) + 1).toLatin1()
                                    : QByteArray("sha1");
    const qint64 chunkMiB =
        args.contains(u"--chunk"_s) ? args.value(args.indexOf(u"--chunk"_s) + 1).toLongLong() : 8;
    const qint64 size = megabytes * 1'000'000;
    const QByteArray data = video(size);
    const QByteArray sha = TusClient::sha256Hex(data);

    ServerProcess server;
    if (!server.start({u"--demo"_s, u"--demo-size"_s, u"50"_s})) {
        std::printf("the server did not start:\n%s\n", qPrintable(server.lastOutput()));
        return 1;
    }
    DemoAccounts accounts;
    if (!accounts.signIn(server.url(), {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
                                        u"correspondent.fr"_s, u"correspondent.it"_s})) {
        std::printf("sign-in failed\n");
        return 1;
    }
    const qint64 project = accounts.activeProject(u"Bench"_s);
    TusClient client(accounts.as(u"teacher.fr"_s), server.url());
    client.setChecksum(checksum == "none" ? QByteArray() : checksum);
    QTemporaryDir scratch(server.dataDir() + u"/raw-XXXXXX"_s); // the server's disk
    const QString source = scratch.filePath(u"film.mp4"_s);
    {
        QFile out(source);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
            std::printf("cannot write %s\n", qPrintable(source));
            return 1;
        }
    }
    std::printf("%lld MB, chunks of %lld MiB with Upload-Checksum %s, %d runs; ratios are the "
                "median of each run's (the disk is shared and its speed varies)\n",
                megabytes, chunk >> 20, checksum.constData(), runs);

    QList<double> qnamRatio, leanRatio, leanChunkedRatio, downloadRatio;
    QList<double> clientWholeRatio, clientSendingRatio, clientDownloadRatio,
        clientDownloadToDiskRatio;
    for (int run = 0; run < runs; ++run) {
        const Rates r = raw(data, scratch.filePath(u"copy"_s));

        QElapsedTimer timer;
        timer.start();
        const HttpResult created =
            client.create(size, TusClient::metadata(u"film-%1.mp4"_s.arg(run), project, sha));
        const auto sent = client.upload(TusClient::location(created), data, chunk);
        const double upload = rate(size, timer);
        if (sent.materialId <= 0) {
            std::printf("upload failed: %d %s\n", sent.last.status, sent.last.body.constData());
            return 1;
        }
        timer.start();
        const HttpResult back =
            accounts.as(u"teacher.it"_s)
                .get(u"/api/v1/projects/%1/materials/%2/content"_s.arg(project).arg(
                    sent.materialId));
        const double download = rate(size, timer);
        if (back.body != data) {
            std::printf("download: the bytes came back different\n");
            return 1;
        }
        timer.start();
        const HttpResult leanCreated =
            client.create(size, TusClient::metadata(u"lean-%1.mp4"_s.arg(run), project, sha));
        const qint64 leanId = leanUpload(server.url(), accounts.as(u"teacher.fr"_s).token(),
                                         TusClient::location(leanCreated), data,
                                         checksum == "none" ? QByteArray() : checksum);
        const double lean = rate(size, timer);
        if (leanId <= 0) {
            std::printf("upload by the lean client failed\n");
            return 1;
        }
        const ClientRates c = viaTransferController(
            server.url(), accounts.as(u"teacher.fr"_s).token(), project, source, data,
            QString::fromLatin1(sha), scratch.path(), run, chunkMiB << 20);
        if (c.materialId <= 0 || c.download <= 0) {
            std::printf("TransferController failed\n");
            return 1;
        }
        std::printf("run %d: raw %3.0f MB/s synced once, %3.0f synced every chunk, %3.0f back "
                    "(%3.0f to disk) | "
                    "tus %3.0f (lean client) and %3.0f (QNetworkAccessManager) up, %3.0f down | "
                    "TransferController %3.0f up (%3.0f with its copy), %3.0f down\n",
                    run + 1, r.upload, r.uploadChunked, r.download, r.downloadToDisk, lean, upload,
                    download, c.sending, c.whole, c.download);
        clientSendingRatio.append(c.sending / r.upload);
        clientWholeRatio.append(c.whole / r.upload);
        clientDownloadRatio.append(c.download / r.download);
        clientDownloadToDiskRatio.append(c.download / r.downloadToDisk);
        leanRatio.append(lean / r.upload);
        leanChunkedRatio.append(lean / r.uploadChunked);
        qnamRatio.append(upload / r.upload);
        downloadRatio.append(download / r.download);
    }
    bench::report(u"tus upload / raw, lean client"_s, bench::percentile(leanRatio, 0.5), u"x"_s,
                  targetRatio, true);
    bench::report(u"tus upload / raw, QNAM client"_s, bench::percentile(qnamRatio, 0.5), u"x"_s,
                  targetRatio, true);
    bench::report(u"tus upload / raw synced per chunk"_s, bench::percentile(leanChunkedRatio, 0.5),
                  u"x"_s, targetRatio, true);
    bench::report(u"download / raw"_s, bench::percentile(downloadRatio, 0.5), u"x"_s, targetRatio,
                  true);
    bench::report(u"TransferController upload / raw"_s, bench::percentile(clientSendingRatio, 0.5),
                  u"x"_s, targetRatio, true);
    bench::report(u"TransferController upload with its copy / raw"_s,
                  bench::percentile(clientWholeRatio, 0.5), u"x"_s, targetRatio, true);
    bench::report(u"TransferController download / raw into memory"_s,
                  bench::percentile(clientDownloadRatio, 0.5), u"x"_s, targetRatio, true);
    bench::report(u"TransferController download / raw into a synced file"_s,
                  bench::percentile(clientDownloadToDiskRatio, 0.5), u"x"_s, targetRatio, true);

    // A cut in the middle of a chunk, then the upload resumed from HEAD's offset: what was sent
    // again is that chunk's part only, never more than one chunk.
    QRandomGenerator rng(quint32(QDateTime::currentMSecsSinceEpoch()));
    const qint64 chunks = (size + chunk - 1) / chunk;
    const qint64 cutChunk = qint64(rng.bounded(quint32(chunks)));
    bool cut = false;
    qint64 cutBytes = 0;
    const HttpResult created = client.create(size, TusClient::metadata(u"cut.mp4"_s, project, sha));
    const QString location = TusClient::location(created);
    const auto resumed = client.upload(location, data, chunk, [&](qint64 offset, qint64 length) {
        if (cut || offset / chunk != cutChunk)
            return true;
        cut = true;
        cutBytes = 1 + qint64(rng.bounded(quint32(length - 1)));
        client.patchAndCut(location, offset, data.mid(offset, length), cutBytes);
        return false;
    });
    if (resumed.materialId <= 0) {
        std::printf("resumed upload failed: %d %s\n", resumed.last.status,
                    resumed.last.body.constData());
        return 1;
    }
    const qint64 again = resumed.bodyBytes + cutBytes - size;
    std::printf("cut after %lld bytes of chunk %lld: %lld bytes sent for %lld\n", cutBytes,
                cutChunk + 1, resumed.bodyBytes + cutBytes, size);
    bench::report(u"re-sent after a cut, MiB"_s, double(again) / (1 << 20), u"MiB"_s,
                  double(chunk) / (1 << 20), false);
    return 0;
}
