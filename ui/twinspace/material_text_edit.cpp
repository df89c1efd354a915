// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/material_text_edit.h"

#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// A picture larger than this is scaled down when read: a page never holds a 40-megapixel photo.
constexpr int maxSide = 1600;

QImage readPicture(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > maxSide)
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    return reader.read();
}
} // namespace

MaterialTextEdit::MaterialTextEdit(QWidget *parent)
    : QTextEdit(parent)
{}

QImage MaterialTextEdit::placeholder()
{
    QImage image(160, 100, QImage::Format_RGB32);
    image.fill(QColor(0xe8, 0xec, 0xf0));
    QPainter p(&image);
    p.setPen(QPen(QColor(0x90, 0x9a, 0xa5), 2, Qt::DashLine));
    p.drawRect(image.rect().adjusted(2, 2, -3, -3));
    p.drawLine(20, 80, 60, 40);
    p.drawLine(60, 40, 90, 70);
    p.drawLine(90, 70, 110, 55);
    p.drawLine(110, 55, 140, 80);
    return image;
}

QVariant MaterialTextEdit::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || name.scheme() != u"material")
        return QTextEdit::loadResource(type, name);
    const QString sha = name.path();
    const QString path = m_resolve ? m_resolve(sha) : QString();
    if (!path.isEmpty()) {
        const QImage image = readPicture(path);
        if (!image.isNull()) {
            m_waiting.remove(sha);
            return image;
        }
    }
    m_waiting.insert(sha, true);
    return placeholder();
}

void MaterialTextEdit::contentArrived(const QString &sha256)
{
    if (!m_waiting.contains(sha256) || !m_resolve)
        return;
    const QString path = m_resolve(sha256);
    if (path.isEmpty())
        return;
    const QImage image = readPicture(path);
    if (image.isNull())
        return;
    m_waiting.remove(sha256);
    document()->addResource(QTextDocument::ImageResource, QUrl(u"material:"_s + sha256), image);
    // The layout keeps the placeholder's size until told the picture changed.
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
}

void MaterialTextEdit::insertPicture(const QString &sha256, const QString &alt, int width)
{
    QTextImageFormat format;
    format.setName(u"material:"_s + sha256);
    const QVariant image = loadResource(QTextDocument::ImageResource, QUrl(format.name()));
    const QImage picture = image.value<QImage>();
    // Only the width: the height follows the picture's proportions (the placeholder's until
    // the content is here).
    format.setWidth(m_waiting.contains(sha256) ? width : std::min(width, picture.width()));
    format.setProperty(QTextFormat::ImageAltText, alt);
    textCursor().insertImage(format);
    setFocus();
}

} // namespace etw
