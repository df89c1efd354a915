// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/review_cache.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// A service's private notes on queued items: written here at once, sent in the order written
// (a note deleted before it left is created, then deleted, on the server).
class ReviewNoteKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"review_note"_s}; }
    QStringList mutationTypes() const override { return changeTypes(); }
    Topic topic() const override { return Topic::Review; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, review_cache::noteTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, review_cache::noteTable().name, scope);
    }
    bool isFieldEdit(const Mutation &) const override { return false; }
    QString explainIssue(const QString &kind, const QJsonObject &data,
                         const QJsonObject &) const override
    {
        if (kind == u"conflict")
            return {};
        // The text is never dropped: it is in the issue, to copy.
        const QString text = data.value(u"text"_s).toString();
        return QCoreApplication::translate("etw::ReviewNoteKind",
                                           "A note could not be saved on the server: the item "
                                           "left your review, or the note was deleted.") +
               (text.isEmpty() ? QString() : u"\n\n"_s + text);
    }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        if (m.op == u"delete")
            return QCoreApplication::translate("etw::ReviewNoteKind", "Note deleted");
        QString text = m.data.value(u"text"_s).toString().simplified();
        if (text.size() > 60)
            text = text.left(59) + u'…';
        return QCoreApplication::translate("etw::ReviewNoteKind", "Note: “%1”").arg(text);
    }
};
} // namespace

const EntityKind &reviewNoteKind()
{
    static const ReviewNoteKind kind;
    return kind;
}

} // namespace etw::kinds
