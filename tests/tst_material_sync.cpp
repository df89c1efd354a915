// SPDX-License-Identifier: GPL-3.0-or-later
// TwinSpace materials in the client's cache: a material uploaded by one teacher reaches the
// partner's computer with the next sync; renames, moves and deletions made offline show at once
// (marked as waiting), reach the server once it is back, and then the partner; an export lists
// every material and copies those on this computer.
#include "client_sign_in.h"
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
    QHash<QString, SignInReply> m_accounts;
    std::unique_ptr<AccountSession> m_fr, m_it;
    qint64 m_project = 0;
    qint64 m_material = 0;
    QByteArray m_png;

    std::unique_ptr<AccountSession> session(const QString &user)
    {
        const SignInReply &in = m_accounts[user];
        auto s = std::make_unique<AccountSession>(
            m_server.url(), in.account, m_home.path() + u"/"_s + user + u".sqlite"_s, nullptr);
        if (!s->open().ok())
            return nullptr;
        s->setToken(in.token);
        return s;
    }
    static bool synced(AccountSession &s) { return syncedUpToDate(*s.sync(), 120000); }

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
        QVERIFY2(m_server.start({u"--demo"_s, u"--demo-size"_s, u"300"_s, u"--demo-projects"_s}),
                 qPrintable(m_server.lastOutput()));
        QVERIFY(m_http.signIn(m_server.url(), {u"teacher.fr"_s}));
        for (const QString &user : {u"teacher.fr"_s, u"teacher.it"_s}) {
            const auto in = signInClient(m_server.url(), user);
            QVERIFY(in);
            m_accounts.insert(user, *in);
        }
        m_fr = session(u"teacher.fr"_s);
        m_it = session(u"teacher.it"_s);
        QVERIFY(m_fr && m_it);
        QVERIFY(synced(*m_fr));
        for (const Project &p : m_fr->myProjects())
            if (p.title == u"Nos rivières, i nostri fiumi")
                m_project = p.id;
        QVERIFY(m_project > 0);
    }

    void demoTwinSpaceShowsMaterials()
    {
        // The demo's TwinSpace looks lived-in: pictures and leaflets, filed in folders, and
        // shown in its pages.
        const auto materials = m_fr->twinSpace()->materials(m_project);
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
        for (const auto &p : m_fr->twinSpace()->pages(m_project))
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
            tus.create(m_png.size(),
                       TusClient::metadata(u"La Seine à Paris.png"_s, m_project, sha, u"Photos"_s));
        QCOMPARE(created.status, 201);
        const auto sent = tus.upload(TusClient::location(created), m_png, m_png.size());
        QVERIFY(sent.materialId > 0);
        m_material = sent.materialId;

        QVERIFY(synced(*m_it));
        const auto seen = m_it->twinSpace()->material(m_project, m_material);
        QVERIFY(seen);
        QCOMPARE(seen->material.name, u"La Seine à Paris.png"_s);
        QCOMPARE(seen->material.folder, u"Photos"_s);
        QCOMPARE(seen->material.sha256, QString::fromLatin1(sha));
        QCOMPARE(seen->material.size, m_png.size());
        QCOMPARE(seen->material.category, u"image"_s);
        QVERIFY(!seen->waiting);
        QVERIFY(m_it->twinSpace()->materialFolders(m_project).contains(u"Photos"_s));
        QCOMPARE(m_it->twinSpace()->materialWithContent(m_project, QString::fromLatin1(sha))->id,
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
            m_fr->twinSpace()->createPage(m_project, 0, 99, u"Photos de la Seine"_s);
        QVERIFY(created.ok());
        QVERIFY(synced(*m_fr));
        const qint64 page = m_fr->twinSpace()->currentId(created.value());
        QVERIFY(m_fr->twinSpace()
                    ->publish(m_project, page, u"Photos de la Seine"_s,
                              u"<p>Ici <img src=\"material:%1\" alt=\"Seine\" width=\"64\"> et "
                              u"là <img src=\"material:%2\" alt=\"Autre\"></p>"_s.arg(own, foreign),
                              0)
                    .ok());
        QVERIFY(synced(*m_fr));
        QVERIFY(synced(*m_it));
        const auto seen = m_it->twinSpace()->page(m_project, page);
        QVERIFY(seen);
        QVERIFY2(seen->page.body.contains(u"material:"_s + own), qPrintable(seen->page.body));
        QVERIFY2(!seen->page.body.contains(foreign), qPrintable(seen->page.body));
    }

    void aPageAndItsPictureMadeOfflineReachThePartner()
    {
        // Offline, a teacher uploads a picture, shows it in a new page and publishes the page:
        // once online, the page waits for the picture's upload, and the partner gets both.
        m_server.stop();
        TransferController *transfers = m_fr->transfers();
        // The upload tries again later than the sync does: the page's text is ready first.
        transfers->setRetryDelays(4000, 4000);
        const QString file = m_home.path() + u"/Le pont.png"_s;
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(picture(Qt::darkRed));
        out.close();
        const auto queued = transfers->upload(m_project, file, u"Photos"_s);
        QVERIFY(queued.ok());
        auto transfer = [&] {
            for (const Transfer &t : transfers->transfers())
                if (t.id == queued.value())
                    return t;
            return Transfer{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!transfer().sha256.isEmpty(), 10000);
        const QString sha = transfer().sha256;
        const auto created = m_fr->twinSpace()->createPage(m_project, 0, 100, u"Le pont"_s);
        QVERIFY(created.ok());
        QVERIFY(m_fr->twinSpace()
                    ->publish(m_project, created.value(), u"Le pont"_s,
                              u"<p>Le pont <img src=\"material:%1\" alt=\"pont\"></p>"_s.arg(sha),
                              0)
                    .ok());
        QSignalSpy uploaded(transfers, &TransferController::uploaded);
        QVERIFY(m_server.restart());
        QVERIFY(uploaded.count() > 0 || uploaded.wait(60000));
        QVERIFY(synced(*m_fr));
        QVERIFY(synced(*m_fr));
        QVERIFY(synced(*m_it));
        const qint64 page = m_fr->twinSpace()->currentId(created.value());
        const auto seen = m_it->twinSpace()->page(m_project, page);
        QVERIFY(seen);
        QVERIFY2(seen->page.body.contains(u"material:"_s + sha), qPrintable(seen->page.body));
        QVERIFY(m_it->twinSpace()->materialWithContent(m_project, sha));
        QCOMPARE(m_fr->issues().size(), 0);
    }

    void offlineRenameAndMoveArrive()
    {
        QVERIFY(m_material > 0);
        m_server.stop();
        QVERIFY(
            m_it->twinSpace()->renameMaterial(m_project, m_material, u"  La Senna.png "_s).ok());
        QVERIFY(m_it->twinSpace()->moveMaterial(m_project, m_material, u"/Photos/Parigi/"_s).ok());
        // Shown at once, tidied, and marked as waiting.
        const auto here = m_it->twinSpace()->material(m_project, m_material);
        QVERIFY(here && here->waiting);
        QCOMPARE(here->material.name, u"La Senna.png"_s);
        QCOMPARE(here->material.folder, u"Photos/Parigi"_s);
        QVERIFY(m_it->twinSpace()->materialFolders(m_project).contains(u"Photos/Parigi"_s));
        // Bad input is refused with the field named, nothing queued.
        const auto bad = m_it->twinSpace()->renameMaterial(m_project, m_material, u"a/b"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().fields.contains(u"name"_s));
        // One edit waits: the rename and the move travel as one.
        QCOMPARE(m_it->waitingEdits(), 1);

        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_it));
        QCOMPARE(m_it->waitingEdits(), 0);
        QVERIFY(synced(*m_fr));
        const auto there = m_fr->twinSpace()->material(m_project, m_material);
        QVERIFY(there && !there->waiting);
        QCOMPARE(there->material.name, u"La Senna.png"_s);
        QCOMPARE(there->material.folder, u"Photos/Parigi"_s);
        QCOMPARE(m_it->issues().size(), 0);
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
        QSqlDatabase db = m_fr->store().connection();
        const ExportSource source = exportSource(db, m_project, [&](const QString &content) {
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
        QVERIFY(m_fr->twinSpace()->deleteMaterial(m_project, m_material).ok());
        QVERIFY(!m_fr->twinSpace()->material(m_project, m_material));
        const auto waiting = m_fr->pendingEdits();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(m_fr->describe(waiting.first().mutation), u"Material “La Senna.png” deleted"_s);
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_fr));
        QVERIFY(synced(*m_it));
        QVERIFY(!m_it->twinSpace()->material(m_project, m_material));
        QCOMPARE(m_fr->issues().size(), 0);
    }

    void cleanupTestCase()
    {
        m_fr.reset();
        m_it.reset();
    }
};

QTEST_GUILESS_MAIN(TestMaterialSync)
#include "tst_material_sync.moc"
