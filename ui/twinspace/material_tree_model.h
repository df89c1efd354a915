// SPDX-License-Identifier: GPL-3.0-or-later
// A project's materials for a tree view: folders, then files, with where each one's copy is.
#pragma once

#include "store/material_cache.h"
#include "transfers/transfer.h"

#include <QStandardItemModel>

#include <optional>

namespace etw {

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
    QStandardItem m_top; // where the rows are built before they join the model
    QHash<QString, QStandardItem *> m_folders;
    QHash<qint64, QStandardItem *> m_byTransfer; // the item of the copy column
};

} // namespace etw
