// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinspace/materials_panel.h"

#include "button_keys.h"

#include "domain/material_type.h"
#include "session/material_copies.h"
#include "session/twin_space.h"
#include "transfers/thumbnail_cache.h"
#include "transfers/transfer_controller.h"
#include "twinspace/material_tree_model.h"

#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// The details line's picture: large enough to tell photos apart, small beside three lines of text.
constexpr int previewSize = 64;
} // namespace

MaterialsPanel::MaterialsPanel(TwinSpace *twinSpace, TransferController *transfers,
                               ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_twinSpace(twinSpace)
    , m_transfers(transfers)
    , m_thumbnails(thumbnails)
    , m_tree(new QTreeView(this))
    , m_model(new MaterialTreeModel(this))
    , m_empty(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_details(new QLabel(this))
    , m_message(new QLabel(this))
    , m_upload(new QPushButton(this))
    , m_newFolder(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_insert(new QPushButton(this))
    , m_keep(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_move(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_transfersButton(new QPushButton(this))
{
    setObjectName(u"materialsPanel"_s);
    setAcceptDrops(true);
    m_tree->setObjectName(u"materialTree"_s);
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    // A side panel is narrow: the name and where its copy is; the rest in the line below.
    m_tree->header()->setSectionResizeMode(MaterialTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnHidden(MaterialTreeModel::SizeColumn, true);
    m_tree->setColumnHidden(MaterialTreeModel::AuthorColumn, true);
    if (m_thumbnails) {
        const int side = m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tree);
        m_model->setThumbnails(m_thumbnails, m_tree->iconSize().isValid() ? m_tree->iconSize()
                                                                          : QSize(side, side));
    }
    m_preview->setObjectName(u"materialPreview"_s);
    m_preview->setFixedSize(previewSize, previewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->hide();
    m_details->setObjectName(u"materialDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setObjectName(u"noMaterials"_s);
    m_empty->setWordWrap(true);
    m_message->setObjectName(u"materialsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_keep->setCheckable(true);

    const QList<QPair<QPushButton *, const char *>> named{{m_upload, "uploadMaterial"},
                                                          {m_newFolder, "newMaterialFolder"},
                                                          {m_open, "openMaterial"},
                                                          {m_insert, "insertMaterial"},
                                                          {m_keep, "keepMaterialOffline"},
                                                          {m_rename, "renameMaterial"},
                                                          {m_move, "moveMaterial"},
                                                          {m_delete, "deleteMaterial"},
                                                          {m_transfersButton, "showTransfers"}};
    for (const auto &[button, name] : named)
        button->setObjectName(QString::fromLatin1(name));
    giveKeys(m_upload, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    giveKeys(m_newFolder, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    giveKeys(m_insert, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    giveKeys(m_keep, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    giveKeys(m_rename, QKeySequence(Qt::Key_F2));
    giveKeys(m_move, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // Delete while the tree has the focus only, as in the page tree.
    auto *deleteKey = new QAction(m_tree);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(deleteKey);

    auto *buttons = new QGridLayout;
    const QList<QPushButton *> order{m_upload, m_newFolder, m_open,   m_insert,         m_keep,
                                     m_rename, m_move,      m_delete, m_transfersButton};
    for (int i = 0; i < order.size(); ++i)
        buttons->addWidget(order[i], i / 3, i % 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    auto *detailsLine = new QHBoxLayout;
    detailsLine->addWidget(m_preview, 0, Qt::AlignTop);
    detailsLine->addWidget(m_details, 1);
    layout->addLayout(detailsLine);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_upload, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Upload to the TwinSpace"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
        upload(files);
    });
    connect(m_newFolder, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New folder"), tr("Folder name:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return;
        const QString parent = currentFolder();
        const QString path =
            material::normalizedFolder(parent.isEmpty() ? name : parent + u'/' + name);
        const FieldErrors errors = material::checkFolder(u"folder"_s, path);
        if (!errors.isEmpty()) {
            say(errors.value(u"folder"_s).message, true);
            return;
        }
        m_newFolders.insert(path);
        reload();
        m_tree->setCurrentIndex(m_model->indexOfFolder(path));
        say(tr("Folder “%1” made: what you upload now goes in it. It is shared once a file is "
               "in it.")
                .arg(path));
    });
    connect(m_open, &QPushButton::clicked, this, &MaterialsPanel::openSelected);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.siblingAtColumn(0).data(MaterialTreeModel::KindRole) ==
            MaterialTreeModel::Material)
            openSelected();
    });
    connect(m_insert, &QPushButton::clicked, this, &MaterialsPanel::insertSelected);
    connect(m_keep, &QPushButton::clicked, this, &MaterialsPanel::setSelectedKeptOffline);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const auto m = selectedMaterial();
        if (!m)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename material"), tr("New name:"),
                                                   QLineEdit::Normal, m->name, &ok);
        if (ok)
            renameSelected(name);
    });
    connect(m_move, &QPushButton::clicked, this, [this] {
        const auto m = selectedMaterial();
        if (!m)
            return;
        QStringList folders = m_twinSpace->materialFolders(m_projectId);
        for (const QString &f : std::as_const(m_newFolders))
            if (!folders.contains(f))
                folders.append(f);
        for (QString &f : folders)
            if (f.isEmpty())
                f = tr("(top of the TwinSpace)");
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Move material"), tr("Folder:"), folders,
                                  std::max<int>(0, int(folders.indexOf(m->folder))), true, &ok);
        if (ok)
            moveSelected(chosen == tr("(top of the TwinSpace)") ? QString() : chosen);
    });
    auto confirmDelete = [this] {
        const auto m = selectedMaterial();
        if (!m || m_readOnly)
            return;
        if (QMessageBox::question(
                this, tr("Delete material"),
                tr("Delete “%1” for every member of the project?").arg(m->name)) ==
            QMessageBox::Yes)
            deleteSelected();
    };
    connect(m_delete, &QPushButton::clicked, this, confirmDelete);
    connect(deleteKey, &QAction::triggered, this, confirmDelete);
    connect(m_transfersButton, &QPushButton::clicked, this, &MaterialsPanel::transfersRequested);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MaterialsPanel::updateActions);
    if (m_transfers) {
        connect(m_transfers, &TransferController::transferChanged, this,
                &MaterialsPanel::onTransferChanged);
        connect(m_transfers, &TransferController::transfersChanged, this, &MaterialsPanel::reload);
        connect(m_transfers, &TransferController::localCopyReady, this,
                [this](const QString &sha256) {
                    if (m_openWhenReady.contains(sha256)) {
                        const Material m = m_openWhenReady.take(sha256);
                        openWhenHere(m);
                    }
                    reload();
                });
    }
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString &sha256) {
            const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
            if (m_preview->isHidden() && i.data(MaterialTreeModel::Sha256Role).toString() == sha256)
                showPreview(selectedMaterial());
        });
    retranslateUi();
    updateActions();
}

void MaterialsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void MaterialsPanel::retranslateUi()
{
    m_tree->setAccessibleName(tr("Materials"));
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Size"), tr("Added by"), tr("On this computer")});
    m_empty->setText(tr("No materials yet. Upload pictures, documents, presentations, audio or "
                        "video with “Upload…” or by dropping files here: every member of the "
                        "project sees them."));
    auto name = [](QPushButton *b, const QString &text, const QString &tip) {
        b->setText(text);
        const QString keys = keysOf(b).toString(QKeySequence::NativeText);
        b->setToolTip(keys.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, keys));
        b->setAccessibleName(QString(text).remove(u'&'));
    };
    name(m_upload, tr("&Upload…"),
         tr("Send files to the TwinSpace: pictures up to 10 MB, other files up to 100 MB"));
    name(m_newFolder, tr("New &folder…"), tr("A folder for the files you upload next"));
    name(m_open, tr("&Open"), tr("Open in its application (Enter)"));
    name(m_insert, tr("&Insert in page"), tr("Show this picture in the open page, at the cursor"));
    name(m_keep, tr("&Keep offline"),
         tr("Keep a copy on this computer, to open it without network"));
    name(m_rename, tr("Re&name…"), tr("Rename the material"));
    name(m_move, tr("Mo&ve…"), tr("Move the material to another folder"));
    name(m_delete, tr("&Delete"),
         tr("Delete the material (%1 in the list)")
             .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    name(m_transfersButton, tr("&Transfers…"),
         tr("Uploads and downloads, with their progress (%1)")
             .arg(QKeySequence(Qt::CTRL | Qt::Key_J).toString(QKeySequence::NativeText)));
}

void MaterialsPanel::showProject(qint64 projectId, bool readOnly)
{
    if (projectId != m_projectId) {
        m_newFolders.clear();
        m_message->hide();
    }
    m_projectId = projectId;
    m_readOnly = readOnly;
    reload();
}

void MaterialsPanel::reload()
{
    if (!m_projectId) {
        m_model->setContents({}, {}, {});
        updateActions();
        return;
    }
    const auto selected = selectedMaterial();
    const QString folder = currentFolder();
    const auto entries = m_twinSpace->materials(m_projectId);
    const QList<Transfer> transfers = m_transfers ? m_transfers->transfers() : QList<Transfer>();
    QSet<qint64> shown;
    QList<MaterialTreeModel::Row> rows;
    // Read once for the whole list: a query per material would be thousands.
    QList<Material> all;
    for (const auto &e : entries)
        all.append(e.material);
    const QSet<QString> here = m_transfers ? m_transfers->localContents() : QSet<QString>();
    const QSet<qint64> kept = m_transfers ? m_transfers->keptAmong(all) : QSet<qint64>();
    for (const auto &e : entries) {
        MaterialTreeModel::Row r{e.material, e.waiting, here.contains(e.material.sha256),
                                 kept.contains(e.material.id), std::nullopt};
        shown.insert(e.material.id);
        for (const Transfer &t : transfers)
            if (t.direction == Transfer::Direction::Download && t.materialId == e.material.id &&
                !t.finished())
                r.transfer = t;
        rows.append(r);
    }
    QList<Transfer> uploads;
    QSet<QString> uploadFolders;
    for (const Transfer &t : transfers)
        // A sent file stays in the list until the sync brings its material.
        if (t.direction == Transfer::Direction::Upload && t.projectId == m_projectId &&
            t.state != Transfer::State::Cancelled &&
            (t.state != Transfer::State::Done || !shown.contains(t.materialId))) {
            uploads.append(t);
            uploadFolders.insert(t.folder);
        }
    QList<MaterialTreeModel::FolderState> folders;
    QStringList paths = material_cache::foldersOf(entries);
    for (const QString &extra : m_newFolders + uploadFolders)
        if (!paths.contains(extra))
            paths.append(extra);
    for (const QString &path : paths)
        folders.append({path, m_transfers && m_transfers->folderKeptOffline(m_projectId, path)});
    m_model->setContents(rows, folders, uploads);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(MaterialTreeModel::CopyColumn);
    m_empty->setVisible(rows.isEmpty() && uploads.isEmpty());
    QModelIndex again = selected ? m_model->indexOfMaterial(selected->id) : QModelIndex();
    if (!again.isValid())
        again = m_model->indexOfFolder(folder);
    if (again.isValid())
        m_tree->setCurrentIndex(again);
    updateActions();
}

QString MaterialsPanel::currentFolder() const
{
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    return i.isValid() ? i.data(MaterialTreeModel::FolderRole).toString() : QString();
}

std::optional<Material> MaterialsPanel::selectedMaterial() const
{
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    if (!i.isValid() || i.data(MaterialTreeModel::KindRole) != MaterialTreeModel::Material)
        return std::nullopt;
    const auto e =
        m_twinSpace->material(m_projectId, i.data(MaterialTreeModel::MaterialIdRole).toLongLong());
    return e ? std::optional(e->material) : std::nullopt;
}

void MaterialsPanel::selectMaterial(qint64 materialId)
{
    const QModelIndex i = m_model->indexOfMaterial(materialId);
    if (i.isValid())
        m_tree->setCurrentIndex(i);
}

void MaterialsPanel::updateActions()
{
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    const int kind = i.isValid() ? i.data(MaterialTreeModel::KindRole).toInt() : -1;
    const bool material = kind == MaterialTreeModel::Material;
    const bool folder = kind == MaterialTreeModel::Folder || !i.isValid();
    const bool writable = m_projectId && !m_readOnly;
    m_upload->setEnabled(writable && m_transfers);
    m_newFolder->setEnabled(writable);
    m_open->setEnabled(material && m_transfers);
    m_insert->setEnabled(
        writable && ((material && i.data(MaterialTreeModel::CategoryRole).toString() == u"image") ||
                     !uploadedPicture().isEmpty()));
    m_keep->setEnabled(m_projectId && (material || folder) && m_transfers);
    m_rename->setEnabled(writable && material);
    m_move->setEnabled(writable && material);
    m_delete->setEnabled(writable && material);
    bool kept = false;
    if (m_transfers && material)
        if (const auto m = selectedMaterial())
            kept = m_transfers->keptOffline(*m);
    if (m_transfers && folder && m_projectId)
        kept = m_transfers->folderKeptOffline(m_projectId, currentFolder());
    m_keep->setChecked(kept);

    QString details;
    if (material)
        if (const auto m = selectedMaterial()) {
            const auto category = material_type::categoryFromCode(m->category);
            details =
                tr("%1, %2, added by %3 on %4")
                    .arg(category ? material_type::categoryName(*category) : m->mime,
                         QLocale().formattedDataSize(m->size), m->authorName,
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(m->createdAt).date(),
                                            QLocale::ShortFormat));
        }
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    showPreview(material ? selectedMaterial() : std::nullopt);
}

void MaterialsPanel::showPreview(const std::optional<Material> &m)
{
    const QByteArray bytes =
        m && m->thumbnail && m_thumbnails ? m_thumbnails->cached(m->sha256) : QByteArray();
    const QImage image = bytes.isEmpty() ? QImage() : MaterialTreeModel::decodeThumbnail(bytes);
    if (image.isNull()) {
        if (m && m_thumbnails)
            m_thumbnails->request(*m); // shown when ready() says it is here
        m_preview->clear();
        m_preview->hide();
        return;
    }
    m_preview->setPixmap(MaterialTreeModel::fitted(image, m_preview->size(), devicePixelRatioF(),
                                                   m->category == u"pdf"));
    m_preview->setAccessibleName(tr("Thumbnail of “%1”").arg(m->name));
    m_preview->show();
}

void MaterialsPanel::onTransferChanged(const Transfer &transfer)
{
    // Progress changes one cell; a state that adds or removes a row reads everything again.
    const bool ended = transfer.state == Transfer::State::Done ||
                       transfer.state == Transfer::State::Failed ||
                       transfer.state == Transfer::State::Cancelled;
    if (ended || !m_model->updateTransfer(transfer))
        if (transfer.projectId == m_projectId)
            reload();
    if (transfer.state == Transfer::State::Failed && transfer.projectId == m_projectId) {
        say(transfer.error, true);
    } else if (transfer.state == Transfer::State::Done && m_onTheWay &&
               transfer.direction == Transfer::Direction::Upload) {
        m_onTheWay = false;
        m_message->hide();
    }
}

void MaterialsPanel::say(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setProperty("error", error);
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    m_message->setVisible(!message.isEmpty());
}

QString MaterialsPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

int MaterialsPanel::upload(const QStringList &files)
{
    if (!m_transfers || !m_projectId || m_readOnly)
        return 0;
    const QString folder = currentFolder();
    QStringList refused;
    int queued = 0;
    for (const QString &file : files) {
        const auto r = m_transfers->upload(m_projectId, file, folder);
        if (r)
            ++queued;
        else
            refused.append(r.error().fields.isEmpty() ? r.error().message
                                                      : r.error().fields.first().message);
    }
    if (!refused.isEmpty()) {
        say(refused.join(u'\n'), true);
    } else if (queued > 0) {
        m_onTheWay = true;
        say(tr("%n file(s) on the way. They are sent as soon as the network allows, even if you "
               "close the application.",
               nullptr, queued));
    }
    reload();
    return queued;
}

bool MaterialsPanel::openSelected()
{
    const auto m = selectedMaterial();
    if (!m || !m_transfers)
        return false;
    if (!m_transfers->hasLocalCopy(m->sha256)) {
        m_openWhenReady.insert(m->sha256, *m);
        m_transfers->download(*m);
        say(tr("Downloading “%1”: it opens when it is here.").arg(m->name));
        reload();
        return true;
    }
    openWhenHere(*m);
    return true;
}

void MaterialsPanel::openWhenHere(const Material &m)
{
    const QString copy = material_copies::forViewer(m_transfers->localCopy(m.sha256), m);
    if (copy.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
        say(tr("“%1” could not be opened: no application on this computer opens this kind of "
               "file.")
                .arg(m.name),
            true);
}

bool MaterialsPanel::renameSelected(const QString &name)
{
    const auto m = selectedMaterial();
    if (!m)
        return false;
    const auto r = m_twinSpace->renameMaterial(m_projectId, m->id, name);
    if (!r) {
        say(r.error().fields.isEmpty() ? r.error().message : r.error().fields.first().message,
            true);
        return false;
    }
    m_message->hide();
    reload();
    selectMaterial(m->id);
    return true;
}

bool MaterialsPanel::moveSelected(const QString &folder)
{
    const auto m = selectedMaterial();
    if (!m)
        return false;
    const auto r = m_twinSpace->moveMaterial(m_projectId, m->id, folder);
    if (!r) {
        say(r.error().fields.isEmpty() ? r.error().message : r.error().fields.first().message,
            true);
        return false;
    }
    m_newFolders.remove(material::normalizedFolder(folder));
    m_message->hide();
    reload();
    selectMaterial(m->id);
    return true;
}

bool MaterialsPanel::deleteSelected()
{
    const auto m = selectedMaterial();
    if (!m)
        return false;
    const auto r = m_twinSpace->deleteMaterial(m_projectId, m->id);
    if (!r) {
        say(r.error().message, true);
        return false;
    }
    say(tr("“%1” deleted.").arg(m->name));
    reload();
    return true;
}

void MaterialsPanel::setSelectedKeptOffline(bool keep)
{
    if (!m_transfers || !m_projectId)
        return;
    if (const auto m = selectedMaterial())
        m_transfers->keepOffline(m_projectId, m->id, keep);
    else
        m_transfers->keepFolderOffline(m_projectId, currentFolder(), keep);
    QList<Material> all;
    for (const auto &e : m_twinSpace->materials(m_projectId))
        all.append(e.material);
    m_transfers->fetchKept(all);
    reload();
}

QString MaterialsPanel::uploadedPicture() const
{
    // A picture still on its way can go in a page at once: the page's text waits for it.
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    if (!m_transfers || !i.isValid() ||
        i.data(MaterialTreeModel::KindRole) != MaterialTreeModel::Upload)
        return {};
    const qint64 id = i.data(MaterialTreeModel::TransferIdRole).toLongLong();
    for (const Transfer &t : m_transfers->transfers())
        if (t.id == id && !t.sha256.isEmpty() && m_transfers->hasLocalCopy(t.sha256) &&
            QImageReader(m_transfers->localCopy(t.sha256)).canRead())
            return t.sha256;
    return {};
}

void MaterialsPanel::insertSelected()
{
    if (const QString sha256 = uploadedPicture(); !sha256.isEmpty()) {
        const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
        Q_EMIT insertImageRequested(sha256, QFileInfo(i.data().toString()).completeBaseName());
        return;
    }
    const auto m = selectedMaterial();
    if (!m || m->category != u"image")
        return;
    if (m_transfers && !m_transfers->hasLocalCopy(m->sha256))
        m_transfers->download(*m); // the page shows it once here
    Q_EMIT insertImageRequested(m->sha256, QFileInfo(m->name).completeBaseName());
}

void MaterialsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_projectId && !m_readOnly)
        event->acceptProposedAction();
}

void MaterialsPanel::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (!files.isEmpty()) {
        upload(files);
        event->acceptProposedAction();
    }
}

} // namespace etw
