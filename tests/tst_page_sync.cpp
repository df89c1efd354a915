// SPDX-License-Identifier: GPL-3.0-or-later
// Two teachers' clients edit one TwinSpace while the server is away: edits to different
// paragraphs are merged, edits to the same paragraph leave the later text kept as a revision
// and back in its author's editor; pages created offline, with sub-pages, reach the partner.
#include "client_sign_in.h"
#include "demo_partners.h"
#include "http.h"
#include "server_process.h"
#include "sync_wait.h"
#include "temp_home.h"

#include "net/api_client.h"
#include "session/account_session.h"
#include "session/twin_space.h"
#include "store/me_store.h"
#include "sync/sync_controller.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <numeric>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

class TestPageSync : public QObject
{
    Q_OBJECT

    TempHome m_home;
    ServerProcess m_server;
    DemoPartners m_demo;

    static std::optional<page_cache::Entry> named(AccountSession &s, qint64 project,
                                                  const QString &title)
    {
        for (const auto &e : s.twinSpace()->pages(project))
            if (e.page.title == title)
                return e;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.start(m_server, m_home.path()), qPrintable(m_demo.failure()));
    }

    void disjointOfflineEditsAreMerged()
    {
        const auto page = named(*m_demo.fr, m_demo.project, u"Bienvenue — Benvenuti"_s);
        QVERIFY(page);
        const QString body = page->page.body;
        const qint64 base = page->page.revision;
        QVERIFY(body.contains(u"Ici, les élèves"_s) && body.contains(u"Qui gli alunni"_s));
        m_server.stop();
        QVERIFY(m_demo.fr->twinSpace()
                    ->publish(m_demo.project, page->page.id, page->page.title,
                              QString(body).replace(u"Ici, les élèves"_s, u"Ici, nos élèves"_s),
                              base)
                    .ok());
        QVERIFY(m_demo.it->twinSpace()
                    ->publish(m_demo.project, page->page.id, page->page.title,
                              QString(body).replace(u"Qui gli alunni"_s, u"Qui i nostri alunni"_s),
                              base)
                    .ok());
        // Shown at once on each computer, before any server saw them.
        QVERIFY(m_demo.fr->twinSpace()->page(m_demo.project, page->page.id)->waiting);
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(synced(*m_demo.it));
        QVERIFY(synced(*m_demo.fr));
        for (AccountSession *s : {m_demo.fr.get(), m_demo.it.get()}) {
            const auto now = s->twinSpace()->page(m_demo.project, page->page.id);
            QVERIFY(now && !now->waiting);
            QVERIFY2(now->page.body.contains(u"Ici, nos élèves"_s) &&
                         now->page.body.contains(u"Qui i nostri alunni"_s),
                     qPrintable(now->page.body));
            QCOMPARE(now->page.revision, base + 2);
            QCOMPARE(s->twinSpace()->revisions(page->page.id).first().kind, u"merged"_s);
        }
        QCOMPARE(m_demo.fr->issues().size(), 0);
        QCOMPARE(m_demo.it->issues().size(), 0);
    }

    void overlappingOfflineEditsKeepBothTexts()
    {
        const auto page = named(*m_demo.fr, m_demo.project, u"Calendrier — Calendario"_s);
        QVERIFY(page);
        const QString body = page->page.body;
        const qint64 base = page->page.revision;
        m_server.stop();
        QVERIFY(m_demo.fr->twinSpace()
                    ->publish(m_demo.project, page->page.id, page->page.title,
                              QString(body).replace(u"Septembre : se présenter"_s,
                                                    u"Septembre : se présenter en vidéo"_s),
                              base)
                    .ok());
        QVERIFY(m_demo.it->twinSpace()
                    ->publish(m_demo.project, page->page.id, page->page.title,
                              QString(body).replace(u"Septembre : se présenter"_s,
                                                    u"Settembre: presentarsi"_s),
                              base)
                    .ok());
        // Typed on after publishing, before the answer: that text is the one kept for later.
        QVERIFY(m_demo.it->twinSpace()->keepTyped(
            page->page.id,
            {page->page.title,
             QString(body).replace(u"Septembre : se présenter"_s, u"Settembre: presentarsi"_s) +
                 u"<p>Ancora.</p>"_s,
             base}));
        // The Italian computer is shut meanwhile, so that the French one is surely first.
        m_demo.it.reset();
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_demo.fr)); // first: its text is published
        m_demo.it = m_demo.session(u"teacher.it"_s);
        QVERIFY(m_demo.it);
        QVERIFY(synced(*m_demo.it)); // second: overlaps, kept as a revision
        QVERIFY(synced(*m_demo.fr));
        const auto shown = m_demo.it->twinSpace()->page(m_demo.project, page->page.id);
        QVERIFY(shown->page.body.contains(u"se présenter en vidéo"_s));
        // The Italian text is not lost: a revision on both computers, and back in the editor
        // of its author, now on the version that stands.
        for (AccountSession *s : {m_demo.fr.get(), m_demo.it.get()}) {
            const auto revisions = s->twinSpace()->revisions(page->page.id);
            QVERIFY(!revisions.isEmpty());
            QCOMPARE(revisions.first().kind, u"kept"_s);
            QVERIFY(revisions.first().body.contains(u"Settembre: presentarsi"_s));
        }
        const auto typed = m_demo.it->twinSpace()->typed(page->page.id);
        QVERIFY(typed);
        QVERIFY(typed->body.contains(u"Settembre: presentarsi"_s));
        QVERIFY(typed->body.contains(u"Ancora."_s));
        QCOMPARE(typed->baseRevision, shown->page.revision);
        const auto issues = m_demo.it->issues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, u"conflict"_s);
        // Published again as it stands (the teacher chose it): it replaces the version.
        QVERIFY(m_demo.it->twinSpace()
                    ->publish(m_demo.project, page->page.id, typed->title, typed->body,
                              typed->baseRevision)
                    .ok());
        QVERIFY(synced(*m_demo.it));
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(m_demo.fr->twinSpace()
                    ->page(m_demo.project, page->page.id)
                    ->page.body.contains(u"Settembre: presentarsi"_s));
    }

    void pagesCreatedOfflineReachThePartner()
    {
        m_server.stop();
        auto top =
            m_demo.fr->twinSpace()->createPage(m_demo.project, 0, 10, u"Sortie au bord du Rhône"_s);
        QVERIFY(top);
        QVERIFY(top.value() < 0);
        auto child =
            m_demo.fr->twinSpace()->createPage(m_demo.project, top.value(), 0, u"Les photos"_s);
        QVERIFY(child);
        QVERIFY(m_demo.fr->twinSpace()
                    ->publish(m_demo.project, top.value(), u"Sortie au bord du Rhône"_s,
                              u"<p>Le 12 mai, nous avons mesuré le courant.</p>"_s, 0)
                    .ok());
        QVERIFY(m_demo.fr->twinSpace()
                    ->publish(m_demo.project, child.value(), u"Les photos"_s,
                              u"<p>Vingt photos de la berge.</p>"_s, 0)
                    .ok());
        QVERIFY(m_demo.fr->twinSpace()
                    ->renamePage(m_demo.project, child.value(), u"Nos photos"_s)
                    .ok());
        const auto offline = named(*m_demo.fr, m_demo.project, u"Nos photos"_s);
        QVERIFY(offline && offline->waiting && offline->page.parentId == top.value());
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(synced(*m_demo.it));
        const auto parent = named(*m_demo.it, m_demo.project, u"Sortie au bord du Rhône"_s);
        const auto photos = named(*m_demo.it, m_demo.project, u"Nos photos"_s);
        QVERIFY(parent && photos);
        QVERIFY(parent->page.id > 0);
        QCOMPARE(photos->page.parentId, parent->page.id);
        QVERIFY(photos->page.body.contains(u"Vingt photos"_s));
        QCOMPARE(m_demo.fr->twinSpace()->currentId(child.value()), photos->page.id);
        QCOMPARE(m_demo.fr->waitingEdits(), 0);
        // An editor still naming the page by its local id keeps working on the server's.
        QVERIFY(
            m_demo.fr->twinSpace()->keepTyped(child.value(), {u"Nos photos"_s, u"<p>x</p>"_s, 1}));
        QCOMPARE(m_demo.fr->twinSpace()->typed(photos->page.id)->body, u"<p>x</p>"_s);
        QVERIFY(m_demo.fr->twinSpace()
                    ->publish(m_demo.project, child.value(), u"Nos photos"_s,
                              u"<p>Vingt-deux photos de la berge.</p>"_s, 1)
                    .ok());
        QVERIFY(!m_demo.fr->twinSpace()->typed(photos->page.id));
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(synced(*m_demo.it));
        QVERIFY(named(*m_demo.it, m_demo.project, u"Nos photos"_s)
                    ->page.body.contains(u"Vingt-deux"_s));

        // Deleted offline: its sub-page goes with it here at once, and on the partner's after.
        m_server.stop();
        QVERIFY(m_demo.fr->twinSpace()->deletePage(m_demo.project, parent->page.id).ok());
        QVERIFY(!named(*m_demo.fr, m_demo.project, u"Sortie au bord du Rhône"_s));
        QVERIFY(!named(*m_demo.fr, m_demo.project, u"Nos photos"_s));
        QVERIFY(m_server.restart());
        QVERIFY(synced(*m_demo.fr));
        QVERIFY(synced(*m_demo.it));
        QVERIFY(!named(*m_demo.it, m_demo.project, u"Nos photos"_s));
        QVERIFY(m_demo.it->twinSpace()->revisions(photos->page.id).isEmpty());
    }

    // A TwinSpace that grew by 300 published pages while the partner was away arrives in pages
    // of at most 200 changes: each is written under the cache's lock, which the window's saves
    // take too, so none holds them long.
    void aLargeTwinSpaceArrivesInShortPages()
    {
        m_demo.it.reset(); // away: nothing comes to it live while the pages are made
        Http http(m_server.url());
        QCOMPARE(http.signIn(u"teacher.fr"_s, u"demo1234"_s).status, 200);
        const QString body = u"<p>Relevés de température du matin, classe par classe.</p>"_s;
        for (int first = 0; first < 300; first += 30) {
            QJsonArray batch;
            for (int i = first; i < first + 30; ++i) {
                const qint64 local = -1 - i;
                auto add = [&](const QString &type, qint64 base, const QJsonObject &data) {
                    batch.append(
                        QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                    {u"type"_s, type},
                                    {u"op"_s, u"create"_s},
                                    {u"entityId"_s, local},
                                    {u"baseVersion"_s, base},
                                    {u"data"_s, data}});
                };
                add(u"page"_s, 0,
                    {{u"projectId"_s, m_demo.project},
                     {u"parentId"_s, 0},
                     {u"position"_s, 100.0 + i},
                     {u"title"_s, u"Relevé %1"_s.arg(i)}});
                add(u"page_revision"_s, 0, {{u"projectId"_s, m_demo.project}, {u"body"_s, body}});
            }
            const HttpResult r = http.postJson(u"/api/v1/mutations"_s, {{u"mutations"_s, batch}});
            QCOMPARE(r.status, 200);
            for (const QJsonValue v : r.json[u"results"_s].toArray())
                QCOMPARE(v[u"status"_s].toString(), u"applied"_s);
        }
        // Back: its first round is watched from its start.
        m_demo.it = m_demo.session(u"teacher.it"_s);
        QVERIFY(m_demo.it);
        QList<qint64> steps;
        qint64 done = 0;
        const auto watch = connect(
            m_demo.it->sync(), &SyncController::statusChanged, this, [&](const SyncStatus &status) {
                if (status.state == SyncStatus::State::Syncing && status.done > done)
                    steps.append(status.done - done);
                done = status.done;
            });
        QVERIFY(synced(*m_demo.it));
        disconnect(watch);
        int arrived = 0;
        for (const auto &e : m_demo.it->twinSpace()->pages(m_demo.project))
            arrived += e.page.title.startsWith(u"Relevé "_s) && e.page.body.trimmed() == body;
        QCOMPARE(arrived, 300);
        const qint64 pulled = std::accumulate(steps.cbegin(), steps.cend(), qint64(0));
        QVERIFY2(pulled >= 600, qPrintable(QString::number(pulled)));
        QVERIFY2(*std::max_element(steps.cbegin(), steps.cend()) <= 200,
                 qPrintable(QString::number(*std::max_element(steps.cbegin(), steps.cend()))));
    }
};

QTEST_GUILESS_MAIN(TestPageSync)
#include "tst_page_sync.moc"
