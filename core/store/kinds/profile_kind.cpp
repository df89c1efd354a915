// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/local_store.h"
#include "store/me_store.h"

#include "domain/validation_messages.h"

#include <QCoreApplication>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
class ProfileKind final : public EntityKind
{
public:
    // Pulled as the teacher it is in the directory, edited through "profile" mutations.
    QStringList changeTypes() const override { return {u"teacher"_s}; }
    QStringList mutationTypes() const override { return {u"profile"_s}; }
    bool conflictsByField() const override { return true; }
    Topic topic() const override { return Topic::Profile; }
    QString describe(QSqlDatabase &, const Mutation &m) const override
    {
        QStringList fields;
        for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
            fields.append(fieldLabel(it.key()));
        return QCoreApplication::translate("etw::ProfileKind", "Profile change: %1")
            .arg(fields.join(u", "_s));
    }
    bool apply(QSqlDatabase &db, const QString &, const QList<Change> &changes) const override
    {
        return me_store::apply(db, changes);
    }
    bool purge(QSqlDatabase &db, const QString &) const override
    {
        return me_store::forget(db, u"teacher"_s);
    }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        return me_store::confirmProfileEdit(db, m.entityId, m.data, r.version);
    }
    bool rebaseOnServer(QSqlDatabase &db, qint64 accountId) const override
    {
        const auto profile = me_store::serverProfile(db, accountId);
        if (!profile)
            return true; // a correspondent or a pupil has no profile
        QSqlQuery q(db);
        return LocalStore::run(q,
                               u"UPDATE outbox SET base_version = ? WHERE type = 'profile' AND "
                               u"entity_id = ? AND base_version > ?"_s,
                               {profile->version, accountId, profile->version});
    }
};
} // namespace

const EntityKind &profileKind()
{
    static const ProfileKind kind;
    return kind;
}

} // namespace etw::kinds
