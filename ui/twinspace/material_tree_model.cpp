// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/material_tree_model.h"

#include "domain/material_type.h"
#include "transfers/thumbnail_cache.h"

#include <QApplication>
#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QStyle>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// Looked up once: a style's icon lookup costs more than the rest of a row.
QIcon iconFor(const QString &category)
{
    static const QIcon folder = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    static const QIcon file = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    return category == u"folder" ? folder : file;
}

QString percent(const Transfer &t)
{
    return t.size > 0 ? QLocale().toString(int(t.done * 100 / t.size)) : u"0"_s;
}
} // namespace

MaterialTreeModel::MaterialTreeModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("Added by"), tr("On this computer")});
}

void MaterialTreeModel::setThumbnails(ThumbnailCache *thumbnails, QSize iconSize)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = thumbnails;
    m_iconSize = iconSize;
    m_icons.clear();
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::ready, this, &MaterialTreeModel::thumbnailReady);
}

QVariant MaterialTreeModel::data(const QModelIndex &index, int role) const
{
    // Asked as a row is painted: only the rows on the screen fetch theirs.
    if (role == Qt::DecorationRole && m_thumbnails && index.column() == NameColumn) {
        const QString sha256 = QStandardItemModel::data(index, Sha256Role).toString();
        if (!sha256.isEmpty() && !m_icons.contains(sha256))
            if (const auto it = m_withThumbnail.constFind(sha256); it != m_withThumbnail.cend())
                m_thumbnails->request(*it);
    }
    return QStandardItemModel::data(index, role);
}

QImage MaterialTreeModel::decodeThumbnail(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The server's are 256 px; a file claiming a huge canvas is not drawn.
    reader.setAllocationLimit(16);
    return reader.read();
}

QPixmap MaterialTreeModel::fitted(const QImage &image, QSize size, qreal devicePixelRatio,
                                  bool page)
{
    const QSize device = size * devicePixelRatio;
    QImage canvas(device, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    if (!image.isNull() && !device.isEmpty()) {
        // Square, so that every row's name starts at the same place whatever the picture's shape.
        const QImage scaled = image.scaled(device, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QRect where(
            QPoint((device.width() - scaled.width()) / 2, (device.height() - scaled.height()) / 2),
            scaled.size());
        QPainter painter(&canvas);
        painter.drawImage(where.topLeft(), scaled);
        if (page) {
            // A document's first page is mostly white: without its edge it vanishes on a
            // white list.
            painter.setPen(QColor(0, 0, 0, 90));
            painter.drawRect(where.adjusted(0, 0, -1, -1));
        }
    }
    QPixmap pixmap = QPixmap::fromImage(canvas);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

void MaterialTreeModel::thumbnailReady(const QString &sha256, const QByteArray &bytes)
{
    if (!m_withThumbnail.contains(sha256) || m_icons.contains(sha256))
        return; // not shown here (another project's, or already drawn)
    const QImage image = decodeThumbnail(bytes);
    if (image.isNull())
        return;
    const QIcon icon(fitted(image, m_iconSize, qApp->devicePixelRatio(),
                            m_withThumbnail.value(sha256).category == u"pdf"));
    m_icons.insert(sha256, icon);
    // Each its own dataChanged: the rows of this content, and nothing else.
    const auto items = m_bySha256.values(sha256);
    for (QStandardItem *item : items)
        item->setIcon(icon);
}

QString MaterialTreeModel::transferText(const Transfer &t)
{
    const bool up = t.direction == Transfer::Direction::Upload;
    switch (t.state) {
    case Transfer::State::Preparing:
        return tr("Reading…");
    case Transfer::State::Waiting:
        return t.errorCode.isEmpty() ? (up ? tr("To send") : tr("To download"))
                                     : tr("Waiting for the network");
    case Transfer::State::Running:
        return up ? tr("Sending %1 %").arg(percent(t)) : tr("Downloading %1 %").arg(percent(t));
    case Transfer::State::Paused:
        return tr("Paused at %1 %").arg(percent(t));
    case Transfer::State::Failed:
        return up ? tr("Not sent") : tr("Download failed");
    case Transfer::State::Done:
        return up ? tr("Sent") : tr("Downloaded");
    case Transfer::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString MaterialTreeModel::copyText(const Row &row)
{
    if (row.transfer && !row.transfer->finished())
        return transferText(*row.transfer);
    if (row.kept)
        return row.here ? tr("Kept offline") : tr("Kept, to download");
    return row.here ? tr("Here") : tr("Not downloaded");
}

QStandardItem *MaterialTreeModel::folderItem(const QString &path)
{
    if (path.isEmpty())
        return &m_top;
    if (QStandardItem *known = m_folders.value(path))
        return known;
    const qsizetype slash = path.lastIndexOf(u'/');
    QStandardItem *parent = folderItem(slash < 0 ? QString() : path.left(slash));
    auto *item = new QStandardItem(iconFor(u"folder"_s), path.mid(slash + 1));
    item->setData(Folder, KindRole);
    item->setData(path, FolderRole);
    item->setEditable(false);
    QList<QStandardItem *> row{item};
    for (int c = 1; c < ColumnCount; ++c) {
        row.append(new QStandardItem);
        row.last()->setEditable(false);
    }
    parent->appendRow(row);
    m_folders.insert(path, item);
    return item;
}

QList<QStandardItem *> MaterialTreeModel::materialItems(const Row &r)
{
    const etw::Material &m = r.material;
    QString name = m.name;
    if (r.waiting)
        name = tr("%1 (waiting to be sent)").arg(name);
    const QIcon thumbnail = m.thumbnail ? m_icons.value(m.sha256) : QIcon();
    auto *item = new QStandardItem(thumbnail.isNull() ? iconFor(m.category) : thumbnail, name);
    if (m.thumbnail && m_thumbnails) {
        m_withThumbnail.insert(m.sha256, m);
        m_bySha256.insert(m.sha256, item);
    }
    item->setData(Material, KindRole);
    item->setData(m.id, MaterialIdRole);
    item->setData(m.folder, FolderRole);
    item->setData(m.sha256, Sha256Role);
    item->setData(m.category, CategoryRole);
    const auto category = material_type::categoryFromCode(m.category);
    item->setToolTip(category ? material_type::categoryName(*category) : m.mime);
    auto *size = new QStandardItem(QLocale().formattedDataSize(m.size));
    size->setData(Qt::AlignRight, Qt::TextAlignmentRole);
    auto *author = new QStandardItem(m.authorName);
    auto *copy = new QStandardItem(copyText(r));
    if (r.transfer)
        copy->setToolTip(r.transfer->error);
    if (r.transfer && !r.transfer->finished()) {
        copy->setData(r.transfer->id, TransferIdRole);
        m_byTransfer.insert(r.transfer->id, copy);
    }
    QList<QStandardItem *> row{item, size, author, copy};
    for (QStandardItem *i : row)
        i->setEditable(false);
    return row;
}

QList<QStandardItem *> MaterialTreeModel::uploadItems(const Transfer &t)
{
    auto *item = new QStandardItem(QApplication::style()->standardIcon(QStyle::SP_ArrowUp), t.name);
    item->setData(Upload, KindRole);
    item->setData(t.folder, FolderRole);
    item->setData(t.id, TransferIdRole);
    auto *size = new QStandardItem(t.size >= 0 ? QLocale().formattedDataSize(t.size) : QString());
    size->setData(Qt::AlignRight, Qt::TextAlignmentRole);
    auto *copy = new QStandardItem(transferText(t));
    copy->setToolTip(t.error);
    copy->setData(t.id, TransferIdRole);
    m_byTransfer.insert(t.id, copy);
    QList<QStandardItem *> row{item, size, new QStandardItem(tr("You")), copy};
    for (QStandardItem *i : row)
        i->setEditable(false);
    return row;
}

void MaterialTreeModel::setContents(const QList<Row> &rows, const QList<FolderState> &folders,
                                    const QList<Transfer> &uploads)
{
    removeRows(0, rowCount());
    m_folders.clear();
    m_byTransfer.clear();
    m_withThumbnail.clear();
    m_bySha256.clear();
    // Built apart from the model, then handed over at once: no signal per row.
    for (const FolderState &f : folders) {
        QStandardItem *item = folderItem(f.path);
        if (item == &m_top || !f.kept)
            continue;
        QStandardItem *parent = item->parent() ? item->parent() : &m_top;
        parent->child(item->row(), CopyColumn)->setText(tr("Kept offline, with its contents"));
    }
    for (const Row &r : rows)
        folderItem(r.material.folder)->appendRow(materialItems(r));
    // Drawn thumbnails are kept for the contents shown, not for every project seen this run.
    for (auto it = m_icons.begin(); it != m_icons.end();)
        it = m_withThumbnail.contains(it.key()) ? std::next(it) : m_icons.erase(it);
    for (const Transfer &t : uploads)
        if (!t.finished())
            folderItem(t.folder)->appendRow(uploadItems(t));
    // A folder's second cell says what it holds (a screen reader reads no empty cell).
    for (QStandardItem *folder : std::as_const(m_folders)) {
        QStandardItem *parent = folder->parent() ? folder->parent() : &m_top;
        QStandardItem *cell = parent->child(folder->row(), CopyColumn);
        if (cell->text().isEmpty())
            cell->setText(tr("%n item(s)", nullptr, folder->rowCount()));
    }
    QList<QList<QStandardItem *>> top;
    while (m_top.rowCount() > 0)
        top.append(m_top.takeRow(0));
    for (const QList<QStandardItem *> &row : top)
        appendRow(row);
}

bool MaterialTreeModel::updateTransfer(const Transfer &transfer)
{
    QStandardItem *copy = m_byTransfer.value(transfer.id);
    if (!copy)
        return false;
    copy->setText(transferText(transfer));
    copy->setToolTip(transfer.error);
    return true;
}

QModelIndex MaterialTreeModel::indexOfMaterial(qint64 materialId) const
{
    const QModelIndexList found =
        match(index(0, 0), MaterialIdRole, materialId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QModelIndex MaterialTreeModel::indexOfFolder(const QString &path) const
{
    QStandardItem *item = m_folders.value(path);
    return item ? item->index() : QModelIndex();
}

} // namespace etw
