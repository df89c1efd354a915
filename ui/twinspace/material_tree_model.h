// SPDX-License-Identifier: GPL-3.0-or-later
// A project's materials for a tree view: folders, then files, with where each one's copy is and
// its thumbnail (or its type's icon).
#pragma once

#include "store/material_cache.h"
#include "transfers/transfer.h"

#include <QIcon>
#include <QStandardItemModel>

#include <optional>

namespace etw {

class ThumbnailCache;

class MaterialTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Folder, Material or Upload
        MaterialIdRole,
        FolderRole, // a folder's path; a file's folder
        Sha256Role,
        TransferIdRole,
        CategoryRole,
    };
    enum Kind { Folder, Material, Upload };
    enum Column { NameColumn, SizeColumn, AuthorColumn, CopyColumn, ColumnCount };

    // One file as the tree shows it.
    struct Row
    {
        etw::Material material;
        bool waiting = false;             // renamed, moved or deleted here, not sent yet
        bool here = false;                // its content is on this computer
        bool kept = false;                // kept offline (itself or its folder)
        std::optional<Transfer> transfer; // on its way (a download; an upload has no material)
    };
    struct FolderState
    {
        QString path;
        bool kept = false;
    };

    explicit MaterialTreeModel(QObject *parent = nullptr);

    // A file's row shows its thumbnail in `iconSize`, asked of `thumbnails` when it is painted,
    // and its type's icon until then or when it has none.
    void setThumbnails(ThumbnailCache *thumbnails, QSize iconSize);
    QSize thumbnailSize() const { return m_iconSize; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A thumbnail's bytes as a picture (null when they are not one), and that picture drawn
    // whole in the middle of a square of `size` (device-independent pixels); `page`: with a
    // thin edge drawn over its outermost pixels.
    static QImage decodeThumbnail(const QByteArray &bytes);
    static QPixmap fitted(const QImage &image, QSize size, qreal devicePixelRatio,
                          bool page = false);

    // Folders first, each expanded from its path; uploads under their folder, after its files.
    void setContents(const QList<Row> &rows, const QList<FolderState> &folders,
                     const QList<Transfer> &uploads);
    // Updates a transfer's row in place (progress), or returns false when it has none here.
    bool updateTransfer(const Transfer &transfer);
    QModelIndex indexOfMaterial(qint64 materialId) const;
    QModelIndex indexOfFolder(const QString &path) const;

    // What the copy column says for a file or an upload, in the UI language.
    static QString copyText(const Row &row);
    static QString transferText(const Transfer &transfer);

private:
    QStandardItem *folderItem(const QString &path);
    QList<QStandardItem *> materialItems(const Row &row);
    QList<QStandardItem *> uploadItems(const Transfer &transfer);
    void thumbnailReady(const QString &sha256, const QByteArray &bytes);
    QStandardItem m_top; // where the rows are built before they join the model
    QHash<QString, QStandardItem *> m_folders;
    QHash<qint64, QStandardItem *> m_byTransfer; // the item of the copy column
    ThumbnailCache *m_thumbnails = nullptr;
    QSize m_iconSize;
    QHash<QString, etw::Material> m_withThumbnail;   // by sha256: one material holding it
    QMultiHash<QString, QStandardItem *> m_bySha256; // name items of files with a thumbnail
    QHash<QString, QIcon> m_icons;                   // thumbnails drawn at m_iconSize
};

} // namespace etw
