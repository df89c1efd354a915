// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnails.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfDocument>

Q_LOGGING_CATEGORY(lcThumbnail, "etw.thumbnail", QtInfoMsg)

namespace etw::server::thumbnails {

using namespace Qt::StringLiterals;

namespace {
// A picture's pixels are what its file declares: a small file may claim a huge canvas. What
// is decoded is bounded (Qt's reader refuses more than this many MiB).
constexpr int decodeLimitMiB = 256;

QImage fromImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAllocationLimit(decodeLimitMiB);
    reader.setAutoTransform(true); // a phone's portrait photo stands up
    const QSize full = reader.size();
    // JPEG decodes straight to a smaller size (a fraction of the work); others scale after.
    if (full.isValid() && reader.supportsOption(QImageIOHandler::ScaledSize) &&
        std::max(full.width(), full.height()) > size)
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        qCInfo(lcThumbnail) << "no thumbnail for" << path << ":" << reader.errorString();
    return image;
}

QImage fromPdf(const QString &path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || document.pageCount() < 1) {
        qCInfo(lcThumbnail) << "no thumbnail for the PDF" << path;
        return {};
    }
    const QSizeF page = document.pagePointSize(0);
    if (page.isEmpty())
        return {};
    const QSize target = page.scaled(size, size, Qt::KeepAspectRatio).toSize();
    const QImage rendered = document.render(0, target.expandedTo({1, 1}));
    if (rendered.isNull())
        return {};
    // A page is drawn on paper: white behind what the PDF leaves transparent.
    QImage paper(rendered.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    painter.end();
    return paper;
}
} // namespace

QByteArray make(const QString &path, const material_type::Type &type)
{
    QImage image;
    if (type.category == material_type::Category::Image)
        image = fromImage(path);
    else if (type.category == material_type::Category::Pdf)
        image = fromPdf(path);
    if (image.isNull())
        return {};
    if (std::max(image.width(), image.height()) > size)
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const bool transparent = image.hasAlphaChannel();
    if (!image.save(&buffer, transparent ? "PNG" : "JPEG", transparent ? -1 : 85))
        return {};
    return out;
}

QByteArray mimeOf(const QByteArray &head)
{
    return head.startsWith("\x89PNG") ? "image/png" : "image/jpeg";
}

} // namespace etw::server::thumbnails
