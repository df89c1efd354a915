// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/chat_cache.h"
#include "store/kinds/registered_kinds.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("etw::ChatKind", text);
}

// Chat messages: each one an action of its own (never merged), sent in the order written, many
// in one round; a message the server took shows under its id until the pull brings it.
class ChatKind final : public EntityKind
{
public:
    QStringList changeTypes() const override
    {
        return {QString::fromLatin1(chat_cache::messageType)};
    }
    QStringList mutationTypes() const override { return changeTypes(); }
    Topic topic() const override { return Topic::TwinSpace; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return chat_cache::apply(db, scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return chat_cache::purge(db, scope);
    }
    bool isFieldEdit(const Mutation &) const override { return false; }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        return chat_cache::taken(db, m, r);
    }
    QString explainIssue(const QString &kind, const QJsonObject &data,
                         const QJsonObject &) const override
    {
        if (kind == u"conflict")
            return {};
        // The text is never dropped: it is in the issue, to copy and send again.
        return translated(QT_TRANSLATE_NOOP("etw::ChatKind",
                                            "A chat message could not be sent: the project's "
                                            "room is closed, or you are no longer a member. "
                                            "Here is what you wrote:")) +
               u"\n\n"_s + data.value(u"text"_s).toString();
    }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        QString text = m.data.value(u"text"_s).toString().simplified();
        if (text.size() > 60)
            text = text.left(59) + u'…';
        return translated(QT_TRANSLATE_NOOP("etw::ChatKind", "Chat message: “%1”")).arg(text);
    }
};
} // namespace

const EntityKind &chatMessageKind()
{
    static const ChatKind kind;
    return kind;
}

} // namespace etw::kinds
