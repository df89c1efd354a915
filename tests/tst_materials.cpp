// SPDX-License-Identifier: GPL-3.0-or-later
// TwinSpace materials on the real server: tus uploads in chunks with checksums, a 100 MB video
// cut five times and the server restarted under it, each content stored once, refusals from the
// bytes (a disguised program, an image over its limit), quota and limits before the upload
// starts, who may do what (outsiders learn nothing; an archived project is read-only), downloads
// with ETag, 304 and ranges, thumbnails, renames, deletion, termination and expiry.
#include "demo_project.h"
#include "http.h"
#include "server_process.h"
#include "tus_client.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 chunk = 8 * 1024 * 1024;

QByteArray randomBytes(QRandomGenerator &rng, qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        out[i] = char(rng.generate());
    return out;
}

// A real picture: a gradient with noise (so that PNG cannot shrink it to nothing).
QByteArray png(int width, int height, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y,
                           qRgb((x * 255 / width) ^ int(rng.bounded(32)), y * 255 / height,
                                int(rng.bounded(256))));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

QByteArray pdf()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(u"Rivers of Europe"_s);
    QPainter painter(&writer);
    painter.fillRect(QRect(500, 500, 6000, 3000), Qt::darkBlue);
    painter.drawText(QPoint(600, 5000), u"The Seine and the Tiber"_s);
    painter.end();
    return out;
}

// An MP4's first box (ftyp, major brand isom) and deterministic noise after it.
QByteArray mp4(qint64 size)
{
    QRandomGenerator rng(2005);
    QByteArray out = randomBytes(rng, size);
    const QByteArray ftyp("\0\0\0\x14"
                          "ftypisom\0\0\x02\0isom",
                          20);
    out.replace(0, ftyp.size(), ftyp);
    return out;
}

// A PNG signature and header, then noise: a picture as far as its type goes, of any size.
QByteArray bigImage(qint64 size)
{
    QByteArray head = png(4, 4, 1).left(33); // signature, IHDR and its CRC
    QRandomGenerator rng(7);
    return head + randomBytes(rng, size - head.size());
}

QByteArray elf(qint64 size)
{
    QRandomGenerator rng(11);
    QByteArray out = randomBytes(rng, size);
    out.replace(0, 16,
                QByteArray("\x7f"
                           "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                           16));
    return out;
}

QString idOf(const QString &location)
{
    return location.section(u'/', -1);
}

} // namespace

class TestMaterials : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    // clang-format off
    QStringList m_serverArgs{u"--demo"_s, u"--demo-size"_s, u"200"_s,
                             u"--project-quota-bytes"_s, u"250000000"_s,
                             u"--storage-collection-interval"_s, u"1"_s,
                             u"--max-upload-connections"_s, u"2"_s};
    // clang-format on
    DemoAccounts m_accounts;
    qint64 m_project = 0;
    QByteArray m_png;
    qint64 m_pngMaterial = 0;
    qint64 m_pdfMaterial = 0;

    TusClient tus(const QString &user) { return TusClient(m_accounts.as(user), m_server.url()); }
    QString blobPath(const QByteArray &sha) const
    {
        return m_server.dataDir() + u"/blobs/"_s + QString::fromLatin1(sha.left(2)) + u'/' +
               QString::fromLatin1(sha);
    }
    QString partPath(const QString &location) const
    {
        return m_server.dataDir() + u"/uploads/"_s + idOf(location) + u".part"_s;
    }
    QString contentPath(qint64 material, const QString &what = u"content"_s,
                        qint64 project = 0) const
    {
        return u"/api/v1/projects/%1/materials/%2/%3"_s.arg(project ? project : m_project)
            .arg(material)
            .arg(what);
    }
    QHash<QString, QJsonObject> scope(const QString &user, qint64 project = 0)
    {
        return m_accounts.as(user).pullScope(u"project:%1"_s.arg(project ? project : m_project));
    }
    int blobCount() const
    {
        int n = 0;
        const QDir root(m_server.dataDir() + u"/blobs"_s);
        for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const QString &f : QDir(root.filePath(sub)).entryList(QDir::Files))
                n += f.size() == 64 ? 1 : 0;
        return n;
    }
    int partFiles() const
    {
        return int(QDir(m_server.dataDir() + u"/uploads"_s).entryList(QDir::Files).size());
    }

    // A PATCH on a socket of its own, of which only `sent` body bytes (all when -1) are sent:
    // the socket, still open.
    std::unique_ptr<QTcpSocket> openChunk(const QString &location, qint64 offset,
                                          const QByteArray &body, qint64 sent)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(m_server.url().host(), quint16(m_server.port()));
        socket->waitForConnected(10000);
        socket->write("PATCH " + location.toLatin1() +
                      " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Authorization: Bearer " +
                      m_accounts.as(u"teacher.fr"_s).token().toLatin1() +
                      "\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream"
                      "\r\nUpload-Offset: " +
                      QByteArray::number(offset) +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
        socket->write(sent < 0 ? body : body.left(sent));
        while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(10000)) {
        }
        return socket;
    }
    // The same, then what the server answers (the connection closes after a refusal).
    QByteArray rawAnswer(const QString &location, qint64 offset, const QByteArray &body,
                         qint64 sent)
    {
        auto socket = openChunk(location, offset, body, sent);
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket->waitForReadyRead(10000))
            answer += socket->readAll();
        socket->abort();
        return answer;
    }

    // A whole upload by `user`, in chunks of `size`; the material's id (0 on failure, with the
    // last answer in *last).
    qint64 uploadWhole(const QString &user, const QString &name, const QByteArray &bytes,
                       qint64 size = chunk, const QString &folder = {}, qint64 project = 0,
                       HttpResult *last = nullptr)
    {
        TusClient client = tus(user);
        const HttpResult created =
            client.create(bytes.size(), TusClient::metadata(name, project ? project : m_project,
                                                            TusClient::sha256Hex(bytes), folder));
        if (created.status != 201) {
            if (last)
                *last = created;
            return 0;
        }
        const auto result = client.upload(TusClient::location(created), bytes, size);
        if (last)
            *last = result.last;
        return result.materialId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_serverArgs), qPrintable(m_server.lastOutput()));
        QVERIFY(m_accounts.signIn(
            m_server.url(), {u"teacher.fr"_s, u"teacher2.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
                             u"correspondent.fr"_s, u"correspondent.it"_s, u"pupil.fr"_s}));
        m_project = m_accounts.activeProject(u"Rivers of Europe"_s);
        QVERIFY(m_project > 0);
        m_png = png(640, 480, 42);
        QVERIFY(m_png.size() > 300 * 1024);
    }

    void optionsAndVersions()
    {
        const HttpResult options = tus(u"teacher.fr"_s).options();
        QCOMPARE(options.status, 204);
        QCOMPARE(options.header("Tus-Version"), "1.0.0");
        QCOMPARE(options.header("Tus-Resumable"), "1.0.0");
        const QList<QByteArray> extensions = options.header("Tus-Extension").split(',');
        for (const char *e : {"creation", "checksum", "expiration", "termination"})
            QVERIFY2(extensions.contains(e), e);
        QVERIFY(options.header("Tus-Checksum-Algorithm").split(',').contains("sha1"));
        QVERIFY(options.header("Tus-Checksum-Algorithm").split(',').contains("sha256"));
        QVERIFY(options.header("Tus-Checksum-Algorithm").split(',').contains("crc32"));
        QCOMPARE(options.header("Tus-Max-Size"), "100000000");
        // Another version of the protocol is refused, saying which one is spoken.
        const HttpResult old = m_accounts.as(u"teacher.fr"_s)
                                   .request("POST", u"/api/v1/uploads"_s, {},
                                            {{"Tus-Resumable", "0.2.2"}, {"Upload-Length", "10"}});
        QCOMPARE(old.status, 412);
        QCOMPARE(old.header("Tus-Version"), "1.0.0");
        QCOMPARE(old.header("Tus-Resumable"), "1.0.0");
        // Without a token: as everywhere else.
        Http anonymous(m_server.url());
        QCOMPARE(anonymous.request("OPTIONS", u"/api/v1/uploads"_s).status, 401);
    }

    // Chunks may be larger than other bodies, but only so large, and only a few at a time.
    void chunksHaveTheirOwnBodyLimit()
    {
        TusClient client = tus(u"teacher.fr"_s);
        const QByteArray big = mp4(20'000'000);
        const HttpResult created = client.create(
            big.size(), TusClient::metadata(u"big.mp4"_s, m_project, TusClient::sha256Hex(big)));
        QCOMPARE(created.status, 201);
        const QString location = TusClient::location(created);
        // 2 MiB: too much for a JSON body, fine for a chunk.
        QCOMPARE(m_accounts.as(u"teacher.fr"_s)
                     .request("POST", u"/api/v1/mutations"_s, QByteArray(2 << 20, ' '))
                     .status,
                 413);
        QCOMPARE(client.patch(location, 0, big.left(2 << 20)).status, 204);
        // Past 8 MiB a chunk is refused while it arrives, saying so in the protocol's terms.
        const QByteArray tooLarge =
            rawAnswer(location, 2 << 20, big.mid(2 << 20, (8 << 20) + 1), -1);
        QVERIFY2(tooLarge.startsWith("HTTP/1.1 413"), tooLarge.constData());
        QVERIFY(tooLarge.contains("Tus-Resumable: 1.0.0"));
        QCOMPARE(client.offset(location), 2 << 20);
        // Chunks arriving at once past the ordinary body limit each hold a slot: of three, the
        // one that comes last is told to come back (--max-upload-connections 2); the others
        // wait for the rest of their bodies.
        std::vector<std::unique_ptr<QTcpSocket>> holding;
        for (int i = 0; i < 3; ++i)
            holding.push_back(openChunk(location, 2 << 20, big.mid(2 << 20, 4 << 20), 2 << 20));
        const auto answered = [&holding] {
            return std::count_if(holding.cbegin(), holding.cend(),
                                 [](const auto &s) { return s->bytesAvailable() > 0; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(answered(), 1, 10000);
        for (auto &socket : holding)
            if (socket->bytesAvailable() > 0) {
                const QByteArray busy = socket->readAll();
                QVERIFY2(busy.startsWith("HTTP/1.1 503"), busy.constData());
                QVERIFY(busy.contains("too_many_uploads"));
                QVERIFY(busy.contains("Retry-After:"));
                QVERIFY(busy.contains("Tus-Resumable: 1.0.0"));
            }
        QCOMPARE(answered(), 0);
        for (auto &socket : holding)
            socket->abort();
        // Their slots are free again once they are gone (a refused attempt may still have been
        // sent again by the HTTP client on its own: the offset tells).
        const QByteArray next = big.mid(2 << 20, 4 << 20);
        QTRY_VERIFY_WITH_TIMEOUT(client.offset(location) == (6 << 20) ||
                                     client.patch(location, 2 << 20, next).status == 204,
                                 10000);
        QCOMPARE(client.offset(location), 6 << 20);
        QCOMPARE(client.terminate(location).status, 204);
    }

    void aPictureArrivesInChunksWithChecksums()
    {
        TusClient client = tus(u"teacher.fr"_s);
        const QByteArray sha = TusClient::sha256Hex(m_png);
        const HttpResult created = client.create(
            m_png.size(), TusClient::metadata(u"Notre rivière.png"_s, m_project, sha, u"Photos"_s));
        QCOMPARE(created.status, 201);
        const QString location = TusClient::location(created);
        QVERIFY2(location.startsWith(u"/api/v1/uploads/"_s), qPrintable(location));
        QVERIFY(QFile::exists(partPath(location)));
        // Upload-Expires: an HTTP date, a day from now.
        const QDateTime expires =
            QLocale::c().toDateTime(QString::fromLatin1(created.header("Upload-Expires")),
                                    u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        QVERIFY(expires.isValid());
        QVERIFY(qAbs(expires.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch() - 86400) < 60);

        const qint64 size = 100 * 1024;
        qint64 offset = 0;
        int n = 0;
        while (offset < m_png.size()) {
            const QByteArray piece = m_png.mid(offset, size);
            if (n == 1) {
                // A wrong offset: 409, and the server's offset to go on from.
                const HttpResult wrong = client.patch(location, offset + 10, piece);
                QCOMPARE(wrong.status, 409);
                QCOMPARE(wrong.header("Upload-Offset").toLongLong(), offset);
                // A chunk damaged on the way: 460, nothing of it kept.
                QByteArray damaged = piece;
                damaged[17] = char(damaged[17] ^ 0x20);
                const HttpResult bad = client.patch(
                    location, offset, damaged, "",
                    {{"Upload-Checksum",
                      "sha1 " +
                          QCryptographicHash::hash(piece, QCryptographicHash::Sha1).toBase64()}});
                QCOMPARE(bad.status, 460);
                QCOMPARE(bad.errorCode(), u"checksum_mismatch"_s);
                QCOMPARE(client.offset(location), offset);
                // The same with the cheaper crc32 this project's client sends.
                const HttpResult badCrc =
                    client.patch(location, offset, damaged, "",
                                 {{"Upload-Checksum",
                                   "crc32 " + TusClient::checksumOf("crc32", piece).toBase64()}});
                QCOMPARE(badCrc.status, 460);
                QCOMPARE(client.offset(location), offset);
                // A crc32 is 4 bytes, no other length.
                QCOMPARE(
                    client
                        .patch(location, offset, piece, "", {{"Upload-Checksum", "crc32 AAAAAAAA"}})
                        .status,
                    400);
                // An algorithm the server does not know.
                QCOMPARE(
                    client.patch(location, offset, piece, "", {{"Upload-Checksum", "md5 AAAA"}})
                        .status,
                    400);
                // Not a chunk's content type.
                QCOMPARE(client.patch(location, offset, piece, "", {{"Content-Type", "image/png"}})
                             .status,
                         415);
            }
            const HttpResult r = client.patch(location, offset, piece,
                                              n % 3 == 0   ? "sha1"
                                              : n % 3 == 1 ? "crc32"
                                                           : "sha256");
            QCOMPARE(r.status, 204);
            QCOMPARE(r.header("Tus-Resumable"), "1.0.0");
            offset += piece.size();
            QCOMPARE(r.header("Upload-Offset").toLongLong(), offset);
            const HttpResult head = client.head(location);
            QCOMPARE(head.status, 200);
            QCOMPARE(head.header("Upload-Offset").toLongLong(), offset);
            QCOMPARE(head.header("Upload-Length").toLongLong(), m_png.size());
            QCOMPARE(head.header("Cache-Control"), "no-store");
            if (offset < m_png.size()) {
                QVERIFY(!head.header("Upload-Expires").isEmpty());
                QVERIFY(r.header("ETW-Material-Id").isEmpty());
            } else {
                m_pngMaterial = r.header("ETW-Material-Id").toLongLong();
                QCOMPARE(head.header("ETW-Material-Id").toLongLong(), m_pngMaterial);
            }
            ++n;
        }
        QVERIFY(m_pngMaterial > 0);
        QVERIFY(!QFile::exists(partPath(location)));
        QCOMPARE(QFileInfo(blobPath(sha)).size(), m_png.size());

        // Every active member sees it in the project's scope.
        const QJsonObject m = scope(u"teacher.de"_s).value(u"material/%1"_s.arg(m_pngMaterial));
        QCOMPARE(m[u"name"_s].toString(), u"Notre rivière.png"_s);
        QCOMPARE(m[u"folder"_s].toString(), u"Photos"_s);
        QCOMPARE(m[u"mime"_s].toString(), u"image/png"_s);
        QCOMPARE(m[u"category"_s].toString(), u"image"_s);
        QCOMPARE(m[u"extension"_s].toString(), u"png"_s);
        QCOMPARE(m[u"size"_s].toInteger(), m_png.size());
        QCOMPARE(m[u"sha256"_s].toString().toLatin1(), sha);
        QCOMPARE(m[u"authorName"_s].toString(), u"Émilie Durand"_s);
        QCOMPARE(m[u"projectId"_s].toInteger(), m_project);
        QCOMPARE(m[u"version"_s].toInteger(), 1);
        QVERIFY(m[u"thumbnail"_s].toBool());

        const HttpResult download = m_accounts.as(u"teacher.it"_s).get(contentPath(m_pngMaterial));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, m_png);
        QCOMPARE(download.header("Content-Type"), "image/png");

        const HttpResult thumb =
            m_accounts.as(u"teacher.it"_s).get(contentPath(m_pngMaterial, u"thumbnail"_s));
        QCOMPARE(thumb.status, 200);
        const QImage small = QImage::fromData(thumb.body);
        QVERIFY(!small.isNull());
        QCOMPARE(small.size(), QSize(256, 192));
    }

    void aPdfArrivesWithItsFirstPageAsThumbnail()
    {
        const QByteArray document = pdf();
        HttpResult last;
        m_pdfMaterial = uploadWhole(u"teacher.it"_s, u"Atlas"_s, document, document.size() / 2 + 1,
                                    u"Documents/2025"_s, 0, &last);
        QVERIFY2(m_pdfMaterial > 0, last.body.constData());
        const QJsonObject m = scope(u"teacher.fr"_s).value(u"material/%1"_s.arg(m_pdfMaterial));
        QCOMPARE(m[u"mime"_s].toString(), u"application/pdf"_s);
        QCOMPARE(m[u"category"_s].toString(), u"pdf"_s);
        QCOMPARE(m[u"folder"_s].toString(), u"Documents/2025"_s);
        QVERIFY(m[u"thumbnail"_s].toBool());
        const HttpResult thumb =
            m_accounts.as(u"teacher.fr"_s).get(contentPath(m_pdfMaterial, u"thumbnail"_s));
        QCOMPARE(thumb.status, 200);
        const QImage page = QImage::fromData(thumb.body);
        QVERIFY(!page.isNull());
        QCOMPARE(std::max(page.width(), page.height()), 256);
        QVERIFY(page.height() > page.width()); // A4, standing
        // The page is white with a dark blue block: both show.
        QCOMPARE(QColor(page.pixel(2, 2)).lightness() > 240, true);
        QCOMPARE(QColor(page.pixel(page.width() / 2, page.height() / 5)).blue() >
                     QColor(page.pixel(page.width() / 2, page.height() / 5)).red() + 50,
                 true);
        // Saved under its true extension; the name with every character, in UTF-8 too.
        const HttpResult download = m_accounts.as(u"teacher.fr"_s).get(contentPath(m_pdfMaterial));
        QCOMPARE(download.body, document);
        QVERIFY2(download.header("Content-Disposition").contains("filename*=UTF-8''Atlas.pdf"),
                 download.header("Content-Disposition").constData());
    }

    void downloadsHonourETagsAndRanges()
    {
        Http &http = m_accounts.as(u"teacher.de"_s);
        const QString path = contentPath(m_pngMaterial);
        const HttpResult whole = http.get(path);
        QCOMPARE(whole.status, 200);
        const QByteArray etag = '"' + TusClient::sha256Hex(m_png) + '"';
        QCOMPARE(whole.header("ETag"), etag);
        QCOMPARE(whole.header("Accept-Ranges"), "bytes");
        QCOMPARE(whole.header("X-Content-Type-Options"), "nosniff");
        QVERIFY(whole.header("Content-Disposition").startsWith("attachment;"));
        QVERIFY2(whole.header("Content-Disposition")
                     .contains("filename*=UTF-8''Notre%20rivi%C3%A8re.png"),
                 whole.header("Content-Disposition").constData());

        const HttpResult unchanged = http.request("GET", path, {}, {{"If-None-Match", etag}});
        QCOMPARE(unchanged.status, 304);
        QVERIFY(unchanged.body.isEmpty());
        QCOMPARE(unchanged.header("ETag"), etag);
        QCOMPARE(http.request("GET", path, {}, {{"If-None-Match", "\"other\""}}).status, 200);

        const qint64 size = m_png.size();
        const HttpResult part = http.request("GET", path, {}, {{"Range", "bytes=10-19"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, m_png.mid(10, 10));
        QCOMPARE(part.header("Content-Range"), "bytes 10-19/" + QByteArray::number(size));
        const HttpResult rest = http.request("GET", path, {}, {{"Range", "bytes=1000-"}});
        QCOMPARE(rest.status, 206);
        QCOMPARE(rest.body, m_png.mid(1000));
        const HttpResult tail = http.request("GET", path, {}, {{"Range", "bytes=-50"}});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, m_png.right(50));
        const HttpResult past =
            http.request("GET", path, {}, {{"Range", "bytes=" + QByteArray::number(size) + '-'}});
        QCOMPARE(past.status, 416);
        QCOMPARE(past.header("Content-Range"), "bytes */" + QByteArray::number(size));
        // A piece of another content is not completed with this one.
        const HttpResult otherContent = http.request(
            "GET", path, {}, {{"Range", "bytes=0-9"}, {"If-Range", "\"something-else\""}});
        QCOMPARE(otherContent.status, 200);
        QCOMPARE(otherContent.body, m_png);
        const HttpResult sameContent =
            http.request("GET", path, {}, {{"Range", "bytes=0-9"}, {"If-Range", etag}});
        QCOMPARE(sameContent.status, 206);
        // A material without a thumbnail, an unknown one, one of another project.
        QCOMPARE(http.get(contentPath(999999)).status, 404);
        QCOMPARE(http.get(contentPath(m_pngMaterial, u"content"_s, m_project + 1000)).status, 404);
    }

    void aHundredMegabyteVideoSurvivesCutsAndARestart()
    {
        QElapsedTimer timer;
        timer.start();
        const qint64 length = 100'000'000;
        const QByteArray video = mp4(length);
        const QByteArray sha = TusClient::sha256Hex(video);
        const quint64 seed = qEnvironmentVariableIsSet("ETW_MATERIALS_SEED")
                                 ? qEnvironmentVariable("ETW_MATERIALS_SEED").toULongLong()
                                 : QRandomGenerator::global()->generate64();
        qInfo("cut points from seed %llu (ETW_MATERIALS_SEED replays it)",
              static_cast<unsigned long long>(seed));
        QRandomGenerator rng(seed);
        QList<qint64> cuts;
        while (cuts.size() < 5) {
            const qint64 at = qint64(rng.bounded(quint64(length - 2))) + 1;
            if (at % chunk != 0)
                cuts.append(at);
        }
        std::sort(cuts.begin(), cuts.end());
        const qint64 chunks = (length + chunk - 1) / chunk;
        const qint64 restartAt = 2 + qint64(rng.bounded(quint32(chunks - 4)));
        const qint64 answerLostAt = restartAt + 1;

        TusClient client = tus(u"teacher.fr"_s);
        const HttpResult created =
            client.create(length, TusClient::metadata(u"Our film.mp4"_s, m_project, sha));
        QCOMPARE(created.status, 201);
        const QString location = TusClient::location(created);

        qint64 cutBytes = 0;
        int interruptions = 0;
        bool restarted = false, answerLost = false;
        QString failure;
        const auto beforeChunk = [&](qint64 offset, qint64 size) {
            for (qint64 &cut : cuts)
                if (cut > offset && cut < offset + size) {
                    if (!client.patchAndCut(location, offset, video.mid(offset, size),
                                            cut - offset))
                        failure = u"the cut chunk was not sent"_s;
                    cutBytes += cut - offset;
                    cut = -1; // used
                    ++interruptions;
                    return false;
                }
            if (offset / chunk == answerLostAt && !answerLost) {
                // The whole chunk sent, the connection dropped before its answer: it may or
                // may not have landed, and HEAD says which.
                answerLost = true;
                client.patchAndCut(location, offset, video.mid(offset, size), size);
                cutBytes += size;
                ++interruptions;
                return false;
            }
            if (offset / chunk == restartAt && !restarted) {
                restarted = true;
                if (!m_server.restart(m_serverArgs))
                    failure = u"the server did not start again: "_s + m_server.lastOutput();
                ++interruptions;
            }
            return true;
        };
        const auto result = client.upload(location, video, chunk, beforeChunk);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(result.materialId > 0, result.last.body.constData());
        QVERIFY(restarted && answerLost);
        QCOMPARE(interruptions, 7);
        // Each interruption cost at most the chunk it cut.
        const qint64 sent = result.bodyBytes + cutBytes;
        qInfo("sent %lld bytes for %lld (%lld re-sent after %d interruptions), in %lld ms", sent,
              length, sent - length, interruptions, timer.elapsed());
        QVERIFY(sent - length <= interruptions * chunk);

        // Arrived byte for byte, stored once, nothing left in the uploads folder.
        const HttpResult download =
            m_accounts.as(u"teacher.de"_s).get(contentPath(result.materialId));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body.size(), length);
        QCOMPARE(TusClient::sha256Hex(download.body), sha);
        QCOMPARE(download.header("Content-Type"), "video/mp4");
        QCOMPARE(QFileInfo(blobPath(sha)).size(), length);
        QCOMPARE(partFiles(), 0);
        const QJsonObject m = scope(u"teacher.it"_s).value(u"material/%1"_s.arg(result.materialId));
        QCOMPARE(m[u"category"_s].toString(), u"video"_s);
        QVERIFY(!m[u"thumbnail"_s].toBool());
        QCOMPARE(m_accounts.as(u"teacher.it"_s)
                     .get(contentPath(result.materialId, u"thumbnail"_s))
                     .status,
                 404);

        // The same bytes again: another material, the same single file.
        const int blobs = blobCount();
        const qint64 again = uploadWhole(u"teacher.it"_s, u"Same film.mp4"_s, video);
        QVERIFY(again > 0 && again != result.materialId);
        QCOMPARE(blobCount(), blobs);
        QCOMPARE(QFileInfo(blobPath(sha)).size(), length);
        QCOMPARE(partFiles(), 0);
        qInfo("the whole case took %lld ms", timer.elapsed());
    }

    void theBytesDecideWhatIsRefused()
    {
        TusClient client = tus(u"teacher.fr"_s);
        // A program named as a photo: refused once its bytes are in.
        const QByteArray program = elf(100 * 1024);
        HttpResult last;
        QCOMPARE(uploadWhole(u"teacher.fr"_s, u"photo.jpg"_s, program, chunk, {}, 0, &last), 0);
        QCOMPARE(last.status, 422);
        QCOMPARE(last.errorCode(), u"type_not_allowed"_s);
        // A long one stops at its first chunk, not after the whole file.
        const QByteArray longProgram = elf(4 * 1024 * 1024);
        const HttpResult created = client.create(
            longProgram.size(),
            TusClient::metadata(u"holiday.jpg"_s, m_project, TusClient::sha256Hex(longProgram)));
        QCOMPARE(created.status, 201);
        const QString location = TusClient::location(created);
        const HttpResult first = client.patch(location, 0, longProgram.left(256 * 1024));
        QCOMPARE(first.status, 422);
        QCOMPARE(first.errorCode(), u"type_not_allowed"_s);
        QVERIFY(!QFile::exists(partPath(location)));
        const HttpResult gone = client.head(location);
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.header("ETW-Upload-Error"), "type_not_allowed");
        // Sent again after a lost answer: the same refusal.
        QCOMPARE(client.patch(location, 0, longProgram.left(256 * 1024)).errorCode(),
                 u"type_not_allowed"_s);

        // An image of 20 MB: only its kind's limit refuses it, at completion.
        const QByteArray big = bigImage(20'000'000);
        QCOMPARE(uploadWhole(u"teacher.fr"_s, u"poster.png"_s, big, chunk, {}, 0, &last), 0);
        QCOMPARE(last.status, 422);
        QCOMPARE(last.errorCode(), u"too_large"_s);
        QVERIFY2(QString::fromUtf8(last.body).contains(u"10 MB"_s), last.body.constData());

        // Bytes that are not those announced.
        const QByteArray picture = png(64, 64, 5);
        const HttpResult wrong =
            client.create(picture.size(), TusClient::metadata(u"x.png"_s, m_project,
                                                              TusClient::sha256Hex(picture + "x")));
        const auto mismatch = client.upload(TusClient::location(wrong), picture, chunk);
        QCOMPARE(mismatch.last.status, 422);
        QCOMPARE(mismatch.last.errorCode(), u"checksum_mismatch"_s);
        QCOMPARE(partFiles(), 0);

        // Refused before anything is sent: too long for any material, metadata missing.
        QCOMPARE(client
                     .create(100'000'001,
                             TusClient::metadata(u"a.mp4"_s, m_project, QByteArray(64, 'a')))
                     .errorCode(),
                 u"too_large"_s);
        const HttpResult noName =
            client.create(10, "projectId " + QByteArray::number(m_project).toBase64());
        QCOMPARE(noName.status, 422);
        QVERIFY(noName.json[u"error"_s][u"fields"_s].toObject().contains(u"filename"_s));
        QVERIFY(noName.json[u"error"_s][u"fields"_s].toObject().contains(u"sha256"_s));
        QCOMPARE(
            client.create(10, TusClient::metadata(u"a/b.png"_s, m_project, QByteArray(64, 'a')))
                .status,
            422);
        QCOMPARE(m_accounts.as(u"teacher.fr"_s)
                     .request("POST", u"/api/v1/uploads"_s, {}, {{"Tus-Resumable", "1.0.0"}})
                     .status,
                 400);
    }

    void quotaAndLimitsApplyBeforeTheUploadStarts()
    {
        const qint64 project = m_accounts.activeProject(u"Quota"_s);
        QVERIFY(project > 0);
        TusClient client = tus(u"teacher.fr"_s);
        const QByteArray sha(64, 'b');
        auto create = [&](qint64 length) {
            return client.create(length, TusClient::metadata(u"f.mp4"_s, project, sha));
        };
        // Uploads in progress count against the quota (250 MB here), before a byte is sent.
        const HttpResult a = create(100'000'000), b = create(100'000'000);
        QCOMPARE(a.status, 201);
        QCOMPARE(b.status, 201);
        const HttpResult over = create(60'000'000);
        QCOMPARE(over.status, 413);
        QCOMPARE(over.errorCode(), u"quota_exceeded"_s);
        QCOMPARE(over.json[u"error"_s][u"roomBytes"_s].toInteger(), 50'000'000);
        QCOMPARE(over.json[u"error"_s][u"quotaBytes"_s].toInteger(), 250'000'000);
        QCOMPARE(client.terminate(TusClient::location(a)).status, 204);
        const HttpResult fits = create(60'000'000);
        QCOMPARE(fits.status, 201);
        QCOMPARE(client.terminate(TusClient::location(b)).status, 204);
        QCOMPARE(client.terminate(TusClient::location(fits)).status, 204);

        // At most 20 uploads in progress per account.
        QStringList open;
        for (int i = 0; i < 20; ++i) {
            const HttpResult r = create(1000);
            QCOMPARE(r.status, 201);
            open.append(TusClient::location(r));
        }
        const HttpResult tooMany = create(1000);
        QCOMPARE(tooMany.status, 429);
        QCOMPARE(tooMany.errorCode(), u"too_many_uploads"_s);
        for (const QString &location : open)
            QCOMPARE(client.terminate(location).status, 204);
        QCOMPARE(create(1000).status, 201);
    }

    void outsidersLearnNothing()
    {
        TusClient owner = tus(u"teacher.fr"_s);
        const HttpResult created = owner.create(
            m_png.size(), TusClient::metadata(u"p.png"_s, m_project, TusClient::sha256Hex(m_png)));
        QCOMPARE(created.status, 201);
        const QString location = TusClient::location(created);
        QCOMPARE(owner.patch(location, 0, m_png.left(70000)).status, 204);
        for (const QString &outsider : {u"teacher2.fr"_s, u"pupil.fr"_s, u"correspondent.fr"_s}) {
            TusClient client = tus(outsider);
            const HttpResult create =
                client.create(10, TusClient::metadata(u"x.png"_s, m_project, QByteArray(64, 'c')));
            QCOMPARE(create.status, 404);
            QCOMPARE(create.errorCode(), u"not_found"_s);
            QCOMPARE(client.create(10, TusClient::metadata(u"x.png"_s, 999999, QByteArray(64, 'c')))
                         .status,
                     404);
            QCOMPARE(client.head(location).status, 404);
            QCOMPARE(client.patch(location, 70000, m_png.mid(70000, 100)).status, 404);
            QCOMPARE(client.terminate(location).status, 404);
            Http &http = m_accounts.as(outsider);
            QCOMPARE(http.get(contentPath(m_pngMaterial)).status, 404);
            QCOMPARE(http.get(contentPath(m_pngMaterial, u"thumbnail"_s)).status, 404);
            QCOMPARE(http.get(contentPath(m_pngMaterial)).errorCode(), u"not_found"_s);
        }
        // Another member does not take over someone's upload either.
        QCOMPARE(tus(u"teacher.it"_s).head(location).status, 404);
        QCOMPARE(owner.offset(location), 70000);
        QCOMPARE(owner.terminate(location).status, 204);
    }

    void materialsAreRenamedMovedAndDeleted()
    {
        const QByteArray picture = png(120, 90, 77);
        const QByteArray sha = TusClient::sha256Hex(picture);
        const qint64 id = uploadWhole(u"teacher.de"_s, u"  Bridge.png "_s, picture);
        QVERIFY(id > 0);
        QCOMPARE(scope(u"teacher.fr"_s).value(u"material/%1"_s.arg(id))[u"name"_s].toString(),
                 u"Bridge.png"_s);
        auto mutate = [&](const QString &user, const QString &op, const QJsonObject &data,
                          qint64 project = 0) {
            QJsonObject d = data;
            d.insert(u"projectId"_s, project ? project : m_project);
            return m_accounts.mutate(user, u"material"_s, op, id, d);
        };
        QCOMPARE(
            mutate(u"teacher.fr"_s, u"update"_s,
                   {{u"name"_s, u"Pont.png"_s}, {u"folder"_s, u"/Photos//Voyage/"_s}})[u"status"_s]
                .toString(),
            u"applied"_s);
        QJsonObject m = scope(u"teacher.it"_s).value(u"material/%1"_s.arg(id));
        QCOMPARE(m[u"name"_s].toString(), u"Pont.png"_s);
        QCOMPARE(m[u"folder"_s].toString(), u"Photos/Voyage"_s);
        QCOMPARE(m[u"version"_s].toInteger(), 2);
        // Last writer wins, whatever the base.
        QCOMPARE(mutate(u"teacher.it"_s, u"update"_s, {{u"name"_s, u"Ponte.png"_s}})[u"status"_s]
                     .toString(),
                 u"applied"_s);
        QCOMPARE(scope(u"teacher.fr"_s).value(u"material/%1"_s.arg(id))[u"name"_s].toString(),
                 u"Ponte.png"_s);
        const QJsonObject invalid = mutate(u"teacher.it"_s, u"update"_s, {{u"name"_s, u"a/b"_s}});
        QCOMPARE(invalid[u"error"_s][u"code"_s].toString(), u"validation_failed"_s);
        QCOMPARE(
            mutate(u"teacher.it"_s, u"update"_s, {{u"sha256"_s, u"x"_s}})[u"error"_s][u"code"_s]
                .toString(),
            u"validation_failed"_s);
        for (const QString &outsider : {u"teacher2.fr"_s, u"pupil.fr"_s, u"correspondent.fr"_s})
            QCOMPARE(
                mutate(outsider, u"update"_s, {{u"name"_s, u"Mine.png"_s}})[u"error"_s][u"code"_s]
                    .toString(),
                u"not_found"_s);
        // Deleted: a tombstone in the scope, no download, and its only file goes.
        QVERIFY(QFile::exists(blobPath(sha)));
        QCOMPARE(mutate(u"teacher.fr"_s, u"delete"_s, {})[u"status"_s].toString(), u"applied"_s);
        QVERIFY(!scope(u"teacher.de"_s).contains(u"material/%1"_s.arg(id)));
        QCOMPARE(m_accounts.as(u"teacher.de"_s).get(contentPath(id)).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(blobPath(sha)), 30000);
        QVERIFY(!QFile::exists(blobPath(sha) + u".thumb"_s));
        QCOMPARE(mutate(u"teacher.fr"_s, u"delete"_s, {})[u"error"_s][u"code"_s].toString(),
                 u"not_found"_s);
        // Content another material shares stays.
        QVERIFY(QFile::exists(blobPath(TusClient::sha256Hex(m_png))));
    }

    void anArchivedProjectIsReadOnly()
    {
        const qint64 project = m_accounts.activeProject(u"Closed soon"_s);
        QVERIFY(project > 0);
        const QByteArray picture = png(100, 100, 99);
        const qint64 id = uploadWhole(u"teacher.fr"_s, u"Last.png"_s, picture, chunk, {}, project);
        QVERIFY(id > 0);
        TusClient client = tus(u"teacher.fr"_s);
        const QByteArray other = png(100, 100, 100);
        const HttpResult unfinished = client.create(
            other.size(), TusClient::metadata(u"Late.png"_s, project, TusClient::sha256Hex(other)));
        QCOMPARE(unfinished.status, 201);
        const QString location = TusClient::location(unfinished);
        QVERIFY(m_accounts.archive(project));

        // Still readable.
        const HttpResult download =
            m_accounts.as(u"teacher.it"_s).get(contentPath(id, u"content"_s, project));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, picture);
        QCOMPARE(
            m_accounts.as(u"teacher.it"_s).get(contentPath(id, u"thumbnail"_s, project)).status,
            200);
        // Never written.
        const HttpResult create =
            client.create(10, TusClient::metadata(u"x.png"_s, project, QByteArray(64, 'd')));
        QCOMPARE(create.status, 403);
        QCOMPARE(create.errorCode(), u"project_closed"_s);
        const HttpResult patch = client.patch(location, 0, other);
        QCOMPARE(patch.status, 403);
        QCOMPARE(patch.errorCode(), u"project_closed"_s);
        QCOMPARE(client.offset(location), 0);
        QCOMPARE(m_accounts
                     .mutate(u"teacher.fr"_s, u"material"_s, u"update"_s, id,
                             {{u"projectId"_s, project},
                              {u"name"_s, u"New.png"_s}})[u"error"_s][u"code"_s]
                     .toString(),
                 u"project_closed"_s);
        QCOMPARE(client.terminate(location).status, 204);
    }

    void terminationRemovesThePartFile()
    {
        TusClient client = tus(u"teacher.fr"_s);
        const HttpResult created = client.create(
            m_png.size(), TusClient::metadata(u"t.png"_s, m_project, TusClient::sha256Hex(m_png)));
        const QString location = TusClient::location(created);
        QCOMPARE(client.patch(location, 0, m_png.left(100000)).status, 204);
        QCOMPARE(QFileInfo(partPath(location)).size(), 100000);
        const HttpResult gone = client.terminate(location);
        QCOMPARE(gone.status, 204);
        QCOMPARE(gone.header("Tus-Resumable"), "1.0.0");
        QVERIFY(!QFile::exists(partPath(location)));
        QCOMPARE(client.head(location).status, 404);
        QCOMPARE(client.patch(location, 100000, m_png.mid(100000, 10)).status, 404);
        QCOMPARE(client.terminate(location).status, 404);
    }

    // A creation asked again with its key (the first answer was lost) finds the upload already
    // made, where it stands: no second upload holds the project's quota.
    void aCreationAskedAgainWithItsKeyFindsTheSameUpload()
    {
        TusClient client = tus(u"teacher.fr"_s);
        const QByteArray sha = TusClient::sha256Hex(m_png);
        const QByteArray key =
            ",key " + QByteArray("6f1c2d3e-aaaa-4bbb-8ccc-0123456789ab").toBase64();
        const QByteArray metadata = TusClient::metadata(u"Clé.png"_s, m_project, sha) + key;
        const HttpResult first = client.create(m_png.size(), metadata);
        QCOMPARE(first.status, 201);
        const QString location = TusClient::location(first);
        QCOMPARE(client.patch(location, 0, m_png.left(100000)).status, 204);
        const HttpResult again = client.create(m_png.size(), metadata);
        QCOMPARE(again.status, 201);
        QCOMPARE(TusClient::location(again), location);
        QCOMPARE(again.header("Upload-Offset"), "100000");
        // Another account's key is its own; the same key for another file is refused.
        const HttpResult theirs = tus(u"teacher.it"_s).create(m_png.size(), metadata);
        QCOMPARE(theirs.status, 201);
        QVERIFY(TusClient::location(theirs) != location);
        QCOMPARE(tus(u"teacher.it"_s).terminate(TusClient::location(theirs)).status, 204);
        const HttpResult other = client.create(
            m_png.size() - 1, TusClient::metadata(u"Clé.png"_s, m_project, sha) + key);
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), u"upload_key_in_use"_s);
        const HttpResult badKey =
            client.create(m_png.size(), TusClient::metadata(u"Clé.png"_s, m_project, sha) +
                                            ",key " + QByteArray("a b/c").toBase64());
        QCOMPARE(badKey.status, 422);
        // Once finished, the key makes a new upload (that one is no longer receiving).
        const auto rest = client.upload(location, m_png, 200000);
        QVERIFY(rest.materialId > 0);
        const HttpResult after = client.create(m_png.size(), metadata);
        QCOMPARE(after.status, 201);
        QVERIFY(TusClient::location(after) != location);
        QCOMPARE(client.terminate(TusClient::location(after)).status, 204);
    }

    void aStaleUploadExpiresAndIsCollected()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s, u"--demo-size"_s, u"50"_s, u"--upload-expiry"_s, u"2"_s,
                               u"--storage-collection-interval"_s, u"1"_s}),
                 qPrintable(server.lastOutput()));
        DemoAccounts accounts;
        QVERIFY(accounts.signIn(server.url(), {u"teacher.fr"_s, u"teacher.it"_s, u"teacher.de"_s,
                                               u"correspondent.fr"_s, u"correspondent.it"_s}));
        const qint64 project = accounts.activeProject(u"Stale"_s);
        QVERIFY(project > 0);
        TusClient client(accounts.as(u"teacher.fr"_s), server.url());
        const HttpResult created = client.create(
            m_png.size(), TusClient::metadata(u"s.png"_s, project, TusClient::sha256Hex(m_png)));
        QCOMPARE(created.status, 201);
        const QString location = TusClient::location(created);
        QCOMPARE(client.patch(location, 0, m_png.left(100000)).status, 204);
        const QString part = server.dataDir() + u"/uploads/"_s + idOf(location) + u".part"_s;
        QVERIFY(QFile::exists(part));
        // Not touched for longer than its expiry: gone, bytes and all.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(part), 30000);
        const int status = client.head(location).status;
        QVERIFY2(status == 404 || status == 410, qPrintable(QString::number(status)));
        QCOMPARE(client.patch(location, 100000, m_png.mid(100000, 10)).status, 404);
    }
};

QTEST_MAIN(TestMaterials)
#include "tst_materials.moc"
