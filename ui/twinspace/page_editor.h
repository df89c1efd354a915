// SPDX-License-Identifier: GPL-3.0-or-later
// One page edited in place: title, rich text with its toolbar, kept as typed, published on demand.
#pragma once

#include "store/page_cache.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextCharFormat;
class QTextEdit;
class QToolBar;

namespace etw {

class Autosaver;
class FieldErrorLabels;
class MaterialTextEdit;
class TransferController;
class TwinSpace;

class PageEditor : public QWidget
{
    Q_OBJECT
public:
    PageEditor(TwinSpace *twinSpace, QWidget *parent = nullptr);
    ~PageEditor() override;

    // Shows a page: the text as typed here when there is one, else its published text.
    void showPage(qint64 projectId, const std::optional<page_cache::Entry> &entry,
                  bool readOnly = false);
    // Read only because the account assesses the project's label application (said so).
    void setAssessing(bool assessing) { m_assessing = assessing; }
    // The page changed on the server (or here): its status and, when nothing is typed, its text.
    void refresh(const std::optional<page_cache::Entry> &entry);
    qint64 pageId() const { return m_pageId; }
    // Keeps what is typed now (the window closes, another page is opened).
    void keepTypedNow();
    bool publish();
    // Forgets the text kept here, once the user says so: the published version shows again
    // (what a teacher does to keep the other version after a conflict).
    bool discardTyped();
    // Pictures come from the project's materials: their copies here, downloaded when missing.
    void setTransfers(TransferController *transfers);
    // Shows the material's picture at the cursor (false when no page is open for writing).
    bool insertImage(const QString &sha256, const QString &alt);

    QTextEdit *body() const;
    QLineEdit *title() const { return m_title; }

Q_SIGNALS:
    void historyRequested(qint64 pageId);
    void published(qint64 pageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatus();
    void keepTyped();
    void setBlockStyle(int level); // 0: paragraph, 1–3: headings
    void toggleList(bool numbered);
    void insertLink();
    void insertTable();
    void choosePicture();
    void mergeFormat(const QTextCharFormat &format);
    void syncToolbar();

    TwinSpace *m_twinSpace;
    qint64 m_projectId = 0;
    qint64 m_pageId = 0;
    qint64 m_baseRevision = 0;
    bool m_readOnly = false;
    bool m_assessing = false; // read only for an assessor, not because the project closed
    bool m_typedHere = false; // the text differs from the published one, kept here
    std::optional<page_cache::Entry> m_entry;

    QLineEdit *m_title;
    QToolBar *m_toolbar;
    QComboBox *m_blockStyle;
    QAction *m_bold, *m_italic, *m_underline, *m_bullets, *m_numbers, *m_link, *m_table, *m_picture;
    MaterialTextEdit *m_body;
    TransferController *m_transfers = nullptr;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_publish, *m_history, *m_discard;
    QLabel *m_empty;
    Autosaver *m_autosaver;
};

} // namespace etw
