// SPDX-License-Identifier: GPL-3.0-or-later
// A project's materials: folders and files with their thumbnails, uploads with their progress,
// keep offline, open.
#pragma once

#include "domain/material.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace etw {

class MaterialTreeModel;
class ThumbnailCache;
class TransferController;
class TwinSpace;
struct Transfer;

class MaterialsPanel : public QWidget
{
    Q_OBJECT
public:
    // Without `thumbnails`, files show their type's icon only.
    MaterialsPanel(TwinSpace *twinSpace, TransferController *transfers,
                   ThumbnailCache *thumbnails = nullptr, QWidget *parent = nullptr);

    // readOnly: an archived project's materials can be opened, not changed.
    void showProject(qint64 projectId, bool readOnly);
    // Reads the cache again (sync brought materials, a transfer ended).
    void reload();

    QTreeView *tree() const { return m_tree; }
    MaterialTreeModel *model() const { return m_model; }
    // The folder new uploads go to: the selected folder, or the selected file's.
    QString currentFolder() const;
    std::optional<Material> selectedMaterial() const;
    void selectMaterial(qint64 materialId);

    // Each as its button does, without dialogs where they take an argument. Errors show in the
    // panel's message line, in the UI language.
    int upload(const QStringList &files);
    bool openSelected();
    bool renameSelected(const QString &name);
    bool moveSelected(const QString &folder);
    bool deleteSelected();
    void setSelectedKeptOffline(bool keep);
    void insertSelected();
    QString message() const;

Q_SIGNALS:
    // "Insert in the page": the open page shows this picture at its cursor.
    void insertImageRequested(const QString &sha256, const QString &name);
    void transfersRequested();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void onTransferChanged(const Transfer &transfer);
    void say(const QString &message, bool error = false);
    void openWhenHere(const Material &material);
    // The selected material's thumbnail beside its details, once it is here.
    void showPreview(const std::optional<Material> &material);
    // The sha256 of the selected upload when it is a picture already copied here.
    QString uploadedPicture() const;

    TwinSpace *m_twinSpace;
    TransferController *m_transfers;
    ThumbnailCache *m_thumbnails;
    qint64 m_projectId = 0;
    bool m_readOnly = false;
    QSet<QString> m_newFolders;               // made here, empty until a file goes in
    QHash<QString, Material> m_openWhenReady; // by sha256
    QTreeView *m_tree;
    MaterialTreeModel *m_model;
    QLabel *m_empty;
    QLabel *m_preview; // the selected material's thumbnail
    QLabel *m_details; // the selected material's type, size, author and date
    QLabel *m_message;
    bool m_onTheWay = false; // the message says files are on their way
    QPushButton *m_upload, *m_newFolder, *m_open, *m_insert, *m_keep, *m_rename, *m_move, *m_delete,
        *m_transfersButton;
};

} // namespace etw
