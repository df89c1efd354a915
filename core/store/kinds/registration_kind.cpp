// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/kinds/review_explanations.h"
#include "store/review_cache.h"

#include <QCoreApplication>
#include <QDateTime>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
// Teachers' registrations in the review scopes, and the service's decisions on them: each
// decision an action of its own, the first one sent for a request wins on the server.
class RegistrationKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"registration"_s}; }
    QStringList mutationTypes() const override { return {u"registration_decision"_s}; }
    Topic topic() const override { return Topic::Review; }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return scoped_rows::apply(db, review_cache::registrationTable(), scope, changes);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return scoped_rows::purge(db, review_cache::registrationTable().name, scope);
    }
    bool isFieldEdit(const Mutation &) const override { return false; }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &) const override
    {
        return review_cache::confirmRegistrationDecision(db, m,
                                                         QDateTime::currentMSecsSinceEpoch());
    }
    QString explainIssue(const QString &kind, const QJsonObject &data,
                         const QJsonObject &details) const override
    {
        return review::explainRefusedDecision(kind, data, details);
    }
    QString describe(QSqlDatabase &db, const Mutation &m) const override
    {
        const auto g = review_cache::registration(db, m.entityId);
        const QString who = g ? g->displayName : QString::number(m.entityId);
        const char *text =
            m.data.value(u"decision"_s).toString() == u"validate"
                ? QT_TRANSLATE_NOOP("etw::RegistrationKind", "Validation of %1’s registration")
                : QT_TRANSLATE_NOOP("etw::RegistrationKind", "Refusal of %1’s registration");
        return QCoreApplication::translate("etw::RegistrationKind", text).arg(who);
    }
};
} // namespace

const EntityKind &registrationKind()
{
    static const RegistrationKind kind;
    return kind;
}

} // namespace etw::kinds
