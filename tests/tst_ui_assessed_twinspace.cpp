// SPDX-License-Identifier: GPL-3.0-or-later
// An assessor reads the TwinSpace of the project they assess in a window beside the grid,
// offscreen against the real server with the demo's TwinSpaces: opened from the keyboard and
// from the application's evidence, read only, its materials' files downloaded for them (the
// server lets the assessors of a waiting application have them), closed with Escape; a
// decided application's project is not offered; every control named; a screenshot.
#include "server_process.h"
#include "signed_in_window.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "labels/assessed_twinspace_window.h"
#include "labels/assessment_view.h"
#include "labels/label_queue_model.h"
#include "main_window.h"
#include "session/account_session.h"
#include "transfers/transfer_controller.h"
#include "translations.h"
#include "twinspace/material_tree_model.h"
#include "twinspace/materials_panel.h"
#include "twinspace/page_editor.h"
#include "twinspace/page_tree_model.h"
#include "twinspace/twinspace_view.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeView>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiAssessedTwinSpace : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    std::optional<SignedInWindow> m_client;
    const QString m_title = u"Uccelli migratori — Zugvögel"_s;

    AssessmentView *view() { return m_client->window->assessmentView(); }
    const LabelApplication *current()
    {
        return view()->queueModel()->application(view()->queueView()->currentIndex().row());
    }
    // Opens the queue's application for `title` (the filter showing every application).
    bool select(const QString &title, bool decided)
    {
        for (int r = 0; r < view()->queueModel()->rowCount(); ++r) {
            const LabelApplication *a = view()->queueModel()->application(r);
            if (a->projectTitle == title && bool(a->decision) == decided) {
                view()->queueView()->setCurrentIndex(view()->queueModel()->index(r, 0));
                return true;
            }
        }
        return false;
    }
    QModelIndex materialNamed(MaterialsPanel *panel, const QString &name)
    {
        const QModelIndexList found =
            panel->model()->match(panel->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                  Qt::MatchStartsWith | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        m_client = openSignedIn(m_server.url(), u"correspondent.fr"_s,
                                m_home.path() + u"/fr.sqlite"_s, &m_translations, {1400, 900});
        QVERIFY(m_client);
        QVERIFY(view());
        m_client->window->findChild<QTabWidget *>()->setCurrentWidget(view());
        view()->filter()->setCurrentIndex(2); // all, decided ones too
    }

    void theTwinSpaceOpensBesideTheGridFromTheKeyboard()
    {
        // The demo's French teacher applied for the birds' project with a page and a picture.
        QVERIFY(select(m_title, false));
        const qint64 project = current()->projectId;
        QTextBrowser *text = view()->applicationText();
        QVERIFY2(text->toPlainText().contains(u"TwinSpace page: Benvenuti — Willkommen"_s),
                 qPrintable(text->toPlainText()));
        QVERIFY(text->toPlainText().contains(u"TwinSpace material: Il nido sul campanile.png"_s));
        QVERIFY(text->toHtml().contains(u"twinspace:page/"_s));
        QPushButton *button = view()->twinSpaceButton();
        QVERIFY(button->isEnabled());
        QVERIFY2(button->toolTip().contains(u"Ctrl+Shift+O"_s), qPrintable(button->toolTip()));
        QVERIFY(!button->accessibleName().isEmpty() || !button->text().isEmpty());

        saveScreenshot(view(), u"ui-assessment-evidence.png"_s,
                       QStringLiteral(QT_TESTCASE_BUILDDIR));

        view()->queueView()->setFocus();
        QTest::keyClick(view()->queueView(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        AssessedTwinSpaceWindow *window = m_client->window->assessedTwinSpace();
        QVERIFY(window);
        QTRY_VERIFY(window->isVisible());
        QVERIFY(window->windowTitle().contains(u"read only"_s));
        TwinSpaceView *space = window->view();
        QCOMPARE(space->projectId(), project);
        // The page tree, offline from the cache; nothing can be written.
        QVERIFY(space->model()->rowCount() > 0);
        QCOMPARE(space->model()->index(0, 0).data().toString(), u"Benvenuti — Willkommen"_s);
        QTRY_VERIFY(space->tree()->hasFocus());
        space->tree()->setCurrentIndex(space->model()->index(0, 0));
        QTRY_VERIFY(space->editor()->body()->toPlainText().contains(u"uccelli"_s));
        QVERIFY(space->editor()->body()->isReadOnly());
        QVERIFY2(space->editor()
                     ->findChild<QLabel *>(u"pageStatus"_s)
                     ->text()
                     .contains(u"You read this TwinSpace to assess a label application"_s),
                 qPrintable(space->editor()->findChild<QLabel *>(u"pageStatus"_s)->text()));
        QVERIFY(!space->findChild<QPushButton *>(u"newPage"_s)->isEnabled());
        QVERIFY(!space->findChild<QPushButton *>(u"exportProject"_s)->isEnabled());
        QVERIFY(!space->editor()->findChild<QPushButton *>(u"publishPage"_s)->isEnabled());
        // The assessor's own window title counts no update of a project that is not theirs.
        QVERIFY(!m_client->window->windowTitle().contains(u"update"_s));

        QVERIFY(namesEveryControl(window));
        // The page's picture is fetched for the assessor as for a member, then shown.
        const QModelIndex nest = materialNamed(space->materials(), u"Il nido sul campanile.png"_s);
        QVERIFY(nest.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(m_client->session->transfers()->hasLocalCopy(
                                     nest.data(MaterialTreeModel::Sha256Role).toString()),
                                 30000);
        saveScreenshot(window, u"ui-assessed-twinspace.png"_s,
                       QStringLiteral(QT_TESTCASE_BUILDDIR));

        // Escape closes it; the keyboard is back in the main window.
        QTest::keyClick(space->tree(), Qt::Key_Escape);
        QTRY_VERIFY(!window->isVisible());
    }

    void anEvidenceMaterialOpensAndItsFileIsDownloaded()
    {
        QVERIFY(select(m_title, false));
        const qint64 project = current()->projectId;
        qint64 material = 0;
        for (const LabelEvidence &e : current()->evidence)
            if (e.kind == u"material")
                material = e.id;
        QVERIFY(material > 0);
        // A click on the evidence in the application's text (as QTextBrowser reports it).
        Q_EMIT view()->applicationText()->anchorClicked(
            QUrl(u"twinspace:material/%1"_s.arg(material)));
        AssessedTwinSpaceWindow *window = m_client->window->assessedTwinSpace();
        QTRY_VERIFY(window->isVisible());
        TwinSpaceView *space = window->view();
        QCOMPARE(space->projectId(), project);
        MaterialsPanel *panel = space->materials();
        QCOMPARE(space->sides()->currentWidget(), panel);
        QTRY_VERIFY(panel->tree()->hasFocus());
        QCOMPARE(panel->tree()->currentIndex().data(MaterialTreeModel::MaterialIdRole).toLongLong(),
                 material);
        QVERIFY(!panel->findChild<QPushButton *>(u"uploadMaterial"_s)->isEnabled());
        QVERIFY(!panel->findChild<QPushButton *>(u"deleteMaterial"_s)->isEnabled());

        // The server gives its file to the assessor (the page showing it asked for it first),
        // and it can be kept offline for the train.
        const QModelIndex nest = materialNamed(panel, u"Il nido sul campanile.png"_s);
        QVERIFY(nest.isValid());
        const QString sha = nest.data(MaterialTreeModel::Sha256Role).toString();
        panel->tree()->setCurrentIndex(nest);
        panel->setSelectedKeptOffline(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->session->transfers()->hasLocalCopy(sha), 30000);
        QTRY_COMPARE(materialNamed(panel, u"Il nido sul campanile.png"_s)
                         .siblingAtColumn(MaterialTreeModel::CopyColumn)
                         .data()
                         .toString(),
                     u"Kept offline"_s);
        window->close();
    }

    void aDecidedApplicationsProjectIsNotOffered()
    {
        // Last year's decided applications: their TwinSpaces are their members' again.
        if (AssessedTwinSpaceWindow *open = m_client->window->assessedTwinSpace())
            open->close();
        QVERIFY(view()->queueModel()->rowCount() > 0);
        bool found = false;
        for (int r = 0; r < view()->queueModel()->rowCount() && !found; ++r) {
            const LabelApplication *a = view()->queueModel()->application(r);
            if (!a->decision)
                continue;
            found = true;
            view()->queueView()->setCurrentIndex(view()->queueModel()->index(r, 0));
        }
        QVERIFY(found);
        QVERIFY(!view()->twinSpaceButton()->isEnabled());
        QVERIFY(!view()->applicationText()->toHtml().contains(u"twinspace:"_s));
        view()->queueView()->setFocus();
        QTest::keyClick(view()->queueView(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_client->window->assessedTwinSpace()->isVisible());
    }
};

QTEST_MAIN(TestUiAssessedTwinSpace)
#include "tst_ui_assessed_twinspace.moc"
