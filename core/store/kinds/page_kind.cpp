// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/form_drafts.h"
#include "store/kinds/registered_kinds.h"
#include "store/local_store.h"
#include "store/page_cache.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
class PageKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"page"_s}; }
    QStringList mutationTypes() const override { return {u"page"_s, u"page_revision"_s}; }
    Topic topic() const override { return Topic::TwinSpace; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return page_cache::apply(db, scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return page_cache::purge(db, scope);
    }
    QString orderKey(const Mutation &m) const override
    {
        // A page created here carries its local id from the start, so that what is done to it
        // next waits for its creation, and texts and moves of one page go in the order made.
        return u"page:"_s + QString::number(m.entityId);
    }
    bool heldBack(QSqlDatabase &db, const Mutation &m) const override
    {
        // A text showing a picture still being uploaded from here waits for it: the server
        // keeps only pictures of the project's materials.
        if (m.type != u"page_revision" && !(m.type == u"page" && m.op == u"create"))
            return false;
        static const QRegularExpression picture(u"material:([0-9a-f]{64})"_s);
        QStringList contents;
        for (const auto &match : picture.globalMatch(m.data.value(u"body"_s).toString()))
            contents.append(match.captured(1));
        if (contents.isEmpty())
            return false;
        QSqlQuery q(db);
        const QString marks = QStringList(contents.size(), u"?"_s).join(u',');
        QVariantList values;
        for (const QString &c : contents)
            values.append(c);
        // (No transfers table: a cache of a version before uploads; nothing to wait for.)
        return LocalStore::run(
                   q,
                   u"SELECT 1 FROM transfers WHERE direction = 'upload' AND state "
                   u"IN ('preparing', 'waiting', 'running', 'paused') AND sha256 IN (%1) "
                   u"LIMIT 1"_s.arg(marks),
                   values) &&
               q.next();
    }
    bool isFieldEdit(const Mutation &m) const override
    {
        // A text not yet sent takes the later one in (on the revision the first was typed on).
        return (m.type == u"page" && m.op == u"update") ||
               (m.type == u"page_revision" && m.op == u"create");
    }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        if (m.type == u"page" && m.op == u"create")
            return page_cache::adoptServerId(db, m.entityId, r.entityId, m.data, r.version);
        return true;
    }
    bool conflicted(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        // The text overlapped one published meanwhile: the server kept it as a revision, and
        // it goes back to its editor here, as typed, now on the server's version — publishing
        // it again (after comparing, or as merged by hand) replaces that version.
        if (m.type != u"page_revision")
            return true;
        const qint64 standing =
            r.current.value(u"page"_s).toObject().value(u"revision"_s).toInteger();
        // Typed again since it was sent: that newer text stays, on the standing version.
        if (const auto typed = form_drafts::load(db, page_cache::typedKey(m.entityId)))
            return page_cache::keepTyped(db, m.entityId, typed->value(u"title"_s).toString(),
                                         typed->value(u"body"_s).toString(), standing);
        return page_cache::keepTyped(db, m.entityId, m.data.value(u"title"_s).toString(),
                                     m.data.value(u"body"_s).toString(), standing);
    }
    QString explainIssue(const QString &kind, const QJsonObject &data,
                         const QJsonObject &details) const override
    {
        if (kind != u"conflict")
            return {};
        const QJsonObject page = details.value(u"page"_s).toObject();
        return QCoreApplication::translate(
                   "etw::PageKind",
                   "Your text of “%1” changed the same paragraphs as version %2, published "
                   "meanwhile. Nothing is lost: your text is kept as version %3 and is back in "
                   "the page's editor. Compare the two in the page's history, then publish the "
                   "text to keep, or discard your changes to keep version %2.")
            .arg(data.value(u"title"_s).toString().isEmpty() ? page.value(u"title"_s).toString()
                                                             : data.value(u"title"_s).toString())
            .arg(page.value(u"revision"_s).toInteger())
            .arg(details.value(u"keptRevision"_s).toInteger());
    }
    QString describe(QSqlDatabase &db, const Mutation &m) const override
    {
        QString title = m.data.value(u"title"_s).toString();
        if (title.isEmpty())
            if (const auto e =
                    page_cache::page(db, m.data.value(u"projectId"_s).toInteger(), m.entityId))
                title = e->page.title;
        const char *text =
            m.type == u"page_revision"
                ? QT_TRANSLATE_NOOP("etw::PageKind", "Text of the page “%1”, to publish")
            : m.op == u"create" ? QT_TRANSLATE_NOOP("etw::PageKind", "New page “%1”")
            : m.op == u"delete" ? QT_TRANSLATE_NOOP("etw::PageKind", "Page “%1” deleted")
                                : QT_TRANSLATE_NOOP("etw::PageKind", "Page “%1” renamed or moved");
        return QCoreApplication::translate("etw::PageKind", text).arg(title);
    }
    bool rebaseOnServer(QSqlDatabase &db, qint64) const override
    {
        // A text typed on a revision the restored server does not have goes on the one it has.
        QSqlQuery q(db);
        return LocalStore::run(
            q, u"UPDATE outbox SET base_version = COALESCE((SELECT MAX(json_extract(data, "
               u"'$.revision')) FROM pages WHERE pages.id = outbox.entity_id), 0) "
               u"WHERE type = 'page_revision' AND base_version > COALESCE((SELECT "
               u"MAX(json_extract(data, '$.revision')) FROM pages WHERE pages.id = "
               u"outbox.entity_id), 0)"_s);
    }
};

class PageRevisionKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"page_revision"_s}; }
    Topic topic() const override { return Topic::TwinSpace; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return page_cache::applyRevisions(db, scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return page_cache::purgeRevisions(db, scope);
    }
    QList<FeedItem> feed(QSqlDatabase &db, qint64 projectId, int limit) const override
    {
        // Each text published (a draft is no news), opened as its page.
        return feed::newest(
            db, {u"page"_s, u"page_revisions"_s, u"$.createdAt"_s, u"$.title"_s, u"page_id"_s},
            projectId, limit);
    }
};
} // namespace

const EntityKind &pageKind()
{
    static const PageKind kind;
    return kind;
}

const EntityKind &pageRevisionKind()
{
    static const PageRevisionKind kind;
    return kind;
}

} // namespace etw::kinds
