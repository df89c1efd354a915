// SPDX-License-Identifier: GPL-3.0-or-later
// The forum as this computer shows it, on a real cache file and without a server: what is
// written offline shows at once and waits in order; the server's ids replace the local ones
// in what was queued inside; pulled changes, tombstones and read marks.
#include "temp_home.h"

#include "store/form_drafts.h"
#include "store/forum_cache.h"
#include "store/local_store.h"
#include "store/outbox.h"

#include <QTest>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 project = 7;
constexpr qint64 me = 11;
constexpr qint64 partner = 12;
const QString scope = u"project:7"_s;

Change change(const QString &type, const QJsonObject &data)
{
    Change c;
    c.type = type;
    c.id = data.value(u"id"_s).toInteger();
    c.version = 1;
    c.data = data;
    return c;
}
Change tombstone(const QString &type, qint64 id)
{
    Change c;
    c.type = type;
    c.id = id;
    c.deleted = true;
    return c;
}
} // namespace

class TestForumCache : public QObject
{
    Q_OBJECT

    TempHome m_home;
    std::unique_ptr<LocalStore> m_store;
    int m_n = 0;

    QSqlDatabase fresh()
    {
        m_store = std::make_unique<LocalStore>(m_home.path() + u"/cache-%1.sqlite"_s.arg(++m_n));
        if (!m_store->open().ok())
            return {};
        return m_store->connection();
    }
    // The server took the queue's first round in order: each creation gets its id.
    void serverTakes(QSqlDatabase &db, qint64 firstId)
    {
        qint64 next = firstId;
        for (const outbox::Entry &e : outbox::all(db)) {
            if (e.mutation.op != u"create")
                continue;
            const auto kind = forum_cache::kindOf(e.mutation.type);
            // Read again: an earlier adoption may have changed its data.
            QJsonObject data;
            for (const outbox::Entry &now : outbox::all(db))
                if (now.seq == e.seq)
                    data = now.mutation.data;
            CacheTransaction tx(db);
            QVERIFY(forum_cache::adoptServerId(db, *kind, e.mutation.entityId, next, data, 1));
            QSqlQuery q(db);
            QVERIFY(LocalStore::run(q, u"DELETE FROM outbox WHERE seq = ?"_s, {e.seq}));
            QVERIFY(tx.commit());
            ++next;
        }
    }

private Q_SLOTS:
    void writtenOfflineShowsAtOnceAndWaitsInOrder()
    {
        QSqlDatabase db = fresh();
        const auto d =
            forum_cache::createDiscussion(db, project, u"  Sorties  "_s, u"Au printemps"_s);
        QVERIFY(d && d.value() < 0);
        const auto t =
            forum_cache::createThread(db, project, d.value(), u"Programme"_s, u"Départ à 9 h."_s);
        QVERIFY(t && t.value() < 0);
        QVERIFY(forum_cache::reply(db, project, t.value(), u"D'accord"_s));
        QVERIFY(forum_cache::reply(db, project, t.value(), u"Je viens"_s));
        const auto ds = forum_cache::discussions(db, project, me);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().discussion.title, u"Sorties"_s); // as tidied
        QVERIFY(ds.first().waiting);
        QCOMPARE(ds.first().threads, 1);
        QCOMPARE(ds.first().unreadThreads, 0); // one's own writing is never unread
        const auto ts = forum_cache::threads(db, project, d.value(), me);
        QCOMPARE(ts.size(), 1);
        QCOMPARE(ts.first().replies, 2);
        QVERIFY(ts.first().waiting);
        const auto ps = forum_cache::posts(db, project, t.value());
        QCOMPARE(ps.size(), 2);
        QCOMPARE(ps.at(0).post.text, u"D'accord"_s);
        QVERIFY(ps.at(1).waiting);
        // Another project sees nothing of it.
        QVERIFY(forum_cache::discussions(db, project + 1, me).isEmpty());
        // Refused before anything is queued, the field named.
        const auto empty = forum_cache::reply(db, project, t.value(), u"   "_s);
        QVERIFY(!empty);
        QVERIFY(empty.error().fields.contains(u"text"_s));
        const auto long_ =
            forum_cache::createThread(db, project, d.value(), QString(201, u'x'), u"x"_s);
        QVERIFY(!long_ && long_.error().fields.contains(u"title"_s));
        QVERIFY(!forum_cache::reply(db, project, -42, u"Nowhere"_s)); // no such thread here
        QCOMPARE(outbox::all(db).size(), 4);
    }

    void theServersIdsReplaceTheLocalOnesInsideTheQueue()
    {
        QSqlDatabase db = fresh();
        const qint64 d = forum_cache::createDiscussion(db, project, u"Gita"_s, {}).value();
        const qint64 t =
            forum_cache::createThread(db, project, d, u"Programma"_s, u"Alle 8"_s).value();
        QVERIFY(forum_cache::reply(db, project, t, u"Punto 1"_s));
        // The next reply, being typed.
        QVERIFY(form_drafts::save(db, forum_cache::replyKey(t), {{u"text"_s, u"Sto scriv"_s}}));
        serverTakes(db, 100);
        QVERIFY(outbox::all(db).isEmpty());
        QCOMPARE(forum_cache::currentId(db, forum_cache::Kind::Discussion, d), 100);
        QCOMPARE(forum_cache::currentId(db, forum_cache::Kind::Thread, t), 101);
        // Shown as made until the pull brings the server's copies.
        const auto ts = forum_cache::threads(db, project, d, me);
        QCOMPARE(ts.size(), 1);
        QCOMPARE(ts.first().thread.id, 101);
        QCOMPARE(ts.first().thread.discussionId, 100);
        QCOMPARE(forum_cache::posts(db, project, t).size(), 1);
        QCOMPARE(forum_cache::posts(db, project, t).first().post.id, 102);
        // What was being typed in the thread follows it.
        QVERIFY(form_drafts::load(db, forum_cache::replyKey(101)));
        QVERIFY(!form_drafts::load(db, forum_cache::replyKey(t)));
    }

    // A thread typed in a discussion made here, whose server id came while it was typed (its
    // kept text renamed with it), then posted from the form that still names the local id:
    // nothing kept is left for the next "New thread" to bring back (tst_ui_twinspace met it).
    void aPostedFormLeavesNothingKeptUnderEitherId()
    {
        QSqlDatabase db = fresh();
        const qint64 d = forum_cache::createDiscussion(db, project, u"Sortie"_s, {}).value();
        QVERIFY(form_drafts::save(db, forum_cache::newThreadKey(d),
                                  {{u"title"_s, u"Date"_s}, {u"text"_s, u"Le 12"_s}}));
        serverTakes(db, 300);
        QVERIFY(form_drafts::load(db, forum_cache::newThreadKey(300)));
        const auto t = forum_cache::createThread(db, project, d, u"Date"_s, u"Le 12"_s);
        QVERIFY(t);
        QVERIFY(!form_drafts::load(db, forum_cache::newThreadKey(d)));
        QVERIFY(!form_drafts::load(db, forum_cache::newThreadKey(300)));
        // A reply likewise, kept under the thread's local id after the server's came.
        QVERIFY(form_drafts::save(db, forum_cache::replyKey(t.value()), {{u"text"_s, u"Oui"_s}}));
        serverTakes(db, 400);
        QVERIFY(form_drafts::save(db, forum_cache::replyKey(t.value()), {{u"text"_s, u"Oui !"_s}}));
        QVERIFY(forum_cache::reply(db, project, t.value(), u"Oui !"_s));
        QVERIFY(!form_drafts::load(db, forum_cache::replyKey(t.value())));
        QVERIFY(!form_drafts::load(db, forum_cache::replyKey(400)));
    }

    void aReplyQueuedBeforeItsThreadWasTakenNamesItsServerId()
    {
        QSqlDatabase db = fresh();
        const qint64 d = forum_cache::createDiscussion(db, project, u"Gita"_s, {}).value();
        const qint64 t =
            forum_cache::createThread(db, project, d, u"Programma"_s, u"Alle 8"_s).value();
        QVERIFY(forum_cache::reply(db, project, t, u"Punto 1"_s));
        // Only the discussion and the thread were taken; the reply still waits.
        qint64 next = 200;
        for (const outbox::Entry &e : outbox::all(db)) {
            if (e.mutation.type == u"forum_post")
                continue;
            QJsonObject data;
            for (const outbox::Entry &now : outbox::all(db))
                if (now.seq == e.seq)
                    data = now.mutation.data;
            QVERIFY(forum_cache::adoptServerId(db, *forum_cache::kindOf(e.mutation.type),
                                               e.mutation.entityId, next++, data, 1));
            QSqlQuery q(db);
            QVERIFY(LocalStore::run(q, u"DELETE FROM outbox WHERE seq = ?"_s, {e.seq}));
        }
        const auto left = outbox::all(db);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().mutation.data.value(u"threadId"_s).toInteger(), 201);
        QCOMPARE(forum_cache::posts(db, project, 201).size(), 1);
        QVERIFY(forum_cache::posts(db, project, 201).first().waiting);
    }

    void pulledChangesTombstonesAndReadMarks()
    {
        QSqlDatabase db = fresh();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        CacheTransaction tx(db);
        QVERIFY(
            forum_cache::apply(db, forum_cache::Kind::Discussion, scope,
                               {change(u"forum_discussion"_s, {{u"id"_s, 1},
                                                               {u"projectId"_s, project},
                                                               {u"title"_s, u"Présentations"_s},
                                                               {u"authorId"_s, partner},
                                                               {u"createdAt"_s, now - 9000}})}));
        QVERIFY(
            forum_cache::apply(db, forum_cache::Kind::Thread, scope,
                               {change(u"forum_thread"_s, {{u"id"_s, 2},
                                                           {u"projectId"_s, project},
                                                           {u"discussionId"_s, 1},
                                                           {u"title"_s, u"Bonjour"_s},
                                                           {u"text"_s, u"Nous sommes la 4e B."_s},
                                                           {u"authorId"_s, me},
                                                           {u"createdAt"_s, now - 8000}})}));
        QVERIFY(forum_cache::apply(db, forum_cache::Kind::Post, scope,
                                   {change(u"forum_post"_s, {{u"id"_s, 3},
                                                             {u"projectId"_s, project},
                                                             {u"threadId"_s, 2},
                                                             {u"text"_s, u"Ciao!"_s},
                                                             {u"authorId"_s, partner},
                                                             {u"createdAt"_s, now - 5000}}),
                                    change(u"forum_post"_s, {{u"id"_s, 4},
                                                             {u"projectId"_s, project},
                                                             {u"threadId"_s, 2},
                                                             {u"text"_s, u"Merci"_s},
                                                             {u"authorId"_s, me},
                                                             {u"createdAt"_s, now - 4000}})}));
        QVERIFY(tx.commit());
        auto thread = forum_cache::thread(db, project, 2, me);
        QVERIFY(thread && thread->unread); // the partner's reply, never read here
        QCOMPARE(thread->replies, 2);
        QCOMPARE(forum_cache::unreadThreads(db, project, me), 1);
        QCOMPARE(forum_cache::discussions(db, project, me).first().unreadThreads, 1);
        QVERIFY(forum_cache::markRead(db, 2, now));
        QVERIFY(!forum_cache::thread(db, project, 2, me)->unread);
        // A later reply by the partner makes it unread again; one's own does not.
        CacheTransaction more(db);
        QVERIFY(forum_cache::apply(db, forum_cache::Kind::Post, scope,
                                   {change(u"forum_post"_s, {{u"id"_s, 5},
                                                             {u"projectId"_s, project},
                                                             {u"threadId"_s, 2},
                                                             {u"text"_s, u"A domani"_s},
                                                             {u"authorId"_s, partner},
                                                             {u"createdAt"_s, now + 1000}})}));
        QVERIFY(more.commit());
        QVERIFY(forum_cache::thread(db, project, 2, me)->unread);
        QCOMPARE(forum_cache::posts(db, project, 2).size(), 3);
        // The thread deleted on the server: its replies go with it.
        CacheTransaction gone(db);
        QVERIFY(forum_cache::apply(db, forum_cache::Kind::Thread, scope,
                                   {tombstone(u"forum_thread"_s, 2)}));
        QVERIFY(gone.commit());
        QVERIFY(!forum_cache::thread(db, project, 2, me));
        QVERIFY(forum_cache::posts(db, project, 2).isEmpty());
        QCOMPARE(forum_cache::discussions(db, project, me).first().threads, 0);
    }

    // Between the push the server applied and the pull that brings its copy, a reply changed
    // here shows as changed, and one deleted here stays gone (the window reads the cache when
    // the push's answers arrive: without this it showed the old text again for a moment).
    void anAppliedChangeOrDeletionShowsAtOnce()
    {
        QSqlDatabase db = fresh();
        CacheTransaction tx(db);
        QVERIFY(forum_cache::apply(db, forum_cache::Kind::Thread, scope,
                                   {change(u"forum_thread"_s, {{u"id"_s, 2},
                                                               {u"projectId"_s, project},
                                                               {u"discussionId"_s, 1},
                                                               {u"title"_s, u"Sortie"_s},
                                                               {u"text"_s, u"Quand ?"_s},
                                                               {u"authorId"_s, me},
                                                               {u"version"_s, 1}})}));
        QVERIFY(forum_cache::apply(db, forum_cache::Kind::Post, scope,
                                   {change(u"forum_post"_s, {{u"id"_s, 3},
                                                             {u"projectId"_s, project},
                                                             {u"threadId"_s, 2},
                                                             {u"text"_s, u"Mardi."_s},
                                                             {u"authorId"_s, me},
                                                             {u"version"_s, 1}}),
                                    change(u"forum_post"_s, {{u"id"_s, 4},
                                                             {u"projectId"_s, project},
                                                             {u"threadId"_s, 2},
                                                             {u"text"_s, u"Je viens."_s},
                                                             {u"authorId"_s, me},
                                                             {u"version"_s, 1}})}));
        QVERIFY(tx.commit());
        QVERIFY(
            forum_cache::edit(db, forum_cache::Kind::Post, project, 3, {{u"text"_s, u"Jeudi."_s}}));
        QVERIFY(forum_cache::remove(db, forum_cache::Kind::Post, project, 4));
        const auto queued = outbox::all(db);
        QCOMPARE(queued.size(), 2);
        // The server applied both: the queue empties, the pull has not come yet.
        CacheTransaction taken(db);
        for (const outbox::Entry &e : queued) {
            const auto kind = forum_cache::kindOf(e.mutation.type);
            QVERIFY(forum_cache::confirmApplied(db, *kind, e.mutation, 2));
            QVERIFY(outbox::remove(db, e.mutation.id));
        }
        QVERIFY(taken.commit());
        const auto posts = forum_cache::posts(db, project, 2);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().post.text, u"Jeudi."_s);
        QCOMPARE(posts.first().post.version, 2);
        QVERIFY(!posts.first().waiting);
        // The pull's own copy then replaces it, as any change does.
        CacheTransaction pulled(db);
        Change later = change(u"forum_post"_s, {{u"id"_s, 3},
                                                {u"projectId"_s, project},
                                                {u"threadId"_s, 2},
                                                {u"text"_s, u"Jeudi."_s},
                                                {u"authorId"_s, me},
                                                {u"version"_s, 2}});
        later.version = 2;
        QVERIFY(forum_cache::apply(db, forum_cache::Kind::Post, scope,
                                   {later, tombstone(u"forum_post"_s, 4)}));
        QVERIFY(pulled.commit());
        QCOMPARE(forum_cache::posts(db, project, 2).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestForumCache)
#include "tst_forum_cache.moc"
