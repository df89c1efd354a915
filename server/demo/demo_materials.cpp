// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_materials.h"

#include "change_feed.h"
#include "domain/material_type.h"
#include "material_store.h"
#include "scopes.h"
#include "thumbnails.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QSaveFile>

namespace etw::server::demo {

using namespace Qt::StringLiterals;

QByteArray riverPicture(const QColor &water, int seed)
{
    QRandomGenerator rng{quint32(seed)};
    QImage image(640, 420, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, 260);
    sky.setColorAt(0, QColor(120, 170, 230));
    sky.setColorAt(1, QColor(225, 238, 250));
    p.fillRect(image.rect(), sky);
    // Hills, then the river winding through them.
    for (int layer = 0; layer < 3; ++layer) {
        QPainterPath hill;
        hill.moveTo(0, 420);
        const int base = 220 + layer * 40;
        for (int x = 0; x <= 640; x += 80)
            hill.lineTo(x, base - int(rng.bounded(50)));
        hill.lineTo(640, 420);
        hill.closeSubpath();
        p.fillPath(hill, QColor(70 + layer * 25, 130 + layer * 20, 60 + layer * 10));
    }
    QPainterPath river;
    river.moveTo(260, 260);
    river.cubicTo(200, 310, 420, 340, 180, 420);
    river.lineTo(420, 420);
    river.cubicTo(560, 340, 300, 310, 300, 260);
    river.closeSubpath();
    p.fillPath(river, water);
    p.setPen(QPen(water.lighter(150), 3));
    for (int i = 0; i < 6; ++i) {
        const int y = 300 + i * 18;
        p.drawLine(250 + i * 6, y, 280 + i * 10, y + 2);
    }
    p.end();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

namespace {
// A PDF string in the standard fonts' WinAnsi encoding (Latin-1 for the letters used here).
QByteArray pdfString(QString text)
{
    text.replace(u'—', u'-').replace(u'’', u'\'');
    QByteArray out = text.toLatin1();
    out.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return '(' + out + ')';
}
} // namespace

QByteArray leaflet(const QString &title, const QStringList &lines)
{
    // Written by hand rather than with QPdfWriter: the server has no GUI application, hence no
    // fonts of its own; the PDF's standard Helvetica needs none.
    QByteArray content = "0.12 0.35 0.63 rg 0 742 595 100 re f\nBT /F2 22 Tf 1 1 1 rg 50 780 Td " +
                         pdfString(title) + " Tj ET\nBT /F1 13 Tf 0 0 0 rg 50 700 Td 22 TL\n";
    for (const QString &line : lines)
        content += pdfString(line) + " Tj T* T*\n";
    content += "ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Title " + pdfString(title) + " /Creator (eTwinning Desktop demo) >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qint64> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 7 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Result<Material> addMaterial(QSqlDatabase &db, BlobStore &blobs, Material m,
                             const QByteArray &bytes)
{
    auto failed = [](const QString &why) {
        return Error{u"storage_error"_s, u"demo material: "_s + why, {}};
    };
    m.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (!blobs.has(m.sha256)) {
        // Written next to the store, then adopted by rename, as an upload's part file is.
        QDir().mkpath(blobs.folder());
        const QString part = QDir(blobs.folder()).filePath(m.sha256 + u".demo"_s);
        QSaveFile file(part);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return failed(part);
        QString why;
        if (!blobs.adopt(part, m.sha256, &why))
            return failed(why);
    }
    const auto type = material_type::detect(blobs.path(m.sha256));
    if (!type)
        return failed(u"not a material type: "_s + m.name);
    if (!blobs.hasThumbnail(m.sha256))
        if (const QByteArray thumb = thumbnails::make(blobs.path(m.sha256), *type);
            !thumb.isEmpty())
            blobs.putThumbnail(m.sha256, thumb);
    m.size = bytes.size();
    m.mime = type->mime;
    m.category = material_type::categoryCode(type->category);
    m.extension = type->extension;
    m.thumbnail = blobs.hasThumbnail(m.sha256);
    m.version = 1;
    m.id = material_store::insert(db, m, QString());
    if (!m.id)
        return failed(u"cannot insert "_s + m.name);
    const auto stored = material_store::load(db, m.id, false);
    if (!stored || !stored.value() ||
        !change_feed::record(db, {scopes::ofMaterial(stored.value()->material, false)}))
        return failed(u"cannot publish "_s + m.name);
    return stored.value()->material;
}

} // namespace etw::server::demo
