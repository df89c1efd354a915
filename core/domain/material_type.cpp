// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/material_type.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

namespace etw::material_type {

using namespace Qt::StringLiterals;

namespace {

// Every format but zip and OLE is told from its start; text needs a long stretch to judge.
constexpr qint64 headSize = 64 * 1024;
// What is read from a file is bounded by these, whatever sizes the file itself declares.
constexpr qint64 zipTailSize = 0xFFFF + 22;
constexpr qint64 maxCentralDirectory = 4 * 1024 * 1024;
constexpr quint64 maxZipEntries = 65536;
constexpr qint64 maxOleDirectory = 4 * 1024 * 1024;
constexpr int maxOggBosPages = 32;
constexpr int maxId3Tags = 4;
constexpr qint64 maxId3Padding = 4096;

// How much of the file a check sees: a first upload chunk (judged leniently: only what is
// plainly refused fails), the first bytes of a longer file, or the whole file.
enum class Scope { Start, Head, Whole };

// A signature as written, NUL bytes included (a QByteArrayView from a literal stops at a NUL).
template <qsizetype N> constexpr QByteArrayView sig(const char (&s)[N])
{
    return QByteArrayView(s, N - 1);
}

// Reads out of range give 0 instead of reading past the end: a damaged file cannot make a check
// read outside its buffer, and the checks below test the length they need before trusting one.
uchar u8(QByteArrayView b, qsizetype at)
{
    return at >= 0 && at < b.size() ? uchar(b[at]) : 0;
}
quint16 le16(QByteArrayView b, qsizetype at)
{
    return at >= 0 && at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.data() + at) : 0;
}
quint32 le32(QByteArrayView b, qsizetype at)
{
    return at >= 0 && at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.data() + at) : 0;
}
quint64 le64(QByteArrayView b, qsizetype at)
{
    return at >= 0 && at + 8 <= b.size() ? qFromLittleEndian<quint64>(b.data() + at) : 0;
}
quint16 be16(QByteArrayView b, qsizetype at)
{
    return at >= 0 && at + 2 <= b.size() ? qFromBigEndian<quint16>(b.data() + at) : 0;
}
quint32 be32(QByteArrayView b, qsizetype at)
{
    return at >= 0 && at + 4 <= b.size() ? qFromBigEndian<quint32>(b.data() + at) : 0;
}
bool has(QByteArrayView b, qsizetype at, QByteArrayView what)
{
    return at >= 0 && at + what.size() <= b.size() && b.sliced(at, what.size()) == what;
}

Type image(const QString &subtype, const QString &extension)
{
    return {u"image/"_s + subtype, Category::Image, extension};
}
Type audio(const QString &subtype, const QString &extension)
{
    return {u"audio/"_s + subtype, Category::Audio, extension};
}
Type video(const QString &subtype, const QString &extension)
{
    return {u"video/"_s + subtype, Category::Video, extension};
}

// Random access to the device under inspection, never past its end nor more than asked.
class Source
{
public:
    Source(QIODevice &device, qint64 size)
        : m_device(device)
        , m_size(size)
    {}
    qint64 size() const { return m_size; }
    QByteArray read(qint64 pos, qint64 length) const
    {
        if (pos < 0 || length <= 0 || pos >= m_size || !m_device.seek(pos))
            return {};
        return m_device.read(std::min(length, m_size - pos));
    }

private:
    QIODevice &m_device;
    qint64 m_size;
};

// ---- Refused outright ----------------------------------------------------------------------

// Programs, scripts and markup: a browser or a shell acts on them, and the last two are also
// valid text, so they must be ruled out before the text check.
bool denied(QByteArrayView head)
{
    static const std::array executables{sig("\177ELF"),
                                        sig("MZ"),
                                        sig("#!"),
                                        sig("\xFE\xED\xFA\xCE"),
                                        sig("\xFE\xED\xFA\xCF"),
                                        sig("\xCE\xFA\xED\xFE"),
                                        sig("\xCF\xFA\xED\xFE"),
                                        sig("\xCA\xFE\xBA\xBE")};
    for (const QByteArrayView magic : executables)
        if (head.startsWith(magic))
            return true;
    qsizetype i = head.startsWith(sig("\xEF\xBB\xBF")) ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' ||
                               head[i] == '\n' || head[i] == '\f'))
        ++i;
    return i < head.size() && head[i] == '<';
}

// ---- Images ---------------------------------------------------------------------------------

std::optional<Type> png(QByteArrayView b)
{
    // The IHDR chunk must follow the signature: a signature alone is not a picture.
    if (b.size() < 29 || be32(b, 8) != 13 || !has(b, 12, "IHDR"))
        return std::nullopt;
    const quint32 width = be32(b, 16), height = be32(b, 20);
    const uchar depth = u8(b, 24), colour = u8(b, 25);
    const bool depthOk = depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    const bool colourOk = colour == 0 || colour == 2 || colour == 3 || colour == 4 || colour == 6;
    if (width == 0 || height == 0 || width > 0x7FFFFFFF || height > 0x7FFFFFFF || !depthOk ||
        !colourOk)
        return std::nullopt;
    return image(u"png"_s, u"png"_s);
}

std::optional<Type> jpeg(QByteArrayView b)
{
    // After SOI comes a marker segment with a length (APPn, DQT, SOFn…); RSTn, SOI and EOI
    // have none and cannot come first.
    const uchar marker = u8(b, 3);
    if (b.size() < 6 || marker < 0xC0 || marker == 0xFF || (marker >= 0xD0 && marker <= 0xD9) ||
        be16(b, 4) < 2)
        return std::nullopt;
    return image(u"jpeg"_s, u"jpg"_s);
}

std::optional<Type> gif(QByteArrayView b)
{
    if (b.size() < 13) // the logical screen descriptor
        return std::nullopt;
    return image(u"gif"_s, u"gif"_s);
}

// ---- RIFF: WebP, WAV, AVI -------------------------------------------------------------------

bool isFourCc(QByteArrayView b, qsizetype at)
{
    if (at < 0 || at + 4 > b.size())
        return false;
    for (qsizetype i = at; i < at + 4; ++i)
        if (u8(b, i) < 0x20 || u8(b, i) > 0x7E)
            return false;
    return true;
}

std::optional<Type> riff(QByteArrayView b)
{
    // The first chunk's header must be there, not only the form type.
    if (b.size() < 20 || !isFourCc(b, 12))
        return std::nullopt;
    if (has(b, 8, "WEBP")) {
        if (has(b, 12, "VP8 ") || has(b, 12, "VP8L") || has(b, 12, "VP8X"))
            return image(u"webp"_s, u"webp"_s);
        return std::nullopt;
    }
    if (has(b, 8, "WAVE"))
        return audio(u"wav"_s, u"wav"_s);
    if (has(b, 8, "AVI ") && has(b, 12, "LIST"))
        return video(u"x-msvideo"_s, u"avi"_s);
    return std::nullopt;
}

// ---- Audio streams --------------------------------------------------------------------------

struct Frame
{
    int length = 0;
    uchar kind = 0; // the header bits that the frames of one stream share
};

// An MPEG-1/2/2.5 audio frame header (layers I–III).
std::optional<Frame> mpegFrame(QByteArrayView b, qsizetype at)
{
    if (at < 0 || at + 4 > b.size())
        return std::nullopt;
    const uchar b1 = u8(b, at + 1), b2 = u8(b, at + 2), b3 = u8(b, at + 3);
    if (u8(b, at) != 0xFF || (b1 & 0xE0) != 0xE0)
        return std::nullopt;
    const int version = (b1 >> 3) & 3; // 0: MPEG 2.5, 1: reserved, 2: MPEG 2, 3: MPEG 1
    const int layer = (b1 >> 1) & 3;   // 1: III, 2: II, 3: I, 0: reserved
    const int bitrateIndex = b2 >> 4;  // 0 is "free format": no length to check a frame by
    const int rateIndex = (b2 >> 2) & 3;
    if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3 ||
        (b3 & 3) == 2)
        return std::nullopt;
    static constexpr int kbps[5][14] = {
        {32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG 1, I
        {32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // MPEG 1, II
        {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // MPEG 1, III
        {32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // MPEG 2, I
        {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},         // MPEG 2, II/III
    };
    static constexpr int rates[3][3] = {
        {11025, 12000, 8000}, {22050, 24000, 16000}, {44100, 48000, 32000}};
    const bool mpeg1 = version == 3;
    const int table = mpeg1 ? 3 - layer : (layer == 3 ? 3 : 4);
    const int bitrate = kbps[table][bitrateIndex - 1] * 1000;
    const int rate = rates[version == 0 ? 0 : version - 1][rateIndex];
    const int padding = (b2 >> 1) & 1;
    int length = 0;
    if (layer == 3)
        length = (12 * bitrate / rate + padding) * 4;
    else if (layer == 2 || mpeg1)
        length = 144 * bitrate / rate + padding;
    else
        length = 72 * bitrate / rate + padding;
    return Frame{length, uchar((b1 & 0x1E) | (rateIndex << 6))};
}

// An ADTS (raw AAC) frame header.
std::optional<Frame> adtsFrame(QByteArrayView b, qsizetype at)
{
    if (at < 0 || at + 7 > b.size())
        return std::nullopt;
    const uchar b1 = u8(b, at + 1), b2 = u8(b, at + 2);
    if (u8(b, at) != 0xFF || (b1 & 0xF6) != 0xF0 || ((b2 >> 2) & 0xF) > 12)
        return std::nullopt;
    const int length = ((u8(b, at + 3) & 3) << 11) | (u8(b, at + 4) << 3) | (u8(b, at + 5) >> 5);
    const int header = (b1 & 1) ? 7 : 9; // without or with a CRC
    if (length < header)
        return std::nullopt;
    return Frame{length, uchar((b1 & 0x08) | (b2 & 0xFC))};
}

// Eleven sync bits are a weak signature: a second frame must follow where the first one
// says it ends (or the file ends exactly there). `whole`: b is the entire file.
std::optional<Frame> frameStream(QByteArrayView b, bool whole,
                                 std::optional<Frame> (*frame)(QByteArrayView, qsizetype))
{
    const auto first = frame(b, 0);
    if (!first)
        return std::nullopt;
    const qsizetype next = first->length;
    if (whole && next == b.size())
        return first;
    if (next + 7 > b.size()) // 7: the longer of the two headers
        return whole ? std::nullopt : first;
    const auto second = frame(b, next);
    if (!second || second->kind != first->kind)
        return std::nullopt;
    return first;
}

std::optional<Type> flac(QByteArrayView b)
{
    // STREAMINFO comes first, 34 bytes long.
    if (!b.startsWith("fLaC") || b.size() < 42 || (u8(b, 4) & 0x7F) != 0 || u8(b, 5) != 0 ||
        be16(b, 6) != 34)
        return std::nullopt;
    return audio(u"flac"_s, u"flac"_s);
}

// What follows an ID3v2 tag: the audio stream it labels.
std::optional<Type> taggedStream(QByteArrayView b, bool whole)
{
    if (b.startsWith("fLaC"))
        return flac(b);
    if (frameStream(b, whole, mpegFrame))
        return audio(u"mpeg"_s, u"mp3"_s);
    if (frameStream(b, whole, adtsFrame))
        return audio(u"aac"_s, u"aac"_s);
    return std::nullopt;
}

// The length of an ID3v2 tag, header and footer included; nullopt if b does not start with one.
std::optional<qint64> id3Length(QByteArrayView b)
{
    if (b.size() < 10 || !b.startsWith("ID3") || u8(b, 3) < 2 || u8(b, 3) > 4 || u8(b, 4) == 0xFF)
        return std::nullopt;
    qint64 size = 0;
    for (int i = 6; i < 10; ++i) {
        if (u8(b, i) & 0x80) // sizes are "syncsafe": 7 bits a byte
            return std::nullopt;
        size = (size << 7) | u8(b, i);
    }
    const bool footer = u8(b, 3) == 4 && (u8(b, 5) & 0x10);
    return 10 + size + (footer ? 10 : 0);
}

std::optional<Type> afterId3(const Source &source)
{
    qint64 pos = 0;
    for (int tags = 0; tags < maxId3Tags; ++tags) {
        const QByteArray data = source.read(pos, 2 * maxId3Padding + headSize / 8);
        const auto tag = id3Length(data);
        if (!tag) {
            // Some taggers leave zero padding after the declared size.
            qsizetype skip = 0;
            while (skip < data.size() && skip < maxId3Padding && data[skip] == 0)
                ++skip;
            const bool whole = pos + data.size() == source.size();
            return taggedStream(QByteArrayView(data).sliced(skip), whole);
        }
        pos += *tag;
    }
    return std::nullopt;
}

// ---- Ogg ------------------------------------------------------------------------------------

std::optional<Type> ogg(QByteArrayView b, Scope scope)
{
    // A stream's first page ("beginning of stream") carries its codec's identification; all of
    // them come before any other page, so the codecs of a file are read from its first pages.
    bool theora = false, vorbis = false, opus = false, flacCodec = false, cut = false;
    qsizetype page = 0;
    for (int n = 0; n < maxOggBosPages; ++n) {
        if (page + 27 > b.size()) {
            cut = true;
            break;
        }
        if (!has(b, page, "OggS") || u8(b, page + 4) != 0)
            break;
        const bool bos = u8(b, page + 5) & 0x02;
        if (!bos) {
            if (n == 0)
                return std::nullopt;
            break;
        }
        const int segments = u8(b, page + 26);
        if (page + 27 + segments > b.size()) {
            cut = true;
            break;
        }
        qsizetype packet = 0, body = 0;
        bool packetEnded = false;
        for (int s = 0; s < segments; ++s) {
            const int lacing = u8(b, page + 27 + s);
            body += lacing;
            if (!packetEnded)
                packet += lacing;
            packetEnded = packetEnded || lacing < 255;
        }
        const qsizetype data = page + 27 + segments;
        if (data + packet > b.size()) {
            cut = true;
            break;
        }
        const QByteArrayView first = b.sliced(data, packet);
        if (first.startsWith("\x80theora"))
            theora = true;
        else if (first.startsWith("\x01vorbis"))
            vorbis = true;
        else if (first.startsWith("OpusHead"))
            opus = true;
        else if (first.startsWith("\177FLAC"))
            flacCodec = true;
        else if (!first.startsWith(sig("fishead\0"))) // Skeleton: an index, not a codec
            return std::nullopt;                      // a codec this list does not allow
        page = data + body;
    }
    if (cut && scope == Scope::Whole) // the file ends inside its stream headers
        return std::nullopt;
    if (theora)
        return video(u"ogg"_s, u"ogv"_s);
    if (vorbis)
        return audio(u"ogg"_s, u"ogg"_s);
    if (opus)
        return audio(u"ogg"_s, u"opus"_s);
    if (flacCodec)
        return audio(u"ogg"_s, u"oga"_s);
    // A first chunk that ends before the first codec's page (after a long Skeleton page).
    if (scope == Scope::Start && cut)
        return audio(u"ogg"_s, u"ogg"_s);
    return std::nullopt;
}

// ---- ISO base media (MP4, M4A, QuickTime) ---------------------------------------------------

std::optional<Type> isoMedia(QByteArrayView b)
{
    const quint32 size = be32(b, 0);
    if (size < 16 || size > 4096 || size > b.size())
        return std::nullopt;
    const QByteArrayView major = b.sliced(8, 4);
    static const std::array audioBrands{sig("M4A "), sig("M4B ")};
    static const std::array videoBrands{sig("isom"), sig("iso2"), sig("iso3"), sig("iso4"),
                                        sig("iso5"), sig("iso6"), sig("mp41"), sig("mp42"),
                                        sig("avc1"), sig("dash"), sig("M4V "), sig("M4VH"),
                                        sig("M4VP"), sig("mmp4"), sig("MSNV"), sig("XAVC")};
    // HEIF/AVIF pictures and camera raw files share the box format; they are not videos even
    // when they also list a video brand.
    static const std::array stillBrands{sig("heic"), sig("heix"), sig("hevc"), sig("hevx"),
                                        sig("heim"), sig("heis"), sig("mif1"), sig("msf1"),
                                        sig("avif"), sig("avis"), sig("crx ")};
    const auto in = [](QByteArrayView brand, const auto &list) {
        return std::find(list.cbegin(), list.cend(), brand) != list.cend();
    };
    if (in(major, audioBrands))
        return audio(u"mp4"_s, u"m4a"_s);
    if (major == sig("qt  "))
        return video(u"quicktime"_s, u"mov"_s);
    if (in(major, stillBrands))
        return std::nullopt;
    if (in(major, videoBrands))
        return video(u"mp4"_s, u"mp4"_s);
    // A maker's own major brand: a video if it declares itself compatible with MP4.
    bool compatible = false;
    for (qsizetype at = 16; at + 4 <= qsizetype(size); at += 4) {
        const QByteArrayView brand = b.sliced(at, 4);
        if (in(brand, stillBrands))
            return std::nullopt;
        compatible = compatible || brand == sig("isom") || brand == sig("iso2") ||
                     brand == sig("mp41") || brand == sig("mp42") || brand == sig("avc1");
    }
    if (compatible)
        return video(u"mp4"_s, u"mp4"_s);
    return std::nullopt;
}

// ---- Matroska / WebM ------------------------------------------------------------------------

// An EBML variable-length integer; `keepMarker` for element IDs, which are written with it.
std::optional<quint64> ebmlVint(QByteArrayView b, qsizetype &at, bool keepMarker, int maxLength)
{
    const uchar first = u8(b, at);
    if (at >= b.size() || first == 0)
        return std::nullopt;
    int length = 1;
    while (!(first & (0x80 >> (length - 1))))
        ++length;
    if (length > maxLength || at + length > b.size())
        return std::nullopt;
    quint64 value = keepMarker ? first : first & (0xFF >> length);
    bool allOnes = value == quint64(0xFF >> length);
    for (int i = 1; i < length; ++i) {
        value = (value << 8) | u8(b, at + i);
        allOnes = allOnes && u8(b, at + i) == 0xFF;
    }
    at += length;
    if (!keepMarker && allOnes) // "unknown size": not allowed in the EBML header
        return std::nullopt;
    return value;
}

std::optional<Type> matroska(QByteArrayView b)
{
    qsizetype at = 4;
    const auto headerSize = ebmlVint(b, at, false, 8);
    if (!headerSize || *headerSize > 1024 || at + qsizetype(*headerSize) > b.size())
        return std::nullopt;
    const qsizetype end = at + qsizetype(*headerSize);
    const QByteArrayView header = b.first(end);
    for (int n = 0; n < 64 && at < end; ++n) {
        const auto id = ebmlVint(header, at, true, 4);
        const auto size = id ? ebmlVint(header, at, false, 8) : std::nullopt;
        if (!size || *size > quint64(end - at))
            return std::nullopt;
        if (*id == 0x4282) { // DocType
            QByteArrayView docType = header.sliced(at, qsizetype(*size));
            while (docType.endsWith('\0'))
                docType.chop(1);
            if (docType == "webm")
                return video(u"webm"_s, u"webm"_s);
            if (docType == "matroska")
                return video(u"x-matroska"_s, u"mkv"_s);
            return std::nullopt;
        }
        at += qsizetype(*size);
    }
    return std::nullopt;
}

// ---- MPEG program stream --------------------------------------------------------------------

std::optional<Type> mpegProgram(QByteArrayView b)
{
    const uchar b4 = u8(b, 4);
    const bool mpeg2 = (b4 & 0xC4) == 0x44 && b.size() >= 14;
    const bool mpeg1 = (b4 & 0xF1) == 0x21 && b.size() >= 12;
    if (!mpeg1 && !mpeg2)
        return std::nullopt;
    return video(u"mpeg"_s, u"mpg"_s);
}

// ---- PDF and text ---------------------------------------------------------------------------

bool pdfHeaderAt(QByteArrayView b, qsizetype at)
{
    const uchar version = u8(b, at + 5);
    return has(b, at, "%PDF-") && version >= '1' && version <= '9';
}

std::optional<Type> pdf(QByteArrayView b)
{
    // Readers accept junk before the header within the first 1024 bytes; it must start a line
    // there, so that a text merely quoting a header stays a text.
    const QByteArrayView start = b.first(std::min<qsizetype>(b.size(), 1024));
    for (qsizetype at = start.indexOf("%PDF-"); at >= 0; at = start.indexOf("%PDF-", at + 1))
        if ((at == 0 || start[at - 1] == '\n' || start[at - 1] == '\r') && pdfHeaderAt(b, at))
            return Type{u"application/pdf"_s, Category::Pdf, u"pdf"_s};
    return std::nullopt;
}

// Valid UTF-8 without NUL, nearly all printable, and no HTML within its first lines (a browser
// sniffing a text could run it). Only a whole file can have a character cut at its end; how
// printable a text is, a first chunk cannot tell (the rest of the file may make up for it).
bool text(QByteArrayView b, Scope scope)
{
    if (b.startsWith("\xEF\xBB\xBF"))
        b = b.sliced(3);
    const QByteArray start = b.first(std::min<qsizetype>(b.size(), 1024)).toByteArray().toLower();
    static const std::array markup{sig("<!doctype"), sig("<html"),   sig("<head"), sig("<body"),
                                   sig("<script"),   sig("<iframe"), sig("<svg"),  sig("<?xml"),
                                   sig("<object"),   sig("<embed")};
    for (const QByteArrayView tag : markup)
        if (start.contains(tag))
            return false;
    qint64 characters = 0, controls = 0, visible = 0;
    for (qsizetype i = 0; i < b.size();) {
        const uchar c = u8(b, i);
        if (c < 0x80) {
            if (c == 0)
                return false;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
                ++controls;
            else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                ++visible;
            ++characters;
            ++i;
            continue;
        }
        const int length = c >= 0xC2 && c <= 0xDF   ? 2
                           : c >= 0xE0 && c <= 0xEF ? 3
                           : c >= 0xF0 && c <= 0xF4 ? 4
                                                    : 0;
        if (length == 0)
            return false;
        if (i + length > b.size()) {
            if (scope == Scope::Whole)
                return false;
            break;
        }
        const uchar c1 = u8(b, i + 1);
        // The bounds of the second byte rule out overlong forms, surrogates and > U+10FFFF.
        const uchar low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        const uchar high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (c1 < low || c1 > high)
            return false;
        for (int k = 2; k < length; ++k)
            if ((u8(b, i + k) & 0xC0) != 0x80)
                return false;
        if (c == 0xC2 && c1 < 0xA0) // C1 controls
            ++controls;
        else
            ++visible;
        ++characters;
        i += length;
    }
    if (scope == Scope::Start)
        return characters > 0;
    return visible > 0 && controls * 100 <= characters;
}

// A file no longer than a signature that it begins (as "ID3" is of a tag) would pass for text:
// it is a cut file.
bool cutSignature(QByteArrayView b)
{
    static const std::array signatures{
        sig("{\\rtf"), sig("%PDF-1"), sig("%PDF-2"), sig("GIF87a"), sig("GIF89a"),
        sig("OggS"),   sig("fLaC"),   sig("RIFF"),   sig("ID3"),    sig("PK\x03\x04")};
    for (const QByteArrayView s : signatures)
        if (b.size() <= s.size() && s.startsWith(b))
            return true;
    return false;
}

// ---- Zip: OOXML and ODF ---------------------------------------------------------------------

std::optional<Type> zipContainer(const Source &source)
{
    const qint64 tailLength = std::min(source.size(), zipTailSize);
    const qint64 tailPos = source.size() - tailLength;
    const QByteArray tail = source.read(tailPos, tailLength);
    if (tail.size() != tailLength)
        return std::nullopt;
    // The End Of Central Directory record: the last one whose comment reaches the end.
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (le32(tail, i) == 0x06054b50 && i + 22 + le16(tail, i + 20) == tail.size()) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return std::nullopt;
    const qint64 eocdPos = tailPos + eocd;
    quint64 entries = le16(tail, eocd + 10);
    quint64 cdSize = le32(tail, eocd + 12);
    quint64 cdOffset = le32(tail, eocd + 16);
    quint64 cdEnd = quint64(eocdPos);
    if (entries == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        // Zip64: the locator just before the EOCD points to the larger record.
        const QByteArray locator = source.read(eocdPos - 20, 20);
        if (eocdPos < 20 || locator.size() != 20 || le32(locator, 0) != 0x07064b50)
            return std::nullopt;
        const quint64 recordPos = le64(locator, 8);
        if (eocdPos < 20 + 56 || recordPos > quint64(eocdPos - 20 - 56))
            return std::nullopt;
        const QByteArray record = source.read(qint64(recordPos), 56);
        if (record.size() != 56 || le32(record, 0) != 0x06064b50)
            return std::nullopt;
        entries = le64(record, 32);
        cdSize = le64(record, 40);
        cdOffset = le64(record, 48);
        cdEnd = recordPos;
    } else if (le16(tail, eocd + 4) != 0 || le16(tail, eocd + 6) != 0) {
        return std::nullopt; // a multi-volume archive
    }
    // Data before the archive (a self-extractor, a polyglot) shifts these; such files are not
    // documents.
    if (entries == 0 || cdOffset > cdEnd || cdSize != cdEnd - cdOffset)
        return std::nullopt;
    const QByteArray cd =
        source.read(qint64(cdOffset), qint64(std::min<quint64>(cdSize, maxCentralDirectory)));

    bool contentTypes = false, word = false, sheet = false, slides = false, macros = false;
    QByteArray firstName;
    quint16 firstMethod = 0;
    quint32 firstCompressed = 0, firstSize = 0, firstOffset = 0xFFFFFFFF;
    qsizetype pos = 0;
    for (quint64 n = 0; n < std::min(entries, maxZipEntries); ++n) {
        if (pos + 46 > cd.size() || le32(cd, pos) != 0x02014b50)
            break;
        const quint16 nameLength = le16(cd, pos + 28);
        if (pos + 46 + nameLength > cd.size())
            break;
        const QByteArrayView name = QByteArrayView(cd).sliced(pos + 46, nameLength);
        if (n == 0) {
            firstName = name.toByteArray();
            firstMethod = le16(cd, pos + 10);
            firstCompressed = le32(cd, pos + 20);
            firstSize = le32(cd, pos + 24);
            firstOffset = le32(cd, pos + 42);
        }
        contentTypes = contentTypes || name == "[Content_Types].xml";
        word = word || name.startsWith("word/");
        sheet = sheet || name.startsWith("xl/");
        slides = slides || name.startsWith("ppt/");
        // Macro-enabled Office files (docm, xlsm, pptm) run code when opened.
        macros = macros || name.toByteArray().toLower().endsWith("vbaproject.bin");
        pos += 46 + nameLength + le16(cd, pos + 30) + le16(cd, pos + 32);
    }

    // ODF: a first entry "mimetype", stored, whose content is the document's type.
    if (firstName == "mimetype" && firstMethod == 0 && firstCompressed == firstSize &&
        firstSize > 0 && firstSize <= 128) {
        const QByteArray local = source.read(firstOffset, 30 + 8);
        if (local.size() == 38 && le32(local, 0) == 0x04034b50 && le16(local, 8) == 0 &&
            has(local, 30, "mimetype")) {
            const qint64 data = qint64(firstOffset) + 30 + le16(local, 26) + le16(local, 28);
            const QByteArray mime = source.read(data, firstSize);
            if (mime == "application/vnd.oasis.opendocument.text")
                return Type{QString::fromLatin1(mime), Category::Document, u"odt"_s};
            if (mime == "application/vnd.oasis.opendocument.spreadsheet")
                return Type{QString::fromLatin1(mime), Category::Spreadsheet, u"ods"_s};
            if (mime == "application/vnd.oasis.opendocument.presentation")
                return Type{QString::fromLatin1(mime), Category::Presentation, u"odp"_s};
        }
        return std::nullopt; // drawings, formulas, templates…
    }

    if (!contentTypes || macros || int(word) + int(sheet) + int(slides) != 1)
        return std::nullopt;
    const QString ooxml = u"application/vnd.openxmlformats-officedocument."_s;
    if (word)
        return Type{ooxml + u"wordprocessingml.document"_s, Category::Document, u"docx"_s};
    if (sheet)
        return Type{ooxml + u"spreadsheetml.sheet"_s, Category::Spreadsheet, u"xlsx"_s};
    return Type{ooxml + u"presentationml.presentation"_s, Category::Presentation, u"pptx"_s};
}

// ---- OLE compound file: doc, xls, ppt -------------------------------------------------------

std::optional<Type> oleContainer(const Source &source)
{
    const QByteArray header = source.read(0, 512);
    if (header.size() != 512 || le16(header, 28) != 0xFFFE)
        return std::nullopt;
    const quint16 major = le16(header, 26), shift = le16(header, 30);
    if (!((major == 3 && shift == 9) || (major == 4 && shift == 12)))
        return std::nullopt;
    const qint64 sectorSize = qint64(1) << shift;
    const quint32 perSector = quint32(sectorSize / 4);
    const quint32 fatSectors = le32(header, 44);
    const quint32 firstDifat = le32(header, 68);
    const quint32 difatSectors = le32(header, 72);
    constexpr quint32 endOfChain = 0xFFFFFFFE, noStream = 0xFFFFFFFF;

    // Sector n starts after the header, which takes one sector.
    const auto offset = [&](quint32 sector) -> std::optional<qint64> {
        const qint64 at = (qint64(sector) + 1) * sectorSize;
        if (sector >= 0xFFFFFFFA || at + sectorSize > source.size())
            return std::nullopt;
        return at;
    };
    // Where the i-th FAT sector is: 109 in the header, the rest in the DIFAT chain.
    const auto fatSector = [&](quint32 i) -> std::optional<quint32> {
        if (i >= fatSectors)
            return std::nullopt;
        if (i < 109)
            return le32(header, 76 + 4 * qsizetype(i));
        const quint32 hops = (i - 109) / (perSector - 1);
        if (hops >= difatSectors)
            return std::nullopt;
        quint32 difat = firstDifat;
        for (quint32 h = 0;; ++h) {
            const auto at = offset(difat);
            if (!at)
                return std::nullopt;
            const quint32 slot = h == hops ? (i - 109) % (perSector - 1) : perSector - 1;
            const QByteArray entry = source.read(*at + 4 * qint64(slot), 4);
            if (entry.size() != 4)
                return std::nullopt;
            if (h == hops)
                return le32(entry, 0);
            difat = le32(entry, 0);
        }
    };
    const auto next = [&](quint32 sector) -> std::optional<quint32> {
        const auto fat = fatSector(sector / perSector);
        const auto at = fat ? offset(*fat) : std::nullopt;
        if (!at)
            return std::nullopt;
        const QByteArray entry = source.read(*at + 4 * qint64(sector % perSector), 4);
        if (entry.size() != 4)
            return std::nullopt;
        return le32(entry, 0);
    };

    // The directory is a chain of sectors; a chain that loops is stopped by the size cap.
    QByteArray directory;
    for (quint32 sector = le32(header, 48); sector != endOfChain;) {
        const auto at = offset(sector);
        if (!at || directory.size() + sectorSize > maxOleDirectory)
            return std::nullopt;
        const QByteArray data = source.read(*at, sectorSize);
        if (data.size() != sectorSize)
            return std::nullopt;
        directory += data;
        const auto following = next(sector);
        if (!following)
            return std::nullopt;
        sector = *following;
    }

    // The root storage's children form a tree through their left and right siblings; what is
    // deeper (embedded objects) does not say what the file is.
    const qsizetype count = directory.size() / 128;
    if (count == 0 || u8(directory, 66) != 5)
        return std::nullopt;
    std::vector<bool> seen(size_t(count), false);
    std::vector<quint32> pending{le32(directory, 76)};
    bool word = false, excel = false, powerPoint = false;
    while (!pending.empty()) {
        const quint32 id = pending.back();
        pending.pop_back();
        if (id == noStream || id >= quint64(count) || seen[id])
            continue;
        seen[id] = true;
        const qsizetype entry = qsizetype(id) * 128;
        pending.push_back(le32(directory, entry + 68));
        pending.push_back(le32(directory, entry + 72));
        const quint16 nameBytes = le16(directory, entry + 64);
        if (u8(directory, entry + 66) != 2 || nameBytes < 2 || nameBytes > 64 || nameBytes % 2)
            continue;
        QString name;
        for (qsizetype k = 0; k + 2 < nameBytes; k += 2)
            name += QChar(le16(directory, entry + k));
        const auto is = [&name](QStringView s) {
            return name.compare(s, Qt::CaseInsensitive) == 0;
        };
        word = word || is(u"WordDocument");
        excel = excel || is(u"Workbook") || is(u"Book");
        powerPoint = powerPoint || is(u"PowerPoint Document");
    }
    if (int(word) + int(excel) + int(powerPoint) != 1)
        return std::nullopt; // installers, mail, encrypted OOXML, Visio…
    if (word)
        return Type{u"application/msword"_s, Category::Document, u"doc"_s};
    if (excel)
        return Type{u"application/vnd.ms-excel"_s, Category::Spreadsheet, u"xls"_s};
    return Type{u"application/vnd.ms-powerpoint"_s, Category::Presentation, u"ppt"_s};
}

// ---- Dispatch -------------------------------------------------------------------------------

bool zipStart(QByteArrayView b)
{
    return b.startsWith(sig("PK\x03\x04"));
}
bool oleStart(QByteArrayView b)
{
    return b.startsWith(sig("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

// Formats told from their first bytes. A file that starts with a format's signature is of that
// format or of none: it never falls through to a weaker guess such as text.
std::optional<Type> fromStart(QByteArrayView b, Scope scope)
{
    const bool whole = scope == Scope::Whole;
    if (b.startsWith("\x89PNG\r\n\x1A\n"))
        return png(b);
    if (b.startsWith("\xFF\xD8\xFF"))
        return jpeg(b);
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return gif(b);
    if (b.startsWith("RIFF"))
        return riff(b);
    if (b.startsWith("{\\rtf"))
        return Type{u"application/rtf"_s, Category::Document, u"rtf"_s};
    if (b.startsWith("%PDF-"))
        return pdf(b);
    if (b.startsWith("fLaC"))
        return flac(b);
    if (b.startsWith("OggS"))
        return ogg(b, scope);
    if (has(b, 4, "ftyp"))
        return isoMedia(b);
    if (b.startsWith("\x1A\x45\xDF\xA3"))
        return matroska(b);
    if (b.startsWith(sig("\x00\x00\x01\xBA")))
        return mpegProgram(b);
    if (u8(b, 0) == 0xFF && (u8(b, 1) & 0xE0) == 0xE0) {
        if (frameStream(b, whole, mpegFrame))
            return audio(u"mpeg"_s, u"mp3"_s);
        if (frameStream(b, whole, adtsFrame))
            return audio(u"aac"_s, u"aac"_s);
        return std::nullopt;
    }
    if (const auto type = pdf(b))
        return type;
    if ((!whole || !cutSignature(b)) && text(b, scope))
        return Type{u"text/plain"_s, Category::Document, u"txt"_s};
    return std::nullopt;
}

} // namespace

std::optional<Type> detect(QIODevice &device)
{
    if (!device.isOpen() || !device.isReadable() || device.isSequential())
        return std::nullopt;
    const qint64 position = device.pos();
    const Source source(device, device.size());
    const QByteArray head = source.read(0, headSize);
    std::optional<Type> type;
    if (head.size() == std::min(source.size(), headSize) && !denied(head)) {
        if (zipStart(head))
            type = zipContainer(source);
        else if (oleStart(head))
            type = oleContainer(source);
        else if (id3Length(head))
            type = afterId3(source);
        else
            type = fromStart(head, head.size() == source.size() ? Scope::Whole : Scope::Head);
    }
    device.seek(position);
    return type;
}

std::optional<Type> detect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return detect(file);
}

bool plausibleStart(const QByteArray &head)
{
    if (denied(head))
        return false;
    if (zipStart(head) || oleStart(head) || id3Length(head))
        return true;
    return fromStart(head, Scope::Start).has_value();
}

qint64 maxBytes(Category category)
{
    return category == Category::Image ? 10 * 1000 * 1000 : 100 * 1000 * 1000;
}

QString categoryName(Category category)
{
    switch (category) {
    case Category::Image:
        return QCoreApplication::translate("etw::MaterialType", "Image");
    case Category::Document:
        return QCoreApplication::translate("etw::MaterialType", "Document");
    case Category::Presentation:
        return QCoreApplication::translate("etw::MaterialType", "Presentation");
    case Category::Spreadsheet:
        return QCoreApplication::translate("etw::MaterialType", "Spreadsheet");
    case Category::Pdf:
        return QCoreApplication::translate("etw::MaterialType", "PDF");
    case Category::Audio:
        return QCoreApplication::translate("etw::MaterialType", "Audio");
    case Category::Video:
        return QCoreApplication::translate("etw::MaterialType", "Video");
    }
    return {};
}

namespace {
constexpr std::array<std::pair<Category, QStringView>, 7> codes{{
    {Category::Image, u"image"},
    {Category::Document, u"document"},
    {Category::Presentation, u"presentation"},
    {Category::Spreadsheet, u"spreadsheet"},
    {Category::Pdf, u"pdf"},
    {Category::Audio, u"audio"},
    {Category::Video, u"video"},
}};
} // namespace

QString categoryCode(Category category)
{
    for (const auto &[c, code] : codes)
        if (c == category)
            return code.toString();
    return {};
}

std::optional<Category> categoryFromCode(const QString &code)
{
    for (const auto &[c, text] : codes)
        if (text == code)
            return c;
    return std::nullopt;
}

QString check(const std::optional<Type> &type, qint64 size)
{
    if (!type)
        return u"type_not_allowed"_s;
    if (size > maxBytes(type->category))
        return u"too_large"_s;
    return {};
}

QString refusal(const QString &fileName, const std::optional<Type> &type, qint64 size)
{
    const QString code = check(type, size);
    if (code.isEmpty())
        return {};
    const QLocale locale;
    if (code == u"type_not_allowed")
        return QCoreApplication::translate(
                   "etw::MaterialType",
                   "“%1” cannot be shared as a material: its content is not of a type that is "
                   "allowed. Allowed are images up to %2 MB (PNG, JPEG, GIF, WebP) and, up to "
                   "%3 MB, PDF files, documents (Word, OpenDocument text, RTF, UTF-8 text), "
                   "presentations (PowerPoint, OpenDocument), spreadsheets (Excel, "
                   "OpenDocument), sound (MP3, AAC, M4A, Ogg, Opus, FLAC, WAV) and videos (MP4, "
                   "QuickTime, WebM, Matroska, AVI, MPEG, Ogg).")
            .arg(fileName, locale.toString(maxBytes(Category::Image) / 1000000),
                 locale.toString(maxBytes(Category::Video) / 1000000));
    // Rounded up, so that a file over the limit never shows as the limit itself.
    const QString actual = locale.toString(std::ceil(double(size) / 100000.0) / 10.0, 'f', 1);
    const QString limit = locale.toString(maxBytes(type->category) / 1000000);
    const char *sentence = nullptr;
    switch (type->category) {
    case Category::Image:
        sentence = QT_TRANSLATE_NOOP("etw::MaterialType",
                                     "“%1” is too large (%2 MB): an image may be at most %3 MB.");
        break;
    case Category::Document:
        sentence = QT_TRANSLATE_NOOP("etw::MaterialType",
                                     "“%1” is too large (%2 MB): a document may be at most %3 MB.");
        break;
    case Category::Presentation:
        sentence = QT_TRANSLATE_NOOP(
            "etw::MaterialType", "“%1” is too large (%2 MB): a presentation may be at most %3 MB.");
        break;
    case Category::Spreadsheet:
        sentence = QT_TRANSLATE_NOOP(
            "etw::MaterialType", "“%1” is too large (%2 MB): a spreadsheet may be at most %3 MB.");
        break;
    case Category::Pdf:
        sentence = QT_TRANSLATE_NOOP("etw::MaterialType",
                                     "“%1” is too large (%2 MB): a PDF file may be at most %3 MB.");
        break;
    case Category::Audio:
        sentence = QT_TRANSLATE_NOOP(
            "etw::MaterialType", "“%1” is too large (%2 MB): a sound file may be at most %3 MB.");
        break;
    case Category::Video:
        sentence = QT_TRANSLATE_NOOP("etw::MaterialType",
                                     "“%1” is too large (%2 MB): a video may be at most %3 MB.");
        break;
    }
    return QCoreApplication::translate("etw::MaterialType", sentence).arg(fileName, actual, limit);
}

} // namespace etw::material_type
