// SPDX-License-Identifier: GPL-3.0-or-later
// The materials panel's thumbnails, offscreen, against the real server seeded with demo
// TwinSpaces: pictures and PDFs show the server's thumbnail as their row's decoration and
// beside their details, another file keeps its type's icon; thumbnails are kept on the disk
// by content (a new session shows them with the server stopped), the folder stays within its
// limits, and a refused token is said as the transfers say it.
#include "client_sign_in.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "main_window.h"
#include "session/account_session.h"
#include "session/twin_space.h"
#include "sync/sync_controller.h"
#include "transfers/thumbnail_cache.h"
#include "transfers/transfer_controller.h"
#include "translations.h"
#include "twinspace/material_tree_model.h"
#include "twinspace/materials_panel.h"
#include "twinspace/twinspace_view.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestMaterialThumbnails : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    Translations m_translations;
    SignInReply m_account;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_project = 0;
    QHash<QString, QByteArray> m_serverThumbnails; // by sha256: what GET …/thumbnail answered
    QString m_notes;                               // the sha256 of a text, which has none

    QString cacheFile() const { return m_home.path() + u"/teacher.fr.sqlite"_s; }
    std::unique_ptr<AccountSession> openSession()
    {
        auto s = std::make_unique<AccountSession>(m_server.url(), m_account.account, cacheFile(),
                                                  nullptr);
        if (!s->open().ok())
            return nullptr;
        s->setToken(m_account.token);
        return s;
    }
    // The TwinSpace tab with its Materials side open on the demo project.
    void showMaterials()
    {
        m_window = std::make_unique<MainWindow>(m_session.get(), &m_translations);
        m_window->resize(1100, 700);
        m_window->show();
        auto *tabs = m_window->findChild<QTabWidget *>();
        tabs->setCurrentWidget(m_window->twinSpaceView());
        m_window->twinSpaceView()->openProject(m_project);
        m_window->twinSpaceView()->sides()->setCurrentWidget(panel());
    }
    MaterialsPanel *panel() { return m_window->twinSpaceView()->materials(); }
    MaterialTreeModel *model() { return panel()->model(); }
    QModelIndex rowOf(const QString &sha256)
    {
        const QModelIndexList found =
            model()->match(model()->index(0, 0), MaterialTreeModel::Sha256Role, sha256, 1,
                           Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }

    // What the row should show: the server's thumbnail, decoded here, whole in the middle of a
    // transparent square of the row's icon size.
    static QImage expectedPicture(const QByteArray &bytes, QSize size)
    {
        const QImage decoded = QImage::fromData(bytes);
        if (decoded.isNull())
            return {};
        const QImage scaled = decoded.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QImage canvas(size, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        QPainter p(&canvas);
        p.drawImage((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2,
                    scaled);
        p.end();
        return canvas;
    }
    static QImage pixelsOf(const QVariant &decoration, QSize size)
    {
        return qvariant_cast<QIcon>(decoration).pixmap(size).toImage();
    }
    // Mean difference per channel (0–255); 255 when the sizes differ. Pixels on the edge of the
    // picture drawn from `bytes` are left out: a page has its edge drawn over them.
    static double difference(const QImage &a, const QImage &b, const QByteArray &bytes = {})
    {
        if (a.isNull() || a.size() != b.size())
            return 255;
        const QImage x = a.convertToFormat(QImage::Format_ARGB32);
        const QImage y = b.convertToFormat(QImage::Format_ARGB32);
        QRect edge;
        if (const QImage picture = QImage::fromData(bytes); !picture.isNull()) {
            const QSize fit = picture.size().scaled(a.size(), Qt::KeepAspectRatio);
            edge =
                QRect(QPoint((a.width() - fit.width()) / 2, (a.height() - fit.height()) / 2), fit);
        }
        double sum = 0;
        for (int row = 0; row < x.height(); ++row)
            for (int col = 0; col < x.width(); ++col) {
                if (edge.isValid() && edge.contains(col, row) &&
                    !edge.adjusted(1, 1, -1, -1).contains(col, row))
                    continue;
                const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
                sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                       std::abs(qBlue(p) - qBlue(q)) + std::abs(qAlpha(p) - qAlpha(q));
            }
        return sum / (4.0 * x.width() * x.height());
    }
    bool showsThumbnail(const QString &sha256)
    {
        const QSize size = model()->thumbnailSize();
        const QByteArray bytes = m_serverThumbnails.value(sha256);
        return difference(pixelsOf(rowOf(sha256).data(Qt::DecorationRole), size),
                          expectedPicture(bytes, size), bytes) < 3;
    }
    bool everyThumbnailShown()
    {
        for (auto it = m_serverThumbnails.cbegin(); it != m_serverThumbnails.cend(); ++it)
            if (!showsThumbnail(it.key()))
                return false;
        return true;
    }
    // Until `done`, woken by each change of the model's rows (a thumbnail drawn, a reload).
    static bool waitUntil(const std::function<bool()> &done, QAbstractItemModel *model,
                          int timeoutMs = 30000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done()) {
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0)
                return false;
            QEventLoop loop;
            connect(model, &QAbstractItemModel::dataChanged, &loop, &QEventLoop::quit);
            connect(model, &QAbstractItemModel::rowsInserted, &loop, &QEventLoop::quit);
            QTimer::singleShot(int(left), &loop, &QEventLoop::quit);
            loop.exec();
        }
        return true;
    }
    static void save(QWidget *w, const QString &name)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        w->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/") + name);
    }
    QString thumbnailFolder() const { return cacheFile() + u".materials/thumbnails"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"50"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        m_translations.setLanguage(u"en"_s);
        const auto in = signInClient(m_server.url(), u"teacher.fr"_s);
        QVERIFY(in);
        m_account = *in;
        m_session = openSession();
        QVERIFY(m_session);
        QVERIFY(syncedUpToDate(*m_session->sync()));
        for (const Project &p : m_session->myProjects())
            if (p.title == u"Nos rivières, i nostri fiumi")
                m_project = p.id;
        QVERIFY(m_project > 0);

        // A text among the pictures and leaflets: a file the server draws nothing for.
        const QString notes = m_home.path() + u"/Notes de sortie.txt"_s;
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Sortie au bord du Rh\xc3\xb4ne le 12 octobre.\n");
        file.close();
        QSignalSpy uploaded(m_session->transfers(), &TransferController::uploaded);
        QVERIFY(m_session->transfers()->upload(m_project, notes, u"Documents"_s));
        QVERIFY(uploaded.wait(60000));
        QVERIFY(syncedUpToDate(*m_session->sync()));

        Http http(m_server.url());
        http.setToken(m_account.token);
        QStringList categories;
        for (const auto &e : m_session->twinSpace()->materials(m_project)) {
            const auto answer = http.get(
                u"/api/v1/projects/%1/materials/%2/thumbnail"_s.arg(m_project).arg(e.material.id));
            if (e.material.name == u"Notes de sortie.txt") {
                QVERIFY(!e.material.thumbnail);
                QCOMPARE(answer.status, 404);
                m_notes = e.material.sha256;
                continue;
            }
            QVERIFY2(e.material.thumbnail, qPrintable(e.material.name));
            QCOMPARE(answer.status, 200);
            QVERIFY(!QImage::fromData(answer.body).isNull());
            m_serverThumbnails.insert(e.material.sha256, answer.body);
            categories.append(e.material.category);
        }
        QVERIFY(!m_notes.isEmpty());
        QVERIFY(categories.contains(u"image"_s) && categories.contains(u"pdf"_s));
        QVERIFY(m_serverThumbnails.size() >= 5);
    }

    void picturesAndPdfsShowTheirThumbnails()
    {
        showMaterials();
        const QSize size = model()->thumbnailSize();
        QVERIFY(size.width() >= 16 && size.height() >= 16);
        // The comparison means something: a thumbnail does not look like the type's icon.
        const QImage fileIcon =
            QApplication::style()->standardIcon(QStyle::SP_FileIcon).pixmap(size).toImage();
        for (const QByteArray &bytes : std::as_const(m_serverThumbnails))
            QVERIFY(difference(expectedPicture(bytes, size), fileIcon) > 10);

        QVERIFY2(waitUntil([this] { return everyThumbnailShown(); }, model()),
                 "a picture or a PDF still shows its type's icon");
        // The text keeps its type's icon.
        QVERIFY(rowOf(m_notes).isValid());
        QVERIFY(difference(pixelsOf(rowOf(m_notes).data(Qt::DecorationRole), size), fileIcon) < 1);

        // Kept on the disk by content, once each, beside the local copies.
        const QStringList files = QDir(thumbnailFolder()).entryList(QDir::Files);
        QCOMPARE(files.size(), m_serverThumbnails.size());
        for (auto it = m_serverThumbnails.cbegin(); it != m_serverThumbnails.cend(); ++it) {
            QFile kept(thumbnailFolder() + u'/' + it.key());
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), it.value());
        }

        // Larger beside the selected picture's details.
        const QString rhone = [this] {
            for (const auto &e : m_session->twinSpace()->materials(m_project))
                if (e.material.name == u"Le Rhône à Lyon.png")
                    return e.material.sha256;
            return QString();
        }();
        QVERIFY(m_serverThumbnails.contains(rhone));
        panel()->tree()->setCurrentIndex(rowOf(rhone));
        auto *preview = panel()->findChild<QLabel *>(u"materialPreview"_s);
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        QCOMPARE(preview->accessibleName(), u"Thumbnail of “Le Rhône à Lyon.png”"_s);
        const QByteArray bytes = m_serverThumbnails.value(rhone);
        QVERIFY(difference(preview->pixmap().toImage(), expectedPicture(bytes, preview->size()),
                           bytes) < 3);
        save(m_window.get(), u"ui-twinspace-thumbnails.png"_s);
        // A file without one has no picture there.
        panel()->tree()->setCurrentIndex(rowOf(m_notes));
        QVERIFY(!preview->isVisible());
    }

    void aFolderOverItsLimitLosesTheLeastRecentlyUsed()
    {
        QTemporaryDir folder;
        ThumbnailCache cache(folder.path(), m_server.url());
        cache.setToken(m_account.token);
        cache.setLimits(2, ThumbnailCache::defaultMaxBytes);
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        for (const auto &e : m_session->twinSpace()->materials(m_project))
            cache.request(e.material);
        while (ready.size() < m_serverThumbnails.size())
            QVERIFY(ready.wait(30000));
        const QStringList kept = QDir(folder.path()).entryList(QDir::Files);
        QCOMPARE(kept.size(), 2);
        QVERIFY(kept.contains(ready.last().at(0).toString())); // the last one kept stays
        for (const auto &args : std::as_const(ready))
            QCOMPARE(args.at(1).toByteArray(), m_serverThumbnails.value(args.at(0).toString()));
    }

    void aRefusedTokenIsSaidAndLeavesTheIcon()
    {
        QTemporaryDir folder;
        ThumbnailCache cache(folder.path(), m_server.url());
        cache.setToken(u"not-a-token"_s);
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        QSignalSpy rejected(&cache, &ThumbnailCache::tokenRejected);
        for (const auto &e : m_session->twinSpace()->materials(m_project))
            cache.request(e.material);
        QVERIFY(rejected.wait(30000));
        QCOMPARE(ready.size(), 0);
        QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());
    }

    void aNewSessionShowsThemWithTheServerStopped()
    {
        m_server.stop();
        m_window.reset();
        m_session.reset();
        m_session = openSession();
        QVERIFY(m_session);
        showMaterials();
        QVERIFY(rowOf(m_notes).isValid());
        QVERIFY2(waitUntil([this] { return everyThumbnailShown(); }, model()),
                 "the thumbnails kept on the disk are not shown offline");
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestMaterialThumbnails)
#include "tst_material_thumbnails.moc"
