// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace screen, offscreen, against the real server seeded with demo TwinSpaces: the
// page tree, the editor (formatting, text kept as typed within a second, publishing), a page
// created here and seen by a partner, the history with a version restored; every control has
// a name a screen reader reads.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "ui_checks.h"

#include "main_window.h"
#include "net/api_client.h"
#include "session/account_session.h"
#include "session/forum.h"
#include "session/twin_space.h"
#include "settings/app_settings.h"
#include "sync/sync_controller.h"
#include "transfers/transfer_controller.h"
#include "transfers/transfer_list_model.h"
#include "transfers/transfer_status.h"
#include "transfers/transfers_dialog.h"
#include "translations.h"
#include "twinspace/chat_view.h"
#include "twinspace/forum_panel.h"
#include "twinspace/forum_tree_model.h"
#include "twinspace/forum_view.h"
#include "twinspace/material_tree_model.h"
#include "twinspace/materials_panel.h"
#include "twinspace/page_editor.h"
#include "twinspace/page_history_dialog.h"
#include "twinspace/page_tree_model.h"
#include "twinspace/twinspace_view.h"
#include "twinspace/updates_panel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFont>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestUiTwinSpace : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    QHash<QString, SignInReply> m_accounts;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<AccountSession> openSession(const QString &user)
    {
        auto s =
            std::make_unique<AccountSession>(m_server.url(), m_accounts[user].account,
                                             m_home.path() + u"/"_s + user + u".sqlite"_s, nullptr);
        if (!s->open().ok())
            return nullptr;
        s->setToken(m_accounts[user].token);
        return s;
    }
    TwinSpaceView *view() { return m_window->twinSpaceView(); }
    QModelIndex pageNamed(const QString &title)
    {
        const QModelIndexList found =
            view()->model()->match(view()->model()->index(0, 0), Qt::DisplayRole, title, 1,
                                   Qt::MatchStartsWith | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }
    QHash<QString, QJsonObject> serverScope(const QString &user, qint64 project)
    {
        Http http(m_server.url());
        http.setToken(m_accounts[user].token);
        return http.pullScope(u"project:%1"_s.arg(project));
    }
    MaterialsPanel *panel() { return view()->materials(); }
    QModelIndex materialNamed(const QString &name)
    {
        const QModelIndexList found =
            panel()->model()->match(panel()->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                    Qt::MatchStartsWith | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.path() + u"/"_s + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    static QByteArray picture(int w, int h, QColor colour)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return out;
    }
    // What the server takes for a video: noise after an MP4's first box.
    static QByteArray videoBytes(qsizetype size, quint32 seed)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator rng(seed);
        rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        bytes.replace(0, 20,
                      QByteArray("\0\0\0\x14"
                                 "ftypisom\0\0\x02\0isom",
                                 20));
        return bytes;
    }

    static void save(QWidget *w, const QString &name)
    {
        saveScreenshot(w, name, QStringLiteral(QT_TESTCASE_BUILDDIR));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        for (const QString &user : {u"teacher.fr"_s, u"teacher.it"_s}) {
            const auto in = signInClient(m_server.url(), user);
            QVERIFY(in);
            m_accounts.insert(user, *in);
        }
        m_session = openSession(u"teacher.fr"_s);
        QVERIFY(m_session);
        m_window = std::make_unique<MainWindow>(m_session.get(), &m_translations);
        m_window->show();
        QVERIFY(syncedUpToDate(*m_session->sync()));
        auto *tabs = m_window->findChild<QTabWidget *>();
        tabs->setCurrentWidget(view());
    }

    void theSeededTwinSpaceShowsItsTreeAndText()
    {
        auto *projects = view()->findChild<QComboBox *>(u"twinSpaceProject"_s);
        // Active projects have a TwinSpace; one still waiting for approval has none yet.
        QTRY_COMPARE(projects->count(), 2);
        QVERIFY(projects->findText(u"Nos rivières, i nostri fiumi"_s) >= 0);
        QCOMPARE(projects->findText(u"Contes d'Europe"_s), -1);
        view()->openProject(projects
                                ->itemData(projects->findText(u"Nos rivières, i nostri "
                                                              u"fiumi"_s))
                                .toLongLong());
        const QModelIndex calendar = pageNamed(u"Calendrier"_s);
        QVERIFY(calendar.isValid());
        QCOMPARE(view()->model()->rowCount(calendar), 2); // its two months
        QCOMPARE(view()->model()->rowCount(), 3);
        view()->tree()->setCurrentIndex(pageNamed(u"Bienvenue"_s));
        QVERIFY(view()->editor()->body()->toPlainText().contains(u"Benvenuti nel nostro"_s));
        auto *status = view()->findChild<QLabel *>(u"pageStatus"_s);
        QVERIFY2(status->text().contains(u"version 3"_s), qPrintable(status->text()));
        save(m_window.get(), u"ui-twinspace.png"_s);

        // A screen reader names every control of the screen, and every row of its tree.
        QVERIFY(namesEveryControl(view()));
        // ... and every formatting action has its shortcut in its tooltip.
        for (const char *name : {"formatBold", "formatItalic", "formatUnderline", "insertLink"}) {
            auto *action = view()->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            QVERIFY(!action->shortcut().isEmpty());
            QVERIFY(
                action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        }
    }

    void typedTextIsKeptWithinASecondThenPublished()
    {
        const QModelIndex calendar = pageNamed(u"Calendrier"_s);
        view()->tree()->setCurrentIndex(calendar);
        const qint64 pageId = calendar.data(PageTreeModel::PageIdRole).toLongLong();
        QTextEdit *body = view()->editor()->body();
        body->setFocus();
        QTextCursor end = body->textCursor();
        end.movePosition(QTextCursor::End);
        body->setTextCursor(end);
        QElapsedTimer typing;
        QTest::keyClicks(body, u" Janvier : le carnaval"_s);
        typing.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->twinSpace()->typed(pageId).has_value(), 1000);
        QVERIFY(typing.elapsed() < 1000);
        QVERIFY(m_session->twinSpace()->typed(pageId)->body.contains(u"carnaval"_s));
        // Bold on a selected word, with the toolbar's action.
        QTextCursor word = body->textCursor();
        word.movePosition(QTextCursor::PreviousWord, QTextCursor::KeepAnchor);
        body->setTextCursor(word);
        view()->findChild<QAction *>(u"formatBold"_s)->trigger();
        QVERIFY(body->document()->find(u"carnaval"_s).charFormat().fontWeight() >= QFont::Bold);

        QVERIFY(view()->editor()->publish());
        QVERIFY(!m_session->twinSpace()->typed(pageId).has_value());
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const QJsonObject page =
            serverScope(u"teacher.fr"_s, view()->projectId()).value(u"page/%1"_s.arg(pageId));
        QCOMPARE(page[u"revision"_s].toInteger(), 2);
        const QString html = page[u"body"_s].toString();
        QVERIFY2(html.contains(u"carnaval"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<b>carnaval</b>"_s) || html.contains(u"font-weight"_s),
                 qPrintable(html));
        QVERIFY2(html.contains(u"<li>"_s), qPrintable(html)); // the list survived the editor
    }

    void aPageCreatedHereShowsAtOnceAndReachesThePartner()
    {
        // Offline, so that no sync can take it before it is looked at.
        m_server.stop();
        QVERIFY(view()->createPage(u"Photos de classe"_s, false));
        // Before any sync: in the tree, as a draft not sent yet.
        const QModelIndex created = pageNamed(u"Photos de classe"_s);
        QVERIFY(created.isValid());
        QVERIFY(created.data().toString().contains(u"draft"_s));
        QVERIFY(created.data(PageTreeModel::PageIdRole).toLongLong() < 0);
        QTest::keyClicks(view()->editor()->body(), u"Nos photos de la riviere."_s);
        QVERIFY(view()->editor()->publish());
        QVERIFY(m_server.restart());
        QVERIFY(syncedUpToDate(*m_session->sync()));
        // Now with the server's id, still selected, published.
        const QModelIndex published = pageNamed(u"Photos de classe"_s);
        QVERIFY(published.isValid());
        const qint64 id = published.data(PageTreeModel::PageIdRole).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(view()->tree()->currentIndex(), published);
        QVERIFY(!published.data().toString().contains(u"draft"_s));

        auto partner = openSession(u"teacher.it"_s);
        QVERIFY(syncedUpToDate(*partner->sync()));
        const auto page = partner->twinSpace()->page(view()->projectId(), id);
        QVERIFY(page);
        QVERIFY(page->page.body.contains(u"Nos photos de la riviere."_s));
    }

    void materialsPanelShowsFoldersAndSendsUploads()
    {
        view()->sides()->setCurrentWidget(panel());
        // The demo's materials, in their folders; none downloaded yet.
        const QModelIndex rhone = materialNamed(u"Le Rhône à Lyon.png"_s);
        QVERIFY(rhone.isValid());
        QCOMPARE(rhone.parent().data().toString(), u"Lyon"_s);
        QCOMPARE(rhone.parent().parent().data().toString(), u"Photos"_s);
        QVERIFY(materialNamed(u"Documents"_s).isValid());
        // A picture shown in a page opened earlier was downloaded for it; a leaflet was not.
        QCOMPARE(materialNamed(u"Calendrier du projet"_s)
                     .siblingAtColumn(MaterialTreeModel::CopyColumn)
                     .data()
                     .toString(),
                 u"Not downloaded"_s);
        QCOMPARE(rhone.siblingAtColumn(MaterialTreeModel::CopyColumn).data().toString(), u"Here"_s);
        QVERIFY(namesEveryControl(panel()));

        // A file that only pretends to be a picture is refused before anything is sent.
        QByteArray program(5000, '\0');
        program.replace(0, 16,
                        QByteArray("\x7f"
                                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                   16));
        const QString fake = writeFile(u"pas une image.png"_s, program);
        panel()->tree()->setCurrentIndex(rhone.parent());
        QCOMPARE(panel()->upload({fake}), 0);
        QVERIFY2(panel()->message().contains(u"pas une image.png"_s),
                 qPrintable(panel()->message()));

        // A real one goes in the selected folder, shows at once with its progress, and becomes
        // the project's material once the server has verified it.
        QSignalSpy uploaded(m_session->transfers(), &TransferController::uploaded);
        const QString path = writeFile(u"Les quais.png"_s, picture(800, 600, Qt::darkBlue));
        QCOMPARE(panel()->upload({path}), 1);
        QVERIFY(materialNamed(u"Les quais.png"_s).isValid());
        QCOMPARE(materialNamed(u"Les quais.png"_s).data(MaterialTreeModel::KindRole).toInt(),
                 int(MaterialTreeModel::Upload));
        QVERIFY(uploaded.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(
            materialNamed(u"Les quais.png"_s).data(MaterialTreeModel::KindRole).toInt() ==
                MaterialTreeModel::Material,
            60000);
        const QModelIndex quais = materialNamed(u"Les quais.png"_s);
        QCOMPARE(quais.data(MaterialTreeModel::FolderRole).toString(), u"Photos/Lyon"_s);
        // Its sender has it: it was copied here before it left.
        QCOMPARE(quais.siblingAtColumn(MaterialTreeModel::CopyColumn).data().toString(), u"Here"_s);
        const auto scope = serverScope(u"teacher.fr"_s, view()->projectId());
        QVERIFY(scope.contains(
            u"material/%1"_s.arg(quais.data(MaterialTreeModel::MaterialIdRole).toLongLong())));
        save(m_window.get(), u"ui-twinspace-materials.png"_s);
    }

    void keptOfflineMaterialsAreDownloaded()
    {
        const QModelIndex po = materialNamed(u"Scheda di osservazione.pdf"_s);
        QVERIFY(po.isValid());
        const QString sha = po.data(MaterialTreeModel::Sha256Role).toString();
        QVERIFY(!m_session->transfers()->hasLocalCopy(sha));
        panel()->tree()->setCurrentIndex(po);
        QSignalSpy ready(m_session->transfers(), &TransferController::localCopyReady);
        panel()->setSelectedKeptOffline(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->transfers()->hasLocalCopy(sha), 30000);
        QTRY_COMPARE(materialNamed(u"Scheda di osservazione.pdf"_s)
                         .siblingAtColumn(MaterialTreeModel::CopyColumn)
                         .data()
                         .toString(),
                     u"Kept offline"_s);
        QVERIFY(panel()->findChild<QPushButton *>(u"keepMaterialOffline"_s)->isChecked());
    }

    void aPictureInsertedFromTheMaterialsIsPublished()
    {
        // A new page, then the picture from the materials panel at its cursor.
        view()->sides()->setCurrentIndex(0);
        QVERIFY(view()->createPage(u"Nos photos des quais"_s, false));
        // Open in the editor, whether or not the sync took its creation meanwhile.
        QCOMPARE(view()->editor()->title()->text(), u"Nos photos des quais"_s);
        view()->editor()->body()->setPlainText(u"Les quais du Rhône : "_s);
        view()->editor()->body()->moveCursor(QTextCursor::End);
        view()->sides()->setCurrentWidget(panel());
        const QModelIndex quais = materialNamed(u"Les quais.png"_s);
        QVERIFY(quais.isValid());
        const QString sha = quais.data(MaterialTreeModel::Sha256Role).toString();
        panel()->tree()->setCurrentIndex(quais);
        QVERIFY(panel()->findChild<QPushButton *>(u"insertMaterial"_s)->isEnabled());
        panel()->insertSelected();
        QTextEdit *body = view()->editor()->body();
        QVERIFY(body->toHtml().contains(u"material:"_s + sha));
        // Drawn from this computer's copy (800 pixels wide), not a placeholder.
        const QImage shown =
            body->document()
                ->resource(QTextDocument::ImageResource, QUrl(u"material:"_s + sha))
                .value<QImage>();
        QCOMPARE(shown.width(), 800);
        save(view()->editor(), u"ui-page-with-picture.png"_s);
        QVERIFY(view()->editor()->publish());
        // The page's creation, then its text: a round each.
        auto published = [&] {
            for (const QJsonObject &o : serverScope(u"teacher.fr"_s, view()->projectId()))
                if (o.value(u"title"_s).toString() == u"Nos photos des quais" &&
                    o.value(u"body"_s).toString().contains(u"material:"_s + sha))
                    return true;
            return false;
        };
        for (int round = 0; round < 5 && !published(); ++round)
            QVERIFY(syncedUpToDate(*m_session->sync()));
        if (!published()) {
            for (const auto &e : m_session->pendingEdits())
                qWarning() << "waiting:" << e.mutation.type << e.mutation.op << e.lastError;
            for (const auto &i : m_session->issues())
                qWarning() << "issue:" << i.type << i.kind << i.error;
            for (const QJsonObject &o : serverScope(u"teacher.fr"_s, view()->projectId()))
                if (o.value(u"title"_s).toString().contains(u"quais"_s))
                    qWarning() << "on the server:" << o;
        }
        QVERIFY(published());
    }

    void transfersCanBePausedResumedAndCancelled()
    {
        // Big enough to be caught on its way.
        const QByteArray video = videoBytes(40 * 1000 * 1000, 3);
        const QString path = writeFile(u"Vidéo du Rhône.mp4"_s, video);
        view()->sides()->setCurrentWidget(panel());
        panel()->tree()->setCurrentIndex(materialNamed(u"Documents"_s));
        QVERIFY2(panel()->upload({path}) == 1, qPrintable(panel()->message()));
        m_window->showTransfers();
        auto *dialog = m_window->findChild<TransfersDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->model()->rowCount() > 0);
        const int row = dialog->model()->rowOf(m_session->transfers()->transfers().first().id);
        QVERIFY(row >= 0);
        dialog->table()->selectRow(row);
        const qint64 id = dialog->model()->at(row).id;
        auto state = [&] { return dialog->model()->at(dialog->model()->rowOf(id)).state; };
        dialog->findChild<QPushButton *>(u"pauseTransfer"_s)->click();
        QTRY_VERIFY(state() == Transfer::State::Paused);
        QVERIFY(dialog->findChild<QPushButton *>(u"resumeTransfer"_s)->isEnabled());
        QVERIFY(m_window->transferStatus()->isVisible());
        QVERIFY2(m_window->transferStatus()->text().contains(u"Sending 1 file"_s),
                 qPrintable(m_window->transferStatus()->text()));
        QVERIFY(namesEveryControl(dialog));
        save(dialog, u"ui-transfers.png"_s);
        // Resumed, it goes on from where it was and arrives.
        dialog->findChild<QPushButton *>(u"resumeTransfer"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(state() == Transfer::State::Done, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(
            materialNamed(u"Vidéo du Rhône.mp4"_s).data(MaterialTreeModel::KindRole).toInt() ==
                MaterialTreeModel::Material,
            60000);

        // Another, paused then cancelled: it never becomes a material.
        const QString other = writeFile(u"Brouillon.mp4"_s, video.left(20 * 1000 * 1000));
        QCOMPARE(panel()->upload({other}), 1);
        QTRY_VERIFY(dialog->model()->rowOf(m_session->transfers()->transfers().first().id) >= 0);
        const qint64 second = m_session->transfers()->transfers().first().id;
        QVERIFY(second != id);
        dialog->table()->selectRow(dialog->model()->rowOf(second));
        dialog->findChild<QPushButton *>(u"pauseTransfer"_s)->click();
        auto secondState = [&] {
            return dialog->model()->at(dialog->model()->rowOf(second)).state;
        };
        QTRY_VERIFY(secondState() == Transfer::State::Paused);
        dialog->findChild<QPushButton *>(u"cancelTransfer"_s)->click();
        QTRY_VERIFY(secondState() == Transfer::State::Cancelled);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QVERIFY(!materialNamed(u"Brouillon.mp4"_s).isValid());
        dialog->findChild<QPushButton *>(u"clearTransfers"_s)->click();
        QTRY_COMPARE(dialog->model()->rowOf(id), -1);

        // The room for copies on this computer: what they take, and the user's limit, kept.
        auto *usage = dialog->findChild<QLabel *>(u"localCopiesUsage"_s);
        const qint64 here = m_session->transfers()->localBytes();
        QVERIFY(here >= video.size()); // the sent video's copy stays here
        QVERIFY2(usage->text().contains(QLocale().formattedDataSize(here, 1)),
                 qPrintable(usage->text()));
        auto *room = dialog->findChild<QDoubleSpinBox *>(u"localCopiesBudget"_s);
        QCOMPARE(room->value(), 2.0);
        room->setValue(0.5);
        QCOMPARE(m_session->transfers()->budget(), 500'000'000);
        QCOMPARE(AppSettings().materialsBudget(), 500'000'000);
        room->setValue(2.0);
        dialog->close();
    }

    // The TwinSpace is full (the server's quota lowered under what it holds): an upload fails
    // with a message that says why, waits for the user, and goes with Retry once there is room.
    void aFailedUploadSaysWhyAndGoesOnRetry()
    {
        QVERIFY(m_server.restart({u"--project-quota-bytes"_s, u"1000000"_s}));
        const QByteArray clip = videoBytes(300'000, 4);
        view()->sides()->setCurrentWidget(panel());
        panel()->tree()->setCurrentIndex(materialNamed(u"Documents"_s));
        QCOMPARE(panel()->upload({writeFile(u"Interview.mp4"_s, clip)}), 1);
        m_window->showTransfers();
        auto *dialog = m_window->findChild<TransfersDialog *>();
        QVERIFY(dialog);
        const qint64 id = m_session->transfers()->transfers().first().id;
        auto row = [&] { return dialog->model()->rowOf(id); };
        QTRY_VERIFY(row() >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->at(row()).state == Transfer::State::Failed,
                                 30000);
        const QString why =
            dialog->model()->index(row(), TransferListModel::StateColumn).data().toString() +
            dialog->model()
                ->index(row(), TransferListModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString();
        QVERIFY2(why.contains(u"Interview.mp4"_s) && why.contains(u"room"_s), qPrintable(why));
        dialog->table()->selectRow(row());
        auto *retry = dialog->findChild<QPushButton *>(u"retryTransfer"_s);
        QVERIFY(retry->isEnabled());

        QVERIFY(m_server.restart());
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->at(row()).state == Transfer::State::Done, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(materialNamed(u"Interview.mp4"_s).isValid(), 60000);
        dialog->close();
    }

    void exportOpensWithoutTheApp()
    {
        QTemporaryDir target;
        QSignalSpy finished(view(), &TwinSpaceView::exportFinished);
        view()->exportTo(target.path());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QStringList folders =
            QDir(target.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        const QDir folder(target.filePath(folders.first()));
        QVERIFY(folder.exists(u"index.html"_s));
        QVERIFY(folder.exists(u"README.txt"_s));
        // The pages the window shows, the one published from this computer included.
        QFile index(folder.filePath(u"index.html"_s));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        QVERIFY(html.contains(u"Photos de classe"_s));
        QVERIFY(html.contains(u"Calendrier"_s));
        QCOMPARE(QDir(target.path()).entryList({u"*.zip"_s}, QDir::Files).size(), 1);
        // Every material, downloaded first when it was not here.
        QCOMPARE(QDir(folder.filePath(u"materials"_s)).entryList(QDir::Files).size(),
                 m_session->twinSpace()->materials(view()->projectId()).size());
        QVERIFY(view()->findChild<QLabel *>(u"exportStatus"_s)->text().contains(folder.path()) ||
                view()
                    ->findChild<QLabel *>(u"exportStatus"_s)
                    ->text()
                    .contains(QDir::toNativeSeparators(folder.path())));
    }

    void historyComparesAndRestores()
    {
        const QModelIndex welcome = pageNamed(u"Bienvenue"_s);
        view()->tree()->setCurrentIndex(welcome);
        const qint64 pageId = welcome.data(PageTreeModel::PageIdRole).toLongLong();
        view()->showHistory();
        auto *dialog = m_window->findChild<PageHistoryDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 3);
        QVERIFY(dialog->list()->item(0)->text().startsWith(u"Version 3"_s));
        dialog->select(1);
        QVERIFY(!dialog->view()->toPlainText().contains(u"Benvenuti"_s));
        dialog->findChild<QPushButton *>(u"compareRevision"_s)->click();
        QVERIFY(dialog->view()->toPlainText().contains(u"Benvenuti"_s)); // right: the current
        save(dialog, u"ui-page-history.png"_s);
        dialog->findChild<QPushButton *>(u"restoreRevision"_s)->click();
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const auto scope = serverScope(u"teacher.fr"_s, view()->projectId());
        QCOMPARE(scope.value(u"page/%1"_s.arg(pageId))[u"revision"_s].toInteger(), 4);
        const QJsonObject four = scope.value(u"page_revision/%1"_s.arg((pageId << 20) | 4));
        QCOMPARE(four[u"kind"_s].toString(), u"restored"_s);
        QCOMPARE(four[u"restoredFrom"_s].toInteger(), 1);
        QTRY_VERIFY(!view()->editor()->body()->toPlainText().contains(u"Benvenuti"_s));
    }

    // The partner publishes over the same place while this teacher types: the text typed here
    // comes back to the editor, on the partner's version. The teacher keeps the other one
    // (Discard my changes: theirs shows, mine stays a version), then, the next time, a text
    // merged by hand, which replaces the version.
    void anOverlappingTextIsSettledFromTheEditor()
    {
        const QModelIndex calendar = pageNamed(u"Calendrier"_s);
        view()->tree()->setCurrentIndex(calendar);
        const qint64 pageId = calendar.data(PageTreeModel::PageIdRole).toLongLong();
        PageEditor *editor = view()->editor();
        auto *discard = editor->findChild<QPushButton *>(u"discardPage"_s);
        QVERIFY(discard && !discard->isEnabled()); // nothing typed yet
        Http partner(m_server.url());
        QCOMPARE(partner.signIn(u"teacher.it"_s, u"demo1234"_s).status, 200);

        auto overlap = [&](const QString &mine, const QString &theirs) {
            const auto before = m_session->twinSpace()->page(view()->projectId(), pageId);
            QVERIFY(before);
            QTextEdit *body = editor->body();
            body->setFocus();
            QTextCursor end = body->textCursor();
            end.movePosition(QTextCursor::End);
            body->setTextCursor(end);
            QTest::keyClicks(body, mine);
            editor->keepTypedNow();
            QTRY_VERIFY(discard->isEnabled());
            // In the same paragraph as the text typed here: the last one.
            QString theirBody = before->page.body;
            const qsizetype last =
                std::max(theirBody.lastIndexOf(u"</p>"_s), theirBody.lastIndexOf(u"</li>"_s));
            QVERIFY(last > 0);
            theirBody.insert(last, u" "_s + theirs);
            const QJsonObject r = partner.mutate(
                u"page_revision"_s, u"create"_s, pageId,
                QJsonObject{{u"projectId"_s, view()->projectId()}, {u"body"_s, theirBody}},
                before->page.revision);
            QCOMPARE(r[u"status"_s].toString(), u"applied"_s);
            QVERIFY(editor->publish());
            QVERIFY(syncedUpToDate(*m_session->sync()));
            const auto standing = m_session->twinSpace()->page(view()->projectId(), pageId);
            QVERIFY(standing->page.revision > before->page.revision);
            QVERIFY(standing->page.body.contains(theirs));
            // Mine, back in the editor, kept here, and a version on the server.
            QTRY_VERIFY(discard->isEnabled());
            QVERIFY(editor->body()->toPlainText().contains(mine.trimmed()));
            QCOMPARE(m_session->twinSpace()->typed(pageId)->baseRevision, standing->page.revision);
            const auto revisions = m_session->twinSpace()->revisions(pageId);
            QVERIFY(!revisions.isEmpty());
            QCOMPARE(revisions.first().kind, u"kept"_s);
            QVERIFY(revisions.first().body.contains(mine.trimmed()));
        };

        overlap(u" Fevrier : la chandeleur"_s, u"Febbraio: il carnevale di Venezia"_s);
        if (QTest::currentTestFailed())
            return;
        save(m_window.get(), u"ui-page-conflict.png"_s);
        // Keeping the other: asked first, since a text typed here may exist nowhere else.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == u"discardPageQuestion"_s)
                box->button(QMessageBox::Discard)->click();
        });
        QVERIFY(editor->discardTyped());
        QVERIFY(!m_session->twinSpace()->typed(pageId));
        QVERIFY(!discard->isEnabled());
        QVERIFY(editor->body()->toPlainText().contains(u"il carnevale di Venezia"_s));
        QVERIFY(!editor->body()->toPlainText().contains(u"chandeleur"_s));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const qint64 theirs = serverScope(u"teacher.fr"_s, view()->projectId())
                                  .value(u"page/%1"_s.arg(pageId))[u"revision"_s]
                                  .toInteger();

        // Merged by hand: both texts, published on the version that stands.
        overlap(u" Mars : le printemps"_s, u"Marzo: la primavera"_s);
        if (QTest::currentTestFailed())
            return;
        QTextEdit *body = editor->body();
        QTextCursor end = body->textCursor();
        end.movePosition(QTextCursor::End);
        body->setTextCursor(end);
        QTest::keyClicks(body, u" / Marzo"_s);
        QVERIFY(editor->publish());
        QVERIFY(syncedUpToDate(*m_session->sync()));
        const QJsonObject page =
            serverScope(u"teacher.fr"_s, view()->projectId()).value(u"page/%1"_s.arg(pageId));
        QVERIFY(page[u"revision"_s].toInteger() > theirs);
        const QString html = page[u"body"_s].toString();
        QVERIFY2(html.contains(u"Mars : le printemps / Marzo"_s), qPrintable(html));
        QVERIFY2(html.contains(u"il carnevale di Venezia"_s), qPrintable(html));
        // Each overlap was explained among the edits needing attention; settled, they go.
        const auto issues = m_session->issues();
        QCOMPARE(issues.size(), 2);
        for (const auto &issue : issues) {
            QCOMPARE(issue.kind, u"conflict"_s);
            m_session->dismissIssue(issue.id);
        }
        QVERIFY(m_session->issues().isEmpty());
    }

    // The forum: the demo's discussions with what the partner wrote unread, a thread read, a
    // reply typed (kept as typed within a second), posted with Ctrl+Return and on the server
    // with the next sync; a new discussion and its first thread.
    void theForumIsReadAndWrittenFromTheKeyboard()
    {
        // Keys go to the active window (the earlier tests' dialogs took it).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view()->sides()->setCurrentWidget(view()->forumPanel());
        QVERIFY(view()->forumView()->isVisible());
        ForumPanel *forum = view()->forumPanel();
        ForumTreeModel *model = forum->model();
        QTRY_VERIFY(model->rowCount() >= 2);
        // Something the partner wrote and this account never read: bold, said "unread".
        QModelIndex unread;
        for (const QModelIndex &i : model->match(model->index(0, 0), ForumTreeModel::UnreadRole,
                                                 true, -1, Qt::MatchExactly | Qt::MatchRecursive))
            if (i.data(ForumTreeModel::KindRole).toInt() == ForumTreeModel::Thread)
                unread = i;
        QVERIFY(unread.isValid());
        QVERIFY(unread.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(unread.data(Qt::AccessibleTextRole).toString().contains(u"unread"_s));
        const qint64 threadId = unread.data(ForumTreeModel::IdRole).toLongLong();
        forum->tree()->setCurrentIndex(unread);
        ForumView *thread = view()->forumView();
        QCOMPARE(thread->threadId(), threadId);
        QVERIFY(!thread->posts()->toPlainText().isEmpty());
        // Read now: no longer bold.
        const QModelIndex read = model->indexOf(ForumTreeModel::Thread, threadId);
        QVERIFY(!read.data(ForumTreeModel::UnreadRole).toBool());
        QVERIFY(namesEveryControl(view()));
        save(view(), u"ui-forum-thread.png"_s);

        // Typed, kept within a second as typed, then posted from the keyboard.
        thread->replyEdit()->setFocus();
        QTest::keyClicks(thread->replyEdit(), u"Merci ! Voir https://example.org/riviere"_s);
        const QString key = forum_cache::replyKey(threadId);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_session->forum()->typed(key).value_or(QJsonObject()).value(u"text"_s).toString() ==
                u"Merci ! Voir https://example.org/riviere"_s,
            1000);
        QTest::keyClick(thread->replyEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(thread->replyEdit()->toPlainText().isEmpty(), qPrintable(thread->message()));
        QVERIFY(thread->posts()->toPlainText().contains(u"waiting to be sent"_s));
        QVERIFY(thread->posts()->toHtml().contains(u"href=\"https://example.org/riviere\""_s));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        bool arrived = false;
        for (const QJsonObject &o : serverScope(u"teacher.fr"_s, view()->projectId()))
            arrived = arrived || o.value(u"text"_s).toString().startsWith(u"Merci ! Voir"_s);
        QVERIFY(arrived);
        QTRY_VERIFY(!thread->posts()->toPlainText().contains(u"waiting to be sent"_s));

        // A new discussion, then its first thread, from the panel's shortcuts.
        QTest::keyClick(forum->tree(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(thread->newTitle()->isVisible(), "the new discussion's form shows");
        QVERIFY2(thread->newTitle()->hasFocus(),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : u"nothing"_s));
        QTest::keyClicks(thread->newTitle(), u"Sortie au parc"_s); // keyClicks types ASCII only
        QTest::keyClicks(thread->newText(), u"Organisons la sortie du printemps."_s);
        QVERIFY(thread->createDiscussion());
        QVERIFY(thread->newTitle()->hasFocus()); // the first thread's form, at once
        QTest::keyClicks(thread->newTitle(), u"Date et horaires"_s);
        QTest::keyClicks(thread->newText(), u"Le 12 avril, a 9 h."_s);
        QTest::keyClick(thread->newText(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(thread->threadId() != 0, qPrintable(thread->message()));
        // In the tree, under its local id or the server's (the sync may have taken it already).
        const qint64 made = thread->threadId();
        QTRY_VERIFY(model
                        ->indexOf(ForumTreeModel::Thread,
                                  m_session->forum()->currentId(forum_cache::Kind::Thread, made))
                        .isValid());
        save(view(), u"ui-forum-new-thread.png"_s);
        // The titles keep the room after the forum was read again.
        QCOMPARE(forum->tree()->header()->sectionResizeMode(ForumTreeModel::TitleColumn),
                 QHeaderView::Stretch);
        // A title left empty is refused, naming the field.
        forum->select(ForumTreeModel::Thread,
                      m_session->forum()->currentId(forum_cache::Kind::Thread, made));
        QVERIFY(forum->findChild<QPushButton *>(u"newThread"_s)->isEnabled());
        QTest::keyClick(forum->tree(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(thread->newTitle()->hasFocus());
        QVERIFY(!thread->postThread());
        QVERIFY2(thread->message().startsWith(u"Title"_s), qPrintable(thread->message()));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QVERIFY(syncedUpToDate(*m_session->sync()));
        QCOMPARE(m_session->waitingEdits(), 0);
        QCOMPARE(m_session->issues().size(), 0);
    }

    // What the partner did shows as updates, newest first, unread in bold and counted in the
    // window's title and in My projects; an update opens its page; looked at, they are read.
    void updatesSayWhatPartnersDidAndOpenIt()
    {
        QVERIFY(syncedUpToDate(*m_session->sync()));
        // "(12 updates)": what others did in every TwinSpace, not looked at yet.
        const auto counted = [this] {
            const auto m =
                QRegularExpression(u"\\((\\d+) updates?\\)"_s).match(m_window->windowTitle());
            return m.hasMatch() ? m.captured(1).toInt() : 0;
        };
        QTRY_VERIFY(counted() > 0);
        const int before = counted();
        const int here = m_session->unreadUpdates(view()->projectId());
        QVERIFY(here > 0);
        view()->sides()->setCurrentWidget(view()->updates());
        QStandardItemModel *updates = view()->updates()->model();
        QVERIFY(updates->rowCount() > 0);
        QModelIndex page;
        for (int row = 0; row < updates->rowCount(); ++row) {
            const QModelIndex i = updates->index(row, 0);
            const QString text = i.data().toString();
            QVERIFY2(!text.isEmpty(), "an update says what happened");
            if (!page.isValid() && i.data(UpdatesPanel::WhatRole).toString() == u"page" &&
                i.data(UpdatesPanel::UnreadRole).toBool())
                page = i;
        }
        QVERIFY(page.isValid());
        // The project's approval is news too, in its place by time.
        bool approval = false;
        for (int row = 0; row < updates->rowCount(); ++row)
            approval = approval || updates->index(row, 0).data().toString().contains(
                                       u"national support services approved the project"_s);
        QVERIFY(approval);
        QVERIFY(page.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(page.data().toString().contains(u"published the page"_s));
        QVERIFY(namesEveryControl(view()));
        save(view(), u"ui-updates.png"_s);
        // My projects says it too.
        bool listed = false;
        auto *projects = m_window->findChild<QAbstractItemView *>(u"projects"_s);
        QVERIFY(projects);
        for (int row = 0; row < projects->model()->rowCount(); ++row)
            listed = listed ||
                     projects->model()->index(row, 0).data().toString().contains(u"new update"_s);
        QVERIFY(listed);
        // Enter on it opens its page in the editor.
        view()->updates()->list()->setCurrentIndex(page);
        QTest::keyClick(view()->updates()->list(), Qt::Key_Return);
        QCOMPARE(view()->sides()->currentIndex(), 0);
        QCOMPARE(view()->editor()->pageId(), page.data(UpdatesPanel::IdRole).toLongLong());
        // Looked at (the tab left): read, the title no longer counts them.
        QTRY_COMPARE(counted(), before - here);
        QCOMPARE(m_session->unreadUpdates(view()->projectId()), 0);
        view()->sides()->setCurrentWidget(view()->updates());
        for (int row = 0; row < view()->updates()->model()->rowCount(); ++row)
            QVERIFY(
                !view()->updates()->model()->index(row, 0).data(UpdatesPanel::UnreadRole).toBool());
    }

    // A project approved this minute has an empty TwinSpace: each part of it says what to do
    // first, never just blank.
    void anEmptyTwinSpaceSaysWhatToDoFirst()
    {
        QHash<QString, std::shared_ptr<Http>> as;
        for (const QString &user :
             {u"teacher.fr"_s, u"teacher.it"_s, u"correspondent.fr"_s, u"correspondent.it"_s}) {
            as.insert(user, std::make_shared<Http>(m_server.url()));
            QCOMPARE(as[user]->signIn(user, u"demo1234"_s).status, 200);
        }
        const QJsonObject form{
            {u"kind"_s, u"european"_s},
            {u"title"_s, u"Le vent et les moulins"_s},
            {u"summary"_s, u"Nos élèves construisent des moulins et mesurent le vent."_s},
            {u"subjects"_s, QJsonArray{u"science"_s}},
            {u"languages"_s, QJsonArray{u"fr"_s, u"it"_s}},
            {u"ageMin"_s, 9},
            {u"ageMax"_s, 11},
            {u"durationMonths"_s, 4},
            {u"aims"_s, u"Mesurer, comparer, écrire aux partenaires."_s},
            {u"invitations"_s,
             QJsonArray{QJsonObject{{u"accountId"_s, m_accounts[u"teacher.it"_s].account.id},
                                    {u"role"_s, u"founder"_s}}}}};
        const qint64 id = as[u"teacher.fr"_s]
                              ->mutate(u"project"_s, u"create"_s, 0, form)[u"entityId"_s]
                              .toInteger();
        QVERIFY(id > 0);
        QCOMPARE(as[u"teacher.it"_s]
                     ->mutate(u"project_invitation"_s, u"update"_s, id,
                              {{u"response"_s, u"accept"_s}})[u"status"_s]
                     .toString(),
                 u"applied"_s);
        for (const QString &service : {u"correspondent.fr"_s, u"correspondent.it"_s})
            QCOMPARE(as[service]
                         ->mutate(u"project_decision"_s, u"create"_s, id,
                                  {{u"decision"_s, u"approve"_s}})[u"status"_s]
                         .toString(),
                     u"applied"_s);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        auto *projects = view()->findChild<QComboBox *>(u"twinSpaceProject"_s);
        QTRY_VERIFY(projects->findText(u"Le vent et les moulins"_s) >= 0);
        view()->openProject(id);
        auto hint = [&](QWidget *side, const QString &name) -> QString {
            view()->sides()->setCurrentWidget(side);
            auto *label = view()->findChild<QLabel *>(name);
            return label && label->isVisible() ? label->text() : QString();
        };
        const QString pages = hint(view()->sides()->widget(0), u"noPages"_s);
        QVERIFY2(pages.contains(u"New page"_s), qPrintable(pages));
        const QString materials = hint(panel(), u"noMaterials"_s);
        QVERIFY2(materials.contains(u"Upload"_s), qPrintable(materials));
        const QString forum = hint(view()->forumPanel(), u"noDiscussions"_s);
        QVERIFY2(forum.contains(u"New discussion"_s), qPrintable(forum));
        // The chat's tab (its side is a description) opens the room on the right.
        const QString chat =
            hint(view()->sides()->widget(view()->sides()->count() - 2), u"chatEmpty"_s);
        QVERIFY2(chat.contains(u"type below"_s), qPrintable(chat));
        view()->sides()->setCurrentIndex(0);
        save(m_window.get(), u"ui-twinspace-empty.png"_s);
    }
};

QTEST_MAIN(TestUiTwinSpace)
#include "tst_ui_twinspace.moc"
