// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/directory_store.h"
#include "store/kinds/registered_kinds.h"

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// Read-only here: the directory is the server's, nothing is queued against it.
class DirectoryKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"school"_s, u"teacher"_s}; }
    Topic topic() const override { return Topic::Directory; }
    bool apply(QSqlDatabase &db, const QString &, const QList<Change> &changes) const override
    {
        return directory_store::apply(db, changes);
    }
    bool purge(QSqlDatabase &db, const QString &) const override
    {
        return directory_store::clear(db);
    }
};
} // namespace

const EntityKind &directoryKind()
{
    static const DirectoryKind kind;
    return kind;
}

} // namespace etw::kinds
