// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/me_store.h"

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// An invitation is answered through the project (project_invitation/update): nothing is queued
// against the invitation itself.
class InvitationKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"invitation"_s}; }
    Topic topic() const override { return Topic::Projects; }
    bool apply(QSqlDatabase &db, const QString &, const QList<Change> &changes) const override
    {
        return me_store::apply(db, changes);
    }
    bool purge(QSqlDatabase &db, const QString &) const override
    {
        return me_store::forget(db, u"invitation"_s);
    }
};
} // namespace

const EntityKind &invitationKind()
{
    static const InvitationKind kind;
    return kind;
}

} // namespace etw::kinds
