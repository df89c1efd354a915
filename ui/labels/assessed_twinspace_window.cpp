// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/assessed_twinspace_window.h"

#include "session/account_session.h"
#include "sync/sync_controller.h"
#include "twinspace/materials_panel.h"
#include "twinspace/twinspace_view.h"

#include <QAction>
#include <QEvent>
#include <QTreeView>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

AssessedTwinSpaceWindow::AssessedTwinSpaceWindow(AccountSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new TwinSpaceView(session, this))
{
    setObjectName(u"assessedTwinSpace"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    // Closed from the keyboard as a dialog is (the main window stays where it was).
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)});
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    connect(session->sync(), &SyncController::projectsChanged, m_view, &TwinSpaceView::reload);
    connect(session->sync(), &SyncController::twinSpaceChanged, m_view, &TwinSpaceView::reload);
    retranslate();
    resize(1000, 680);
}

void AssessedTwinSpaceWindow::open(qint64 projectId, const QString &what, qint64 id)
{
    m_view->reload();
    m_view->openProject(projectId);
    if (what == u"page" || what == u"material")
        m_view->openUpdate(what, id, 0);
    show();
    raise();
    activateWindow();
    if (what == u"material")
        m_view->materials()->tree()->setFocus();
    else
        m_view->tree()->setFocus();
}

void AssessedTwinSpaceWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AssessedTwinSpaceWindow::retranslate()
{
    setWindowTitle(tr("TwinSpace under assessment (read only) — eTwinning Desktop"));
    setAccessibleName(windowTitle());
}

} // namespace etw
