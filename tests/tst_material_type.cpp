// SPDX-License-Identifier: GPL-3.0-or-later
// A material's type from its content: real files (QImage, QPdfWriter, zip and OLE files built
// here, media headers written byte by byte) under misleading names, every cut of them, damaged
// and random bytes from a printed seed (ETW_MATERIAL_SEED replays one), limits and refusals.
#include "domain/material_type.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <initializer_list>
#include <utility>
#include <vector>

using namespace etw::material_type;
using namespace Qt::StringLiterals;

namespace {

// ---- Bytes ----------------------------------------------------------------------------------

void put16(QByteArray &b, quint16 v)
{
    char d[2];
    qToLittleEndian(v, d);
    b.append(d, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char d[4];
    qToLittleEndian(v, d);
    b.append(d, 4);
}
void put64(QByteArray &b, quint64 v)
{
    char d[8];
    qToLittleEndian(v, d);
    b.append(d, 8);
}
void putBe32(QByteArray &b, quint32 v)
{
    char d[4];
    qToBigEndian(v, d);
    b.append(d, 4);
}
QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray b;
    for (const int v : values)
        b.append(char(v));
    return b;
}

std::optional<Type> detectBytes(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return detect(buffer);
}

QString describe(const std::optional<Type> &type)
{
    return type ? u"%1 (%2, .%3)"_s.arg(type->mime, categoryCode(type->category), type->extension)
                : u"refused"_s;
}

// ---- Zip ------------------------------------------------------------------------------------

// The zip CRC-32 (reflected 0xEDB88320), bit by bit: the archives here are small.
quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char c : data) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

struct ZipEntry
{
    QByteArray name;
    QByteArray data;
};

struct ZipOptions
{
    QByteArray comment;
    bool zip64 = false; // the end records of Zip64, as streaming writers emit them
};

// Stored entries: local headers, the central directory and its end record.
QByteArray zip(const QList<ZipEntry> &entries, const ZipOptions &options = {})
{
    QByteArray out, cd;
    for (const ZipEntry &e : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(e.data);
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, 0); // stored
        put16(out, 0);
        put16(out, 0x5821);
        put32(out, crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out += e.name + e.data;

        put32(cd, 0x02014b50);
        put16(cd, 0x031E);
        put16(cd, 20);
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0x5821);
        put32(cd, crc);
        put32(cd, quint32(e.data.size()));
        put32(cd, quint32(e.data.size()));
        put16(cd, quint16(e.name.size()));
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0);
        put32(cd, 0);
        put32(cd, offset);
        cd += e.name;
    }
    const quint32 cdOffset = quint32(out.size());
    out += cd;
    const quint16 count = quint16(entries.size());
    if (options.zip64) {
        const quint64 record = quint64(out.size());
        put32(out, 0x06064b50);
        put64(out, 44);
        put16(out, 45);
        put16(out, 45);
        put32(out, 0);
        put32(out, 0);
        put64(out, count);
        put64(out, count);
        put64(out, quint64(cd.size()));
        put64(out, cdOffset);
        put32(out, 0x07064b50);
        put32(out, 0);
        put64(out, record);
        put32(out, 1);
    }
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, options.zip64 ? 0xFFFF : count);
    put16(out, options.zip64 ? 0xFFFF : count);
    put32(out, options.zip64 ? 0xFFFFFFFF : quint32(cd.size()));
    put32(out, options.zip64 ? 0xFFFFFFFF : cdOffset);
    put16(out, quint16(options.comment.size()));
    out += options.comment;
    return out;
}

const QByteArray xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"_ba;

QList<ZipEntry> ooxml(const QByteArray &folder, const QByteArray &mainPart)
{
    return {{"[Content_Types].xml"_ba, xmlHeader + "<Types xmlns=\"http://schemas."
                                                   "openxmlformats.org/package/2006/"
                                                   "content-types\"/>"_ba},
            {"_rels/.rels"_ba, xmlHeader + "<Relationships/>"_ba},
            {"docProps/core.xml"_ba, xmlHeader + "<cp:coreProperties/>"_ba},
            {folder + mainPart, xmlHeader + "<document/>"_ba},
            {folder + "_rels/"_ba + mainPart + ".rels"_ba, xmlHeader + "<Relationships/>"_ba}};
}

QList<ZipEntry> odf(const QByteArray &mime)
{
    return {{"mimetype"_ba, mime},
            {"META-INF/manifest.xml"_ba, xmlHeader + "<manifest:manifest/>"_ba},
            {"content.xml"_ba, xmlHeader + "<office:document-content/>"_ba},
            {"styles.xml"_ba, xmlHeader + "<office:document-styles/>"_ba}};
}

// ---- OLE compound file ----------------------------------------------------------------------

constexpr quint32 noStream = 0xFFFFFFFF, endOfChain = 0xFFFFFFFE, fatSect = 0xFFFFFFFD,
                  difSect = 0xFFFFFFFC, freeSect = 0xFFFFFFFF;

struct DirEntry
{
    QString name;
    quint8 type; // 1 storage, 2 stream, 5 root
    quint32 left = noStream, right = noStream, child = noStream;
};

struct OleLayout
{
    int major = 3;          // 3: 512-byte sectors, 4: 4096
    quint32 firstDir = 1;   // directory sectors are firstDir, firstDir + 2…: a chain to follow
    quint32 gapSectors = 1; // free sectors between two directory sectors
};

// A compound file with only a directory: the detector never reads a stream's content. The
// root's children (and a storage's) are a small tree: the middle one on top, those before it
// down its left siblings, those after it down its right ones.
QByteArray ole(const QStringList &rootStreams, const QStringList &nestedStreams = {},
               const OleLayout &layout = {})
{
    QList<DirEntry> dir{{u"Root Entry"_s, 5}};
    const auto siblings = [&dir](const QList<DirEntry> &list) -> quint32 {
        if (list.isEmpty())
            return noStream;
        const quint32 first = quint32(dir.size());
        dir += list;
        const qsizetype middle = list.size() / 2;
        for (qsizetype i = 1; i <= middle; ++i)
            dir[first + i].left = first + quint32(i) - 1;
        for (qsizetype i = middle; i + 1 < list.size(); ++i)
            dir[first + i].right = first + quint32(i) + 1;
        return first + quint32(middle);
    };
    QList<DirEntry> root;
    for (const QString &name : rootStreams)
        root.append({name, 2});
    if (!nestedStreams.isEmpty())
        root.append({u"ObjectPool"_s, 1});
    dir[0].child = siblings(root);
    if (!nestedStreams.isEmpty()) {
        QList<DirEntry> nested;
        for (const QString &name : nestedStreams)
            nested.append({name, 2});
        const quint32 top = siblings(nested);
        for (DirEntry &e : dir)
            if (e.type == 1)
                e.child = top;
    }

    const int sectorSize = layout.major == 3 ? 512 : 4096;
    const quint32 perSector = quint32(sectorSize / 4);
    const int perDirSector = sectorSize / 128;
    const int dirSectors = int((dir.size() + perDirSector - 1) / perDirSector);
    QList<quint32> dirChain;
    for (int i = 0; i < dirSectors; ++i)
        dirChain.append(layout.firstDir + quint32(i) * (layout.gapSectors + 1));
    const quint32 total = dirChain.last() + 1;
    const quint32 fatSectors = (total + perSector - 1) / perSector;
    const quint32 difatSectors =
        fatSectors > 109 ? (fatSectors - 109 + perSector - 2) / (perSector - 1) : 0;
    Q_ASSERT(layout.firstDir >= fatSectors + difatSectors);

    std::vector<quint32> fat(size_t(fatSectors) * perSector, freeSect);
    for (quint32 i = 0; i < fatSectors; ++i)
        fat[i] = fatSect;
    for (quint32 i = 0; i < difatSectors; ++i)
        fat[fatSectors + i] = difSect;
    for (int i = 0; i < dirSectors; ++i)
        fat[dirChain[i]] = i + 1 < dirSectors ? dirChain[i + 1] : endOfChain;

    QByteArray file(qsizetype(sectorSize) * (total + 1), '\0');
    const auto putAt = [&file](qsizetype at, quint32 v) { qToLittleEndian(v, file.data() + at); };
    const auto sectorAt = [sectorSize](quint32 s) { return qsizetype(s + 1) * sectorSize; };
    file.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    qToLittleEndian<quint16>(0x3E, file.data() + 24);
    qToLittleEndian<quint16>(quint16(layout.major), file.data() + 26);
    qToLittleEndian<quint16>(0xFFFE, file.data() + 28);
    qToLittleEndian<quint16>(layout.major == 3 ? 9 : 12, file.data() + 30);
    qToLittleEndian<quint16>(6, file.data() + 32);
    putAt(40, layout.major == 3 ? 0 : quint32(dirSectors));
    putAt(44, fatSectors);
    putAt(48, dirChain.first());
    putAt(56, 4096);
    putAt(60, endOfChain);
    putAt(64, 0);
    putAt(68, difatSectors ? fatSectors : endOfChain);
    putAt(72, difatSectors);
    for (quint32 i = 0; i < 109; ++i)
        putAt(76 + 4 * i, i < fatSectors ? i : freeSect);
    for (quint32 d = 0; d < difatSectors; ++d) {
        for (quint32 k = 0; k < perSector - 1; ++k) {
            const quint32 index = 109 + d * (perSector - 1) + k;
            putAt(sectorAt(fatSectors + d) + 4 * k, index < fatSectors ? index : freeSect);
        }
        putAt(sectorAt(fatSectors + d) + 4 * (perSector - 1),
              d + 1 < difatSectors ? fatSectors + d + 1 : endOfChain);
    }
    for (quint32 i = 0; i < fat.size(); ++i)
        putAt(sectorAt(i / perSector) + 4 * (i % perSector), fat[i]);
    for (qsizetype i = 0; i < dirSectors * perDirSector; ++i) {
        const qsizetype at = sectorAt(dirChain[i / perDirSector]) + (i % perDirSector) * 128;
        DirEntry e{QString(), 0};
        if (i < dir.size())
            e = dir[i];
        for (qsizetype k = 0; k < e.name.size(); ++k)
            qToLittleEndian<quint16>(e.name[k].unicode(), file.data() + at + 2 * k);
        qToLittleEndian<quint16>(e.type ? quint16((e.name.size() + 1) * 2) : 0,
                                 file.data() + at + 64);
        file[at + 66] = char(e.type);
        file[at + 67] = 1;
        putAt(at + 68, e.left);
        putAt(at + 72, e.right);
        putAt(at + 76, e.child);
        putAt(at + 116, endOfChain);
    }
    return file;
}

const QStringList summaries{u"\x05SummaryInformation"_s,
                            u"\x05"
                            u"DocumentSummaryInformation"_s,
                            u"\x01"
                            u"CompObj"_s};

// ---- Pictures and PDF -----------------------------------------------------------------------

QByteArray saved(const char *format)
{
    QImage picture(24, 16, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    for (int x = 0; x < 24; ++x)
        picture.setPixel(x, x % 16, qRgb(x * 10, 200, 40));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, format))
        qFatal("QImage cannot write %s", format);
    return buffer.data();
}

QByteArray pdfFile()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(u"Our water project"_s);
        QPainter painter(&writer);
        painter.fillRect(QRect(200, 200, 2000, 1200), Qt::blue);
        painter.drawLine(0, 0, 3000, 3000);
    }
    return buffer.data();
}

QByteArray gifFile(const char *version)
{
    QByteArray b(version);
    b += bytes({1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x2C, 0,
                0, 0, 0, 1, 0,    1, 0, 0, 2, 2, 0x44, 1,    0,    0x3B});
    return b;
}

QByteArray riffFile(const QByteArray &form, const QByteArray &chunks)
{
    QByteArray b("RIFF");
    put32(b, quint32(4 + chunks.size()));
    return b + form + chunks;
}

QByteArray chunk(const QByteArray &id, const QByteArray &data)
{
    QByteArray b(id);
    put32(b, quint32(data.size()));
    b += data;
    if (data.size() % 2)
        b += '\0';
    return b;
}

// ---- Sound and video ------------------------------------------------------------------------

QByteArray wavFile()
{
    QByteArray format;
    put16(format, 1);
    put16(format, 1);
    put32(format, 8000);
    put32(format, 16000);
    put16(format, 2);
    put16(format, 16);
    QByteArray samples;
    for (int i = 0; i < 200; ++i)
        put16(samples, quint16(i * 300));
    return riffFile("WAVE", chunk("fmt ", format) + chunk("data", samples));
}

QByteArray streamInfo()
{
    QByteArray b = bytes(
        {0x10, 0x00, 0x10, 0x00, 0, 0, 0x10, 0, 0x20, 0, 0x0A, 0xC4, 0x42, 0xF0, 0, 0, 0x10, 0});
    return b + QByteArray(16, '\x5A'); // the MD5 of the samples
}

QByteArray flacFile()
{
    return "fLaC"_ba + bytes({0x80, 0, 0, 34}) + streamInfo() +
           bytes({0xFF, 0xF8, 0x69, 0x18, 0, 0, 0xBF, 0x03, 0x58, 0xFD});
}

QByteArray oggPage(quint32 serial, quint32 sequence, bool first, const QByteArray &packet)
{
    QByteArray p("OggS");
    p += '\0';
    p += char(first ? 0x02 : 0x00);
    put64(p, 0);
    put32(p, serial);
    put32(p, sequence);
    put32(p, 0); // the page CRC, which the detector does not check
    const int full = int(packet.size() / 255);
    p += char(full + 1);
    p += QByteArray(full, '\xFF');
    p += char(packet.size() % 255);
    return p + packet;
}

const QByteArray vorbisId =
    "\x01vorbis"_ba +
    bytes({0, 0, 0, 0, 2, 0x44, 0xAC, 0, 0, 0, 0, 0, 0, 0x00, 0xEE, 0x02, 0, 0, 0, 0, 0, 0xB8, 1});
const QByteArray opusId = "OpusHead"_ba + bytes({1, 2, 0x38, 1, 0x80, 0xBB, 0, 0, 0, 0, 0});
const QByteArray flacInOggId =
    "\177FLAC"_ba + bytes({1, 0, 0, 1}) + "fLaC"_ba + bytes({0, 0, 0, 34}) + streamInfo();
const QByteArray theoraId =
    "\x80theora"_ba + bytes({3,    2, 1, 0, 0x14, 0, 0x0F, 0, 1, 0x40, 0, 0, 0xF0, 0, 0, 0, 0,   0,
                             0x1E, 0, 0, 0, 1,    0, 0,    0, 0, 0,    0, 0, 0,    0, 0, 0, 0xC0});
const QByteArray skeletonId = "fishead\0"_ba + QByteArray(56, '\0');

QByteArray oggFile(const QList<QByteArray> &codecIds)
{
    QByteArray b;
    quint32 serial = 0x1234;
    for (const QByteArray &id : codecIds)
        b += oggPage(serial++, 0, true, id);
    b += oggPage(0x1234, 1, false, "\x03vorbis"_ba + QByteArray(40, 'c'));
    b += oggPage(0x1234, 2, false, QByteArray(300, '\x42'));
    return b;
}

// MPEG-1 layer III, 128 kbit/s, 44.1 kHz: 417-byte frames.
QByteArray mpegFrames(int count)
{
    QByteArray b;
    for (int i = 0; i < count; ++i)
        b += bytes({0xFF, 0xFB, 0x90, 0x64}) + QByteArray(413, char(i + 1));
    return b;
}

QByteArray id3Tag(int padding)
{
    QByteArray body("TIT2");
    putBe32(body, 9);
    body += bytes({0, 0, 0}) + "Lesson 1"_ba;
    body += QByteArray(padding, '\0');
    QByteArray tag = "ID3"_ba + bytes({3, 0, 0});
    const int size = int(body.size());
    tag += bytes({(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F});
    return tag + body;
}

// AAC-LC, 44.1 kHz, stereo, no CRC.
QByteArray adtsFrames(int count)
{
    QByteArray b;
    const int length = 100;
    for (int i = 0; i < count; ++i)
        b += bytes({0xFF, 0xF1, 0x50, 0x80 | (length >> 11), (length >> 3) & 0xFF,
                    ((length & 7) << 5) | 0x1F, 0xFC}) +
             QByteArray(length - 7, char(0x21 + i));
    return b;
}

QByteArray box(const QByteArray &type, const QByteArray &data)
{
    QByteArray b;
    putBe32(b, quint32(8 + data.size()));
    return b + type + data;
}

QByteArray isoFile(const QByteArray &major, const QList<QByteArray> &compatible)
{
    QByteArray brands = major + bytes({0, 0, 2, 0});
    for (const QByteArray &brand : compatible)
        brands += brand;
    return box("ftyp", brands) + box("free", {}) + box("mdat", QByteArray(64, '\x11')) +
           box("moov", box("mvhd", QByteArray(100, '\0')));
}

QByteArray ebmlFile(const QByteArray &docType, bool longSize = false)
{
    QByteArray header = bytes({0x42, 0x86, 0x81, 1, 0x42, 0xF7, 0x81, 1, 0x42, 0xF2, 0x81, 4, 0x42,
                               0xF3, 0x81, 8, 0x42, 0x82, 0x80 | int(docType.size())}) +
                        docType + bytes({0x42, 0x87, 0x81, 4, 0x42, 0x85, 0x81, 2});
    QByteArray b = bytes({0x1A, 0x45, 0xDF, 0xA3});
    if (longSize)
        b += bytes({0x01, 0, 0, 0, 0, 0, 0, int(header.size())});
    else
        b += char(0x80 | header.size());
    b += header;
    return b + bytes({0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}) +
           bytes({0x11, 0x4D, 0x9B, 0x74, 0x80 | 4, 0, 0, 0, 0}) + QByteArray(100, '\x07');
}

QByteArray aviFile()
{
    const QByteArray hdrl = "hdrl"_ba + chunk("avih", QByteArray(56, '\0'));
    return riffFile("AVI ", chunk("LIST", hdrl) + chunk("LIST", "movi"_ba + QByteArray(32, 'x')));
}

QByteArray mpegProgramFile()
{
    return bytes({0,    0,    1,    0xBA, 0x44, 0,    4,    0,    4,    1,    1,    0x89,
                  0xC3, 0xF8, 0,    0,    1,    0xBB, 0,    12,   0x80, 0x04, 0xE1, 0xFF,
                  0xE0, 0xE0, 0xE8, 0xC0, 0xC0, 0x20, 0xBD, 0xE0, 0,    0,    1,    0xE0,
                  0,    8,    0x81, 0x80, 5,    0x21, 0,    1,    0,    1}) +
           QByteArray(64, '\x55');
}

// ---- Refused files --------------------------------------------------------------------------

QByteArray elfFile()
{
    QByteArray b =
        "\177ELF"_ba + bytes({2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0});
    b += QByteArray(64 - b.size(), '\0');
    return b + bytes({0x48, 0x31, 0xC0, 0xC3}) + QByteArray(200, '\0');
}

QByteArray peFile()
{
    QByteArray b = "MZ"_ba + bytes({0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF});
    b += QByteArray(0x3C - b.size(), '\0');
    put32(b, 0x80);
    b += QByteArray(0x4E - b.size(), '\0');
    b += "This program cannot be run in DOS mode.\r\r\n$"_ba;
    b += QByteArray(0x80 - b.size(), '\0');
    return b + "PE\0\0"_ba + bytes({0x64, 0x86, 1, 0}) + QByteArray(200, '\0');
}

QByteArray repeatedText()
{
    QByteArray b;
    while (b.size() < 70 * 1024)
        b += "Bonjour à tous ! Zażółć gęślą jaźń. Ελληνικά και 日本語 — a line of our diary.\n"_ba;
    return b;
}

struct Sample
{
    QString name;
    QByteArray bytes;
    std::optional<Type> type;
};

const QString ooxmlMime = u"application/vnd.openxmlformats-officedocument."_s;
const QString odfMime = u"application/vnd.oasis.opendocument."_s;

QList<Sample> acceptedSamples()
{
    const auto t = [](const QString &mime, Category c, const QString &ext) {
        return std::optional<Type>(Type{mime, c, ext});
    };
    const auto img = Category::Image, doc = Category::Document, ppt = Category::Presentation,
               xls = Category::Spreadsheet, aud = Category::Audio, vid = Category::Video;
    QByteArray longText = repeatedText();
    // A character across the 64 KiB that the detector reads first: cut by the read, not bad.
    longText.insert(64 * 1024 - 1, "€"_ba);
    return {
        {u"png"_s, saved("PNG"), t(u"image/png"_s, img, u"png"_s)},
        {u"jpeg"_s, saved("JPEG"), t(u"image/jpeg"_s, img, u"jpg"_s)},
        {u"gif87a"_s, gifFile("GIF87a"), t(u"image/gif"_s, img, u"gif"_s)},
        {u"gif89a"_s, gifFile("GIF89a"), t(u"image/gif"_s, img, u"gif"_s)},
        {u"webp lossless"_s, riffFile("WEBP", chunk("VP8L", bytes({0x2F, 0, 0, 0, 0x10, 7, 0x10}))),
         t(u"image/webp"_s, img, u"webp"_s)},
        {u"webp extended"_s,
         riffFile("WEBP", chunk("VP8X", QByteArray(10, '\0')) + chunk("VP8 ", QByteArray(20, 'v'))),
         t(u"image/webp"_s, img, u"webp"_s)},
        {u"pdf"_s, pdfFile(), t(u"application/pdf"_s, Category::Pdf, u"pdf"_s)},
        {u"pdf after a line of junk"_s,
         "From the scanner\r\n%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"_ba,
         t(u"application/pdf"_s, Category::Pdf, u"pdf"_s)},
        {u"docx"_s, zip(ooxml("word/", "document.xml")),
         t(ooxmlMime + u"wordprocessingml.document"_s, doc, u"docx"_s)},
        {u"xlsx"_s, zip(ooxml("xl/", "workbook.xml")),
         t(ooxmlMime + u"spreadsheetml.sheet"_s, xls, u"xlsx"_s)},
        {u"pptx"_s, zip(ooxml("ppt/", "presentation.xml")),
         t(ooxmlMime + u"presentationml.presentation"_s, ppt, u"pptx"_s)},
        {u"docx with a zip comment"_s,
         zip(ooxml("word/", "document.xml"), {"made by our school's exporter"_ba, false}),
         t(ooxmlMime + u"wordprocessingml.document"_s, doc, u"docx"_s)},
        {u"pptx with Zip64 end records"_s, zip(ooxml("ppt/", "presentation.xml"), {{}, true}),
         t(ooxmlMime + u"presentationml.presentation"_s, ppt, u"pptx"_s)},
        {u"odt"_s, zip(odf("application/vnd.oasis.opendocument.text")),
         t(odfMime + u"text"_s, doc, u"odt"_s)},
        {u"ods"_s, zip(odf("application/vnd.oasis.opendocument.spreadsheet")),
         t(odfMime + u"spreadsheet"_s, xls, u"ods"_s)},
        {u"odp"_s, zip(odf("application/vnd.oasis.opendocument.presentation")),
         t(odfMime + u"presentation"_s, ppt, u"odp"_s)},
        {u"doc"_s, ole(QStringList{u"WordDocument"_s, u"1Table"_s, u"Data"_s} + summaries),
         t(u"application/msword"_s, doc, u"doc"_s)},
        {u"doc with an embedded workbook"_s,
         ole(QStringList{u"WordDocument"_s, u"1Table"_s} + summaries, {u"Workbook"_s}),
         t(u"application/msword"_s, doc, u"doc"_s)},
        {u"xls"_s, ole(QStringList{u"Workbook"_s} + summaries),
         t(u"application/vnd.ms-excel"_s, xls, u"xls"_s)},
        {u"xls of Excel 5 and 97 (Book and Workbook)"_s,
         ole(QStringList{u"Book"_s, u"Workbook"_s} + summaries),
         t(u"application/vnd.ms-excel"_s, xls, u"xls"_s)},
        {u"ppt"_s, ole(QStringList{u"PowerPoint Document"_s, u"Current User"_s, u"Pictures"_s}),
         t(u"application/vnd.ms-powerpoint"_s, ppt, u"ppt"_s)},
        {u"ppt with 4096-byte sectors"_s,
         ole(QStringList{u"PowerPoint Document"_s, u"Current User"_s} + summaries, {}, {4, 1, 1}),
         t(u"application/vnd.ms-powerpoint"_s, ppt, u"ppt"_s)},
        {u"rtf"_s, "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello \\b world\\b0.}"_ba,
         t(u"application/rtf"_s, doc, u"rtf"_s)},
        {u"text"_s, "Bonjour à tous !\nZażółć gęślą jaźń.\r\n\tΕλληνικά\f\n"_ba,
         t(u"text/plain"_s, doc, u"txt"_s)},
        {u"text with a byte order mark"_s, "\xEF\xBB\xBFOur class diary, week 3.\n"_ba,
         t(u"text/plain"_s, doc, u"txt"_s)},
        {u"text longer than what is read of it"_s, longText, t(u"text/plain"_s, doc, u"txt"_s)},
        {u"mp3 with an ID3 tag"_s, id3Tag(20) + mpegFrames(3), t(u"audio/mpeg"_s, aud, u"mp3"_s)},
        {u"mp3 with an ID3 tag of 100 KB (a cover)"_s, id3Tag(100 * 1000) + mpegFrames(2),
         t(u"audio/mpeg"_s, aud, u"mp3"_s)},
        {u"mp3 without a tag"_s, mpegFrames(3), t(u"audio/mpeg"_s, aud, u"mp3"_s)},
        {u"aac (ADTS)"_s, adtsFrames(3), t(u"audio/aac"_s, aud, u"aac"_s)},
        {u"aac with an ID3 tag"_s, id3Tag(0) + adtsFrames(2), t(u"audio/aac"_s, aud, u"aac"_s)},
        {u"flac"_s, flacFile(), t(u"audio/flac"_s, aud, u"flac"_s)},
        {u"flac with an ID3 tag"_s, id3Tag(4) + flacFile(), t(u"audio/flac"_s, aud, u"flac"_s)},
        {u"wav"_s, wavFile(), t(u"audio/wav"_s, aud, u"wav"_s)},
        {u"ogg vorbis"_s, oggFile({vorbisId}), t(u"audio/ogg"_s, aud, u"ogg"_s)},
        {u"ogg opus"_s, oggFile({opusId}), t(u"audio/ogg"_s, aud, u"opus"_s)},
        {u"ogg flac"_s, oggFile({flacInOggId}), t(u"audio/ogg"_s, aud, u"oga"_s)},
        {u"ogg vorbis with a skeleton"_s, oggFile({skeletonId, vorbisId}),
         t(u"audio/ogg"_s, aud, u"ogg"_s)},
        {u"ogg theora and vorbis"_s, oggFile({theoraId, vorbisId}),
         t(u"video/ogg"_s, vid, u"ogv"_s)},
        {u"m4a"_s, isoFile("M4A ", {"M4A ", "mp42", "isom"}), t(u"audio/mp4"_s, aud, u"m4a"_s)},
        {u"mp4 (isom)"_s, isoFile("isom", {"isom", "iso2", "avc1", "mp41"}),
         t(u"video/mp4"_s, vid, u"mp4"_s)},
        {u"mp4 (mp42)"_s, isoFile("mp42", {"mp42", "isom"}), t(u"video/mp4"_s, vid, u"mp4"_s)},
        {u"mp4 of a camera's own brand"_s, isoFile("FACE", {"isom", "mp42"}),
         t(u"video/mp4"_s, vid, u"mp4"_s)},
        {u"quicktime"_s, isoFile("qt  ", {"qt  "}), t(u"video/quicktime"_s, vid, u"mov"_s)},
        {u"webm"_s, ebmlFile("webm"), t(u"video/webm"_s, vid, u"webm"_s)},
        {u"matroska"_s, ebmlFile("matroska"), t(u"video/x-matroska"_s, vid, u"mkv"_s)},
        {u"matroska with an 8-byte header size"_s, ebmlFile("matroska", true),
         t(u"video/x-matroska"_s, vid, u"mkv"_s)},
        {u"avi"_s, aviFile(), t(u"video/x-msvideo"_s, vid, u"avi"_s)},
        {u"mpeg program stream"_s, mpegProgramFile(), t(u"video/mpeg"_s, vid, u"mpg"_s)},
    };
}

QList<Sample> refusedSamples()
{
    QList<ZipEntry> docm = ooxml("word/", "document.xml");
    docm.append({"word/vbaProject.bin"_ba, QByteArray(64, '\x01')});
    QList<ZipEntry> odtLate = odf("application/vnd.oasis.opendocument.text");
    odtLate.move(0, 2);
    QList<ZipEntry> twoKinds = ooxml("word/", "document.xml");
    twoKinds.append({"xl/workbook.xml"_ba, xmlHeader});
    QList<ZipEntry> noContentTypes = ooxml("word/", "document.xml");
    noContentTypes.removeFirst();
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)"
                           "</script></svg>"_ba;
    return {
        {u"empty"_s, {}, {}},
        {u"elf"_s, elfFile(), {}},
        {u"pe"_s, peFile(), {}},
        {u"mach-o"_s, bytes({0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1}) + QByteArray(100, '\0'), {}},
        {u"shell script"_s, "#!/bin/sh\nrm -rf \"$HOME\"\n"_ba, {}},
        {u"html"_s, "<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>"_ba, {}},
        {u"html after a byte order mark and blank lines"_s,
         "\xEF\xBB\xBF\r\n  \n<html>hi</html>"_ba,
         {}},
        {u"text with a script further on"_s, "Dear parents,\nsee <script src=x></script>"_ba, {}},
        {u"svg"_s, svg, {}},
        {u"svg with an XML declaration"_s, xmlHeader + svg, {}},
        {u"bmp"_s, saved("BMP"), {}},
        {u"tiff"_s, "II*\0"_ba + bytes({8, 0, 0, 0, 0, 0}) + QByteArray(40, '\0'), {}},
        {u"heic"_s, isoFile("heic", {"mif1", "heic"}), {}},
        {u"avif"_s, isoFile("avif", {"avif", "mif1", "miaf"}), {}},
        {u"mp4 brand that is a still picture"_s, isoFile("XYZW", {"mif1", "isom"}), {}},
        {u"m4p (protected)"_s, isoFile("M4P ", {"M4P "}), {}},
        {u"zip"_s, zip({{"notes.txt"_ba, "hello"_ba}, {"photo.png"_ba, saved("PNG")}}), {}},
        {u"jar"_s,
         zip({{"META-INF/MANIFEST.MF"_ba, "Manifest-Version: 1.0\r\nMain-Class: Main\r\n"_ba},
              {"Main.class"_ba, bytes({0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 0x34})}}),
         {}},
        {u"apk"_s,
         zip({{"AndroidManifest.xml"_ba, QByteArray(40, '\x03')},
              {"classes.dex"_ba, "dex\n035\0"_ba},
              {"META-INF/CERT.RSA"_ba, QByteArray(20, 'r')}}),
         {}},
        {u"docm (macros)"_s, zip(docm), {}},
        {u"odg (a drawing)"_s, zip(odf("application/vnd.oasis.opendocument.graphics")), {}},
        {u"odt whose mimetype is not the first entry"_s, zip(odtLate), {}},
        {u"ooxml of two kinds at once"_s, zip(twoKinds), {}},
        {u"ooxml without [Content_Types].xml"_s, zip(noContentTypes), {}},
        {u"docx after other data"_s,
         QByteArray(100, 'j') + zip(ooxml("word/", "document.xml")),
         {}},
        {u"msi installer (OLE)"_s,
         ole({u"\x05SummaryInformation"_s, u"\x4840\x3F3F\x4577\x446C\x3B6A\x45E4\x4824"_s}),
         {}},
        {u"encrypted OOXML (OLE)"_s,
         ole({u"EncryptionInfo"_s, u"EncryptedPackage"_s,
              u"\x06"
              u"DataSpaces"_s}),
         {}},
        {u"OLE header only"_s, ole({u"WordDocument"_s}).left(512), {}},
        {u"png signature only"_s, saved("PNG").left(8), {}},
        {u"gif signature only"_s, "GIF89a"_ba, {}},
        {u"ogg speex"_s, oggFile({"Speex   "_ba + QByteArray(72, '\0')}), {}},
        {u"ogg vorbis with an unknown video stream"_s,
         oggFile({vorbisId, "OVP80\x01\x01\0"_ba + QByteArray(20, '\0')}),
         {}},
        {u"riff of another kind (MIDI)"_s,
         riffFile("RMID", chunk("data", QByteArray(20, 'm'))),
         {}},
        {u"one byte of frame sync"_s, bytes({0xFF, 0xFB, 0x90, 0x64}) + QByteArray(20, '\0'), {}},
        {u"one frame, then something else"_s, mpegFrames(1) + QByteArray(500, ' '), {}},
        {u"latin-1 text"_s, "Caf\xE9 cr\xE8me et g\xE2teau, le menu de la cantine.\n"_ba, {}},
        {u"text with a NUL"_s, "Hello\0world, this is a document"_ba, {}},
        {u"text of control characters"_s, "Hello\x01\x02\x03\x04 world"_ba, {}},
        {u"overlong UTF-8"_s, "A slash \xC0\xAF here"_ba, {}},
        {u"UTF-8 surrogate"_s, "A surrogate \xED\xA0\x80 here"_ba, {}},
        {u"only white space"_s, " \n\t\r\n  "_ba, {}},
        {u"cut PDF signature"_s, "%PDF"_ba, {}},
        {u"random bytes"_s, QByteArray::fromHex("8a1c77e03b9d0f42c1aa5e6b29f0d3c4b5a69788"), {}},
    };
}

// A QBuffer that says it cannot seek, as a socket or a pipe would.
class SequentialBuffer : public QBuffer
{
public:
    bool isSequential() const override { return true; }
};

} // namespace

class TestMaterialType : public QObject
{
    Q_OBJECT

    QList<Sample> m_accepted;
    QList<Sample> m_refused;

    const Sample &accepted(const QString &name) const
    {
        for (const Sample &s : m_accepted)
            if (s.name == name)
                return s;
        qFatal("no sample %s", qPrintable(name));
    }
    const Sample &refused(const QString &name) const
    {
        for (const Sample &s : m_refused)
            if (s.name == name)
                return s;
        qFatal("no sample %s", qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_accepted = acceptedSamples();
        m_refused = refusedSamples();
    }

    void recognised_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("extension");
        for (const Sample &s : m_accepted)
            QTest::newRow(qPrintable(s.name))
                << s.bytes << s.type->mime << categoryCode(s.type->category) << s.type->extension;
    }
    void recognised()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mime);
        QFETCH(QString, category);
        QFETCH(QString, extension);
        const auto type = detectBytes(content);
        QVERIFY2(type, "refused");
        QCOMPARE(type->mime, mime);
        QCOMPARE(categoryCode(type->category), category);
        QCOMPARE(type->extension, extension);
        QVERIFY(plausibleStart(content.left(4096)));
        QVERIFY(check(type, content.size()).isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        for (const Sample &s : m_refused)
            QTest::newRow(qPrintable(s.name)) << s.bytes;
    }
    void refused()
    {
        QFETCH(QByteArray, content);
        const auto type = detectBytes(content);
        QVERIFY2(!type, qPrintable(describe(type)));
        QCOMPARE(check(type, content.size()), u"type_not_allowed"_s);
    }

    // The OLE directory is found through the FAT wherever it lies: here past the 109 FAT
    // sectors that the header lists, so through a DIFAT sector too (a 7 MB file).
    void oleDirectoryFarInTheFile()
    {
        const QByteArray far =
            ole(QStringList{u"WordDocument"_s, u"1Table"_s} + summaries, {}, {3, 14000, 3});
        QVERIFY(far.size() > 7000000);
        QCOMPARE(describe(detectBytes(far)), describe(accepted(u"doc"_s).type));
        // The last DIFAT entry that matters, pointed elsewhere: the chain is lost, not guessed.
        QByteArray broken = far;
        qToLittleEndian<quint32>(3, broken.data() + (110 + 1) * 512);
        QVERIFY(!detectBytes(broken));
    }

    void damagedOleStructures()
    {
        const QByteArray doc = accepted(u"doc"_s).bytes;
        // A directory chain that loops on itself: stopped, and the file refused.
        QByteArray loop = doc;
        qToLittleEndian<quint32>(3, loop.data() + 512 + 4 * 3);
        QVERIFY(!detectBytes(loop));
        // Siblings that point back up the tree (the first directory sector holds the root and
        // entries 1 to 3; entry 4 is the top of the root's tree): each entry is visited once.
        QByteArray cycle = doc;
        qToLittleEndian<quint32>(4, cycle.data() + 2 * 512 + 128 * 1 + 68);
        qToLittleEndian<quint32>(3, cycle.data() + 2 * 512 + 128 * 2 + 72);
        QCOMPARE(describe(detectBytes(cycle)), describe(accepted(u"doc"_s).type));
        // Sectors of an unknown size, a directory past the end, a byte order that is not LE.
        for (const auto &[offset, value] : std::initializer_list<std::pair<int, quint16>>{
                 {30, 10}, {48, 0x7FFF}, {28, 0xFEFF}, {26, 5}}) {
            QByteArray bad = doc;
            qToLittleEndian<quint16>(value, bad.data() + offset);
            QVERIFY2(!detectBytes(bad), qPrintable(QString::number(offset)));
        }
    }

    void damagedZipStructures()
    {
        const QByteArray docx = accepted(u"docx"_s).bytes;
        const qsizetype eocd = docx.size() - 22;
        const auto patched = [&](qsizetype at, quint32 value) {
            QByteArray b = docx;
            qToLittleEndian(value, b.data() + at);
            return b;
        };
        QVERIFY(!detectBytes(patched(eocd + 12, 0x7FFFFFFF))); // a central directory of 2 GB
        QVERIFY(!detectBytes(patched(eocd + 16, 0xFFFFFFF0))); // starting past the end
        QVERIFY(!detectBytes(patched(eocd + 16, 0xFFFFFFFF))); // Zip64 without its records
        QByteArray comment = docx;
        qToLittleEndian<quint16>(0x10, comment.data() + eocd + 20);
        QVERIFY(!detectBytes(comment));                    // a comment longer than the file
        QVERIFY(!detectBytes(docx.left(docx.size() - 1))); // the end record cut
        QVERIFY(!detectBytes(docx + "trailing"_ba));       // data after the end record
    }

    // The name a file arrives with counts for nothing.
    void nameIsIgnored()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(name));
            return file.fileName();
        };
        const auto png = detect(write(u"report.pdf"_s, accepted(u"png"_s).bytes));
        QVERIFY(png);
        QCOMPARE(png->mime, u"image/png"_s);
        QCOMPARE(png->extension, u"png"_s);
        QVERIFY(!detect(write(u"photo.jpg"_s, refused(u"elf"_s).bytes)));
        QVERIFY(!detect(write(u"page.docx"_s, refused(u"html"_s).bytes)));
        QVERIFY(!detect(write(u"image.png"_s, refused(u"svg"_s).bytes)));
        QVERIFY(!detect(write(u"setup.doc"_s, refused(u"msi installer (OLE)"_s).bytes)));
        QVERIFY(!detect(write(u"lesson.pptx"_s, refused(u"jar"_s).bytes)));
        const auto doc = detect(write(u"noextension"_s, accepted(u"doc"_s).bytes));
        QVERIFY(doc);
        QCOMPARE(doc->extension, u"doc"_s);
        QVERIFY(!detect(dir.filePath(u"missing.png"_s)));
        QVERIFY(!detect(dir.path())); // a folder
    }

    void deviceUse()
    {
        QBuffer buffer;
        buffer.setData(accepted(u"docx"_s).bytes);
        QVERIFY(!detect(buffer)); // not open
        buffer.open(QIODevice::ReadOnly);
        buffer.seek(100);
        QCOMPARE(describe(detect(buffer)), describe(accepted(u"docx"_s).type));
        QCOMPARE(buffer.pos(), qint64(100)); // where the caller left it

        SequentialBuffer pipe;
        pipe.setData(accepted(u"png"_s).bytes);
        pipe.open(QIODevice::ReadOnly);
        QVERIFY(!detect(pipe));
    }

    void plausibleStarts()
    {
        for (const Sample &s : m_accepted)
            QVERIFY2(plausibleStart(s.bytes.left(4096)), qPrintable(s.name));
        // What is plainly refused stops at the first chunk…
        for (const QString &name :
             {u"elf"_s, u"pe"_s, u"mach-o"_s, u"shell script"_s, u"html"_s,
              u"html after a byte order mark and blank lines"_s, u"svg"_s,
              u"svg with an XML declaration"_s, u"bmp"_s, u"tiff"_s, u"heic"_s, u"latin-1 text"_s,
              u"text with a NUL"_s, u"random bytes"_s, u"empty"_s})
            QVERIFY2(!plausibleStart(refused(name).bytes.left(4096)), qPrintable(name));
        // …while what a container holds is only known from its end.
        for (const QString &name : {u"zip"_s, u"jar"_s, u"docm (macros)"_s,
                                    u"msi installer (OLE)"_s, u"OLE header only"_s})
            QVERIFY2(plausibleStart(refused(name).bytes.left(4096)), qPrintable(name));
        // A first chunk may end inside a character, and a text may start with spaces.
        QVERIFY(plausibleStart("Zażółć gęślą ja\xC5"_ba));
        QVERIFY(plausibleStart("    \n"_ba));
        QVERIFY(plausibleStart(mpegFrames(20).left(4096)));
    }

    // Every cut of a file is either refused or recognised as the whole file is: a cut file
    // never passes for something else (a cut RTF for text, a cut MP4 for a picture).
    void cutFiles()
    {
        int cuts = 0;
        for (const Sample &s : m_accepted) {
            // A cut within "%PDF" after a line of junk is a text: only a signature at the start
            // is known to be cut.
            if (s.name == u"pdf after a line of junk")
                continue;
            for (qsizetype n = 0; n < s.bytes.size(); n += n < 8192 ? 1 : 1 + n / 50) {
                const auto type = detectBytes(s.bytes.left(n));
                QVERIFY2(!type || type == s.type,
                         qPrintable(u"%1 cut at %2: %3"_s.arg(s.name).arg(n).arg(describe(type))));
                ++cuts;
            }
        }
        // Binary files that are refused stay refused when cut (from 4 bytes: "BM" or "MZ" alone
        // are texts).
        for (const QString &name :
             {u"elf"_s, u"pe"_s, u"mach-o"_s, u"bmp"_s, u"tiff"_s, u"heic"_s, u"avif"_s, u"zip"_s,
              u"jar"_s, u"apk"_s, u"docm (macros)"_s, u"odg (a drawing)"_s,
              u"odt whose mimetype is not the first entry"_s, u"ooxml of two kinds at once"_s,
              u"msi installer (OLE)"_s, u"encrypted OOXML (OLE)"_s, u"ogg speex"_s,
              u"ogg vorbis with an unknown video stream"_s, u"riff of another kind (MIDI)"_s}) {
            const QByteArray bytes = refused(name).bytes;
            for (qsizetype n = 4; n < bytes.size(); ++n) {
                const auto type = detectBytes(bytes.left(n));
                QVERIFY2(!type,
                         qPrintable(u"%1 cut at %2: %3"_s.arg(name).arg(n).arg(describe(type))));
                ++cuts;
            }
        }
        qInfo("%d cut files", cuts);
    }

    void limits()
    {
        QCOMPARE(maxBytes(Category::Image), qint64(10 * 1000 * 1000));
        for (const Category c : {Category::Document, Category::Presentation, Category::Spreadsheet,
                                 Category::Pdf, Category::Audio, Category::Video})
            QCOMPARE(maxBytes(c), qint64(100 * 1000 * 1000));
        const auto png = accepted(u"png"_s).type;
        const auto mp4 = accepted(u"mp4 (isom)"_s).type;
        QCOMPARE(check(png, 10 * 1000 * 1000), QString());
        QCOMPARE(check(png, 10 * 1000 * 1000 + 1), u"too_large"_s);
        QCOMPARE(check(mp4, 100 * 1000 * 1000), QString());
        QCOMPARE(check(mp4, 100 * 1000 * 1000 + 1), u"too_large"_s);
        QCOMPARE(check(accepted(u"pdf"_s).type, 50 * 1000 * 1000), QString());
        QCOMPARE(check(std::nullopt, 10), u"type_not_allowed"_s);
        QCOMPARE(check(std::nullopt, 1000 * 1000 * 1000), u"type_not_allowed"_s);
    }

    void refusals()
    {
        const QString notAllowed = refusal(u"holiday.bmp"_s, std::nullopt, 5000);
        for (const QString &part :
             {u"“holiday.bmp”"_s, u"PNG"_s, u"JPEG"_s, u"10 MB"_s, u"100 MB"_s, u"PDF"_s, u"Word"_s,
              u"OpenDocument"_s, u"PowerPoint"_s, u"Excel"_s, u"MP3"_s, u"MP4"_s, u"WebM"_s})
            QVERIFY2(notAllowed.contains(part), qPrintable(part + u" in "_s + notAllowed));

        const auto png = accepted(u"png"_s).type;
        const QString bigImage = refusal(u"class photo.png"_s, png, 10 * 1000 * 1000 + 1);
        QCOMPARE(bigImage,
                 u"“class photo.png” is too large (10.1 MB): an image may be at most 10 MB."_s);
        const QString bigVideo =
            refusal(u"trip.mp4"_s, accepted(u"mp4 (isom)"_s).type, 150 * 1000 * 1000);
        QCOMPARE(bigVideo, u"“trip.mp4” is too large (150.0 MB): a video may be at most 100 MB."_s);
        // A file name is not a format string.
        QVERIFY(refusal(u"50%2 off %1.png"_s, png, 20 * 1000 * 1000)
                    .startsWith(u"“50%2 off %1.png” is too large (20.0 MB)"_s));
        QVERIFY(refusal(u"ok.png"_s, png, 10 * 1000 * 1000).isEmpty());
        for (const Category c : {Category::Document, Category::Presentation, Category::Spreadsheet,
                                 Category::Pdf, Category::Audio, Category::Video}) {
            const QString text = refusal(u"f"_s, Type{u"x/y"_s, c, u"y"_s}, 100 * 1000 * 1000 + 1);
            QVERIFY2(text.contains(u"100 MB"_s) && text.contains(u"100.1 MB"_s), qPrintable(text));
        }
    }

    void categories()
    {
        QStringList names, codes;
        for (const Category c :
             {Category::Image, Category::Document, Category::Presentation, Category::Spreadsheet,
              Category::Pdf, Category::Audio, Category::Video}) {
            QVERIFY(categoryFromCode(categoryCode(c)) == c);
            names.append(categoryName(c));
            codes.append(categoryCode(c));
        }
        QCOMPARE(codes, (QStringList{u"image"_s, u"document"_s, u"presentation"_s, u"spreadsheet"_s,
                                     u"pdf"_s, u"audio"_s, u"video"_s}));
        QCOMPARE(names, (QStringList{u"Image"_s, u"Document"_s, u"Presentation"_s, u"Spreadsheet"_s,
                                     u"PDF"_s, u"Audio"_s, u"Video"_s}));
        QVERIFY(!categoryFromCode(u"Image"_s));
        QVERIFY(!categoryFromCode(QString()));
        QVERIFY(!categoryFromCode(u"executable"_s));
    }

    // Random bytes, and valid files damaged at random, never crash the detector, and what it
    // recognises always passes plausibleStart on its first chunk (a client that stopped an
    // upload the server would take would be wrong).
    void randomAndDamagedFiles()
    {
        const quint32 seed = !qEnvironmentVariableIsEmpty("ETW_MATERIAL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("ETW_MATERIAL_SEED"))
                                 : 20240611u;
        qInfo("seed %u (ETW_MATERIAL_SEED replays it)", seed);
        QRandomGenerator random(seed);
        const QList<QByteArray> starts{"\x89PNG\r\n\x1A\n"_ba,
                                       "\xFF\xD8\xFF"_ba,
                                       "GIF89a"_ba,
                                       "RIFF"_ba,
                                       "PK\x03\x04"_ba,
                                       "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"_ba,
                                       "ID3\x03\0\0"_ba,
                                       "OggS\0\x02"_ba,
                                       "fLaC"_ba,
                                       "\0\0\0\x18"
                                       "ftyp"_ba,
                                       "\x1A\x45\xDF\xA3"_ba,
                                       "\0\0\x01\xBA"_ba,
                                       "\xFF\xFB"_ba,
                                       "\xFF\xF1"_ba,
                                       "{\\rtf"_ba,
                                       "%PDF-1.4\n"_ba,
                                       "\xEF\xBB\xBF"_ba};
        int recognised = 0;
        const auto probe = [&](const QByteArray &data) {
            const auto type = detectBytes(data);
            if (type)
                ++recognised;
            return !type || plausibleStart(data.left(4096));
        };
        for (int i = 0; i < 2000; ++i) {
            QByteArray data(random.bounded(0, 3000), '\0');
            for (char &c : data)
                c = char(random.bounded(256));
            if (i % 2)
                data.prepend(starts[random.bounded(int(starts.size()))]);
            QVERIFY2(probe(data), qPrintable(u"random buffer %1"_s.arg(i)));
            plausibleStart(data);
        }
        int mutations = 0;
        for (const Sample &s : m_accepted) {
            if (s.bytes.size() > 200 * 1000)
                continue;
            for (int m = 0; m < 100; ++m) {
                QByteArray data = s.bytes;
                const int kind = random.bounded(4);
                if (kind == 0 || data.isEmpty()) {
                    data.truncate(random.bounded(int(data.size()) + 1));
                } else if (kind == 1) {
                    data.insert(random.bounded(int(data.size())),
                                QByteArray(random.bounded(1, 40), char(random.bounded(256))));
                } else {
                    // Most structure is near the start and, for zip, at the end.
                    const int changes = random.bounded(1, 9);
                    for (int c = 0; c < changes; ++c) {
                        const int size = int(data.size());
                        const int where = random.bounded(3) == 0 ? random.bounded(size)
                                          : random.bounded(2)
                                              ? random.bounded(std::min(size, 600))
                                              : size - 1 - random.bounded(std::min(size, 300));
                        data[where] = char(kind == 2 ? random.bounded(256)
                                                     : (random.bounded(2) ? 0xFF : 0x00));
                    }
                }
                QVERIFY2(probe(data), qPrintable(u"%1, mutation %2"_s.arg(s.name).arg(m)));
                ++mutations;
            }
        }
        qInfo("2000 random buffers and %d damaged files, %d recognised", mutations, recognised);
    }
};

QTEST_MAIN(TestMaterialType)
#include "tst_material_type.moc"
