// SPDX-License-Identifier: GPL-3.0-or-later
// TwinSpace materials in the client's cache: a material uploaded by one teacher reaches the
// partner's computer with the next sync; renames, moves and deletions made offline show at once
// (marked as waiting), reach the server once it is back, and then the partner; an export lists
// every material and copies those on this computer.
#include "client_sign_in.h"
#include "demo_partners.h"
#include "demo_project.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"
#include "tus_client.h"

#include "export/project_export.h"
#include "net/api_client.h"
#include "session/account_session.h"
#include "session/twin_space.h"
#include "store/local_store.h"
#include "sync/sync_controller.h"
#include "transfers/transfer_controller.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestMaterialSync : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    DemoAccounts m_http;
    DemoPartners m_demo;
    qint64 m_material = 0;
    QByteArray m_png;

    static QByteArray picture(QColor colour = Qt::darkCyan)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.start(m_server, m_home.path()), qPrintable(m_demo.failure()));
        QVERIFY(m_http.signIn(m_server.url(), {u"teacher.fr"_s}));
    }

    void demoTwinSpaceShowsMaterials()
    {
        // The demo's TwinSpace looks lived-in: pictures and leaflets, filed in folders, and
        // shown in its pages.
        const auto materials = m_demo.fr->twinSpace()->materials(m_demo.project);
        QVERIFY2(materials.size() >= 5, qPrintable(QString::number(materials.size())));
        QStringList categories, folders;
        for (const auto &e : materials) {
            categories.append(e.material.category);
            folders.append(e.material.folder);
            QVERIFY(e.material.thumbnail);
        }
        QVERIFY(categories.contains(u"image"_s) && categories.contains(u"pdf"_s));
        QVERIFY(folders.contains(u"Photos/Lyon"_s) && folders.contains(u"Documents"_s));
        bool shown = false;
        for (const auto &p : m_demo.fr->twinSpace()->pages(m_demo.project))
            for (const auto &e : materials)
                shown = shown || p.page.body.contains(u"material:"_s + e.material.sha256);
        QVERIFY(shown);
    }

    void uploadedMaterialReachesPartner()
    {
        m_png = picture();
        TusClient tus(m_http.as(u"teacher.fr"_s), m_server.url());
        const QByteArray sha = TusClient::sha256Hex(m_png);
        const auto created =
            tus.create(m_png.size(), TusClient::metadata(u"La Seine à Paris.png"_s, m_demo.project,
                                                         sha, u"Photos"_s));
        QCOMPARE(created.status, 201);
        const auto sent = tus.upload(TusClient::location(created), m_png, m_png.size());
        QVERIFY(sent.materialId > 0);
        m_material = sent.materialId;

        QVERIFY(synced(*m_demo.it));
        const auto seen = m_demo.it->twinSpace()->material(m_demo.project, m_material);
        QVERIFY(seen);
        QCOMPARE(seen->material.name, u"La Seine à Paris.png"_s);
        QCOMPARE(seen->material.folder, u"Photos"_s);
        QCOMPARE(seen->material.sha256, QString::fromLatin1(sha));
        QCOMPARE(seen->material.size, m_png.size());
        QCOMPARE(seen->material.category, u"image"_s);
        QVERIFY(!seen->waiting);
        QVERIFY(m_demo.it->twinSpace()->materialFolders(m_demo.project).contains(u"Photos"_s));
        QCOMPARE(m_demo.it->twinSpace()
                     ->materialWithContent(m_demo.project, QString::fromLatin1(sha))
                     ->id,
                 m_material);
    }

    void pagesShowOnlyTheProjectsPictures()
    {
        // A picture of this project's materials stays in a published text; one naming any other
        // content (another project's, or none) is taken out by the server.
        QVERIFY(m_material > 0);
        const QString own = QString::fromLatin1(TusClient::sha256Hex(m_png));
        const QString foreign = QString(64, u'a');
        const auto created =
            m_demo.fr->twinSpace()->createPage(m_demo.project, 0, 99, u"Photos de la Seine"_s);
        QVERIFY(created.ok());
        QVERIFY(synced(*m_demo.fr));
        const qint64 page = m_demo.fr->twinSpace()->currentId(created.value());
        QVERIFY(m_demo.fr->twinSpace()
                    ->publish(m_demo.project, page, u"Photos de la Seine"_s,
                              u"<p>Ici <img src=\"material:%1\" alt=\"Seine\" width=\"64\"> et "
                              u"là <img src=\"material:%2\" alt=\"Autre\"></p>"_s.arg(own, foreign),
                              0)
                    .ok());
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(synced(*m_demo.it));
        const auto seen = m_demo.it->twinSpace()->page(m_demo.project, page);
        QVERIFY(seen);
        QVERIFY2(seen->page.body.contains(u"material:"_s + own), qPrintable(seen->page.body));
        QVERIFY2(!seen->page.body.contains(foreign), qPrintable(seen->page.body));
    }

    void aPageAndItsPictureMadeOfflineReachThePartner()
    {
        // Offline, a teacher uploads a picture, shows it in a new page and publishes the page:
        // once online, the page waits for the picture's upload, and the partner gets both.
        m_server.stop();
        TransferController *transfers = m_demo.fr->transfers();
        // The upload tries again later than the sync does: the page's text is ready first.
        transfers->setRetryDelays(4000, 4000);
        const QString file = m_home.path() + u"/Le pont.png"_s;
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(picture(Qt::darkRed));
        out.close();
        const auto queued = transfers->upload(m_demo.project, file, u"Photos"_s);
        QVERIFY(queued.ok());
        auto transfer = [&] {
            for (const Transfer &t : transfers->transfers())
                if (t.id == queued.value())
                    return t;
            return Transfer{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!transfer().sha256.isEmpty(), 10000);
        const QString sha = transfer().sha256;
        const auto created =
            m_demo.fr->twinSpace()->createPage(m_demo.project, 0, 100, u"Le pont"_s);
        QVERIFY(created.ok());
        QVERIFY(m_demo.fr->twinSpace()
                    ->publish(m_demo.project, created.value(), u"Le pont"_s,
                              u"<p>Le pont <img src=\"material:%1\" alt=\"pont\"></p>"_s.arg(sha),
                              0)
                    .ok());
        QSignalSpy uploaded(transfers, &TransferController::uploaded);
        QVERIFY(m_server.restart());
        QVERIFY(uploaded.count() > 0 || uploaded.wait(60000));
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(synced(*m_demo.it));
        const qint64 page = m_demo.fr->twinSpace()->currentId(created.value());
        const auto seen = m_demo.it->twinSpace()->page(m_demo.project, page);
        QVERIFY(seen);
        QVERIFY2(seen->page.body.contains(u"material:"_s + sha), qPrintable(seen->page.body));
        QVERIFY(m_demo.it->twinSpace()->materialWithContent(m_demo.project, sha));
        QCOMPARE(m_demo.fr->issues().size(), 0);
    }

    void offlineRenameAndMoveArrive()
    {
        QVERIFY(m_material > 0);
        m_server.stop();
        QVERIFY(m_demo.it->twinSpace()
                    ->renameMaterial(m_demo.project, m_material, u"  La Senna.png "_s)
                    .ok());
        QVERIFY(m_demo.it->twinSpace()
                    ->moveMaterial(m_demo.project, m_material, u"/Photos/Parigi/"_s)
                    .ok());
        // Shown at once, tidied, and marked as waiting.
        const auto here = m_demo.it->twinSpace()->material(m_demo.project, m_material);
        QVERIFY(here && here->waiting);
        QCOMPARE(here->material.name, u"La Senna.png"_s);
        QCOMPARE(here->material.folder, u"Photos/Parigi"_s);
        QVERIFY(
            m_demo.it->twinSpace()->materialFolders(m_demo.project).contains(u"Photos/Parigi"_s));
        // Bad input is refused with the field named, nothing queued.
        const auto bad =
            m_demo.it->twinSpace()->renameMaterial(m_demo.project, m_material, u"a/b"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().fields.contains(u"name"_s));
        // The rename and the move travel as one edit, unless a push was tried between them (a
        // slow machine): an edit once tried is never merged into, and both then arrive in order.
        QVERIFY2(m_demo.it->waitingEdits() == 1 || m_demo.it->waitingEdits() == 2,
                 qPrintable(QString::number(m_demo.it->waitingEdits())));

        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_demo.it));
        QCOMPARE(m_demo.it->waitingEdits(), 0);
        QVERIFY(synced(*m_demo.fr));
        const auto there = m_demo.fr->twinSpace()->material(m_demo.project, m_material);
        QVERIFY(there && !there->waiting);
        QCOMPARE(there->material.name, u"La Senna.png"_s);
        QCOMPARE(there->material.folder, u"Photos/Parigi"_s);
        QCOMPARE(m_demo.it->issues().size(), 0);
    }

    void exportListsAndCopiesMaterials()
    {
        QVERIFY(m_material > 0);
        const QString local = m_home.path() + u"/local-copy.png"_s;
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_png);
        file.close();
        const QString sha = QString::fromLatin1(TusClient::sha256Hex(m_png));
        QSqlDatabase db = m_demo.fr->store().connection();
        const ExportSource source = exportSource(db, m_demo.project, [&](const QString &content) {
            return content == sha ? local : QString();
        });
        const auto it = std::find_if(source.materials.cbegin(), source.materials.cend(),
                                     [&](const ExportMaterial &m) { return m.sha256 == sha; });
        QVERIFY(it != source.materials.cend());
        QCOMPARE(it->name, u"La Senna.png"_s);
        QCOMPARE(it->localFile, local);
        const auto written = exportProject(source, m_home.path() + u"/exports"_s, false);
        QVERIFY(written.ok());
        QVERIFY(written.value().materials >= 1);
        QVERIFY(!written.value().missing.contains(u"La Senna.png"_s));
    }

    void offlineDeletionReachesPartner()
    {
        QVERIFY(m_material > 0);
        m_server.stop();
        QVERIFY(m_demo.fr->twinSpace()->deleteMaterial(m_demo.project, m_material).ok());
        QVERIFY(!m_demo.fr->twinSpace()->material(m_demo.project, m_material));
        const auto waiting = m_demo.fr->pendingEdits();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(m_demo.fr->describe(waiting.first().mutation),
                 u"Material “La Senna.png” deleted"_s);
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(synced(*m_demo.it));
        QVERIFY(!m_demo.it->twinSpace()->material(m_demo.project, m_material));
        QCOMPARE(m_demo.fr->issues().size(), 0);
    }

    void cleanupTestCase()
    {
        m_demo.fr.reset();
        m_demo.it.reset();
    }
};

QTEST_GUILESS_MAIN(TestMaterialSync)
#include "tst_material_sync.moc"
