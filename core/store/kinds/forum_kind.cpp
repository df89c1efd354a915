// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/forum_cache.h"
#include "store/kinds/registered_kinds.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
using forum_cache::Kind;

QString translated(const char *text)
{
    return QCoreApplication::translate("etw::ForumKind", text);
}

// A forum item's first words, to name it in a list.
QString excerpt(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() <= 60 ? flat : flat.left(59) + u'…';
}

// Discussions, threads and replies: each created under a local id and adopted with the
// server's, each edit merged into the one not sent yet; a reply to a thread created here goes
// after the thread in the same round (the server takes a round in order and knows the thread's
// local id by then).
class ForumKind final : public EntityKind
{
public:
    explicit ForumKind(Kind kind)
        : m_kind(kind)
    {}
    QStringList changeTypes() const override { return {forum_cache::typeOf(m_kind)}; }
    QStringList mutationTypes() const override { return {forum_cache::typeOf(m_kind)}; }
    Topic topic() const override { return Topic::TwinSpace; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return forum_cache::apply(db, m_kind, scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return forum_cache::purge(db, m_kind, scope);
    }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        if (m.op == u"create")
            return forum_cache::adoptServerId(db, m_kind, m.entityId, r.entityId, m.data,
                                              r.version);
        return forum_cache::confirmApplied(db, m_kind, m, r.version);
    }
    QString explainIssue(const QString &kind, const QJsonObject &data,
                         const QJsonObject &) const override
    {
        if (kind == u"conflict")
            return {};
        // The text is never dropped: it is in the issue, to copy and post elsewhere.
        const QString text = data.value(u"text"_s).toString();
        const QString title = data.value(u"title"_s).toString();
        QString what;
        switch (m_kind) {
        case Kind::Discussion:
            what = translated(
                       QT_TRANSLATE_NOOP("etw::ForumKind",
                                         "The discussion “%1” could not be changed on the server."))
                       .arg(title);
            break;
        case Kind::Thread:
            what =
                translated(QT_TRANSLATE_NOOP("etw::ForumKind",
                                             "The thread “%1” could not be posted or changed: the "
                                             "discussion it was in, or the thread itself, was "
                                             "deleted meanwhile."))
                    .arg(title);
            break;
        case Kind::Post:
            what = translated(QT_TRANSLATE_NOOP(
                "etw::ForumKind", "Your reply could not be posted or changed: the thread "
                                  "it was in, or the reply itself, was deleted "
                                  "meanwhile."));
            break;
        }
        if (text.isEmpty())
            return what;
        return what + u"\n\n"_s +
               translated(QT_TRANSLATE_NOOP(
                   "etw::ForumKind", "Nothing you wrote is lost; here it is, to copy and post "
                                     "elsewhere:")) +
               u"\n\n"_s + text;
    }
    QList<FeedItem> feed(QSqlDatabase &db, qint64 projectId, int limit) const override
    {
        if (m_kind == Kind::Discussion)
            return feed::newest(db, {u"discussion"_s, u"forum_discussions"_s}, projectId, limit);
        if (m_kind == Kind::Thread)
            return feed::newest(db, {u"thread"_s, u"forum_threads"_s}, projectId, limit);
        return forum_cache::newestPosts(db, projectId, limit);
    }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        const QString title = m.data.value(u"title"_s).toString();
        const QString text = excerpt(m.data.value(u"text"_s).toString());
        switch (m_kind) {
        case Kind::Discussion:
            return m.op == u"create"
                       ? translated(QT_TRANSLATE_NOOP("etw::ForumKind", "New discussion “%1”"))
                             .arg(title)
                   : m.op == u"delete"
                       ? translated(QT_TRANSLATE_NOOP("etw::ForumKind", "Discussion deleted"))
                       : translated(QT_TRANSLATE_NOOP("etw::ForumKind", "Discussion changed"));
        case Kind::Thread:
            return m.op == u"create"
                       ? translated(QT_TRANSLATE_NOOP("etw::ForumKind", "New thread “%1”"))
                             .arg(title)
                   : m.op == u"delete"
                       ? translated(QT_TRANSLATE_NOOP("etw::ForumKind", "Thread deleted"))
                       : translated(QT_TRANSLATE_NOOP("etw::ForumKind", "Thread changed"));
        case Kind::Post:
            return m.op == u"create"
                       ? translated(QT_TRANSLATE_NOOP("etw::ForumKind", "Reply: “%1”")).arg(text)
                   : m.op == u"delete"
                       ? translated(QT_TRANSLATE_NOOP("etw::ForumKind", "Reply deleted"))
                       : translated(QT_TRANSLATE_NOOP("etw::ForumKind", "Reply changed: “%1”"))
                             .arg(text);
        }
        return {};
    }

private:
    Kind m_kind;
};
} // namespace

const EntityKind &forumDiscussionKind()
{
    static const ForumKind kind(Kind::Discussion);
    return kind;
}

const EntityKind &forumThreadKind()
{
    static const ForumKind kind(Kind::Thread);
    return kind;
}

const EntityKind &forumPostKind()
{
    static const ForumKind kind(Kind::Post);
    return kind;
}

} // namespace etw::kinds
