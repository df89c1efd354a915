// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/registered_kinds.h"
#include "store/kinds/review_explanations.h"
#include "store/local_store.h"
#include "store/project_cache.h"

#include "domain/validation_messages.h"

#include <QCoreApplication>

#include <algorithm>

namespace etw::kinds {

using namespace Qt::StringLiterals;

namespace {
class ProjectKind final : public EntityKind
{
public:
    QStringList changeTypes() const override { return {u"project"_s}; }
    QStringList mutationTypes() const override
    {
        return {u"project"_s, u"project_status"_s, u"project_invitation"_s, u"project_member"_s,
                u"project_decision"_s};
    }
    bool conflictsByField() const override { return true; }
    QString explainIssue(const QString &kind, const QJsonObject &data,
                         const QJsonObject &details) const override
    {
        // A national service's decision a colleague's overtook says which one stands.
        return review::explainRefusedDecision(kind, data, details);
    }
    Topic topic() const override { return Topic::Projects; }
    QString describe(QSqlDatabase &db, const Mutation &m) const override
    {
        const auto tr = [](const char *text) {
            return QCoreApplication::translate("etw::ProjectKind", text);
        };
        if (m.type == u"project" && m.op == u"create")
            return tr(QT_TRANSLATE_NOOP("etw::ProjectKind", "Project registration: %1"))
                .arg(m.data.value(u"title"_s).toString());
        // As the server knows it: the waiting edit may be the title itself.
        const auto p = project_cache::project(db, m.entityId, false);
        const QString title =
            p ? p->title
              : tr(QT_TRANSLATE_NOOP("etw::ProjectKind", "project number %1")).arg(m.entityId);
        if (m.type == u"project") {
            QStringList fields;
            for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
                fields.append(fieldLabel(it.key()));
            return tr(QT_TRANSLATE_NOOP("etw::ProjectKind", "Change to %1: %2"))
                .arg(title, fields.join(u", "_s));
        }
        const char *text = nullptr;
        if (m.type == u"project_invitation" && m.op == u"create")
            text = QT_TRANSLATE_NOOP("etw::ProjectKind", "Invitation to %1");
        else if (m.type == u"project_invitation" && m.op == u"update")
            text = m.data.value(u"response"_s).toString() == u"accept"
                       ? QT_TRANSLATE_NOOP("etw::ProjectKind", "Acceptance of the invitation to %1")
                       : QT_TRANSLATE_NOOP("etw::ProjectKind", "Refusal of the invitation to %1");
        else if (m.type == u"project_invitation")
            text = QT_TRANSLATE_NOOP("etw::ProjectKind", "Invitation withdrawn from %1");
        else if (m.type == u"project_member")
            text = QT_TRANSLATE_NOOP("etw::ProjectKind", "Partner removed from %1");
        else if (m.type == u"project_status")
            text = QT_TRANSLATE_NOOP("etw::ProjectKind", "Closing of %1");
        else if (m.type == u"project_decision")
            text = m.data.value(u"decision"_s).toString() == u"approve"
                       ? QT_TRANSLATE_NOOP("etw::ProjectKind", "Approval of %1")
                       : QT_TRANSLATE_NOOP("etw::ProjectKind", "Refusal of %1");
        return text ? tr(text).arg(title) : QString();
    }
    bool apply(QSqlDatabase &db, const QString &scope, const QList<Change> &changes) const override
    {
        return project_cache::apply(db, scope, changes) && project_cache::forgetArrivedDrafts(db);
    }
    bool purge(QSqlDatabase &db, const QString &scope) const override
    {
        return project_cache::purge(db, scope);
    }
    QList<FeedItem> feed(QSqlDatabase &db, qint64 projectId, int limit) const override
    {
        // Who joined (accepted an invitation) and who left (was removed), from the members the
        // project's copy carries with the time of their last change (the teacher who
        // registered it did not join it), and its approval and closing.
        QList<FeedItem> out;
        const auto p = project_cache::project(db, projectId, false);
        if (!p)
            return out;
        for (const ProjectMember &m : p->members) {
            const bool joined = m.state == u"active" && m.accountId != p->createdBy;
            const bool left = m.state == u"removed";
            if ((!joined && !left) || m.since <= 0)
                continue;
            FeedItem item;
            item.what = joined ? u"member_joined"_s : u"member_left"_s;
            item.id = m.accountId;
            item.projectId = projectId;
            item.title = m.displayName;
            item.authorId = m.accountId;
            item.authorName = m.displayName;
            item.at = m.since;
            out.append(item);
        }
        // Its status: approved (when the last national service said yes), and closed (the
        // project's last change, since nothing changes after it).
        qint64 approvedAt = 0;
        for (const ProjectDecision &d : p->decisions)
            if (d.decision == u"approved")
                approvedAt = std::max(approvedAt, d.decidedAt);
        const auto status = [&](const QString &what, qint64 at) {
            FeedItem item;
            item.what = what;
            item.id = projectId;
            item.projectId = projectId;
            item.title = p->title;
            item.at = at;
            out.append(item);
        };
        if ((p->status == u"active" || p->status == u"archived") && approvedAt > 0)
            status(u"project_approved"_s, approvedAt);
        if (p->status == u"archived" && p->updatedAt > 0)
            status(u"project_closed"_s, p->updatedAt);
        std::sort(out.begin(), out.end(),
                  [](const FeedItem &a, const FeedItem &b) { return a.at > b.at; });
        if (out.size() > limit)
            out.resize(limit);
        return out;
    }
    QString orderKey(const Mutation &m) const override
    {
        // Every edit and action on one project in the order made: an edit after a closing
        // must not overtake it.
        if (m.op == u"create" && m.entityId == 0)
            return m.id;
        return u"project:"_s + QString::number(m.entityId);
    }
    bool isFieldEdit(const Mutation &m) const override
    {
        // Invitations, answers and status changes are actions even when their op is "update".
        return m.type == u"project" && m.op == u"update";
    }
    bool applied(QSqlDatabase &db, const Mutation &m, const MutationResult &r) const override
    {
        if (m.type == u"project" && m.op == u"update")
            return project_cache::confirmEdit(db, m.entityId, m.data, r.version);
        if (m.type == u"project" && m.op == u"create")
            return project_cache::draftRegistered(db, m.id, r.entityId);
        const qint64 account = m.data.value(u"accountId"_s).toInteger();
        if (m.type == u"project_member" && m.op == u"delete")
            return project_cache::confirmMemberState(db, m.entityId, account, u"removed"_s);
        if (m.type == u"project_invitation" && m.op == u"delete")
            return project_cache::confirmMemberState(db, m.entityId, account, u"withdrawn"_s);
        return true;
    }
    bool refused(QSqlDatabase &db, const Mutation &m) const override
    {
        return m.type != u"project" || m.op != u"create" || project_cache::draftRefused(db, m.id);
    }
    bool rebaseOnServer(QSqlDatabase &db, qint64) const override
    {
        QSqlQuery q(db);
        QList<qint64> ids;
        if (!LocalStore::run(q, u"SELECT DISTINCT entity_id FROM outbox WHERE type = 'project' "
                                u"AND op = 'update'"_s))
            return false;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        q.finish();
        for (qint64 id : ids)
            if (const auto server = project_cache::project(db, id, false))
                if (!LocalStore::run(q,
                                     u"UPDATE outbox SET base_version = ? WHERE type = 'project' "
                                     u"AND op = 'update' AND entity_id = ? AND base_version > ?"_s,
                                     {server->version, id, server->version}))
                    return false;
        return true;
    }
};
} // namespace

const EntityKind &projectKind()
{
    static const ProjectKind kind;
    return kind;
}

} // namespace etw::kinds
